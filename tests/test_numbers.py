"""Indonesian number parsing: the cases in cases/numbers.jsonl and properties on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar.numbers import find_numbers, parse_number

from .conftest import load_cases

CASES = load_cases("numbers.jsonl")
PARSE = [c for c in CASES if "text" in c]
FIND = [c for c in CASES if "find" in c]


@pytest.mark.parametrize("case", PARSE, ids=[c["text"] or "empty" for c in PARSE])
def test_parse_number(case: dict) -> None:
    got = parse_number(case["text"])
    if case["value"] is None:
        assert got is None
    else:
        assert got is not None
        assert got[0] == pytest.approx(case["value"])
        assert got[1] == case["value_max"]


@pytest.mark.parametrize("case", FIND, ids=[c["find"][:30] for c in FIND])
def test_find_numbers(case: dict) -> None:
    assert [n.value for n in find_numbers(case["find"])] == case["values"]


def test_vague_numbers_record_acled_rule() -> None:
    [span] = find_numbers("puluhan orang")
    assert span.vague == "ACLED: puluhan = 10"
    assert span.rule == "vague"


def test_case_file_is_large_enough() -> None:
    assert len(CASES) >= 40


@given(st.text())
def test_find_numbers_any_text(text: str) -> None:
    previous_end = 0
    for span in find_numbers(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        previous_end = span.end
    parse_number(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_digits_round_trip(value: int) -> None:
    written = f"{value:,}".replace(",", ".")
    assert parse_number(written) == (float(value), None, "digits")
