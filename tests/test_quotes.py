"""Quotes: the cases in cases/quotes.jsonl, the seeds, and properties on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.config import Config
from kabar.context import Context
from kabar.model import Article, Mention
from kabar.quotes import extract_quotes

from .conftest import load_cases

CASES = load_cases("quotes.jsonl")
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CTX = Context(config=Config(), lexicons=None)  # type: ignore[arg-type]  # quotes needs no lexicons


def article(text: str, mentions: list[dict] | None = None) -> Article:
    art = Article(id="art_test", source="test", raw=text)  # any text, even lone surrogates
    art.text = text
    for spec in mentions or []:
        start = -1
        for _ in range(spec.get("occurrence", 0) + 1):  # which occurrence of the span (0: first)
            start = text.index(spec["span"], start + 1)
        art.mentions.append(
            Mention(
                start,
                start + len(spec["span"]),
                spec["span"],
                spec["label"],
                "test",
                cluster=spec.get("cluster"),
                actor_id=spec.get("actor_id"),
                name=spec.get("name"),
            )
        )
    return art


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_quote_case(case: dict) -> None:
    art = extract_quotes(article(case["text"], case.get("mentions")), CTX)
    got = [(q.kind, q.text, q.speaker_text) for q in art.quotes]
    want = [(q["kind"], q["text"], q["speaker"]) for q in case["quotes"]]
    assert got == want
    for quote, expected in zip(art.quotes, case["quotes"], strict=True):
        if "cue" in expected:
            assert quote.cue == expected["cue"]
        if "actor" in expected:
            assert quote.speaker_actor_id == expected["actor"]


def test_case_file_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["quotes"]) >= 5


def test_ids_and_trace() -> None:
    art = extract_quotes(article("“Kami siap,” kata Andi."), CTX)
    [quote] = art.quotes
    assert quote.id.startswith("quo_") and quote.article_id == art.id
    assert art.trace[-1].stage == "quotes"
    again = extract_quotes(article("“Kami siap,” kata Andi."), CTX)
    assert again.quotes[0].id == quote.id


def test_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    speakers = []
    for path in sorted(SEEDS.glob("*.txt")):
        art = extract_quotes(article(path.read_text("utf-8")), CTX)
        speakers += [q.speaker_text for q in art.quotes if q.kind == "direct"]
    assert {"Qaani", "Abu Marzouk", "Ali Bagheri Kani", "Diplomat utama Iran"} <= set(speakers)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('“”"‘’,.:; \nabKkataujrMenguDiA')) | st.characters()))
def test_any_text(text: str) -> None:
    check_quotes(text)  # never raises; random text rarely holds a quote


def check_quotes(text: str) -> int:
    """Assert that every quote ``extract_quotes`` finds in ``text`` and its speaker are
    slices of it; return how many it found."""
    art = extract_quotes(article(text), CTX)
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return len(art.quotes)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["kata", "ujarnya", "mengatakan bahwa", "Menurut Andi,"]))
def test_any_text_with_cues(text: str, cue: str) -> None:
    check_quotes(f"“{text},” {cue} {text}. Dia mengatakan {text}")


def test_the_span_checks_see_quotes() -> None:
    """``check_quotes`` has quotes and speakers to check in quoted news text."""
    assert check_quotes("“Stok beras aman sampai Lebaran,” kata Kepala Bulog Rudi Hartono.") == 1


def test_a_suspect_named_by_initials_is_not_whom_a_later_quote_pronoun_means() -> None:
    """'AL' (initials the article gave a suspect) opening the sentence before "...,"
    jelasnya" is the case's subject, not the lawyer being quoted."""
    text = (
        "Pengacara korban, Rudi Hartanto, mengatakan kliennya sudah melapor ke polisi. "
        "Diduga karena itu AL marah dan menulis unggahan tersebut. "
        '"Kami minta polisi segera memprosesnya," jelasnya.'
    )
    art = Article(id="art_test", source="test", raw=text)
    art.text = text
    for span, source, cluster in (("Rudi Hartanto", "test", 1), ("AL", "given-initials", 2)):
        start = text.index(span)
        art.mentions.append(
            Mention(start, start + len(span), span, "PER", source, cluster=cluster, name=span)
        )
    quotes = extract_quotes(art, CTX).quotes
    assert quotes[-1].kind == "direct"
    assert quotes[-1].speaker_text == "Rudi Hartanto"
