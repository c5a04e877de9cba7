"""Actor resolution: aliases that must merge, and people that must stay apart."""

import pytest

from kabar.actors import ActorRecord, build_actors, compatible_people, fold_token, resolve_mentions
from kabar.model import Article, Mention


def person(name: str, country: str | None = None) -> ActorRecord:
    return ActorRecord(keys={name}, name=name, type="person", country=country, sector=None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Haniyeh", "Haniya"),
        ("Abdollahian", "Abdullahian"),
        ("Qaani", "Ghaani"),
        ("Hizbullah", "Hezbollah"),
        ("Moskow", "Moscow"),
        ("Mohammad", "Muhammad"),
    ],
)
def test_transliteration_variants_fold_together(a, b):
    assert fold_token(a) == fold_token(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ali Bagheri Kani", "Ali Baghi Kani"),
        ("Ismail Haniyeh", "Ismail Haniya"),
        ("Hossein Amir-Abdollahian", "Hossein Amir-Abdullahian"),
        ("Esmail Qaani", "Esmail Ghaani"),
    ],
)
def test_spelling_variants_of_one_person_merge(a, b):
    assert compatible_people(person(a, "IRN"), person(b, "IRN"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ismail Haniyeh", "Esmail Qaani"),
        ("Ali Khamenei", "Ali Bagheri Kani"),
        ("Mohammad Bagheri", "Ali Bagheri Kani"),
        ("Joko Widodo", "Joko Anwar"),
    ],
)
def test_people_sharing_a_name_part_stay_apart(a, b):
    assert not compatible_people(person(a), person(b))


def test_different_countries_never_merge():
    assert not compatible_people(person("Ahmad Yusuf", "IDN"), person("Ahmad Yusuf", "MYS"))


def mention(text: str, full: str, label: str, **attrs) -> Mention:
    start = full.index(text)
    return Mention(start, start + len(text), text, label, "test", **attrs)


def test_short_names_offices_and_pronouns_join_their_person():
    text = (
        "Menteri Luar Negeri Iran Hossein Amir-Abdollahian bertemu Ismail Haniyeh di Doha. "
        "Amir-Abdollahian menegaskan dukungan Iran. Ia juga mengunjungi Beirut. "
        "Menteri luar negeri Iran itu kemudian kembali ke Teheran. Haniyeh berterima kasih."
    )
    mentions = [
        Mention(
            0, 19, "Menteri Luar Negeri", "OFFICE", "test", office="Foreign Minister", country="IRN"
        ),
        mention("Hossein Amir-Abdollahian", text, "PER", office="Foreign Minister", country="IRN"),
        mention("Ismail Haniyeh", text, "PER"),
        mention("Amir-Abdollahian menegaskan", text, "PER"),
        mention("Ia", text, "PRON"),
        Mention(
            text.index("Menteri luar"),
            text.index("Menteri luar") + 19,
            "Menteri luar negeri",
            "OFFICE",
            "test",
            office="Foreign Minister",
            country="IRN",
        ),
        Mention(
            text.index("Haniyeh berterima"),
            text.index("Haniyeh berterima") + 7,
            "Haniyeh",
            "PER",
            "test",
        ),
    ]
    mentions[3] = Mention(mentions[3].start, mentions[3].start + 16, "Amir-Abdollahian", "PER", "t")
    article = Article.from_input(text, "test")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, None)  # type: ignore[arg-type]
    by_text = {(m.text, m.start): m for m in article.mentions}
    minister = by_text[("Hossein Amir-Abdollahian", text.index("Hossein"))].cluster
    haniyeh = by_text[("Ismail Haniyeh", text.index("Ismail"))].cluster
    assert minister != haniyeh
    assert by_text[("Amir-Abdollahian", mentions[3].start)].cluster == minister
    assert by_text[("Ia", text.index("Ia"))].cluster == minister
    assert by_text[("Menteri luar negeri", text.index("Menteri luar"))].cluster == minister
    assert by_text[("Haniyeh", text.index("Haniyeh berterima"))].cluster == haniyeh


def test_actors_across_articles_keep_every_alias_and_roles_over_time():
    def coded(text, name, published, office):
        article = Article.from_input(text, text)
        article.text, article.published = text, published
        article.mentions = [Mention(0, len(name), name, "PER", "t", office=office, country="IRN")]
        return resolve_mentions(article, None)  # type: ignore[arg-type]

    first = coded(
        "Ali Bagheri Kani tiba.", "Ali Bagheri Kani", "2023-10-27", "Deputy Foreign Minister"
    )
    second = coded("Ali Baghi Kani tiba.", "Ali Baghi Kani", "2024-06-20", "Foreign Minister")
    other = coded("Ali Khamenei berpidato.", "Ali Khamenei", "2024-06-21", "Supreme Leader")
    actors, mapping = build_actors([first, second, other])
    people = {a.name: a for a in actors}
    assert set(people) == {"Ali Bagheri Kani", "Ali Khamenei"}
    kani = people["Ali Bagheri Kani"]
    assert {"Ali Bagheri Kani", "Ali Baghi Kani"} <= set(kani.aliases)
    assert [(r.office, r.first_seen) for r in kani.roles] == [
        ("Deputy Foreign Minister", "2023-10-27"),
        ("Foreign Minister", "2024-06-20"),
    ]
    assert mapping[first.mentions[0].actor_id] == mapping[second.mentions[0].actor_id] == kani.id


def test_a_name_glossed_in_brackets_is_one_person_within_and_across_articles():
    text = "Presiden Joko Widodo (Jokowi) tiba di Moskow. Jokowi lalu bertemu Vladimir Putin."
    glossed = Article.from_input(text, "a")
    glossed.text, glossed.published = text, "2022-06-30"
    glossed.mentions = [
        mention("Joko Widodo", text, "PER", country="IDN"),
        Mention(text.index("Jokowi"), text.index("Jokowi") + 6, "Jokowi", "PER", "t"),
        Mention(text.index("Jokowi lalu"), text.index("Jokowi lalu") + 6, "Jokowi", "PER", "t"),
        mention("Vladimir Putin", text, "PER", country="RUS"),
    ]
    resolve_mentions(glossed, None)  # type: ignore[arg-type]
    clusters = {m.cluster for m in glossed.mentions if m.text in ("Joko Widodo", "Jokowi")}
    assert len(clusters) == 1
    assert all(m.name == "Joko Widodo" for m in glossed.mentions if m.text == "Jokowi")

    short_text = "Jokowi membuka rapat kabinet di Jakarta."
    short = Article.from_input(short_text, "b")
    short.text, short.published = short_text, "2022-07-05"
    short.mentions = [Mention(0, 6, "Jokowi", "PER", "t", country="IDN")]
    resolve_mentions(short, None)  # type: ignore[arg-type]
    actors, mapping = build_actors([glossed, short])
    assert mapping[short.mentions[0].actor_id] == mapping[glossed.mentions[0].actor_id]
    assert "Jokowi" in next(a for a in actors if a.name == "Joko Widodo").aliases


def test_a_bracket_that_is_not_a_known_name_merges_nothing():
    text = "Menteri Budi Santoso (kiri) berbincang dengan Budi Gunadi di Jakarta."
    article = Article.from_input(text, "c")
    article.text = text
    article.mentions = [mention("Budi Santoso", text, "PER"), mention("Budi Gunadi", text, "PER")]
    resolve_mentions(article, None)  # type: ignore[arg-type]
    assert len({m.cluster for m in article.mentions}) == 2
