"""The service layer on a hand-built database (exact answers) and on the bundled examples."""

from __future__ import annotations

import pytest

from kabar import queries
from kabar.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    Cut,
    EntityRef,
    Event,
    Place,
    Quote,
    Role,
    Source,
    SpanRef,
)
from kabar.store import Store

from .conftest import EXAMPLES

TEXT_A = "Menlu Retno bertemu Menlu Iran di Jakarta. Korban tewas mencapai 3.500 orang."
TEXT_B = "Retno Marsudi bertemu Hossein Amir-Abdollahian. Korban tewas lebih dari 4.000 orang."


def ref(actor_id: str, name: str, country: str | None = None) -> EntityRef:
    return EntityRef(actor_id, name, name, "person", country, "GOV")


def source(article: Article, sentence: str, outlet: str) -> Source:
    start = article.text.index(sentence)
    return Source(article.id, outlet, sentence, start, start + len(sentence), start, start + 5)


def make_event(
    event_id: str,
    kind: str,
    date: str | None,
    actors: list[EntityRef],
    recipients,
    sources,
    place=None,
) -> Event:
    return Event(
        event_id, kind, [], [], date, "day" if date and len(date) == 10 else "month",
        actors, recipients, place, False, False, [], sources, 0.8, "bertemu", "test",
    )  # fmt: skip


def claim(article: Article, claim_id: str, value: float, as_of: str, by: str | None) -> Claim:
    sentence = next(s for s in article.text.split(". ") if "Korban" in s)
    start = article.text.index(sentence)
    return Claim(
        claim_id, article.id, "killed", value, None, "at_least", "warga Palestina", "PSE", None,
        as_of, by, None, sentence, start, start + len(sentence),
    )  # fmt: skip


@pytest.fixture()
def store():
    a = Article(id="art_a", source="a.txt", raw=TEXT_A, text=TEXT_A, title="Retno dan Iran",
                publication="ANTARA", published="2023-10-14", published_precision="day",
                removed=[Cut(0, 9, "baca_juga", "Baca juga: x")])  # fmt: skip
    b = Article(id="art_b", source="b.txt", raw=TEXT_B, text=TEXT_B, title="Pertemuan",
                publication="MINA", published="2023-11-02", published_precision="day")  # fmt: skip
    a.claims = [claim(a, "clm_1", 3500, "2023-10-14", "Kemenkes Gaza")]
    b.claims = [claim(b, "clm_2", 4000, "2023-11-02", "Kemenkes Gaza"), claim(b, "clm_3", 3900,
                "2023-10-20", "PBB")]  # fmt: skip
    b.quotes = [Quote("quo_1", "art_b", "act_retno", "Retno Marsudi", "kami bertemu", "direct",
                      "kata", 0, 12)]  # fmt: skip
    retno, iran = ref("act_retno", "Retno Marsudi", "IDN"), ref("act_hossein", "Amir-Abdollahian")
    events = [
        make_event("evt_1", "CONSULT", "2023-10-13", [retno], [iran],
                   [source(a, "Menlu Retno bertemu Menlu Iran di Jakarta.", "ANTARA"),
                    source(b, "Retno Marsudi bertemu Hossein Amir-Abdollahian.", "MINA")],
                   Place("Jakarta", "Jakarta", "IDN")),
        make_event("evt_2", "ACCUSE", "2023-11", [iran], [ref("act_isr", "Israel", "ISR")],
                   [source(b, "Korban tewas lebih dari 4.000 orang.", "MINA")]),
        make_event("evt_3", "AGREE", None, [ref("act_isr", "Israel", "ISR")], [],
                   [source(a, "Korban tewas mencapai 3.500 orang.", "ANTARA")]),
    ]  # fmt: skip
    actors = [
        Actor("act_retno", "Retno Marsudi", ["Retno", "Retno Marsudi"], "person", "IDN", "GOV",
              [Role("Menteri Luar Negeri", None, "IDN", "GOV", "2019-10", "2024-10")],
              ["art_a", "art_b"]),
        Actor("act_hossein", "Hossein Amir-Abdollahian", ["Amir-Abdollahian"], "person", "IRN",
              "GOV", [], ["art_a", "art_b"]),
        Actor("act_isr", "Israel", ["Israel"], "country", "ISR", "GOV", [], ["art_b"]),
    ]  # fmt: skip
    contradiction = Contradiction(
        "con_1", "numeric_conflict", "high", "3.500 versus more than 4.000 killed",
        [SpanRef("art_a", 43, 78, "3.500"), SpanRef("art_b", 48, 86, "4.000")],
    )  # fmt: skip
    db = Store.open(":memory:")
    with db.transaction():
        db.save_articles([a, b])
        db.replace_fusion(events, actors, {}, [contradiction], {"art_a": "sty_1", "art_b": "sty_1"})
    yield db
    db.close()


def ids(result: dict) -> list[str]:
    return [item["id"] for item in result["items"]]


def test_events_latest_first_with_total_and_pages(store):
    assert ids(queries.list_events(store)) == ["evt_2", "evt_1", "evt_3"]  # undated last
    page = queries.list_events(store, limit=1, offset=1)
    assert page["total"] == 3 and ids(page) == ["evt_1"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "act_retno"}, ["evt_1"]),
        ({"actor": "retno"}, ["evt_1"]),  # a name, case-insensitive, via aliases
        ({"actor": "Amir-Abdollahian"}, ["evt_2", "evt_1"]),
        ({"type": "consult"}, ["evt_1"]),
        ({"date_from": "2023-11-05"}, ["evt_2"]),  # month precision overlaps the day
        ({"date_to": "2023-10"}, ["evt_1"]),
        ({"date_from": "2023-10-01", "date_to": "2023-10-31"}, ["evt_1"]),
        ({"place": "jakarta"}, ["evt_1"]),
        ({"country": "isr"}, ["evt_2", "evt_3"]),
        ({"outlet": "mina"}, ["evt_2", "evt_1"]),
        ({"q": "4.000"}, ["evt_2"]),
        ({"q": "100%_"}, []),  # LIKE wildcards are literal
        ({"article": "art_a"}, ["evt_1", "evt_3"]),
    ],
)
def test_event_filters(store, filters, expected):
    assert ids(queries.list_events(store, **filters)) == expected


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: queries.list_events(s, type="MEET"), "type must be one of AGREE"),
        (lambda s: queries.list_events(s, date_from="14/10/2023"), "date_from must be a date"),
        (lambda s: queries.list_events(s, limit=0), "limit must be between 1 and 500"),
        (lambda s: queries.list_events(s, offset=-1), "offset must be 0 or more"),
        (lambda s: queries.claim_series(s, kind="dead"), "kind must be one of killed"),
        (lambda s: queries.search(s, "  "), "q must not be empty"),
    ],
)
def test_bad_parameters_say_what_is_allowed(store, call, message):
    with pytest.raises(queries.QueryError, match=message):
        call(store)


def test_event_detail_has_each_source_text_and_offsets(store):
    event = queries.event_detail(store, "evt_1")
    assert [s["article"]["publication"] for s in event["sources"]] == ["ANTARA", "MINA"]
    for src in event["sources"]:
        assert src["evidence_ok"]
        assert src["article"]["text"][src["start"] : src["end"]] == src["sentence"]
    assert event["sources"][0]["article"]["removed"][0]["reason"] == "baca_juga"
    assert [c["id"] for c in event["contradictions"]] == ["con_1"]
    with pytest.raises(queries.NotFoundError):
        queries.event_detail(store, "evt_missing")


def test_articles_and_article_detail(store):
    listing = queries.list_articles(store)
    assert ids(listing) == ["art_b", "art_a"] and "text" not in listing["items"][0]
    assert ids(queries.list_articles(store, q="Hossein")) == ["art_b"]
    assert ids(queries.list_articles(store, outlet="antara", date_to="2023-10")) == ["art_a"]
    detail = queries.article_detail(store, "art_a")
    assert detail["text"] == TEXT_A and detail["removed"][0]["text"] == "Baca juga: x"
    assert [e["id"] for e in detail["events"]] == ["evt_1", "evt_3"]
    assert [c["id"] for c in detail["claims"]] == ["clm_1"]
    with pytest.raises(queries.NotFoundError):
        queries.article_detail(store, "art_none")


def test_actors_ranked_by_events_and_actor_detail(store):
    assert ids(queries.list_actors(store))[0] in {"act_hossein", "act_isr"}
    assert ids(queries.list_actors(store, q="retno")) == ["act_retno"]
    assert ids(queries.list_actors(store, type="country")) == ["act_isr"]
    actor = queries.actor_detail(store, "act_hossein")
    assert {c["id"]: c["events"] for c in actor["counterparts"]} == {"act_retno": 1, "act_isr": 1}
    assert actor["event_count"] == 2
    edges = {(e["source"], e["target"]) for e in actor["network"]["edges"]}
    assert edges == {("act_hossein", "act_retno"), ("act_hossein", "act_isr")}
    retno = queries.actor_detail(store, "act_retno")
    assert retno["roles"][0]["office"] == "Menteri Luar Negeri"
    assert [q["id"] for q in retno["quotes"]] == ["quo_1"]


def test_stories_quotes_contradictions(store):
    stories = queries.list_stories(store)
    assert stories["total"] == 1 and stories["items"][0]["outlets"] == ["ANTARA", "MINA"]
    story = queries.story_detail(store, "sty_1")
    assert [e["id"] for e in story["events"]] == ["evt_3", "evt_1", "evt_2"]
    assert ids(queries.list_quotes(store, actor="Retno")) == ["quo_1"]
    assert queries.list_quotes(store, kind="indirect")["total"] == 0
    found = queries.list_contradictions(store, severity="high")
    assert ids(found) == ["con_1"] and found["items"][0]["items"][0]["publication"] == "ANTARA"
    assert queries.list_contradictions(store, severity="low")["total"] == 0


def test_claim_series_ordered_by_date_and_grouped_by_source(store):
    series = queries.claim_series(store, kind="killed", subject="Palestina")
    assert [c["id"] for c in series["claims"]] == ["clm_1", "clm_3", "clm_2"]
    by_source = {s["source"]: [p["value"] for p in s["points"]] for s in series["series"]}
    assert by_source == {"Kemenkes Gaza": [3500, 4000], "PBB": [3900]}
    assert queries.claim_series(store, subject="PSE")["total"] == 3  # by country code
    assert queries.claim_series(store, subject="Israel")["total"] == 0
    assert queries.claim_facets(store)["kinds"] == [{"kind": "killed", "claims": 3}]


def test_overview_and_search(store):
    data = queries.overview(store)
    assert data["stats"]["events"] == 3 and data["stats"]["contradictions"] == 1
    over_time = data["events_over_time"]
    assert over_time["months"] == ["2023-10", "2023-11"] and over_time["undated"] == 1
    assert over_time["series"]["CONSULT"] == [1, 0]
    found = queries.search(store, "Retno")
    assert ids(found["actors"]) == ["act_retno"] and ids(found["events"]) == ["evt_1"]
    assert ids(found["quotes"]) == ["quo_1"]


def test_ingest_refuses_unknown_fields_and_missing_text(store):
    with pytest.raises(queries.QueryError, match="unknown field"):
        queries.ingest_record(store, None, {"text": "x", "body2": "y"})
    with pytest.raises(queries.QueryError, match="no text field"):
        queries.ingest_record(store, None, {"title": "only a title"})
    with pytest.raises(queries.QueryError, match="must be a string"):
        queries.ingest_record(store, None, {"text": 5})


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    from kabar.context import build_context
    from kabar.pipeline import run

    path = tmp_path_factory.mktemp("q") / "examples.duckdb"
    with Store.open(path) as db:
        report = run([str(EXAMPLES)], db, build_context())
        assert not report.failures
    db = Store.open(path, read_only=True)
    yield db
    db.close()


def test_every_event_of_the_examples_points_at_its_evidence(examples_store):
    events = queries.list_events(examples_store, limit=queries.MAX_LIMIT)
    assert events["total"] > 10
    for item in events["items"]:
        detail = queries.event_detail(examples_store, item["id"])
        assert all(s["evidence_ok"] for s in detail["sources"]), item["id"]


def test_examples_overview_and_actor_pages_hold_together(examples_store):
    data = queries.overview(examples_store)
    assert data["stats"]["articles"] >= 15 and data["top_actors"]
    assert sum(map(sum, data["events_over_time"]["series"].values())) > 0
    for actor in data["top_actors"][:3]:
        detail = queries.actor_detail(examples_store, actor["id"])
        assert detail["event_count"] == actor["events"]
