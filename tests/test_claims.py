"""Numeric claims: the cases in cases/claims.jsonl, the seeds, and properties on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.claims import extract_claims
from kabar.config import Config
from kabar.context import Context
from kabar.model import Article

from .conftest import load_cases

CASES = load_cases("claims.jsonl")
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CTX = Context(config=Config(), lexicons=None)  # type: ignore[arg-type]  # claims needs no lexicons


def article(text: str, published: str | None = None) -> Article:
    art = Article(id="art_test", source="test", raw=text)  # any text, even lone surrogates
    art.text = text
    art.published = published
    art.published_precision = "day" if published else "unknown"
    return art


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_claim_case(case: dict) -> None:
    art = extract_claims(article(case["text"], case.get("published")), CTX)
    assert len(art.claims) == len(case["claims"]), [(c.kind, c.value) for c in art.claims]
    for claim, expected in zip(art.claims, case["claims"], strict=True):
        want = {"value_max": None, **expected}
        got = {key: getattr(claim, key) for key in want}
        assert got == want


def test_case_file_is_large_enough() -> None:
    assert len(CASES) >= 50
    assert sum(1 for c in CASES if not c["claims"]) >= 10


def test_as_of_defaults_to_publication_and_ids_are_stable() -> None:
    text = "Sedikitnya 20 orang tewas dalam ledakan itu."
    first = extract_claims(article(text, "2024-05-02"), CTX)
    [claim] = first.claims
    assert claim.as_of == "2024-05-02"
    assert claim.sentence == text
    assert text[claim.start : claim.end] == "Sedikitnya 20 orang tewas"
    assert claim.id == extract_claims(article(text, "2024-05-02"), CTX).claims[0].id
    assert first.trace[-1].stage == "claims"


def test_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    text = (SEEDS / "000_7acd90d871a32134.txt").read_text("utf-8")
    art = extract_claims(article(text, "2023-10-16"), CTX)
    ordered, head = art.claims[:2]
    assert (ordered.kind, ordered.value, ordered.qualifier) == ("other", 1_000_000, "more_than")
    assert (head.kind, head.value, head.qualifier, head.since) == (
        "killed",
        3500,
        "more_than",
        "2023-10-07",
    )
    assert [(c.value, c.subject_country) for c in art.claims[2:]] == [(2215, "PSE"), (1400, "ISR")]


PIECES = list("0123456789., -") + [
    "sejak ",
    "menurut ",
    "lebih dari ",
    " tewas",
    " orang",
    " ditangkap",
    "ribuan",
    "\n",
    "“",
    "”",
    "7 Oktober",
    "Rp",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES)).map("".join) | st.text())
def test_any_text(text: str) -> None:
    art = extract_claims(article(text, "2024-01-01"), CTX)
    for claim in art.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.sentence in text
        assert claim.kind in {
            "killed",
            "injured",
            "hostages",
            "displaced",
            "arrested",
            "missing",
            "other",
        }
        assert claim.qualifier in {"exactly", "about", "at_least", "more_than", "up_to"}
