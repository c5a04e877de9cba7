"""Actor resolution: aliases that must merge, and people that must stay apart."""

import pytest

from kabar.actors import (
    ActorRecord,
    build_actors,
    compatible_people,
    fold_token,
    folded_twin_regions,
    is_short_form,
    merge_records,
    name_bracketed_short_forms,
    resolve_mentions,
    without_level,
)
from kabar.context import Context
from kabar.lexicons import twin_regions
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


def holder(name: str, office: str, country: str | None = "IDN") -> ActorRecord:
    record = person(name, country)
    record.roles[(office, None, country)] = []
    return record


def merged_names(*records: ActorRecord) -> list[list[str]]:
    """The names each merged actor was assembled from."""
    return sorted(sorted(r.aliases | {r.name}) for r in merge_records(list(records)).values())


def test_the_first_words_of_a_name_are_that_person_when_both_hold_one_office():
    # "Gubernur Jambi Zumi Zola" in one report, "Zumi Zola Zulkifli, Gubernur Jambi" in another.
    assert merged_names(
        holder("Zumi Zola", "Governor"), holder("Zumi Zola Zulkifli", "Governor")
    ) == [["Zumi Zola", "Zumi Zola Zulkifli"]]
    assert (
        len(merged_names(holder("Budi Karya", "Minister"), holder("Budi Karya Sumadi", "Minister")))
        == 1
    )


def test_first_words_without_a_shared_office_or_country_or_name_stay_apart():
    # Two men called Muhammad Yusuf: a regent and a deputy minister.
    assert (
        len(
            merged_names(
                holder("Muhammad Yusuf", "Regent"), holder("Muhammad Yusuf Ali", "Deputy Minister")
            )
        )
        == 2
    )
    assert len(merged_names(person("Muhammad Yusuf"), person("Muhammad Yusuf Ali"))) == 2
    # The same office in two countries.
    assert (
        len(
            merged_names(
                holder("Ahmad Yusuf", "Minister", "IDN"),
                holder("Ahmad Yusuf Ali", "Minister", "MYS"),
            )
        )
        == 2
    )
    # A span run on into the next words is not a longer name of the person.
    ticket = holder("Deddy Mizwar - Ahmad Syaikhu", "Deputy Governor")
    assert len(merged_names(holder("Deddy Mizwar", "Deputy Governor"), ticket)) == 2
    family = holder("Joko Widodo Kahiyang Ayu", "President")
    daughter = person("Kahiyang Ayu", "IDN")
    assert ["Joko Widodo"] in merged_names(holder("Joko Widodo", "President"), family, daughter)
    # Issue #5: people sharing a name part stay apart even holding one office.
    for a, b in [("Ali Khamenei", "Ali Bagheri Kani"), ("Mohammad Bagheri", "Ali Bagheri Kani")]:
        assert len(merged_names(holder(a, "Official", "IRN"), holder(b, "Official", "IRN"))) == 2


def test_different_countries_never_merge():
    assert not compatible_people(person("Ahmad Yusuf", "IDN"), person("Ahmad Yusuf", "MYS"))


def mention(text: str, full: str, label: str, **attrs) -> Mention:
    start = full.index(text)
    return Mention(start, start + len(text), text, label, "test", **attrs)


def office(
    text: str, at: str, office: str, country: str | None = None, title: str | None = None
) -> Mention:
    """An OFFICE mention of the title word(s) of ``at``: ``title`` where given ("Menlu" of
    "Menlu Sugiono"), else all of ``at`` but a president's ("Presiden" of "Presiden Rusia")."""
    start = text.index(at)
    words = title or (at if office != "President" else at.split()[0])
    return Mention(start, start + len(words), words, "OFFICE", "t", office=office,
                   country=country)  # fmt: skip


def test_short_names_offices_and_pronouns_join_their_person(context):
    text = (
        "Menteri Luar Negeri Iran Hossein Amir-Abdollahian bertemu Ismail Haniyeh di Doha. "
        "Amir-Abdollahian menegaskan dukungan Iran. Ia juga mengunjungi Beirut. "
        "Menteri luar negeri Iran itu kemudian kembali ke Teheran. Haniyeh berterima kasih."
    )
    mentions = [
        office(text, "Menteri Luar Negeri", "Foreign Minister", "IRN"),
        mention("Hossein Amir-Abdollahian", text, "PER", office="Foreign Minister", country="IRN"),
        mention("Ismail Haniyeh", text, "PER"),
        mention("Amir-Abdollahian menegaskan", text, "PER"),
        mention("Ia", text, "PRON"),
        office(text, "Menteri luar negeri", "Foreign Minister", "IRN"),
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
    resolve_mentions(article, context)
    by_text = {(m.text, m.start): m for m in article.mentions}
    minister = by_text[("Hossein Amir-Abdollahian", text.index("Hossein"))].cluster
    haniyeh = by_text[("Ismail Haniyeh", text.index("Ismail"))].cluster
    assert minister != haniyeh
    assert by_text[("Amir-Abdollahian", mentions[3].start)].cluster == minister
    assert by_text[("Ia", text.index("Ia"))].cluster == minister
    assert by_text[("Menteri luar negeri", text.index("Menteri luar"))].cluster == minister
    assert by_text[("Haniyeh", text.index("Haniyeh berterima"))].cluster == haniyeh


def test_actors_across_articles_keep_every_alias_and_roles_over_time(context):
    def coded(text, name, published, office):
        article = Article.from_input(text, text)
        article.text, article.published = text, published
        article.mentions = [Mention(0, len(name), name, "PER", "t", office=office, country="IRN")]
        return resolve_mentions(article, context)

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


def test_a_name_glossed_in_brackets_is_one_person_within_and_across_articles(context):
    text = "Presiden Joko Widodo (Jokowi) tiba di Moskow. Jokowi lalu bertemu Vladimir Putin."
    glossed = Article.from_input(text, "a")
    glossed.text, glossed.published = text, "2022-06-30"
    glossed.mentions = [
        mention("Joko Widodo", text, "PER", country="IDN"),
        Mention(text.index("Jokowi"), text.index("Jokowi") + 6, "Jokowi", "PER", "t"),
        Mention(text.index("Jokowi lalu"), text.index("Jokowi lalu") + 6, "Jokowi", "PER", "t"),
        mention("Vladimir Putin", text, "PER", country="RUS"),
    ]
    resolve_mentions(glossed, context)
    clusters = {m.cluster for m in glossed.mentions if m.text in ("Joko Widodo", "Jokowi")}
    assert len(clusters) == 1
    assert all(m.name == "Joko Widodo" for m in glossed.mentions if m.text == "Jokowi")

    short_text = "Jokowi membuka rapat kabinet di Jakarta."
    short = Article.from_input(short_text, "b")
    short.text, short.published = short_text, "2022-07-05"
    short.mentions = [Mention(0, 6, "Jokowi", "PER", "t", country="IDN")]
    resolve_mentions(short, context)
    actors, mapping = build_actors([glossed, short])
    assert mapping[short.mentions[0].actor_id] == mapping[glossed.mentions[0].actor_id]
    assert "Jokowi" in next(a for a in actors if a.name == "Joko Widodo").aliases


def test_a_bracket_that_is_not_a_known_name_merges_nothing(context):
    text = "Menteri Budi Santoso (kiri) berbincang dengan Budi Gunadi di Jakarta."
    article = Article.from_input(text, "c")
    article.text = text
    article.mentions = [mention("Budi Santoso", text, "PER"), mention("Budi Gunadi", text, "PER")]
    resolve_mentions(article, context)
    assert len({m.cluster for m in article.mentions}) == 2


def resolved(context: Context, text: str) -> Article:
    """An article of ``text`` with its mentions found and resolved."""
    from kabar.nlp import find_mentions

    article = Article.from_input(text, "test")
    article.text, article.mentions = text, find_mentions(text, context)
    resolve_mentions(article, context)
    return article


def people_article(
    context: Context, text: str, names: list[str], ident: str = "d", label: str = "PER"
) -> Article:
    """An article whose ``label`` mentions are every occurrence of ``names`` (longest first)."""
    article = Article.from_input(text, ident)
    article.text, article.published = text, "2024-03-01"
    taken: set[int] = set()
    mentions = []
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            if not taken & set(range(start, start + len(name))):
                mentions.append(Mention(start, start + len(name), name, label, "t"))
                taken |= set(range(start, start + len(name)))
            start = text.find(name, start + 1)
    article.mentions = mentions
    return resolve_mentions(article, context)


def clusters_of(article: Article) -> dict[str, set[int | None]]:
    out: dict[str, set[int | None]] = {}
    for m in article.mentions:
        out.setdefault(m.text, set()).add(m.cluster)
    return out


def test_syllable_blends_and_initials_join_the_one_name_they_abbreviate(context):
    text = (
        "Ketua Umum PAN Zulkifli Hasan menemui mantan Presiden Susilo Bambang Yudhoyono "
        "di Cikeas, Bogor. Zulhas mengatakan pertemuan itu membahas koalisi. SBY menyambut "
        "baik ajakan tersebut, sementara Zulhas menyebut Joko Widodo sudah diberi tahu. "
        "Jokowi disebut mendukung rencana itu."
    )
    names = ["Zulkifli Hasan", "Susilo Bambang Yudhoyono", "Zulhas", "SBY", "Joko Widodo",
             "Jokowi"]  # fmt: skip
    found = clusters_of(people_article(context, text, names))
    assert found["Zulhas"] == found["Zulkifli Hasan"]
    assert found["SBY"] == found["Susilo Bambang Yudhoyono"]
    assert found["Jokowi"] == found["Joko Widodo"]
    assert len(found["Zulkifli Hasan"] | found["Susilo Bambang Yudhoyono"]
               | found["Joko Widodo"]) == 3  # fmt: skip


def test_an_abbreviation_of_two_names_or_a_plain_first_name_stays_apart(context):
    # "Jokowi" fits both Joko Widodo and Joko Wiyono: ambiguous, merged with neither
    two = people_article(
        context,
        "Joko Widodo dan pengusaha Joko Wiyono hadir di Solo. Jokowi lalu berpidato.",
        ["Joko Widodo", "Joko Wiyono", "Jokowi"],
    )
    found = clusters_of(two)
    assert not found["Jokowi"] & (found["Joko Widodo"] | found["Joko Wiyono"])
    # "Budi" and "Anton" are first names, not blends of Bustami Dinata or Andi Tonggo
    plain = people_article(
        context,
        "Bustami Dinata dan Andi Tonggo diperiksa jaksa. Budi dan Anton menjadi saksi.",
        ["Bustami Dinata", "Andi Tonggo", "Budi", "Anton"],
    )
    found = clusters_of(plain)
    assert len(set().union(*found.values())) == 4


def test_an_abbreviation_alone_in_one_article_joins_the_full_name_of_another(context):
    full = people_article(
        context, "Presiden Joko Widodo meresmikan bendungan di Aceh.", ["Joko Widodo"]
    )
    short = people_article(context, "Jokowi kembali ke Jakarta pada Jumat.", ["Jokowi"], "e")
    other = people_article(context, "Joko Anwar merilis film baru.", ["Joko Anwar"], "f")
    actors, mapping = build_actors([full, short, other])
    assert mapping[short.mentions[0].actor_id] == mapping[full.mentions[0].actor_id]
    assert mapping[other.mentions[0].actor_id] != mapping[full.mentions[0].actor_id]
    assert "Jokowi" in next(a for a in actors if a.name == "Joko Widodo").aliases


def test_a_bare_head_of_state_title_is_the_home_president_named_before_it(context):
    text = (
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow, sehari setelah "
        "Kepala Negara mengunjungi Kyiv. Menurut Presiden, perang harus dihentikan."
    )
    mentions = [
        office(text, "Presiden Joko", "President"),
        mention("Joko Widodo", text, "PER", office="President"),
        office(text, "Presiden Rusia", "President", "RUS"),
        mention("Vladimir Putin", text, "PER", office="President", country="RUS"),
        office(text, "Kepala Negara", "Head of State"),
        office(text, "Presiden, perang", "President"),
    ]
    article = Article.from_input(text, "g")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, context)
    jokowi = mentions[1].cluster
    assert mentions[4].cluster == jokowi and mentions[4].name == "Joko Widodo"
    assert mentions[5].cluster == jokowi
    assert mentions[3].cluster != jokowi


def test_a_title_before_a_glossed_name_is_that_persons_not_another_holders(context):
    text = (
        "Presiden Amerika Serikat (AS) Donald Trump mengirim surat kepada Presiden Prabowo "
        "Subianto."
    )
    title = Mention(0, 8, "Presiden", "OFFICE", "t", office="President", country="USA")
    trump = mention("Trump", text, "PER")
    prabowo = mention("Prabowo Subianto", text, "PER", office="President")
    article = Article.from_input(text, "h")
    article.text, article.mentions = text, [title, trump, prabowo]
    resolve_mentions(article, context)
    assert title.cluster == trump.cluster != prabowo.cluster


def test_a_title_naming_a_country_is_that_countrys_holder_not_one_of_unsaid_country(context):
    text = (
        "Presiden Rusia Vladimir Putin menerima Presiden Joko Widodo di Kremlin. Kepala negara "
        "Rusia tersebut mengecam sanksi Barat."
    )
    mentions = [
        office(text, "Presiden Rusia", "President", "RUS"),
        mention("Vladimir Putin", text, "PER", office="President", country="RUS"),
        office(text, "Presiden Joko", "President"),
        mention("Joko Widodo", text, "PER", office="President"),
        office(text, "Kepala negara", "Head of State", "RUS"),
    ]
    article = Article.from_input(text, "g")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, context)
    # Putin, not Jokowi, whose country the article leaves unsaid
    assert mentions[4].cluster == mentions[1].cluster != mentions[3].cluster
    assert mentions[4].name == "Vladimir Putin"


def test_a_family_name_spelled_one_letter_apart_is_one_person_beside_the_same_people(context):
    # two outlets spell the US general's name differently in one story
    names = ["Joseph F Dunford, Jr", "Dunfort Jr", "Gatot Nurmantyo", "Ryamizard Ryacudu"]
    first = people_article(
        context,
        "Panglima TNI Gatot Nurmantyo diundang Jenderal Joseph F Dunford, Jr ke Washington. "
        "Menhan Ryamizard Ryacudu menerima permintaan maaf.",
        names,
        "a",
    )
    second = people_article(
        context,
        "Gatot Nurmantyo batal memenuhi undangan Jenderal Dunfort Jr. Ryamizard Ryacudu "
        "meminta penjelasan.",
        names,
        "b",
    )
    actors, mapping = build_actors([first, second])
    key = {m.text: m.actor_id for a in (first, second) for m in a.mentions}
    assert mapping[key["Dunfort Jr"]] == mapping[key["Joseph F Dunford, Jr"]]
    # the same spellings named beside other people: nothing but spelling, apart
    alone = people_article(context, "Jenderal Dunfort Jr berbicara di Seoul.", ["Dunfort Jr"], "c")
    actors, mapping = build_actors([first, alone])
    assert mapping[alone.mentions[0].actor_id] != mapping[key["Joseph F Dunford, Jr"]]


def test_one_letter_apart_family_names_with_other_given_names_stay_apart():
    def kept(name: str, country: str | None = None) -> ActorRecord:
        record = person(name, country)
        record.company = {"jokowi", "prabowo", "anies"}
        return record

    # beside the same people, yet given names differ or one is missing without a suffix
    for a, b in [
        ("Reno Suhartono", "Rudi Suharsono"),
        ("Ali Mukhni", "Ali Ghufron Mukti"),
        ("Suhartono", "Reno Suharsono"),
    ]:
        assert len(merged_names(kept(a), kept(b))) == 2
    assert len(merged_names(kept("Reno Suhartono", "IDN"), kept("Reno Suharsono", "MYS"))) == 2
    # same given name, one letter apart, beside the same people: one person
    assert len(merged_names(kept("Reno Suhartono"), kept("Reno Suharsono"))) == 1
    # and only with company: spelling alone never merges
    assert len(merged_names(person("Reno Suhartono"), person("Reno Suharsono"))) == 2
    # issue #5's pairs stay apart whatever company they keep
    for a, b in [("Ismail Haniyeh", "Esmail Qaani"), ("Ali Khamenei", "Ali Bagheri Kani")]:
        assert len(merged_names(kept(a, "IRN"), kept(b, "IRN"))) == 2


def test_a_bare_post_later_is_the_officer_named_with_post_and_rank(context):

    def clusters(text: str) -> dict[tuple[str, int], int | None]:
        article = resolved(context, text)
        return {(m.text, m.start): m.cluster for m in article.mentions}

    text = (
        "Kapolda Jawa Barat Irjen Rudi Setiawan meninjau pos pengamanan di Bandung. "
        "Kapolda meminta anggotanya tetap waspada selama libur panjang."
    )
    found = clusters(text)
    rudi = found["Rudi Setiawan", text.index("Rudi")]
    assert rudi is not None
    assert found["Kapolda", text.index("Kapolda meminta")] == rudi  # the post, not "Irjen"
    assert found["Kapolda", 0] == rudi  # the title before the rank is his too
    # Two regional police chiefs: a bare "Kapolda" could be either, and joins neither.
    text = (
        "Kapolda Jawa Barat Irjen Rudi Setiawan dan Kapolda Banten Irjen Dedi Prasetyo "
        "menggelar rapat bersama. Kapolda meminta anggotanya tetap waspada."
    )
    found = clusters(text)
    bare = found["Kapolda", text.index("Kapolda meminta")]
    assert bare not in {
        found["Rudi Setiawan", text.index("Rudi")],
        found["Dedi Prasetyo", text.index("Dedi")],
    }


def test_a_bare_regional_unit_is_the_one_unit_named_with_its_region(context):

    def units(text: str) -> dict[str, set[str]]:
        article = resolved(context, text)
        names: dict[str, set[str]] = {}
        for m in article.mentions:
            if m.label == "ORG":
                names.setdefault(m.actor_id or "", set()).add(m.text)
        return names

    one = units("Polres Sleman menangkap dua pemuda. Polres juga menyita sebilah celurit.")
    assert list(one.values()) == [{"Polres Sleman", "Polres"}]
    two = units(
        "Polres Sleman dan Polres Bantul menggelar razia. Polres juga menyita senjata tajam."
    )
    assert {"Polres"} in two.values()  # two regions named: the bare unit is neither
    short = units("Kejaksaan Tinggi (Kejati) Riau menahan kontraktor itu. Kejati menyita uang.")
    assert list(short.values()) == [{"Kejaksaan Tinggi (Kejati) Riau", "Kejati"}]
    other = units("Polres Kampar menangkap kurir. Polrestabes kemudian menyita sabu itu.")
    assert {"Polrestabes"} in other.values()  # a city police is no district police


def test_a_bare_unit_that_refers_back_takes_the_full_name(context):

    text = "Polres Kampar menangkap dua kurir sabu. Polres juga menyita sepeda motor."
    article = resolved(context, text)
    assert [m.name for m in article.mentions if m.label == "ORG"] == ["Polres Kampar"] * 2


def test_a_post_given_with_selaku_is_the_person_s_and_a_bare_post_later_his(context):
    from kabar.nlp import find_mentions

    text = (
        "Marsekal Hadi Wibisono selaku Panglima TNI meninjau latihan gabungan di Natuna. "
        "Panglima TNI meminta prajurit menjaga kesiagaan."
    )
    article = resolved(context, text)
    by_text = {(m.text, m.start): m for m in article.mentions}
    hadi = by_text["Hadi Wibisono", text.index("Hadi")]
    assert hadi.office == "Commander of the Indonesian Armed Forces"  # the post, not the rank
    later = [m for m in article.mentions if m.label == "OFFICE" and m.start > text.index(".")]
    assert later and all(m.cluster == hadi.cluster for m in later)
    # A role given with "sebagai" that is no office leaves the person alone.
    text = "Hadi Wibisono hadir sebagai pembicara utama dalam seminar itu."
    found = find_mentions(text, context)
    assert [m.office for m in found if m.label == "PER"] == [None]


def test_a_one_word_name_two_people_share_is_the_one_whose_name_it_begins(context):
    text = (
        "Presiden Prabowo Subianto memuji Kapolri Listyo Sigit Prabowo. Prabowo meminta "
        "polisi menindak koruptor. Ali Fahmi Habsyi menawarkan proyek kepada Fahmi "
        "Darmawansyah. Fahmi menerimanya."
    )

    def at(name: str, before: str) -> Mention:
        start = text.index(name + before)
        return Mention(start, start + len(name), name, "PER", "test")

    president, police_chief = at("Prabowo Subianto", " "), at("Listyo Sigit Prabowo", ".")
    prabowo, ali = at("Prabowo", " meminta"), at("Ali Fahmi Habsyi", " ")
    fahmi, short = at("Fahmi Darmawansyah", "."), at("Fahmi", " menerimanya")
    article = Article.from_input(text, "p")
    article.text = text
    article.mentions = [president, police_chief, prabowo, ali, fahmi, short]
    resolve_mentions(article, context)
    assert prabowo.cluster == president.cluster != police_chief.cluster
    assert short.cluster == fahmi.cluster != ali.cluster


def test_a_well_known_person_named_bare_takes_the_office_held_that_month():
    """ "Airlangga" in 2018 is the Golkar chairman, in 2025 a coordinating minister; Sri
    Mulyani in 2012 held no office the people list gives; a title in the text wins."""
    from kabar import process

    def roles(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
        article = process(text, published=published)
        people = [m for m in article.mentions if m.label == "PER"]
        return {m.name or m.text: (m.office, m.sector) for m in people}

    text = "Airlangga bertemu Sri Mulyani di Jakarta untuk membahas anggaran."
    in_2018 = roles(text, "2018-03-01")
    assert in_2018["Airlangga Hartarto"] == ("Chairman", "PTY")
    assert in_2018["Sri Mulyani Indrawati"] == ("Finance Minister", "GOV")
    assert roles(text, "2025-10-20")["Airlangga Hartarto"] == (
        "Coordinating Minister for Economic Affairs",
        "GOV",
    )
    assert roles(text, "2012-01-10")["Sri Mulyani"] == (None, None)
    titled = "Ketua DPR Airlangga Hartarto bertemu wartawan di Jakarta."
    assert roles(titled, "2018-03-01")["Airlangga Hartarto"] == (
        "Speaker of the House of Representatives",
        "LEG",
    )


def test_an_office_named_without_its_holder_is_the_one_person_holding_it_that_month():
    """ "Kapolri" in December 2016 is Tito Karnavian and in 2022 Listyo Sigit Prabowo; a
    "Presiden AS" in 2018 is Donald Trump. A bare "Presiden" (a club's, FIFA's?), a former
    holder, several holders or a numbered one name nobody from the people list."""
    from kabar import process

    def names(text: str, published: str) -> set[str]:
        article = process(text, published=published)
        return {m.name or m.text for m in article.mentions if m.label == "OFFICE"}

    police = "Kapolri mengerahkan ribuan personel untuk mengamankan unjuk rasa di Jakarta."
    assert "Tito Karnavian" in names(police, "2016-12-02")
    assert "Listyo Sigit Prabowo" in names(police, "2022-03-01")
    assert "Donald Trump" in names("Presiden AS menolak usulan itu di Washington.", "2018-05-02")
    assert not names("Presiden menolak usulan itu di Madrid.", "2018-05-02") & {"Joko Widodo"}
    former = "Mantan Kapolri itu diperiksa penyidik di Jakarta."
    assert "Tito Karnavian" not in names(former, "2017-03-01")
    several = "Para Menteri Keuangan bertemu di Washington untuk membahas utang."
    assert "Sri Mulyani Indrawati" not in names(several, "2017-10-14")
    numbered = "Presiden ke-44 AS itu berkunjung ke Bali."
    assert "Donald Trump" not in names(numbered, "2017-06-28")


def test_owner_short_name_is_the_person_not_a_building_named_after_him(context):
    from kabar.nlp import venue_not_person

    text = (
        "Donald Trump menggelar konferensi pers di lobi Trump Tower, New York, Senin. "
        "Dalam kesempatan itu, Trump mengecam laporan media tentang calon kabinetnya."
    )
    article = Article.from_input(text, "t")
    article.text, article.published = text, "2017-01-10"
    later = text.index("Trump mengecam")
    article.mentions = [
        venue_not_person(mention(name, text, "PER")) for name in ("Donald Trump", "Trump Tower")
    ] + [Mention(later, later + 5, "Trump", "PER", "ner-model")]
    assert [m.label for m in article.mentions] == ["PER", "LOC", "PER"]
    resolve_mentions(article, context)
    assert article.mentions[-1].name == "Donald Trump"
    assert article.mentions[-1].cluster == article.mentions[0].cluster


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Jakarta Convention Center", "ORG"),
        ("John Wayne Airport", "LOC"),
        ("Stadion Kanjuruhan", "LOC"),
        ("Pemkab Pesisir Selatan", "ORG"),  # a regency's government, whose name would
        ("Pemda Kepulauan Mentawai", "ORG"),  # otherwise spread as a person's
        ("Nathan Hall", "PER"),
        ("Soekarno", "PER"),
    ],
)
def test_a_building_the_model_tags_as_a_person_is_a_place(name, label):
    from kabar.nlp import venue_not_person

    assert venue_not_person(Mention(0, len(name), name, "PER", "ner-model")).label == label


def test_a_police_rank_written_without_polisi_is_no_part_of_the_name(context):
    """'Ajun Komisaris' (AKP) is a rank like 'Ajun Komisaris Besar': the officer after it
    is named without it, so her later 'Dewi' is the same person and her title reads."""
    from kabar.nlp import find_mentions

    text = (
        "Kepala Seksi Humas Polres Bogor Ajun Komisaris Dewi Lestari mengatakan kedua "
        "pelaku ditahan. Dewi menambahkan penyidik masih memeriksa saksi."
    )
    found = {(m.text, m.label) for m in find_mentions(text, context)}
    assert ("Dewi Lestari", "PER") in found
    assert ("Ajun Komisaris", "OFFICE") in found
    assert not any(name.startswith("Ajun") and label == "PER" for name, label in found)


def test_initials_given_to_a_person_are_no_court_or_country(context):
    """A suspect 'berinisial MA' or 'berinisial AS' is a person wherever the initials
    recur, not the Supreme Court or the United States they also spell."""
    from kabar.nlp import find_mentions

    text = (
        "Polisi menangkap seorang pria berinisial MA (41) di Bekasi. MA diduga mencuri "
        "kotak amal masjid. Rekannya yang berinisial AS masih diburu petugas, dan AS "
        "disebut membawa sepeda motor korban."
    )
    initials = [(m.text, m.label) for m in find_mentions(text, context) if m.text in ("MA", "AS")]
    assert len(initials) == 4
    assert all(label == "PER" for _, label in initials)


def test_initials_with_an_age_name_a_person_wherever_they_recur(context):
    """'AS (45)' is a person, not the United States; a later bare 'RD' the model saw no
    name in is the same person the age introduced."""
    from kabar.nlp import find_mentions

    text = (
        "Seorang buruh pabrik, RD (29), dibekuk warga setelah mencuri ponsel di Cikarang. "
        "Rekannya, AS (45), ikut diamankan. Saat ini RD masih diperiksa penyidik."
    )
    found = [(m.text, m.label) for m in find_mentions(text, context) if m.text in ("RD", "AS")]
    assert found == [("RD", "PER"), ("AS", "PER"), ("RD", "PER")]


def test_initials_after_a_suspect_name_a_person_wherever_they_recur(context):
    """'tersangka JPW' is a person, also where the initials come back bare, not the body the
    model takes three capitals for."""
    from kabar.nlp import find_mentions

    text = (
        "Penyidik Polres Kendari memeriksa tersangka JPW selama enam jam. Menurut "
        "penyidik, JPW mengakui perbuatannya."
    )
    found = [(m.text, m.label) for m in find_mentions(text, context) if m.text == "JPW"]
    assert found == [("JPW", "PER"), ("JPW", "PER")]


def test_every_initials_of_a_given_list_name_a_person(context):
    """'berinisial DK dan FT' gives two people their initials, the second as much as the
    first; a body after 'pelaku' or 'saksi' ("pelaku UMKM", "saksi KPK") stays a body."""
    from kabar.nlp import find_mentions

    text = (
        "Petugas menggiring dua orang yang berinisial DK dan FT ke kantor polisi. Hingga "
        "sore, DK dan FT belum didampingi pengacara. Koperasi itu mendampingi pelaku UMKM "
        "dan saksi KPK di Kendari."
    )
    found = {(m.text, m.label) for m in find_mentions(text, context)}
    assert ("FT", "PER") in found
    assert ("FT", "ORG") not in found
    assert ("KPK", "ORG") in found
    assert not any(name == "UMKM" and label == "PER" for name, label in found)


def test_a_suspects_initials_do_not_join_a_named_official_they_spell(context):
    """KPK's 'tersangka berinisial BP' hides a name: it is not KPK's spokesman Budi
    Prasetyo, whose initials happen to be the same."""
    from kabar.nlp import find_mentions

    text = (
        "Juru bicara KPK Budi Prasetyo mengatakan lembaganya menahan seorang tersangka "
        "berinisial BP. Menurut Budi, BP ditahan di rutan KPK selama 20 hari."
    )
    article = Article.from_input(text, "bp")
    article.text, article.published = text, "2025-10-20"
    article.mentions = find_mentions(text, context)
    resolve_mentions(article, context)
    cluster = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert cluster["BP"] != cluster["Budi Prasetyo"]


def test_given_initials_spell_only_a_name_right_before_them(context):
    """Crime news gives a suspect initials to hide the name: "AS" is not the victim
    "Andi Saragih" the story names earlier, only a name glossed "alias AS"."""

    def person_of_initials(text: str) -> str | None:
        article = resolved(context, text)
        return next(m.name for m in article.mentions if m.text == "AS")

    apart = (
        "Seorang tahanan bernama Andi Saragih (30) tewas di sel. Di kota lain, polisi "
        "menangkap pria berinisial AS karena mencuri sepeda motor."
    )
    assert person_of_initials(apart) == "AS"
    glossed = "Polisi menangkap Agus Santoso alias AS di Medan. Pria berinisial AS itu mengaku."
    assert person_of_initials(glossed) == "Agus Santoso"


def test_seats_nobody_holds_are_told_apart_by_their_region(context):
    """Two regents named by their regencies are two parties (before, both were one
    "Regent (IDN)"); a bare "Bupati" later is the one regent a story names, and with two
    named it is neither."""

    def seat_names(text: str) -> list[str | None]:
        article = resolved(context, text)
        return [m.name for m in article.mentions if m.label == "OFFICE"]

    two = seat_names("Bupati Sleman menolak usulan Bupati Bantul. Bupati juga meminta maaf.")
    assert two == ["Regent (IDN) Sleman", "Regent (IDN) Bantul", "Regent"]
    one = seat_names("Bupati Sleman menolak usulan itu. Bupati juga meminta warga bersabar.")
    assert one == ["Regent (IDN) Sleman"] * 2


def test_a_description_opening_a_clause_refers_back_to_the_person_named_before(context):

    def linked(text: str) -> dict[str, str | None]:
        article = resolved(context, text)
        return {m.text: m.name for m in article.mentions if m.source == "description-rule"}

    text = (
        "Wakil Ketua Fraksi PAN Saleh Hidayat menyoroti lambannya penyaluran bantuan sosial. "
        "Politikus PAN ini meminta pemerintah daerah mempercepat pendataan warga miskin."
    )
    assert linked(text) == {"Politikus PAN ini": "Saleh Hidayat"}  # the man, not his party
    text = (
        "Irjen Bambang Wiryono menghadiri apel pasukan di Semarang. Mantan Kapolda Riau "
        "itu juga meminta jajarannya menjaga netralitas."
    )
    assert linked(text) == {"Mantan Kapolda Riau itu": "Bambang Wiryono"}  # a former post
    text = (
        "Penyanyi Rina Astuti menjalani sidang perdana di Pengadilan Negeri Surabaya. "
        "Perempuan berusia 34 tahun itu membantah dakwaan jaksa."
    )
    assert linked(text) == {"Perempuan berusia 34 tahun itu": "Rina Astuti"}
    # No reference back: a bare "pria itu" (often someone the story never names), a time
    # ("hari ini"), a title before a name the recogniser missed, a description a quote
    # opens with (the speaker speaks of someone else).
    text = (
        "Kapolsek Tembalang Kompol Joko Susilo mengatakan seorang pria menyerang petugas. "
        "Pria itu ditangkap warga. Ketua RW Suparman hari ini melapor ke polisi. "
        'Joko menambahkan, "pria berusia 40 tahun itu mengaku khilaf." Pelatih Andi Saputra '
        "memuji timnya. Mantan pemainnya itu kini membela klub lain."
    )
    assert linked(text) == {}  # "mantan pemainnya": someone of Andi's, not Andi


def test_a_name_the_model_began_too_late_takes_the_listed_full_name(context):
    from kabar.nlp import known_name_start

    text = "Menteri Keuangan Purbaya Yudhi Sadewa meninjau kantor pajak di Medan."
    late = Mention(text.index("Yudhi"), text.index(" meninjau"), "Yudhi Sadewa", "PER", "test")
    whole = known_name_start(text, late, context.lexicons.people)
    assert whole.text == "Purbaya Yudhi Sadewa"  # the people list knows the full name
    text = "Warga Budi Hartono melapor ke polisi."  # "Warga Budi Hartono": no listed name
    plain = Mention(text.index("Budi"), text.index(" melapor"), "Budi Hartono", "PER", "test")
    assert known_name_start(text, plain, context.lexicons.people).text == "Budi Hartono"


def person_clusters(context, text: str, suffixed: str, *others: str) -> list[str | None]:
    """The clusters of a name with "Jr" and of later names (each at its first place after
    the name before it), resolved together."""
    mentions = [mention(suffixed, text, "PER")]
    for name in others:
        at = text.index(name, mentions[-1].end)
        mentions.append(Mention(at, at + len(name), name, "PER", "test"))
    article = Article.from_input(text, "test")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, context)
    return [m.cluster for m in article.mentions if m.label == "PER"]


def test_a_father_and_his_son_named_with_jr_stay_two_people(context):
    """ "Joseph Kennedy" is the father, not a short form of "Joseph Kennedy Jr"; the bare
    "Kennedy" is the one without the suffix, as news writes the son with his "Jr"."""
    text = (
        "Senator Joseph Kennedy Jr membela ayahnya. Joseph Kennedy sendiri menolak "
        "berkomentar, dan Kennedy meninggalkan gedung itu."
    )
    son, father, bare = person_clusters(
        context, text, "Joseph Kennedy Jr", "Joseph Kennedy", "Kennedy"
    )
    assert father != son
    assert bare == father


def test_a_bare_surname_does_not_go_to_the_brother_of_a_son_with_jr(context):
    """With "Donald Trump Jr" and "Eric Trump" but no "Donald Trump", the bare "Trump"
    could be either brother: it stays apart rather than joining the one without "Jr"."""
    text = (
        "Donald Trump Jr tiba di Jakarta bersama Eric Trump untuk meninjau proyek hotel. "
        "Trump menyebut proyek itu akan rampung tahun depan."
    )
    _son, eric, bare = person_clusters(context, text, "Donald Trump Jr", "Eric Trump", "Trump")
    assert bare != eric


def test_a_body_named_by_the_short_form_it_gave_in_brackets_is_that_body(context):
    """'Kejaksaan Negeri (Kejari) Ende' gives its short form: a later 'Kejari Ende' is the
    same prosecutor's office, and a bare 'Kejari' still refers back to it."""

    text = (
        "Kejaksaan Negeri (Kejari) Ende menetapkan bendahara desa sebagai tersangka korupsi "
        "dana bantuan. Kejari Ende juga menyita buku rekening milik tersangka. Menurut Kejari, "
        "kerugian negara mencapai ratusan juta rupiah."
    )
    article = resolved(context, text)
    bodies = [m for m in article.mentions if m.label == "ORG"]
    assert [m.text for m in bodies] == ["Kejaksaan Negeri (Kejari) Ende", "Kejari Ende", "Kejari"]
    assert len({m.actor_id for m in bodies}) == 1
    assert {m.name for m in bodies} == {"Kejaksaan Negeri Ende"}


def test_a_body_named_by_the_initials_it_gave_in_brackets_is_that_body(context):
    """'Lembaga Bantuan Hukum Masyarakat (LBHM)' spells its initials: a later 'LBHM' is the
    same body, under its full name."""

    text = (
        "Lembaga Bantuan Hukum Masyarakat (LBHM) mengadukan kasus penggusuran itu ke Komnas "
        "HAM. Direktur LBHM menyebut puluhan keluarga kehilangan tempat tinggal."
    )
    article = resolved(context, text)
    bodies = [m for m in article.mentions if "Lembaga" in m.text or m.text == "LBHM"]
    assert len(bodies) == 2
    assert len({m.actor_id for m in bodies}) == 1
    assert bodies[1].name == "Lembaga Bantuan Hukum Masyarakat"


def test_a_short_form_two_courts_give_when_their_regions_were_cut_off_is_neither_s():
    """'Pengadilan Negeri (PN)' twice, the model cutting off 'Jakarta Selatan' and 'Jakarta
    Pusat' after the bracket: two courts gave 'PN', so a bare 'PN' goes to neither."""
    text = (
        "Pengadilan Negeri (PN) Jakarta Selatan menolak praperadilan itu, sedangkan Pengadilan "
        "Negeri (PN) Jakarta Pusat menunda sidang. Juru bicara PN menyebut berkas belum lengkap."
    )
    first = text.index("Pengadilan")
    second = text.index("Pengadilan", first + 1)
    bare = text.index("PN menyebut")
    mentions = [
        Mention(first, first + 22, text[first : first + 22], "ORG", "ner-model"),
        Mention(second, second + 22, text[second : second + 22], "ORG", "ner-model"),
        Mention(bare, bare + 2, "PN", "ORG", "ner-model"),
    ]
    for m in mentions[:2]:
        m.name = "Pengadilan Negeri"
    name_bracketed_short_forms(mentions, text)
    assert mentions[2].name is None


def test_a_region_s_government_is_one_body_by_its_long_and_short_names(context):
    """ "Pemerintah Kabupaten Sragen" and "Pemkab Sragen" are one body, named with the
    region the gazetteer does not know as a place ("Pemkab OKU"), by the spelled-out name
    whichever comes first; a glossed "Pemerintah Kota (Pemkot) Madiun" goes by its short
    name, and a bare "Pemkot" is the one Pemkot."""

    def bodies(text: str) -> dict[str, set[str]]:
        article = resolved(context, text)
        names: dict[str, set[str]] = {}
        for m in article.mentions:
            if m.label == "ORG":
                names.setdefault(m.actor_id or "", set()).add(m.name or m.text)
        return names

    two_names = bodies(
        "Pemerintah Kabupaten Sragen menyalurkan beras kepada warga terdampak banjir. "
        "Pemkab Sragen juga meminta Pemprov Jawa Tengah menambah bantuan."
    )
    assert {"Pemerintah Kabupaten Sragen"} in two_names.values()
    assert {"Pemprov Jawa Tengah"} in two_names.values()
    assert len(two_names) == 2  # "Pemkab Sragen" is no third body
    short_first = bodies(
        "Pemkab Sragen menyalurkan beras kepada warga terdampak banjir. Pemerintah "
        "Kabupaten Sragen juga meminta Pemprov Jawa Tengah menambah bantuan."
    )
    assert {"Pemerintah Kabupaten Sragen"} in short_first.values()  # the longer name heads
    assert len(short_first) == 2
    glossed = bodies(
        "Pemerintah Kota (Pemkot) Madiun menutup sementara pasar itu. Pemkot berjanji "
        "membukanya lagi pekan depan."
    )
    assert list(glossed.values()) == [{"Pemkot Madiun"}]
    acronym = bodies("Warga meminta Pemkab OKU memperbaiki jembatan yang putus.")
    assert list(acronym.values()) == [{"Pemkab OKU"}]


def test_an_epithet_written_apart_or_in_another_spelling_names_its_body():
    """ "lembaga anti rasuah" (the epithet written as two words) is the KPK and "Korps
    Adhiyaksa" (another spelling) the Kejaksaan, as "lembaga antirasuah" and "Korps
    Adhyaksa" are."""
    from kabar import process

    text = (
        "Fraksi Demokrat mendukung lembaga anti rasuah menuntaskan kasus itu, sementara "
        "Ketua DPRD Jawa Barat mengkritik Korps Adhiyaksa yang dinilai lamban."
    )
    article = process(text, published="2025-03-10")
    names = {m.name for m in article.mentions if m.label == "ORG"}
    assert {"Komisi Pemberantasan Korupsi", "Kejaksaan"} <= names


def test_drc_in_a_procurement_is_a_data_centre_not_the_congo():
    """ "sewa colocation DRC": in Indonesian news "DRC" is mostly a disaster recovery
    centre; the Congo is written "RD Kongo" or "Republik Demokratik Kongo"."""
    from kabar import process

    text = (
        "Kejaksaan menggeledah kantor Diskominfo terkait pengadaan sewa colocation DRC tahun 2024."
    )
    article = process(text, published="2025-03-10")
    assert all(m.country != "COD" for m in article.mentions)


def test_a_pemda_is_one_body_by_its_long_and_short_names(context):
    """ "Pemerintah Daerah Lembata" and "Pemda Lembata" name one body, as a "Pemkab" and a
    "Pemerintah Kabupaten" do: "pemda" is a region's government (predicates.tsv region
    rows, the one list)."""
    article = resolved(
        context,
        "Pemerintah Daerah Lembata membagikan bibit jagung kepada petani di lereng gunung. "
        "Pemda Lembata juga meminta Pemprov Nusa Tenggara Timur menambah pupuk bersubsidi.",
    )
    ids = {m.text: m.actor_id for m in article.mentions if m.label == "ORG"}
    lembata = ids["Pemerintah Daerah Lembata"]  # "Pemda Lembata" is no third body,
    assert lembata is not None and ids["Pemda Lembata"] == lembata, ids  # nor the province's
    assert ids["Pemprov Nusa Tenggara Timur"] not in (None, lembata), ids


def test_a_bare_pemda_is_any_regions_government_and_gets_no_actor_id(context):
    """ "Pemerintah Daerah setempat" with no region after it and none named in the story is
    any region's government: one actor id would join every region's across articles
    (args "anywhere"). A bare "Pemda" after "Pemda Sikka" is still that body."""
    alone = resolved(
        context,
        "Pemerintah Daerah setempat melarang nelayan melaut selama cuaca buruk pekan ini.",
    )
    assert not [m for m in alone.mentions if m.text == "Pemerintah Daerah" and m.actor_id]
    named = resolved(
        context,
        "Pemda Sikka menutup dermaga lama untuk perbaikan. Pemda juga melarang nelayan "
        "bersandar di sana.",
    )
    ids = {m.text: m.actor_id for m in named.mentions if m.label == "ORG"}
    assert ids["Pemda"] is not None and ids["Pemda"] == ids["Pemda Sikka"]


def org_ids(context: Context, text: str) -> dict[str, str | None]:
    """Each organisation mention's text -> the actor id it resolved to."""
    article = resolved(context, text)
    return {m.text: m.actor_id for m in article.mentions if m.label == "ORG"}


def test_a_national_body_before_a_province_is_its_branch_there(context):
    """ "KPU Jatim" is East Java's election commission, one with "KPU Jawa Timur" and
    apart from the national KPU; a body before a city ("Gedung KPK Jakarta") is where it
    sits, the national body still."""

    short = org_ids(
        context, "Kantor KPU Jatim menerima berkas pendaftaran tiga partai baru kemarin."
    )
    full = org_ids(
        context, "Kantor KPU Jawa Timur menerima berkas pendaftaran tiga partai baru kemarin."
    )
    bare = org_ids(context, "Kantor KPU menerima berkas pendaftaran tiga partai baru kemarin.")
    assert short["KPU"] == full["KPU"] != bare["KPU"]
    seat = org_ids(context, "Puluhan mahasiswa berkumpul di depan Gedung KPK Jakarta pagi ini.")
    plain = org_ids(context, "Puluhan mahasiswa berkumpul di depan Gedung KPK pagi ini.")
    assert seat["KPK"] == plain["KPK"]


def test_a_body_with_no_provincial_branch_before_a_province_stays_the_national_body(context):
    """Only bodies that have provincial branches (regional_bodies.tsv) take the province in
    their name: "Gedung KPK Sumatera Barat" is where the KPK is, "Kementerian Pertanian
    Lampung" the ministry itself; "Bawaslu Lampung" and "Golkar Lampung" are branches."""

    seat = org_ids(
        context, "Ratusan petani berkumpul di depan Gedung KPK Sumatera Barat siang tadi."
    )
    plain = org_ids(context, "Ratusan petani berkumpul di depan Gedung KPK siang tadi.")
    assert seat["KPK"] == plain["KPK"], (seat, plain)
    ministry = org_ids(
        context, "Kementerian Pertanian Lampung membagikan bibit jagung kepada petani."
    )
    national = org_ids(context, "Kementerian Pertanian membagikan bibit jagung kepada petani.")
    assert ministry["Kementerian Pertanian"] == national["Kementerian Pertanian"]
    branch = org_ids(context, "Bawaslu Lampung membagikan formulir kepada petani.")
    board = org_ids(context, "Golkar Lampung membagikan bibit jagung kepada petani.")
    assert (
        branch["Bawaslu"]
        != org_ids(context, "Bawaslu membagikan formulir kepada petani.")["Bawaslu"]
    )
    assert (
        board["Golkar"]
        != org_ids(context, "Golkar membagikan bibit jagung kepada petani.")["Golkar"]
    )


def test_a_body_before_a_city_or_regency_is_its_branch_there_at_the_level_written(context):
    """Bodies with a branch in every city and regency (KPU, Bawaslu, DPRD, the parties)
    named before one are that branch: "Bawaslu Kota Cilegon" is neither the national
    Bawaslu nor Banten's. Where a city and a regency share the name, the level written
    keeps the two apart ("DPRD Kota Tegal", "DPRD Kab. Tegal"); a body with only
    provincial branches before a city (BPK) stays the body itself."""

    national = org_ids(context, "Bawaslu mencoret dua nama dari daftar pengawas desa kemarin.")[
        "Bawaslu"
    ]
    city = org_ids(
        context, "Bawaslu Kota Cilegon mencoret dua nama dari daftar pengawas desa kemarin."
    )
    bare = org_ids(context, "Bawaslu Cilegon mencoret dua nama dari daftar pengawas desa kemarin.")
    assert city["Bawaslu"] == bare["Bawaslu"] != national
    town = org_ids(context, "DPRD Kota Tegal menunda sidang paripurna soal pasar ikan.")["DPRD"]
    regency = org_ids(context, "DPRD Kab. Tegal menunda sidang paripurna soal pasar ikan.")["DPRD"]
    spelled = org_ids(context, "DPRD Kabupaten Tegal menunda sidang paripurna soal pasar ikan.")[
        "DPRD"
    ]
    whole = org_ids(context, "DPRD menunda sidang paripurna soal pasar ikan.")["DPRD"]
    assert len({town, regency, whole}) == 3 and regency == spelled
    full = org_ids(
        context, "Badan Pengawas Pemilihan Umum (Bawaslu) Kota Cilegon mencoret dua nama."
    )
    assert full["Badan Pengawas Pemilihan Umum"] == full["Bawaslu"] == city["Bawaslu"], full
    audit = org_ids(context, "BPK Surabaya menunda sidang paripurna soal pasar ikan.")["BPK"]
    assert audit == org_ids(context, "BPK menunda sidang paripurna soal pasar ikan.")["BPK"]


def test_a_branch_written_once_with_its_level_is_that_branch_where_written_without(context):
    """ "BPBD Kabupaten Tegal" then "BPBD Tegal" in one story is one regency's agency; the
    bare "Tegal" could be the city's or the regency's, and the article said which."""
    article = resolved(
        context,
        "BPBD Kabupaten Tegal mendirikan tenda darurat di lapangan desa. Menurut BPBD Tegal, "
        "dua jembatan kayu putus diterjang arus sungai.",
    )
    ids = {m.actor_id for m in article.mentions if m.text == "BPBD"}
    national = resolved(context, "BPBD mendirikan tenda darurat di lapangan desa.")
    assert len(ids) == 1 and None not in ids, ids
    assert ids != {m.actor_id for m in national.mentions if m.text == "BPBD"}


def test_a_bare_regional_government_is_its_own_articles_never_one_across_articles(context):
    """A bare "Pemkot" is the government of the one city the story names ("Pemkot Bogor"
    then), of a province for "Pemprov"; with no such place it is its own article's
    government: two stories' bare "Pemkot" are no one actor."""

    def org_id(text: str, written: str) -> str | None:
        article = resolved(context, text)
        return next(m.actor_id for m in article.mentions if m.text == written)

    first = resolved(context, "Pemkot berjanji menambal jalan berlubang sebelum musim hujan.")
    second = resolved(context, "Pemkot menunda lelang proyek pasar induk hingga pekan depan.")
    actors, mapping = build_actors([first, second])
    ids = {mapping[m.actor_id or ""] for a in (first, second) for m in a.mentions}
    assert len(ids) == 2 and [a.name for a in actors] == ["Pemkot", "Pemkot"]
    placed = org_id("Warga Bogor mengeluh, dan Pemkot berjanji menambal jalan.", "Pemkot")
    named = org_id("Pemkot Bogor berjanji menambal jalan berlubang.", "Pemkot Bogor")
    assert placed == named
    province = org_id("Di Jawa Tengah, Pemprov menambah armada bus sekolah.", "Pemprov")
    assert province == org_id("Pemprov Jateng menambah armada bus sekolah.", "Pemprov Jateng")


def test_a_bare_city_government_takes_no_regency_of_the_same_name(context):
    """A city and a regency often share a name: a bare "Pemkot" in a story that names only
    "Kabupaten Malang" is no "Pemkot Malang" (the city's government), and a bare "Pemkab"
    there is the regency's."""

    def org_id(text: str, written: str) -> str | None:
        article = resolved(context, text)
        return next(m.actor_id for m in article.mentions if m.text == written)

    city = org_id("Pemkot Malang memperbaiki saluran air di pasar besar.", "Pemkot Malang")
    wrong = org_id(
        "Petani di Kabupaten Malang mengeluh, lalu Pemkot berjanji membantu pupuk.", "Pemkot"
    )
    assert wrong != city
    regency = org_id(
        "Petani di Kabupaten Malang mengeluh, lalu Pemkab berjanji membantu pupuk.", "Pemkab"
    )
    assert regency == org_id("Pemkab Malang berjanji membantu pupuk.", "Pemkab Malang")


def coded_with_aliases(context, ident: str, text: str, names: list[str]) -> Article:
    """An article whose model tagged ``names`` (people), read through the alias rule."""
    from kabar.nlp import aliases_as_people

    article = Article.from_input(text, ident)
    article.text, article.published = text, "2019-03-02"
    found = [mention(n, text, "PER") for n in names]
    article.mentions = aliases_as_people(text, found, context.lexicons)
    return resolve_mentions(article, context)


def test_a_name_after_alias_is_the_same_person_within_and_across_articles(context):
    first = coded_with_aliases(
        context,
        "a",
        "Warga mengeroyok Slamet Riyadi (SR) alias Gendon di dekat terminal. "
        "Gendon kini dirawat di rumah sakit daerah.",
        ["Slamet Riyadi"],
    )
    first.mentions.append(  # the later "Gendon" the model did tag
        Mention(
            first.text.index("Gendon kini"),
            first.text.index("Gendon kini") + 6,
            "Gendon",
            "PER",
            "t",
        )
    )
    resolve_mentions(first, context)
    assert len({m.cluster for m in first.mentions if m.label == "PER"}) == 1
    other_spelling = coded_with_aliases(
        context,
        "b",
        "Polisi memeriksa saksi pemukulan Slamet Riyady alias Gendon.",
        ["Slamet Riyady"],
    )
    other_man = coded_with_aliases(
        context,
        "c",
        "Budi Hartono alias Gendon ditangkap karena mencuri sepeda motor.",
        ["Budi Hartono"],
    )
    by_nickname = coded_with_aliases(
        context,
        "d",
        "Nurlela Sitompul alias Butet Sitompul membuka warung baru di pinggir kota.",
        ["Nurlela Sitompul"],
    )
    by_name = coded_with_aliases(
        context, "e", "Butet Sitompul lalu mengundang tetangganya makan.", ["Butet Sitompul"]
    )
    _, mapping = build_actors([first, other_spelling, other_man, by_nickname, by_name])
    spelled, other, man = (
        mapping[a.mentions[0].actor_id] for a in (first, other_spelling, other_man)
    )
    assert spelled == other != man
    assert mapping[by_nickname.mentions[0].actor_id] == mapping[by_name.mentions[0].actor_id]


@pytest.mark.parametrize(
    "one, two",
    [
        (  # a first name and a nickname both common: two men
            ("Petugas meringkus Muhammad Yusuf alias Ucok di sebuah warung di Binjai.",
             "Muhammad Yusuf"),
            ("Pengadilan menghukum Muhammad Ridwan alias Ucok karena mencuri ternak.",
             "Muhammad Ridwan"),
        ),
        (  # a two-word name that is another man's nickname, nothing else alike
            ("Tim Densus menciduk Hasan Basri alias Abu Umar di Lamongan kemarin.",
             "Hasan Basri"),
            ("Abu Umar, tokoh masyarakat di Garut, membuka pasar murah untuk warga.",
             "Abu Umar"),
        ),
        (  # an actress and the role she played
            ("Aktris Maya Larasati alias Nyai Ontosoroh tampil memukau di Bandung.",
             "Maya Larasati"),
            ("Nyai Ontosoroh membela anaknya di depan hakim kolonial.", "Nyai Ontosoroh"),
        ),
    ],
)  # fmt: skip
def test_a_nickname_alone_joins_no_two_people_across_articles(context, one, two):
    first = coded_with_aliases(context, "a", one[0], [one[1]])
    second = coded_with_aliases(context, "b", two[0], [two[1]])
    _, mapping = build_actors([first, second])
    named = [
        next(m for m in a.mentions if m.text == n) for a, n in ((first, one[1]), (second, two[1]))
    ]
    assert mapping[named[0].actor_id] != mapping[named[1].actor_id]


def test_a_nickname_two_people_of_one_article_go_by_joins_neither(context):
    text = (
        "Polisi membekuk Rahmat Hidayat alias Abu Umar di Bima. "
        "Rekannya, Yusuf Halim alias Abu Umar, ditangkap sehari kemudian di Dompu."
    )
    article = coded_with_aliases(context, "a", text, ["Rahmat Hidayat", "Yusuf Halim"])
    clusters = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert clusters["Rahmat Hidayat"] != clusters["Yusuf Halim"]
    spelled = (  # one man whose name the article spells two ways
        "Hakim memvonis Rahmat Hidayat alias Abu Umar. Rahmat Hidajat alias Abu Umar "
        "lalu dibawa ke lembaga pemasyarakatan."
    )
    article = coded_with_aliases(context, "b", spelled, ["Rahmat Hidayat", "Rahmat Hidajat"])
    assert len({m.cluster for m in article.mentions if m.label == "PER"}) == 1


def test_a_span_run_on_past_a_comma_after_an_alias_is_not_that_alias(context):
    text = "Polisi menangkap Joko Santoso alias Bagong, Heru Prasetyo, dan Tono di pasar."
    article = coded_with_aliases(
        context, "a", text, ["Joko Santoso", "Bagong, Heru Prasetyo", "Tono"]
    )  # the model ran "Bagong" on into the next suspect's name
    clusters = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert clusters["Joko Santoso"] != clusters["Bagong, Heru Prasetyo"]


def test_a_span_the_model_ran_on_past_an_alias_is_not_that_alias(context):
    text = (
        "Mereka adalah Darmo Sutejo alias Kancil alias Bagong; Yanto Kurniawan alias Gareng; "
        "dan Tono Wibisono."
    )
    article = coded_with_aliases(
        context, "a", text, ["Darmo Sutejo", "Bagong; Yanto Kurniawan", "Tono Wibisono"]
    )
    clusters = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert clusters["Darmo Sutejo"] == clusters["Kancil"]
    assert clusters["Darmo Sutejo"] != clusters["Bagong; Yanto Kurniawan"]
    assert clusters["Darmo Sutejo"] != clusters["Gareng"]
    longer = "Penyanyi Bayu Kartika alias Bayu K tampil di Surabaya."  # the model's "Bayu K"
    from kabar.nlp import aliases_as_people

    article = Article.from_input(longer, "b")
    article.text, at = longer, longer.rindex("Bayu K")
    found = [mention("Bayu Kartika", longer, "PER"), Mention(at, at + 6, "Bayu K", "PER", "t")]
    article.mentions = aliases_as_people(longer, found, context.lexicons)
    resolve_mentions(article, context)
    assert len({m.cluster for m in article.mentions if m.label == "PER"}) == 1


def test_a_chain_of_aliases_is_one_person(context):
    text = (
        "Jaksa mendakwa Rudi Gunawan alias Kancil alias Gepeng di Semarang. "
        "Gepeng kemudian dibawa ke rumah tahanan."
    )  # three unrelated names: only the chain joins them, no surname rule
    article = coded_with_aliases(context, "a", text, ["Rudi Gunawan"])
    later = text.rindex("Gepeng")
    article.mentions.append(Mention(later, later + 6, "Gepeng", "PER", "t"))
    resolve_mentions(article, context)
    people = [m for m in article.mentions if m.label == "PER"]
    assert sorted(m.text for m in people) == ["Gepeng", "Gepeng", "Kancil", "Rudi Gunawan"]
    assert len({m.cluster for m in people}) == 1


@pytest.mark.parametrize(
    "text, others, nickname",
    [
        ("Polisi membekuk Dedi Kurnia alias Cepot Sabtu (12/8) malam di Garut.", [], "Cepot"),
        ("Buser menangkap Wawan Hermawan alias Iwan Jumat dini hari.", [], "Iwan"),
        ("Hakim memvonis Asep Saepudin alias Ujang Kepala Dusun Cibeureum.",
         ["Kepala Dusun"], "Ujang"),
        ("Tersangka, Wawan Setiadi (41) alias Iwan, ditahan di Cimahi.", [], "Iwan"),
        ("Terdakwa, Bambang Irawan (52 tahun) alias Gondrong, dibawa ke Kendal.", [], "Gondrong"),
    ],
)  # fmt: skip
def test_the_name_after_alias_stops_before_a_day_or_an_office(context, text, others, nickname):
    from kabar.nlp import ALIAS_SOURCE, aliases_as_people

    owner = text.split(" alias")[0].split(", ")[-1].split(" (")[0]
    owner = " ".join(owner.split()[-2:])
    found = [mention(owner, text, "PER")] + [mention(o, text, "OFFICE") for o in others]
    read = [
        m.text for m in aliases_as_people(text, found, context.lexicons) if m.source == ALIAS_SOURCE
    ]
    assert read == [nickname]


def test_a_nickname_survives_the_stored_actor_parts(context):
    """The store resolves actors from per-key parts (``kabar.summary``): the name after
    "alias" must travel in them, or two spellings of one man stay apart there."""
    from kabar.nlp import aliases_as_people
    from kabar.summary import actor_parts, merge_parts, resolve_actors

    def coded(text: str, name: str) -> Article:
        article = Article.from_input(text, text)
        article.text, article.published = text, "2021-07-09"
        article.mentions = aliases_as_people(text, [mention(name, text, "PER")], context.lexicons)
        return resolve_mentions(article, context)

    one = coded("Rudi Setiawan alias Bogel divonis enam bulan penjara.", "Rudi Setiawan")
    two = coded("Hakim membebaskan Rudi Setyawan alias Bogel dari dakwaan.", "Rudi Setyawan")
    parts: dict[str, list[dict]] = {}
    for article in (one, two):
        for key, part in actor_parts(article).items():
            parts.setdefault(key, []).append(part)
    _, mapping = resolve_actors(merge_parts(p) for p in parts.values())
    assert mapping[one.mentions[0].actor_id] == mapping[two.mentions[0].actor_id]


def test_a_bare_police_unit_is_its_own_articles_never_one_across_articles(context):
    """A bare "Polres" refers back to the "Polres Bogor" its story names; with none it is
    its own article's command (a story names other cities than its Polres'): two stories'
    bare "Polres" are no one actor. A bare "Polda" is the command of the one province the
    story names, a bare "Pengadilan Negeri" the court of its one city."""

    def ids_of(written: str, *texts: str) -> set[str]:
        articles = [resolved(context, text) for text in texts]
        _, mapping = build_actors(articles)
        return {
            mapping[m.actor_id or ""]
            for a in articles
            for m in a.mentions
            if m.text.startswith(written)
        }

    bogor = "Warga Bogor melapor, lalu Polres menahan dua penadah motor curian."
    depok = "Warga Depok melapor, lalu Polres menahan tiga penjual obat palsu."
    assert len(ids_of("Polres", bogor, depok)) == 2
    unplaced = ids_of(
        "Polsek",
        "Polsek menahan dua penadah motor curian pada Senin malam.",
        "Polsek menahan tiga penjual obat palsu pada Selasa pagi.",
    )
    assert len(unplaced) == 2
    named = "Polres Bogor menahan dua penadah. Kapolres berkata Polres terus memburu."
    assert len(ids_of("Polres", named)) == 1
    province = "Di Jawa Tengah, Polda membongkar jaringan judi daring."
    spelled = "Polda Jawa Tengah membongkar jaringan judi daring."
    assert len(ids_of("Polda", province, spelled)) == 1
    court = "Warga Medan menggugat, dan Pengadilan Negeri menolak gugatan itu."
    spelled = "Pengadilan Negeri Medan menolak gugatan warga itu."
    assert len(ids_of("Pengadilan Negeri", court, spelled)) == 1


def test_every_regional_government_has_a_bare_unit_level():
    """The regions' governments of predicates.tsv are bare units too (bare_units.tsv)."""
    from kabar.lexicons import bare_unit_levels
    from kabar.nlp import REGIONAL_GOVERNMENTS

    kinds = set(REGIONAL_GOVERNMENTS) | set(REGIONAL_GOVERNMENTS.values())
    assert kinds - {"pemda", "pemerintah daerah"} <= bare_unit_levels().keys()


def test_a_bare_kejaksaan_is_the_unit_its_story_names_or_its_own(context):
    """A bare "Kejaksaan" is the one prosecutor's office its story names in full, the
    Kejaksaan Agung when the story speaks of the Jaksa Agung, else its own article's: two
    stories' bare "Kejaksaan" on two local cases are no one actor."""

    from kabar.nlp import find_mentions

    def ids_of(*texts: str) -> dict[str, set[str]]:
        articles = []
        for number, text in enumerate(texts):
            article = Article.from_input(text, f"k{number}")
            article.text, article.mentions = text, find_mentions(text, context)
            articles.append(resolve_mentions(article, context))
        _, mapping = build_actors(articles)
        ids: dict[str, set[str]] = {}
        for a in articles:
            for m in a.mentions:
                if m.label == "ORG" and m.text.startswith("Kejaksaan"):
                    ids.setdefault(m.text, set()).add(mapping[m.actor_id or ""])
        return ids

    local = ids_of(
        "Kejaksaan menahan bendahara desa itu karena menilap dana bantuan.",
        "Kejaksaan menahan kepala dinas itu karena menerima suap proyek jalan.",
    )
    assert len(local["Kejaksaan"]) == 2
    named = ids_of(
        "Kejaksaan Negeri Garut menahan camat itu. Kejaksaan menyebut kerugian Rp 2 miliar."
    )
    assert named["Kejaksaan"] == named["Kejaksaan Negeri Garut"]
    head = ids_of(
        "Jaksa Agung meminta jajarannya jujur. Kejaksaan tidak melindungi jaksa nakal.",
        "Kejaksaan Agung memeriksa tiga saksi kasus impor gula kemarin.",
    )
    assert head["Kejaksaan"] == head["Kejaksaan Agung"]


def test_a_seat_of_a_city_and_one_of_a_regency_of_one_name_are_two(context):
    """The gazetteer folds "Kota Bogor" and "Kabupaten Bogor" into one place; the level the
    text writes after a seat keeps the city's secretary apart from the regency's, and a
    place that is only a city is one seat however it is written."""

    def seat(text: str) -> str:
        article = resolved(context, text)
        return next(m.name or "" for m in article.mentions if m.label == "OFFICE")

    city = seat("Sekda Kota Malang membuka rapat anggaran pada pagi itu.")
    regency = seat("Sekda Kabupaten Malang membuka rapat anggaran pada pagi itu.")
    assert city != regency
    assert seat("Sekda Kota Surabaya menutup rapat.") == seat("Sekda Surabaya menutup rapat.")


def test_a_list_of_people_the_model_read_as_one_name_ends_an_alias_chain(context):
    """The model ran one person's span over a semicolon list ("Bejo; Sutrisno Hadi; Agung
    Prasetyo"): each entry is a person, the first the end of the alias chain before it."""
    from kabar.nlp import aliases_as_people, split_listed_people

    text = (
        "Densus menahan Hendra Wijaya alias Kumis alias Bejo; Sutrisno Hadi; "
        "Agung Prasetyo alias Gondrong di sebuah rumah kontrakan."
    )
    article = Article.from_input(text, "a")
    article.text, article.published = text, "2019-03-02"
    found = [
        mention("Hendra Wijaya", text, "PER"),
        mention("Bejo; Sutrisno Hadi; Agung Prasetyo", text, "PER"),
    ]
    article.mentions = aliases_as_people(
        text, split_listed_people(found, context.lexicons), context.lexicons
    )
    resolve_mentions(article, context)
    clusters = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert clusters["Hendra Wijaya"] == clusters["Kumis"] == clusters["Bejo"]
    assert clusters["Agung Prasetyo"] == clusters["Gondrong"]
    assert (
        len({clusters["Hendra Wijaya"], clusters["Sutrisno Hadi"], clusters["Agung Prasetyo"]}) == 3
    )


def test_a_body_no_gazetteer_knows_is_one_by_its_full_name_and_its_first_words(context):
    """ "PT Angkasa Raya Medan" and a later "PT Angkasa Raya" are one firm; a short name
    two longer ones begin stays apart, and so does one a product's name begins."""

    def clusters_of(text: str) -> dict[str, int | None]:
        article = resolved(context, text)
        return {m.text: m.cluster for m in article.mentions if m.label == "ORG"}

    firm = clusters_of(
        "PT Angkasa Raya Medan digugat warga desa. Direktur PT Angkasa Raya membantah."
    )
    assert firm["PT Angkasa Raya Medan"] == firm["PT Angkasa Raya"]
    two = clusters_of(
        "CV Karya Mandiri Medan dan CV Karya Mandiri Bogor ikut lelang. CV Karya Mandiri menang."
    )
    assert len(set(two.values())) == 3
    product = clusters_of(
        "PT Angkasa Raya Sentosa digugat warga desa. Direktur PT Angkasa Raya membantah."
    )
    assert len(set(product.values())) == 2


def test_a_short_name_stays_apart_from_its_branch_in_a_province_or_abroad(context):
    """ "Perbasi Sulawesi Tengah" is the association's provincial branch and "Lazada
    Filipina" the firm's arm abroad: the bare name beside them is the parent; a city after
    the name is still the same club ("Persikab Cianjur" ... "Persikab")."""

    def joined(text: str, names: list[str]) -> bool:
        article = people_article(context, text, names, label="ORG")
        return len({m.cluster for m in article.mentions}) == 1

    assert not joined(
        "Perbasi Sulawesi Tengah mengirim surat keberatan kepada Perbasi soal jadwal liga.",
        ["Perbasi Sulawesi Tengah", "Perbasi"],
    )
    assert not joined(
        "Lazada Filipina merugi tahun ini, sementara Lazada membuka gudang di Surabaya.",
        ["Lazada Filipina", "Lazada"],
    )
    assert joined(
        "Persikab Cianjur menang tipis kemarin. Pelatih Persikab memuji kiper mudanya.",
        ["Persikab Cianjur", "Persikab"],
    )


def test_a_twin_named_seat_written_again_without_its_level_keeps_that_level(context):
    """ "Sekda Kabupaten Semarang" and a later "Sekda Semarang" in one article
    are one official: the level written once holds for the mention without it."""
    article = resolved(
        context,
        "Sekda Kabupaten Semarang meninjau pasar tradisional yang terbakar. "
        "Menurut Sekda Semarang, pedagang akan dipindah sementara ke lapangan desa.",
    )
    seats = {m.name for m in article.mentions if m.label == "OFFICE"}
    assert seats == {"Regional Secretary (IDN) Kabupaten Semarang"}


def test_a_bare_kejaksaan_beside_another_countrys_attorney_general_is_not_indonesias(context):
    """The cue "Jaksa Agung" names Indonesia's Kejaksaan Agung only when it is not the
    title of another country's office."""

    def bare(text: str) -> str | None:
        article = resolved(context, text)
        return next(m.name for m in article.mentions if m.text == "Kejaksaan")

    foreign = bare(
        "Jaksa Agung Korea Selatan mundur setelah didemo mahasiswa. "
        "Kejaksaan membantah ada tekanan dari istana."
    )
    assert foreign != "Kejaksaan Agung"
    home = bare(
        "Jaksa Agung meminta jajarannya bekerja cepat. Kejaksaan membantah ada tekanan dari istana."
    )
    assert home == "Kejaksaan Agung"


def test_a_district_prosecutor_written_with_and_without_kota_is_one_office(context):
    """ "Kejari Kota Pekanbaru" and "Kejari Pekanbaru" are one office (Pekanbaru is only
    a city), and a bare "Kejaksaan" beside them is that office; "Kota Bogor" and
    "Kabupaten Bogor" stay two."""
    article = people_article(
        context,
        "Kejari Pekanbaru menahan bendahara desa itu. Kejari Kota Pekanbaru menaksir "
        "kerugian Rp 2 miliar. Kejaksaan juga menyita dua sepeda motor.",
        ["Kejari Kota Pekanbaru", "Kejari Pekanbaru", "Kejaksaan"],
        label="ORG",
    )
    assert len({m.cluster for m in article.mentions}) == 1
    twins = people_article(
        context,
        "Kejari Kota Bogor dan Kejari Kabupaten Bogor meneken nota kesepahaman.",
        ["Kejari Kota Bogor", "Kejari Kabupaten Bogor"],
        label="ORG",
    )
    assert len({m.cluster for m in twins.mentions}) == 2


def test_a_body_key_drops_the_level_only_before_a_place_that_is_no_twin():
    """ "kejari kota palu" is "kejari palu", "kejari kabupaten bogor" keeps its level (a
    city and a regency are named Bogor), as does every twin written in the file's case."""
    assert without_level("kejari kota palu") == "kejari palu"
    assert without_level("kejari kabupaten bogor") == "kejari kabupaten bogor"
    assert folded_twin_regions() == {twin.casefold() for twin in twin_regions()}
    assert all(
        without_level(f"kejari kota {twin}") == f"kejari kota {twin}"
        for twin in folded_twin_regions()
    )


def test_a_body_whose_name_universities_carry_is_no_city_branch(context):
    """ "Universitas Nahdlatul Ulama Blitar" is a university in Blitar, not a branch of NU
    there that the text never names: NU, like Muhammadiyah, keeps its city name for its
    campuses and hospitals, so before a city it stays the body itself; before a province
    ("Nahdlatul Ulama Jawa Timur") it is still the provincial board."""

    national = org_ids(context, "Nahdlatul Ulama menggelar wisuda bagi lulusan tahun ini.")
    campus = org_ids(
        context, "Universitas Nahdlatul Ulama Blitar menggelar wisuda bagi lulusan tahun ini."
    )
    board = org_ids(context, "Nahdlatul Ulama Jawa Timur menggelar wisuda bagi lulusan tahun ini.")
    assert campus["Nahdlatul Ulama"] == national["Nahdlatul Ulama"], (campus, national)
    assert board["Nahdlatul Ulama"] != national["Nahdlatul Ulama"], (board, national)


def test_a_city_named_as_its_province_or_a_twin_is_told_apart_by_the_level_written(context):
    """ "Kota Jambi" is a city in the province of its name; Gorontalo, Bima and Banjar are
    each a city and a regency of one name: the level written says which is meant, so a
    body's branch there is its own and none is the province's or the national body."""
    from kabar.lexicons import normalize

    places = context.lexicons.places
    assert places[normalize("Kota Jambi")].kind == "city"
    assert places[normalize("Jambi")].kind == "province"
    sentence = "{} membuka pendaftaran panitia pemungutan suara di tiap kecamatan."
    city = org_ids(context, sentence.format("KPU Kota Jambi"))["KPU"]
    province = org_ids(context, sentence.format("KPU Jambi"))["KPU"]
    national = org_ids(context, sentence.format("KPU"))["KPU"]
    assert len({city, province, national}) == 3
    for twin in ("Gorontalo", "Bima", "Banjar"):
        town = org_ids(context, sentence.format(f"Bawaslu Kota {twin}"))["Bawaslu"]
        regency = org_ids(context, sentence.format(f"Bawaslu Kabupaten {twin}"))["Bawaslu"]
        short = org_ids(context, sentence.format(f"Bawaslu Kab. {twin}"))["Bawaslu"]
        assert town != regency == short, twin


def test_a_bare_body_is_the_one_branch_the_story_names_but_not_beside_the_national_one(
    context,
):
    """ "MUI Kota Tasikmalaya ... MUI meminta ..." is the city's council of ulama twice;
    with "MUI Pusat" also named, or two branches, the bare "MUI" could be either and stays
    the national body's; a party's bare name ("kader PKB") stays the party's."""

    def bare_id(text: str, written: str) -> str | None:
        article = resolved(context, text)
        return [m.actor_id for m in article.mentions if m.text == written][-1]

    opening = "MUI Kota Tasikmalaya mengundang tokoh agama ke aula balai kota."
    national = bare_id("MUI meminta warga menahan diri.", "MUI")
    branch = org_ids(context, opening)["MUI"]
    one = bare_id(f"{opening} Dalam pertemuan itu MUI meminta warga menahan diri.", "MUI")
    assert one == branch != national
    beside = f"{opening} MUI Pusat mengirim utusan, dan MUI meminta warga menahan diri."
    assert bare_id(beside, "MUI") == national
    two = (
        "DPRD Kota Tasikmalaya dan DPRD Kabupaten Garut menyepakati batas wilayah. "
        "DPRD meminta warga menahan diri."
    )
    assert bare_id(two, "DPRD") == bare_id("DPRD meminta warga menahan diri.", "DPRD")
    party = "PKB Kota Tasikmalaya membuka posko. Seorang kader PKB meminta warga tenang."
    assert bare_id(party, "PKB") == bare_id("Seorang kader PKB meminta warga tenang.", "PKB")


def test_a_role_noun_the_story_ties_to_initials_is_that_person(context):
    """Fails before initialled_roles: "sopir truk" was no mention, so no one's."""
    text = (
        "Petugas menangkap sopir truk yang menabrak pagar sekolah di Ciledug pada Senin pagi. "
        "Sopir truk itu berinisial TK (41), warga Tangerang. Saat ini sopir truk tersebut "
        "masih diperiksa, sementara pengemudi lain yang melihat kejadian dimintai keterangan."
    )
    article = resolved(context, text)
    initials = next(m for m in article.mentions if m.text == "TK")
    roles = [m for m in article.mentions if m.text.casefold().startswith(("sopir", "pengemudi"))]
    assert [text[m.start : m.end] for m in roles] == ["sopir", "Sopir", "sopir"]
    assert {m.actor_id for m in roles} == {initials.actor_id}


def test_a_role_noun_not_marked_as_the_initialled_one_is_someone_else(context):
    """Fails before the marking: every later "sopir"/"pengemudi" became the initialled
    person. Striking minibus drivers are not the arrested truck driver; a driver of
    another vehicle is another person; "sopir itu" and the tie's vehicle word are him."""
    text = (
        "Polisi menahan sopir truk yang menyeruduk warung di Cibubur pada Selasa malam. "
        "Sopir yang ditahan itu berinisial DW (37). Sopir itu mengaku mengantuk.\n\n"
        "Di tempat lain, sopir angkot berunjuk rasa di depan kantor Dishub. "
        "Pengemudi motor berinisial AS (22) terluka ringan, lalu polisi memeriksa "
        "pengemudi truk tersebut."
    )
    article = resolved(context, text)
    roles = [m for m in article.mentions if m.source == "initialled-role"]
    starts = sorted((m.start, text[m.start : m.end], m.name) for m in roles)
    assert [(w, n) for _, w, n in starts] == [
        ("sopir", "DW"), ("Sopir", "DW"), ("Sopir", "DW"), ("Pengemudi", "AS"),
    ], starts  # fmt: skip


CAR_OF_A_MAKE = (
    "Sebuah mobil Avanza hitam menerobos palang kereta di Cikampek. Petugas sudah "
    "memeriksa pengemudi mobil tersebut di pos jaga. Pengemudi Avanza itu berinisial "
    "GT (45), warga Karawang."
)


@pytest.mark.parametrize(
    ("text", "initials", "roles_tied"),
    [
        pytest.param(  # fails before "driver" was a role noun: news writes the loan word
            # as often as "sopir" ("driver ojek daring")
            "Warga melaporkan driver ojek daring yang merusak pos ronda di Bekasi. "
            "Driver itu berinisial RS (29). Polisi kemudian menahan driver tersebut.",
            "RS",
            ["Driver", "driver"],
            id="loan-word-driver",
        ),
        pytest.param(  # fails before vehicle_named_before: "mobil tersebut" named no make,
            # so "pengemudi mobil tersebut" was another driver than "Pengemudi Avanza ...
            # berinisial GT"
            CAR_OF_A_MAKE,
            "GT",
            ["pengemudi", "Pengemudi Avanza"],
            id="driver-of-that-car",
        ),
    ],
)
def test_a_driver_the_story_ties_to_initials_is_that_person(context, text, initials, roles_tied):
    """Every role noun the story ties to a person's initials is that person."""
    article = resolved(context, text)
    person = next(m for m in article.mentions if m.text == initials)
    roles = [m for m in article.mentions if m.source == "initialled-role"]
    assert [text[m.start : m.end] for m in roles] == roles_tied
    assert {m.actor_id for m in roles} == {person.actor_id}


def test_the_driver_of_a_car_of_another_make_is_another_driver(context):
    """A car the text names with another make ("mobil Xenia") stays another driver's than
    "Pengemudi Avanza": only a driver of the make named last is tied to him."""
    other = CAR_OF_A_MAKE.replace("Sebuah mobil Avanza", "Sebuah mobil Xenia")
    roles = [m for m in resolved(context, other).mentions if m.source == "initialled-role"]
    assert [other[m.start : m.end] for m in roles] == ["Pengemudi Avanza"]


def test_a_car_with_no_make_named_since_stops_the_make_of_the_one_before(context):
    """Fails before: vehicle_named_before took the last make written after "mobil", so
    "pengemudi mobil tersebut" after a make-less car ("sebuah mobil pikap terbalik") was
    tied to the earlier car's driver. A use referring back ("mobil itu") keeps the make,
    and a car named more than ROLE_STRETCH paragraphs before is out of reach."""
    text = (
        "Sebuah mobil Innova putih menabrak gerobak bakso di Purwakarta. Mobil itu "
        "berhenti di bahu jalan.\n\nSore harinya, sebuah mobil pikap terbalik di jalan "
        "desa. Warga menolong pengemudi mobil tersebut.\n\nPengemudi Innova itu "
        "berinisial DW (41)."
    )
    roles = [m for m in resolved(context, text).mentions if m.source == "initialled-role"]
    assert [text[m.start : m.end] for m in roles] == ["Pengemudi Innova"]
    same = text.replace("sebuah mobil pikap terbalik", "mobil itu kembali terbalik")
    roles = [m for m in resolved(context, same).mentions if m.source == "initialled-role"]
    assert [same[m.start : m.end] for m in roles] == ["pengemudi", "Pengemudi Innova"]
    far = text.replace("Sore harinya,", "Sore harinya.\n\nLalu.\n\nLalu,").replace(
        "sebuah mobil pikap terbalik", "mobil itu kembali terbalik"
    )
    roles = [m for m in resolved(context, far).mentions if m.source == "initialled-role"]
    assert [far[m.start : m.end] for m in roles] == ["Pengemudi Innova"]


def test_a_later_use_of_the_car_that_is_no_new_car_keeps_its_make(context):
    """Fails before: vehicle_named_before reset the make on any use of "mobil" with no
    demonstrative after it ("mengecek kerusakan mobil dan tiang"), so "pengemudi mobil
    tersebut" lost the Xpander's driver; only a car introduced as another ("mobil lain")
    resets it."""
    text = (
        "Sebuah mobil Xpander hitam menghantam tiang listrik di Cirebon. Petugas mengecek "
        "kerusakan mobil dan tiang di lokasi.\n\nPenonton sempat menendang pengemudi "
        "mobil tersebut.\n\nPengemudi Xpander itu berinisial GT (37)."
    )
    roles = [m for m in resolved(context, text).mentions if m.source == "initialled-role"]
    assert [text[m.start : m.end] for m in roles] == ["pengemudi", "Pengemudi Xpander"]
    other = text.replace("mengecek kerusakan mobil", "menderek mobil lain")
    roles = [m for m in resolved(context, other).mentions if m.source == "initialled-role"]
    assert [other[m.start : m.end] for m in roles] == ["Pengemudi Xpander"]


def test_a_role_noun_tied_to_two_people_is_no_one(context):
    text = (
        "Polisi memeriksa sopir dan kernet bus yang terguling di tol Cipali. Sopir dan kernet "
        "berinisial MS dan YA sudah dibawa ke kantor polisi, kata petugas kepada wartawan."
    )
    article = resolved(context, text)
    assert not [m for m in article.mentions if m.text.casefold().startswith("sopir")]


def last_id(context, text: str, written: str) -> str | None:
    """The actor id of the last mention written ``written`` in ``text``."""
    return [m.actor_id for m in resolved(context, text).mentions if m.text == written][-1]


def test_the_national_body_named_by_its_board_or_its_head_keeps_a_bare_name_national(context):
    """A story on one branch that also names the national body, by its national board's
    name ("PP Muhammadiyah", "PBNU"), a national word before or after it ("DPP", "Pusat",
    "RI"), its head's title ("Ketua Umum MUI", "Kepala BNN", "Menteri Agama" of Kemenag) or
    a national scope ("Secara nasional"), leaves the bare name the national body's; so does
    a bare name meaning every branch ("KPU daerah")."""
    mui = "MUI Kota Bogor menggelar doa bersama."
    refuse = "menolak izin itu."
    cases = [
        ("Muhammadiyah Jawa Barat meresmikan klinik.", f"PP Muhammadiyah {refuse}",
         "PP Muhammadiyah", f"Muhammadiyah {refuse}"),
        ("NU Jawa Tengah menggelar doa bersama.", f"PBNU {refuse}", "PBNU", f"NU {refuse}"),
        (mui, f"Kata Ketua Umum MUI Hasan, MUI {refuse}", "MUI", f"MUI {refuse}"),
        ("BNNP Riau menyita sabu di Dumai.", f"Kepala BNN Andi Pratama menyebut BNN {refuse}",
         "BNN", f"BNN {refuse}"),
        ("Kemenag Kota Medan menyalurkan bantuan.",
         f"Menteri Agama Budi Santoso menyebut Kemenag {refuse}", "Kemenag", f"Kemenag {refuse}"),
        ("BPS Aceh mencatat harga beras naik.", "Secara nasional, BPS menyebut harga beras turun.",
         "BPS", "BPS menyebut harga beras turun."),
        (mui, f"Utusan MUI Pusat datang, lalu MUI {refuse}", "MUI", f"MUI {refuse}"),
        ("KPU Kota Padang menetapkan daftar pemilih.", "Ketua KPU RI meminta KPU daerah teliti.",
         "KPU", "KPU meminta warga teliti."),
        (mui, f"Rapat pengurus pusat MUI sepakat {refuse}", "MUI", f"MUI {refuse}"),
    ]  # fmt: skip
    for branch_sentence, sentence, written, bare_sentence in cases:
        national = last_id(context, bare_sentence, bare_sentence.split()[0])
        assert last_id(context, f"{branch_sentence}\n{sentence}", written) == national, sentence
    generic = "BPBD Sleman menyiapkan tenda.\nKepala dinas meminta BPBD di seluruh wilayah siaga."
    assert last_id(context, generic, "BPBD") == last_id(context, "BPBD siaga.", "BPBD")
    local = f"{mui}\nMUI {refuse}"
    assert last_id(context, local, "MUI") != last_id(context, f"MUI {refuse}", "MUI")


def test_a_head_title_a_branch_has_too_names_the_branch_head(context):
    """ "Kepala" or "Komisioner" before the bare name the story's branch is written with
    ("BPBD Kota Bima" ... "Kepala BPBD") is that branch's head, so the bare body stays the
    branch; before a name no branch is written with ("BNNP Riau" ... "Kepala BNN") it is
    the national head, and "Ketua Umum" is the national one's anywhere."""
    refuse = "menolak izin itu."
    cases = [
        ("BPBD Kota Bima menutup jalan yang longsor.", "Kepala BPBD Slamet Riyadi hadir."),
        ("Bawaslu Kabupaten Kudus memanggil dua camat.", "Komisioner Bawaslu Rina Astuti hadir."),
    ]
    for branch_sentence, head_sentence in cases:
        body = head_sentence.split()[1]
        text = f"{branch_sentence}\n{head_sentence}\n{body} {refuse}"
        assert last_id(context, text, body) != last_id(context, f"{body} {refuse}", body), text
    national = "MUI Kota Bogor menggelar doa bersama.\nKetua Umum MUI Hasan hadir.\nMUI " + refuse
    assert last_id(context, national, "MUI") == last_id(context, f"MUI {refuse}", "MUI")


def test_a_sentence_on_the_national_board_keeps_a_bare_body_national(context):
    """ "Dalam rapat dewan gubernur, BI ...": the board of governors sits only at the
    national bank, so the bare body in its sentence is the national one, though the story
    opened on a provincial office."""
    text = (
        "Bank Indonesia Sulawesi Selatan memantau harga cabai.\n"
        "Usai rapat dewan gubernur pekan lalu, BI menahan suku bunga."
    )
    assert last_id(context, text, "BI") == last_id(context, "BI menahan suku bunga.", "BI")


def test_a_branch_named_after_the_board_keeps_the_bare_body_its_own(context):
    """A branch named between the national board and the bare body ("Merujuk arahan
    Dewan Komisioner, Kepala OJK Jatim ... OJK ...") is whom the bare body means: the
    branch's head speaks of his own office."""
    text = (
        "OJK Jawa Timur membuka layanan pengaduan warga.\n"
        "Merujuk arahan Dewan Komisioner, Kepala OJK Jatim Budi Santoso menyebut OJK "
        "segera menindak koperasi bodong di Malang."
    )
    bare = "OJK segera menindak koperasi bodong di Malang."
    assert last_id(context, text, "OJK") != last_id(context, bare, "OJK")


def test_a_body_before_a_district_is_a_branch_of_its_own(context):
    """ "MUI Kecamatan Cibeber" after "MUI Kabupaten Cianjur" is the district's council,
    neither the regency's branch nor the national one; its name stops at a level word."""
    text = "MUI Kabupaten Cianjur menggelar rapat.\nMUI Kecamatan Cibeber Kabupaten Cianjur hadir."
    names = [m.name for m in resolved(context, text).mentions if m.text == "MUI"]
    assert names == ["Majelis Ulama Indonesia Cianjur", "Majelis Ulama Indonesia Kecamatan Cibeber"]


def test_a_body_with_no_district_branches_keeps_its_name_before_a_district(context):
    """The BPBD has no branch in a kecamatan: "BPBD Kecamatan Pacet" is the regency's
    agency at work in Pacet, no body of its own; the Bawaslu has one there."""
    text = "Relawan BPBD Kecamatan Pacet membersihkan lumpur.\nBawaslu Kecamatan Pacet hadir."
    names = [m.name for m in resolved(context, text).mentions if m.label == "ORG"]
    assert names == [
        "Badan Penanggulangan Bencana Daerah",
        "Badan Pengawas Pemilihan Umum Kecamatan Pacet",
    ]


def test_a_province_named_after_a_city_office_is_the_city(context):
    """ "Wali Kota Bengkulu", "Walikota Jambi", "Bupati Gorontalo": where the province shares
    the name, the mayor's place is the city (the regent's the regency); a governor's stays
    the province."""
    cases = [
        ("Wali Kota Bengkulu meninjau pasar ikan.", "Kota Bengkulu"),
        ("Surat edaran Walikota Jambi beredar luas.", "Kota Jambi"),
        ("Bupati Gorontalo meninjau sawah.", "Kabupaten Gorontalo"),
        ("Gubernur Jambi meninjau sawah.", "Jambi"),
    ]
    for text, place in cases:
        names = [m.name for m in resolved(context, text).mentions if m.label == "LOC"]
        assert names == [place], text


def test_a_religious_title_is_no_first_name(context):
    """ "Habib", "Gus" open a name but are no first name: the name after the title is
    the one the story calls him by ("Salim" of "Habib Salim Alkaff", found where the model
    missed it), and the title is left out when two forms of the name are compared ("Habib
    Salim" is "Salim Alkaff"); a title alone still matches the one holder."""
    from kabar.nlp import propagate_names

    text = "Habib Salim Alkaff membuka majelis zikir di Tegal. Menurut panitia, Salim hadir."
    full = Mention(0, 18, "Habib Salim Alkaff", "PER", "ner-model")
    assert [m.text for m in propagate_names(text, [full])] == ["Salim"]
    lone = "Habib Salim Alkaff membuka majelis zikir. Kata Habib, majelis itu terbuka."
    assert [m.text for m in propagate_names(lone, [full])] == []
    assert is_short_form("Habib Salim", "Habib Salim Alkaff")
    assert is_short_form("Habib", "Habib Salim Alkaff")
    assert not is_short_form("Habib", "Salim Alkaff")


def every_use(context: Context, text: str, names: list[str], label: str = "PER") -> Article:
    """An article whose model tagged every use of ``names``, read through the alias and
    initials rules (``kabar.nlp``) and resolved."""
    from kabar.nlp import aliases_as_people, initials_of_named_people

    article = people_article(context, text, names, label=label)
    mentions = [Mention(m.start, m.end, m.text, m.label, "ner-model") for m in article.mentions]
    mentions = initials_of_named_people(text, mentions, context.lexicons)
    article.mentions = aliases_as_people(text, mentions, context.lexicons)
    return resolve_mentions(article, context)


def one_person(context: Context, text: str, full: str, other: str) -> bool:
    """Whether ``other`` is resolved as the person named ``full`` in ``text``."""
    found = clusters_of(every_use(context, text, [full, other]))
    return found[other] == found[full]


def test_a_nickname_the_story_introduces_is_the_same_person(context):
    assert one_person(
        context,
        "Polisi memeriksa Hendra Kurniawan atau Gondrong di balai desa. Gondrong mengaku "
        "hanya mengantar kayu curian ke gudang.",
        "Hendra Kurniawan",
        "Gondrong",
    )
    assert one_person(
        context,
        "Agustina Lestari yang biasa dipanggil Titin memimpin warga menutup jalan tambang. "
        "Titin menuntut perusahaan membayar ganti rugi lahan.",
        "Agustina Lestari",
        "Titin",
    )


def test_a_name_after_a_bare_atau_that_is_a_choice_stays_apart(context):
    # "Wulan" opens another name of the story: two candidates, not one woman
    choice = every_use(
        context,
        "Pemilih di desa itu menimbang Ratna Sari atau Wulan untuk kursi kepala desa. "
        "Wulan Pertiwi berjanji memperbaiki irigasi sawah.",
        ["Ratna Sari", "Wulan Pertiwi", "Wulan"],
    )
    found = clusters_of(choice)
    assert found["Wulan"] == found["Wulan Pertiwi"] != found["Ratna Sari"]
    # after one word, "atau" is a choice: "Ratna" is no nickname of "Sari"
    single = every_use(
        context,
        "Panitia belum tahu apakah Sari atau Ratna yang akan memimpin rapat warga besok.",
        ["Sari", "Ratna"],
    )
    found = clusters_of(single)
    assert found["Sari"] != found["Ratna"]


def test_initials_of_a_person_named_in_full_are_that_person(context):
    text = (
        "Penyidik menetapkan Dewi Anggraini sebagai tersangka penipuan arisan. Kuasa hukum "
        "DA menyebut kliennya akan memenuhi panggilan penyidik pekan depan."
    )
    found = clusters_of(every_use(context, text, ["Dewi Anggraini"]))
    assert found["DA"] == found["Dewi Anggraini"]
    # "DA" the model took for a body is still her
    from kabar.nlp import initials_of_named_people

    model = [mention("Dewi Anggraini", text, "PER"), mention("DA", text, "ORG")]
    model = [Mention(m.start, m.end, m.text, m.label, "ner-model") for m in model]
    read = initials_of_named_people(text, model, context.lexicons)
    assert [(m.text, m.label) for m in read] == [("Dewi Anggraini", "PER"), ("DA", "PER")]


def test_initials_two_people_share_or_a_known_body_spells_are_no_one(context):
    two = every_use(
        context,
        "Dewi Anggraini dan Dedi Arifin dilaporkan warga. DA disebut menerima uang.",
        ["Dewi Anggraini", "Dedi Arifin"],
    )
    assert "DA" not in clusters_of(two)
    body = every_use(
        context,
        "Mantan direktur Kurnia Prasetyo diperiksa di gedung KPK hari ini.",
        ["Kurnia Prasetyo"],
    )
    assert "KPK" not in clusters_of(body)
    # a body the model took for a person, and initials in a list of withheld names
    from kabar.nlp import initials_of_named_people

    text = (
        "Rektor Institut Pertanian Bogor Hadi Gunawan menemui Senat IPB di kampus. "
        "Polisi juga menangkap HG, TR dan WS di Bogor. Ia Iriani hadir dari DPC II."
    )
    model = [mention("Hadi Gunawan", text, "PER"), mention("Institut Pertanian Bogor", text, "PER")]
    model += [mention("Ia Iriani", text, "PER")]
    model += [mention("Senat", text, "ORG")]
    model = [Mention(m.start, m.end, m.text, m.label, "ner-model") for m in model]
    read = initials_of_named_people(text, model, context.lexicons)
    assert {m.text for m in read} == {
        "Hadi Gunawan", "Institut Pertanian Bogor", "Senat", "Ia Iriani"
    }  # fmt: skip


def test_a_title_and_a_given_name_is_no_one_untitled(context):
    """ "Gus Halim" shares only a given name with "Halim Prasetyo", named with no title:
    many men are called Halim, so the titled one is his own person; given with a title
    ("KH Halim Mubarok"), sharing two names, or the name not the given one ("Ahmad Halim
    Mubarok"), the short form still holds; so it does where the story calls him "Halim"
    alone (resolve_mentions)."""
    assert not is_short_form("Gus Halim", "Halim Prasetyo")
    assert is_short_form("Gus Halim", "Ahmad Halim Mubarok")
    assert is_short_form("Gus Halim", "KH Halim Mubarok")
    assert is_short_form("Gus Halim", "Ketua PWNU KH Halim Mubarok")
    assert is_short_form("Habib Halim Mubarok", "Halim Mubarok")
    text = (
        "Legislator Halim Prasetyo menolak rencana kenaikan tarif ojek daring. "
        "Di pesantrennya, Gus Halim justru menyambut rencana tersebut."
    )
    people = {m.text: m.cluster for m in resolved(context, text).mentions if m.label == "PER"}
    assert people["Gus Halim"] != people["Halim Prasetyo"]
    text += " Halim menilai tarif baru memberatkan pengemudi."
    people = {m.text: m.cluster for m in resolved(context, text).mentions if m.label == "PER"}
    assert people["Gus Halim"] == people["Halim Prasetyo"]


def test_a_common_noun_s_abbreviation_is_no_one_s_initials(context):
    """ "TKP" (tempat kejadian perkara) and "DPO" (the wanted list) are common nouns news
    writes in capitals, not the initials of a Teguh Kusuma Putra or a Dani Purnama
    Oktaviani the story names; initials no common noun spells still are."""
    from kabar.nlp import initials_of_named_people

    text = (
        "Polisi memburu Teguh Kusuma Putra dan Dani Purnama Oktaviani sejak Senin. Petugas "
        "menyisir TKP di tepi sungai, lalu memasukkan nama kedua buronan ke DPO. Kakak "
        "Teguh, Rahmat Hidayat, menyebut RH tidak tahu apa-apa."
    )
    names = ["Teguh Kusuma Putra", "Dani Purnama Oktaviani", "Rahmat Hidayat"]
    model = [mention(name, text, "PER") for name in names]
    model = [Mention(m.start, m.end, m.text, m.label, "ner-model") for m in model]
    read = initials_of_named_people(text, model, context.lexicons)
    assert {m.text for m in read} == {*names, "RH"}


def test_a_known_person_a_place_or_a_choice_after_a_bare_atau_is_no_nickname(context):
    """ "A atau B" names B as A's other name only where B can be no one else: not after
    "antara" or a verb of choosing, not a person the people list knows, not a place."""
    assert not one_person(
        context,
        "Warga kampung itu masih ragu antara Yusuf Kurniadi atau Bondan untuk ketua RT.",
        "Yusuf Kurniadi",
        "Bondan",
    )
    assert not one_person(
        context,
        "Rapat kabinet menugaskan Bahlil Lahadalia atau Luhut menemui investor dari Korea.",
        "Bahlil Lahadalia",
        "Luhut",
    )
    # a known person's own short name after his full name is his
    assert one_person(
        context,
        "Warga Pluit masih mengelu-elukan Basuki Tjahaja Purnama atau Ahok saat pawai budaya.",
        "Basuki Tjahaja Purnama",
        "Ahok",
    )
    assert one_person(
        context,
        "Polisi membekuk Slamet Riyadi atau Gepeng di terminal bus. Gepeng mengaku baru "
        "sebulan mengedarkan pil koplo.",
        "Slamet Riyadi",
        "Gepeng",
    )


def test_another_country_s_seat_is_not_the_home_minister_named_without_a_country(context):
    """An Indonesian outlet's bare "Menlu Sugiono" is Indonesia's minister: a later
    "Menlu Jerman" who phones him is someone else, not Sugiono calling himself."""
    text = (
        "Menlu Sugiono tiba di Kairo pada Selasa pagi. "
        "Setibanya di hotel, ia ditelepon Menlu Jerman untuk membahas bantuan kemanusiaan."
    )
    mentions = [
        office(text, "Menlu Sugiono", "Foreign Minister", title="Menlu"),
        mention("Sugiono", text, "PER", office="Foreign Minister"),
        mention("Kairo", text, "LOC", country="EGY"),
        office(text, "Menlu Jerman", "Foreign Minister", "DEU", title="Menlu"),
        mention("Jerman", text, "GPE", country="DEU"),
    ]
    article = Article.from_input(text, "test")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, context)
    by_start = {m.start: m for m in article.mentions}
    sugiono = by_start[text.index("Sugiono")].cluster
    german = by_start[text.index("Menlu Jerman")].cluster
    assert german != sugiono


def test_a_foreign_seat_before_a_home_minister_s_own_title_is_not_his(context):
    """ "Menlu Jerman menelepon Menlu Sugiono": the German minister's title is followed,
    past a verb, by another holder of the same office, Indonesia's; it is not his name."""
    text = "Menlu Jerman menelepon Menlu Sugiono pada Selasa malam."
    mentions = [
        Mention(0, 5, "Menlu", "OFFICE", "t", office="Foreign Minister", country="DEU"),
        mention("Jerman", text, "GPE", country="DEU"),
        Mention(
            text.index("Menlu Sugiono"),
            text.index("Menlu Sugiono") + 5,
            "Menlu",
            "OFFICE",
            "t",
            office="Foreign Minister",
        ),
        mention("Sugiono", text, "PER", office="Foreign Minister"),
    ]
    article = Article.from_input(text, "test")
    article.text, article.mentions = text, mentions
    resolve_mentions(article, context)
    by_start = {m.start: m for m in article.mentions}
    assert by_start[0].cluster != by_start[text.index("Sugiono")].cluster


def test_a_deputy_minister_named_in_full_is_the_deputy_his_short_title_names_later(context):
    """ "Wakil Menteri Perdagangan" is the trade ministry's deputy, not a bare "Deputy
    Minister", and the short title "Wamendag" later in the story is the same man."""
    text = (
        "Wakil Menteri Perdagangan Bambang Suryadarma meninjau Pasar Kranggan pada Selasa. "
        "Wamendag kemudian meminta pedagang tidak menimbun minyak goreng."
    )
    article = resolved(context, text)
    titles = {m.text: m for m in article.mentions if m.label == "OFFICE"}
    assert titles["Wakil Menteri Perdagangan"].office == "Deputy Trade Minister"
    assert titles["Wamendag"].office == "Deputy Trade Minister"
    person = next(m for m in article.mentions if m.text == "Bambang Suryadarma")
    assert titles["Wamendag"].cluster == person.cluster is not None


def test_a_party_board_before_the_party_is_the_party_and_its_chair_no_senate_speaker(context):
    """ "DPD PAN", "DPW NasDem", "DPC PDIP", "DPP Partai Golkar": a party's board, so the
    mention is the party (its branch where a region follows) and "Ketua DPD PAN" is the
    party's chairman there, not the Speaker of the regional senate (LEG)."""
    text = (
        "Ketua DPD PAN Jawa Timur Hendra Kusnadi menolak rencana itu. DPW NasDem Sumut "
        "menyurati DPP Partai Golkar soal koalisi di pilkada. DPD II Partai Golkar Kota "
        "Bekasi ikut hadir."
    )
    article = resolved(context, text)
    chair = next(m for m in article.mentions if m.text == "Hendra Kusnadi")
    assert chair.sector == "PTY" and chair.office == "Chairman"
    bodies = {m.text: m for m in article.mentions if m.label == "ORG"}
    assert bodies["DPW NasDem"].name == "Partai NasDem Sumatera Utara"
    assert bodies["DPP Partai Golkar"].name == "Partai Golkar"
    assert "DPW" not in bodies
    assert bodies["DPD II Partai Golkar"].name == "Partai Golkar Kota Bekasi"


def test_the_name_an_office_holder_goes_by_after_his_title_is_his(context):
    """ "Wagub yang akrab disapa Kang Asep": the nickname after a title the story has
    tied to its holder is that holder's other name, as after his own name."""
    text = (
        "Wakil Gubernur Jawa Barat Asep Suhendar meninjau lokasi banjir di Karawang. Polisi "
        "lalu mengawal Wagub yang akrab disapa Ujang itu ke posko. Ujang meminta warga "
        "mengungsi."
    )
    article = resolved(context, text)
    found = {m.text: m.cluster for m in article.mentions if m.label == "PER"}
    assert found["Ujang"] == found["Asep Suhendar"] is not None


def test_an_undated_record_takes_its_people_s_offices_from_its_time_stamp(context):
    """A record with no date but a corpus time stamp in its id (2017-07-14 here) names
    people as they were then: Gibran ran a catering firm, no Vice President yet (2024-)."""
    from kabar.nlp import find_mentions

    text = "Gibran Rakabuming Raka membuka gerai martabak keduanya di Solo pekan ini."
    article = Article.from_input(text, "test", {"id": "indosum-1500000000-gerai-martabak"})
    article.text, article.mentions = text, find_mentions(text, context)
    resolve_mentions(article, context)
    gibran = next(m for m in article.mentions if m.text == "Gibran Rakabuming Raka")
    assert gibran.office is None and gibran.sector is None


def test_a_bare_president_of_a_club_or_of_the_past_is_no_one_named():
    """Fails at 861927c (1d0480f took a bare "Presiden" in a story naming nothing abroad
    for that month's Indonesian president): a club's president and a president of 1965
    are not he, so the title stays unnamed (1d0480f and 11011ff reverted)."""
    from kabar import process

    def names(text: str) -> set[str]:
        article = process(text, published="2016-08-03")
        return {m.name or m.text for m in article.mentions if m.label == "OFFICE"}

    club = "Presiden klub Arema menyalami para pemain muda di Malang. Presiden klub itu berjanji."
    past = "Menurut catatan sejarah, pada 1965 Presiden berpidato di depan mahasiswa di Bogor."
    assert "Joko Widodo" not in names(club)
    assert "Joko Widodo" not in names(past)


def test_a_case_or_disease_abbreviation_after_a_role_word_is_no_one(context):
    """ "korban TPPO", "tersangka TPPU", "korban DBD", "pelaku UKM": the abbreviation of a
    crime, a disease or a trade is no one's initials; after "korban" initials that never
    come back bare ("korban AR" ... "AR") stay unread, while given ones do not."""
    from kabar.nlp import find_mentions

    text = (
        "Dinas Sosial memulangkan lima korban TPPO ke Kupang. Kejaksaan juga menyita rumah "
        "tersangka TPPU di Kupang, sementara puskesmas merawat dua korban DBD dan membina "
        "pelaku UKM di desa itu. Korban berinisial YT sudah pulang, sedangkan belasan "
        "korban MBG masih diobservasi."
    )
    people = {m.text for m in find_mentions(text, context) if m.label == "PER"}
    assert not people & {"TPPO", "TPPU", "DBD", "UKM", "MBG"}
    assert "YT" in people


def test_initials_after_korban_that_recur_bare_are_a_person(context):
    """ "korban AR ... AR dirawat": initials after "korban" that come back on their own
    are a person; a role word right before a body the gazetteer knows ("pelaku KKB")
    leaves it a body, though it recurs bare."""
    from kabar.nlp import find_mentions

    text = (
        "Warga menemukan korban AR tergeletak di kebun. Hingga malam, AR masih dirawat. "
        "Polisi memburu pelaku KKB di Intan Jaya, dan KKB disebut membakar sekolah."
    )
    found = {(m.text, m.label) for m in find_mentions(text, context)}
    assert ("AR", "PER") in found
    assert not any(name == "KKB" and label == "PER" for name, label in found)
