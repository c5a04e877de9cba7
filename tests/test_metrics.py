"""Every score ``kabar eval`` reports, proved on a tiny hand-made case."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kabar.evaluation.gold import (
    Alignment,
    Entity,
    GoldArticle,
    GoldClaim,
    GoldContradiction,
    GoldQuote,
    Mention,
    Residue,
    Span,
)
from kabar.evaluation.metrics import (
    PRF,
    Accuracy,
    bcubed,
    char_prf,
    date_agrees,
    f1,
    greedy_match,
    grid_match,
    max_matching,
    overlap,
    overlap_ratio,
    set_prf,
)
from kabar.evaluation.stages import (
    Pair,
    attribution_matches,
    by_split,
    entity_of_text,
    evaluate_actors,
    evaluate_claims,
    evaluate_clean,
    evaluate_contradictions,
    evaluate_events,
    evaluate_metadata,
    evaluate_ner_gold,
    evaluate_quotes,
)
from kabar.model import (
    Article,
    Claim,
    Contradiction,
    Cut,
    EntityRef,
    Event,
    Place,
    Quote,
    Source,
    SpanRef,
)
from kabar.model import Mention as SysMention

from .conftest import gold_event

# --- plain metrics ----------------------------------------------------------------------


def test_prf_from_counts() -> None:
    score = PRF.from_counts(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(3 / 4)
    assert score.recall == pytest.approx(3 / 5)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_counts_each_side_separately_and_adds() -> None:
    score = PRF(tp_sys=2, n_sys=4, tp_gold=1, n_gold=2).add(
        PRF(tp_sys=0, n_sys=0, tp_gold=1, n_gold=2)
    )
    assert (score.precision, score.recall) == (0.5, 0.5)
    assert PRF().f1 == 0.0 and f1(0.0, 0.0) == 0.0


def test_set_prf_and_char_prf() -> None:
    score = set_prf({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (score.tp_sys, score.n_sys, score.n_gold) == (2, 4, 3)
    chars = char_prf({1, 2, 3, 4}, {3, 4, 5})
    assert chars.precision == pytest.approx(2 / 3, abs=1e-4) and chars.recall == pytest.approx(0.5)


def test_accuracy() -> None:
    acc = Accuracy()
    for ok in (True, False, True, True):
        acc.add(ok)
    assert acc.value == 0.75 and acc.as_dict()["total"] == 4
    assert Accuracy().value == 0.0


def test_bcubed_hand_computed() -> None:
    # gold {a,b} {c}; system {a} {b,c}
    # a: P 1/1 R 1/2; b: P 1/2 R 1/2; c: P 1/2 R 1/1  ->  P = R = 2/3
    score = bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})
    assert score.precision == pytest.approx(2 / 3, abs=1e-4)
    assert score.recall == pytest.approx(2 / 3, abs=1e-4)
    assert score.mentions == 3


def test_bcubed_missing_mentions_are_singletons_and_extra_ones_ignored() -> None:
    # b is not clustered by the system: a singleton; z is not in the gold: ignored.
    score = bcubed({"a": 1, "b": 1}, {"a": "x", "z": "x"})
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(0.5)
    perfect = bcubed({"a": 1, "b": 1, "c": 2}, {"a": 7, "b": 7, "c": 8})
    assert perfect.f1 == pytest.approx(1.0)


def test_overlap_and_ratio() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0
    assert overlap_ratio((0, 10), (5, 7)) == 1.0  # the shorter span is inside
    assert overlap_ratio((0, 4), (2, 10)) == 0.5
    assert overlap_ratio((3, 3), (0, 9)) == 0.0


def test_greedy_match_is_one_to_one_best_first() -> None:
    grid = [[0.9, 0.8], [0.85, 0.0]]
    assert grid_match(grid) == [(0, 0)]  # row 1's only partner was taken by a better pair
    assert greedy_match([1, 2], [2, 1], lambda g, s: float(g == s)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "precision", "system", "expected"),
    [
        ("2024-08-15", "day", "2024-08-15", True),
        ("2024-08-15", "day", "2024-08-16", False),
        ("2024-08-15", "day", "2024-08", False),  # coarser than the gold
        ("2024-08", "month", "2024-08-15", True),  # finer, inside the month
        ("2024", "year", "2023-12-31", False),
        (None, "unknown", None, True),
        (None, "unknown", "2024-01-01", False),
        ("2024-08-15", "day", None, False),
    ],
)
def test_date_agrees(gold: str | None, precision: str, system: str | None, expected: bool) -> None:
    assert date_agrees(gold, precision, system) is expected


def test_attribution_matches() -> None:
    assert attribution_matches("Kementerian Kesehatan Gaza", "Kementerian Kesehatan di Gaza")
    assert attribution_matches(None, None)
    assert not attribution_matches("BNPB", None)
    assert not attribution_matches("militer Israel", "Kementerian Kesehatan Gaza")


# --- stage scores on hand-made articles ---------------------------------------------------

RAW = (
    "Judul Berita\n"
    "Budi bertemu Ani di Jakarta, Senin (1/7/2024). Baca juga: Teaser\n"
    '"Kami sepakat," kata Budi. Polisi menyebut 12 orang tewas.\n'
)


def at(text: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = RAW.index(text, start + 1)
    return Span(start, start + len(text), text)


def entity(name: str, kind: str, *aliases: str) -> Entity:
    label = {"person": "PER", "organization": "ORG"}.get(kind, "LOC")
    mentions = []
    for alias in (name, *aliases):
        start = RAW.find(alias)
        while start >= 0:
            mentions.append(Mention(Span(start, start + len(alias), alias), label))
            start = RAW.find(alias, start + 1)
    return Entity(name, kind, "IDN", None, (name, *aliases), tuple(mentions))


def gold_article(split: str = "dev") -> GoldArticle:
    return GoldArticle(
        article="example:t.txt",
        split=split,
        topic="politics",
        title="Judul Berita",
        publication="Kabar",
        published="2024-07-01",
        published_precision="day",
        language="id",
        residue=[
            Residue(at("Judul Berita"), "title"),
            Residue(at("Baca juga: Teaser"), "baca_juga"),
        ],
        actors=[
            entity("Budi", "person"),
            entity("Ani", "person"),
            entity("Polisi", "organization"),
        ],
        places=[entity("Jakarta", "place")],
        events=[
            gold_event(
                "CONSULT",
                ("Budi", "Ani"),
                at("Budi bertemu Ani"),
                date="2024-07-01",
                date_precision="day",
                place="Jakarta",
                place_country="IDN",
            ),
            gold_event("AGREE", ("Budi",), at("Kami sepakat")),
        ],
        quotes=[GoldQuote("direct", "Budi", at("Kami sepakat"))],
        claims=[
            GoldClaim("killed", 12, None, "exactly", None, None, "Polisi", at("12 orang tewas"))
        ],
        contradictions=[GoldContradiction("numeric_conflict", (at("12 orang tewas"),))],
    )


def system_article() -> Article:
    """What a coder might return: the cuts applied exactly, whitespace normalised."""
    article = Article.from_input(RAW, "t.txt")
    cuts = [Cut(0, 13, "title", RAW[0:13])]
    teaser = at("Baca juga: Teaser")
    cuts.append(Cut(teaser.start - 1, teaser.end, "baca_juga", RAW[teaser.start - 1 : teaser.end]))
    article.removed = cuts
    article.text = (
        'Budi bertemu Ani di Jakarta, Senin (1/7/2024).\n"Kami sepakat," kata Budi. '
        "Polisi menyebut 12 orang tewas."
    )
    article.title, article.publication = "Judul Berita", "kabar"
    article.published, article.published_precision, article.language = "2024-07-01", "day", "id"
    text = article.text

    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    def ref(name: str) -> EntityRef:
        start, end = span(name)
        return EntityRef(None, name, name, "person", "IDN", None, start=start, end=end)

    sentence = span("Budi bertemu Ani di Jakarta, Senin (1/7/2024).")
    article.events = [
        # symmetric CONSULT with the roles swapped: still right on participants
        Event(
            "e1",
            "CONSULT",
            [],
            [],
            "2024-07-01",
            "day",
            [ref("Ani")],
            [ref("Budi")],
            Place("Jakarta", "Jakarta", "IDN"),
            False,
            False,
            [],
            [Source(article.id, None, text[sentence[0] : sentence[1]], *sentence)],
            0.9,
        ),
        # right type and place of evidence, wrong actor
        Event(
            "e2",
            "AGREE",
            [],
            [],
            None,
            "unknown",
            [ref("Ani")],
            [],
            None,
            False,
            False,
            [],
            [Source(article.id, None, "x", *span('"Kami sepakat," kata Budi.'))],
            0.5,
        ),
        # a spurious event
        Event(
            "e3",
            "ASSAULT",
            [],
            [],
            None,
            "unknown",
            [],
            [],
            None,
            False,
            False,
            [],
            [Source(article.id, None, "x", *span("Polisi menyebut 12 orang tewas."))],
            0.5,
        ),
    ]
    q = span("Kami sepakat")
    article.quotes = [
        Quote(
            "q1",
            article.id,
            None,
            "Budi",
            "Kami sepakat",
            "direct",
            "kata",
            *q,
            speaker_start=span("kata Budi")[0] + 5,
            speaker_end=span("kata Budi")[1],
        )
    ]
    c = span("12 orang tewas")
    article.claims = [
        Claim(
            "c1",
            article.id,
            "killed",
            12,
            None,
            "exactly",
            None,
            None,
            None,
            None,
            "Polisi",
            None,
            "",
            *c,
        )
    ]
    article.contradictions = [
        Contradiction("x1", "numeric_conflict", "low", "", [SpanRef(article.id, *c, "")]),
        Contradiction("x2", "date_conflict", "low", "", []),
    ]
    article.mentions = [
        SysMention(*span("Budi"), "Budi", "PER", "t", cluster=0),
        SysMention(*span("Ani"), "Ani", "PER", "t", cluster=0),  # wrongly merged with Budi
        SysMention(*span("Jakarta"), "Jakarta", "GPE", "t", cluster=1),
        SysMention(*span("Polisi"), "Polisi", "ORG", "t", cluster=2),
    ]
    return article


@pytest.fixture()
def pair() -> Pair:
    article = system_article()
    return Pair(gold_article(), article, Alignment.of(article))


def test_alignment_maps_clean_offsets_to_raw(pair: Pair) -> None:
    assert pair.align.method == "cuts"
    start = pair.article.text.index("Polisi")
    raw_start, raw_end = pair.align.raw_span(start, start + len("Polisi"))
    assert RAW[raw_start:raw_end] == "Polisi"


def test_clean_scores_cut_characters_and_residue_left(pair: Pair) -> None:
    result = evaluate_clean([pair])
    assert result["cut_chars"]["precision"] == 1.0 and result["cut_chars"]["recall"] == 1.0
    assert result["residue_left_share"] == 0.0
    pair.article.removed = pair.article.removed[:1]  # the teaser is left in the text
    pair.article.text = pair.article.text.replace(".\n", ". Baca juga: Teaser\n", 1)
    result = evaluate_clean([Pair(pair.gold, pair.article, Alignment.of(pair.article))])
    assert result["residue_left_share"] == 0.5
    assert result["cut_chars"]["recall"] < 1.0 and result["cut_chars"]["precision"] == 1.0


def test_metadata_exact_and_within_precision(pair: Pair) -> None:
    result = evaluate_metadata([pair])
    assert all(v["accuracy"] == 1.0 for v in result.values())
    pair.gold.published, pair.gold.published_precision = "2024-07", "month"
    result = evaluate_metadata([pair])
    assert result["published_exact"]["accuracy"] == 0.0
    assert result["published_within_precision"]["accuracy"] == 1.0


def test_ner_on_gold_spans(pair: Pair) -> None:
    result = evaluate_ner_gold([pair])
    # gold: Budi x2, Ani, Polisi (ORG), Jakarta; the system finds one Budi of two
    assert result["types"]["PER"]["precision"] == 1.0
    assert result["types"]["PER"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["types"]["LOC"]["f1"] == 1.0 and result["types"]["ORG"]["f1"] == 1.0


def test_actor_bcubed(pair: Pair) -> None:
    result = evaluate_actors([pair])
    # gold clusters {Budi, Budi} {Ani} {Polisi}; system {Budi, Ani} {Polisi}, 2nd Budi missed
    # Budi1: P 1/2 R 1/2; Budi2 (singleton): P 1 R 1/2; Ani: P 1/2 R 1; Polisi: P 1 R 1
    assert result["bcubed"]["precision"] == pytest.approx(0.75)
    assert result["bcubed"]["recall"] == pytest.approx(0.75)
    assert result["gold_mentions_found"]["accuracy"] == 0.75


def test_events_levels_and_symmetric_consult(pair: Pair) -> None:
    result = evaluate_events([pair])
    levels = result["levels"]
    # type: CONSULT and AGREE found (2/2 gold); 2 of 3 system events right
    assert levels["type"]["recall"] == 1.0 and levels["type"]["precision"] == pytest.approx(
        2 / 3, abs=1e-4
    )
    # + actor/recipient: only the CONSULT (roles swapped, but CONSULT is symmetric)
    assert levels["type_actor_recipient"]["recall"] == 0.5
    # + date and place: the CONSULT agrees on both
    assert levels["full"]["recall"] == 0.5
    assert result["types"]["CONSULT"]["type_actor_recipient"]["f1"] == 1.0
    assert result["types"]["ASSAULT"]["type"]["precision"] == 0.0
    assert result["date_accuracy"]["accuracy"] == 1.0
    # of the two pairs that agree on type and evidence, the AGREE fails on its actor only
    assert result["actor_accuracy"] == {"accuracy": 0.5, "correct": 1, "total": 2}
    assert result["recipient_accuracy"]["accuracy"] == 1.0


def test_side_errors_count_each_failure_by_class(pair: Pair) -> None:
    """Gold: Budi agrees with Ani. The system gives the AGREE actor Ani (the gold
    recipient: a role swap; Budi is named in the sentence) and no recipient (Ani is
    named only in the sentence before); the symmetric CONSULT is right on both sides."""
    agree = replace(pair.gold.events[1], recipient=("Ani",))
    pair.gold.events[1] = agree
    sides = evaluate_events([pair])["side_errors"]
    assert sides["actor"]["right"] == 1
    assert sides["actor"]["different"]["in_sentence"] == {"role_swap": 1, "other": 0}
    assert sides["recipient"]["right"] == 1
    assert sides["recipient"]["system_empty"]["earlier_sentence"] == 1
    # the system now names Polisi, named only after the sentence, as the recipient
    system_agree = pair.article.events[1]
    start = pair.article.text.index("Polisi")
    polisi = EntityRef(
        None, "Polisi", "Polisi", "organization", "IDN", None, start=start, end=start + 6
    )
    system_agree.recipient = [polisi]
    sides = evaluate_events([pair])["side_errors"]
    assert sides["recipient"]["system_empty"]["earlier_sentence"] == 0
    assert sides["recipient"]["different"]["earlier_sentence"] == {"role_swap": 0, "other": 1}
    # with no gold recipient, the system's one is a gold-empty error
    pair.gold.events[1] = replace(agree, recipient=())
    sides = evaluate_events([pair])["side_errors"]
    assert sides["recipient"]["gold_empty"] == {"role_swap": 0, "other": 1}
    assert sum(sides["recipient"]["system_empty"].values()) == 0


def test_a_place_the_gazetteer_spells_otherwise_is_the_gold_place(pair: Pair) -> None:
    """Gold "Moscow" and the system's "Moskwa" are one city; "Doha" is another."""
    consult = pair.article.events[0]
    for gold_place, system_place, full in (("Moscow", "Moskwa", 0.5), ("Moscow", "Doha", 0.0)):
        gold = pair.gold.events[0]
        pair.gold.events[0] = replace(gold, place=gold_place, place_country="RUS")
        pair.article.events[0] = replace(consult, event_loc=Place(system_place, None, None))
        result = evaluate_events([pair])
        assert result["levels"]["full"]["recall"] == full
        pair.gold.events[0] = gold


def test_max_matching_finds_the_largest_one_to_one_set() -> None:
    # greedy in row order would give row 0 column 0 and leave row 1 unmatched
    assert max_matching([[2, 2], [2, 0]], 2) == [(0, 1), (1, 0)]
    assert len(max_matching([[3, 1], [3, 0]], 2)) == 1  # both rows want column 0 at level 2
    assert max_matching([], 1) == [] and max_matching([[]], 1) == []


def test_events_count_a_duplicate_of_a_matched_event_as_false(pair: Pair) -> None:
    """The gold codes one real-world event once; a second system event for it is wrong."""
    before = evaluate_events([pair])["levels"]["type_actor_recipient"]
    consult = pair.article.events[0]
    pair.article.events.append(replace(consult, id="e1b"))
    after = evaluate_events([pair])["levels"]["type_actor_recipient"]
    assert after["recall"] == before["recall"] == 0.5
    assert (before["precision"], after["precision"]) == (pytest.approx(1 / 3, abs=1e-4), 0.25)


def test_description_alias_names_its_cluster_by_its_head_only() -> None:
    raw = (
        "Haniyeh berterima kasih kepada kelompok pendukung di Lebanon, Yaman dan Irak. "
        "Negara-negara dengan mayoritas penduduk Muslimnya memuji rencana PBB."
    )
    supporters = Entity(
        "kelompok pendukung di Lebanon, Yaman dan Irak",
        "group",
        None,
        None,
        ("kelompok pendukung di Lebanon, Yaman dan Irak",),
        (),
    )
    states = Entity(
        "negara-negara dengan mayoritas penduduk Muslimnya",
        "group",
        None,
        None,
        ("negara-negara dengan mayoritas penduduk Muslimnya",),
        (),
    )
    gold = gold_article()
    gold.actors, gold.places = [supporters, states], []
    head = raw.index("kelompok pendukung")
    # the system found the head noun of the description: the same group
    assert entity_of_text(gold, "kelompok pendukung", (head, head + 18), raw) is supporters
    # without the raw text there is no description occurrence to compare with
    assert entity_of_text(gold, "kelompok pendukung", (head, head + 18)) is None
    # a head whose name follows is not the description ("Gedung" of "Gedung DPR/MPR")
    building = Entity("DPR", "organization", "IDN", "LEG", ("DPR", "Gedung DPR/MPR"), ())
    gold.actors.append(building)
    text = raw + " Massa berunjuk rasa di depan Gedung DPR/MPR."
    at_building = text.index("Gedung")
    assert entity_of_text(gold, "Gedung", (at_building, at_building + 6), text) is None
    # a word inside the description is another head ("penduduk"), not the states
    inner = raw.index("penduduk Muslimnya")
    assert entity_of_text(gold, "penduduk Muslimnya", (inner, inner + 18), raw) is None


def test_quotes_overlap_and_speaker(pair: Pair) -> None:
    result = evaluate_quotes([pair])
    assert result["overall"]["f1"] == 1.0
    assert result["speaker_accuracy"]["direct"]["accuracy"] == 1.0
    pair.article.quotes[0].speaker_text = "Ani"
    pair.article.quotes[0].speaker_start = pair.article.quotes[0].speaker_end = None
    assert evaluate_quotes([pair])["speaker_accuracy"]["direct"]["accuracy"] == 0.0


def test_claims_kind_value_qualifier_and_attribution(pair: Pair) -> None:
    result = evaluate_claims([pair])
    assert result["kind_value_qualifier"]["f1"] == 1.0
    assert result["attribution_accuracy"]["accuracy"] == 1.0
    pair.article.claims[0].qualifier = "about"
    result = evaluate_claims([pair])
    assert result["located"]["f1"] == 1.0 and result["kind_value_qualifier"]["f1"] == 0.0


def test_contradictions_by_kind(pair: Pair) -> None:
    result = evaluate_contradictions([pair])
    assert result["kinds"]["numeric_conflict"]["f1"] == 1.0
    assert result["kinds"]["date_conflict"]["precision"] == 0.0
    assert result["overall"]["precision"] == 0.5 and result["overall"]["recall"] == 1.0


def test_by_split_reports_dev_and_heldout_apart() -> None:
    dev = system_article()
    held = system_article()
    pairs = [
        Pair(gold_article("dev"), dev, Alignment.of(dev)),
        Pair(gold_article("heldout"), held, Alignment.of(held)),
    ]
    held.events = []
    result = by_split(evaluate_events, pairs)
    assert result["dev"]["levels"]["type"]["recall"] == 1.0
    assert result["heldout"]["levels"]["type"]["recall"] == 0.0
    assert result["all"]["levels"]["type"]["recall"] == 0.5
    assert (result["dev"]["articles"], result["heldout"]["articles"]) == (1, 1)


def test_a_whole_name_beats_a_name_the_text_ends_with() -> None:
    person = Entity("Joko Widodo", "person", "IDN", "GOV", ("Joko Widodo", "Jokowi"), ())
    cabinet = Entity(
        "Pemerintahan Joko Widodo", "organization", "IDN", "GOV", ("Pemerintahan Joko Widodo",), ()
    )
    province = Entity(
        "Pemprov DKI Jakarta", "organization", "IDN", "GOV", ("Pemprov DKI Jakarta",), ()
    )
    place = Entity("DKI Jakarta", "place", "IDN", None, ("DKI Jakarta", "Jakarta"), ())
    gold = gold_article()
    gold.actors, gold.places = [person, cabinet, province], [place]
    # the administration is named whole, although its name ends with the president's
    assert entity_of_text(gold, "Pemerintahan Joko Widodo") is cabinet
    assert entity_of_text(gold, "Presiden Joko Widodo") is person
    # a resolved expansion no gold name spells whole is left to the surface text
    assert entity_of_text(gold, "Pemerintah Provinsi DKI Jakarta", suffix=False) is None
    assert entity_of_text(gold, "Pemprov DKI Jakarta", suffix=False) is province
    # without a whole name anywhere, the ending still names its cluster
    assert entity_of_text(gold, "Pemerintah Provinsi DKI Jakarta") is place
