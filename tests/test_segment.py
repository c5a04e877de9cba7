"""Sentences and tokens: the cases in cases/sentences.jsonl and properties on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.segment import split_sentences, tokenize

from .conftest import load_cases

CASES = load_cases("sentences.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    text = case["text"]
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == case["sentences"], case.get("note", "")


def test_cases_cover_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "Hossein Amir-Abdollahian, anti-Israel!",
            ["Hossein", "Amir-Abdollahian", ",", "anti-Israel", "!"],
        ),
        ("Israel mencak-mencak", ["Israel", "mencak-mencak"]),
        (
            "lebih dari 3.500 orang, 1,2 persen",
            ["lebih", "dari", "3.500", "orang", ",", "1,2", "persen"],
        ),
        (
            "Sabtu (14/10) dan Jumat (27/10/2023).",
            ["Sabtu", "(", "14/10", ")", "dan", "Jumat", "(", "27/10/2023", ")", "."],
        ),
        ("Hadiah Rp10 Juta, Rp 350 ribu", ["Hadiah", "Rp10", "Juta", ",", "Rp", "350", "ribu"]),
        ("di Jl. Sudirman No. 5", ["di", "Jl.", "Sudirman", "No.", "5"]),
        (
            "B.J. Habibie dan Susilo B. Yudhoyono",
            ["B.J.", "Habibie", "dan", "Susilo", "B.", "Yudhoyono"],
        ),
        ("Ahmad, S.H., M.Si. datang", ["Ahmad", ",", "S.H.", ",", "M.Si.", "datang"]),
        ("Jum'at dan Mi’raj", ["Jum'at", "dan", "Mi’raj"]),
        ("buah, dll. yang", ["buah", ",", "dll.", "yang"]),
        ("tunggu... lalu", ["tunggu", "...", "lalu"]),
        (
            "lihat www.detik.com, atau a.b@c.co.id.",
            ["lihat", "www.detik.com", ",", "atau", "a.b@c.co.id", "."],
        ),
        ("“Kami siap,” kata dia.", ["“", "Kami", "siap", ",", "”", "kata", "dia", "."]),
        ("era 1990-an, ke-3 kalinya", ["era", "1990-an", ",", "ke-3", "kalinya"]),
        ("(T/R7/P2)", ["(", "T", "/", "R7", "/", "P2", ")"]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == tokens


def test_tokenize_window() -> None:
    text = "Satu kalimat. Kalimat kedua di sini."
    sentence = split_sentences(text)[1]
    tokens = tokenize(text, sentence.start, sentence.end)
    assert [t.text for t in tokens] == ["Kalimat", "kedua", "di", "sini", "."]
    assert tokens[0].start == sentence.start


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentences_on_any_text(text: str) -> None:
    last_end = 0
    for s in split_sentences(text):
        assert last_end <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        last_end = s.end
    # Every non-space character belongs to a sentence.
    covered = sum(s.end - s.start for s in split_sentences(text))
    assert covered >= sum(1 for ch in text if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=-5, max_value=50), st.integers(min_value=-5, max_value=80))
def test_tokens_on_any_text(text: str, start: int, end: int) -> None:
    last_end = max(0, start)
    for t in tokenize(text, start, end):
        assert last_end <= t.start < t.end <= min(len(text), max(end, 0))
        assert text[t.start : t.end] == t.text
        assert not any(ch.isspace() for ch in t.text)
        last_end = t.end


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_tokens_cover_every_visible_character(text: str) -> None:
    covered = sum(t.end - t.start for t in tokenize(text))
    assert covered == sum(1 for ch in text if not ch.isspace())


def test_no_newline_inside_a_sentence() -> None:
    text = "Baca Juga: Judul lain\nParagraf. Kalimat\r\nBaris\u2028baru"
    for s in split_sentences(text):
        assert not any(ch in text[s.start : s.end] for ch in "\n\r\u2028")


def test_the_abbreviation_alternation_is_in_one_fixed_order():
    """Longest first (so "prof" is tried before "pr"), then alphabetical: the compiled
    pattern is the same whatever order the set of abbreviations iterates in."""
    from kabar.segment import _abbreviation_pattern

    pattern = _abbreviation_pattern()
    words = pattern[pattern.index("(?i:") + 4 : pattern.rindex(")")].split("|")
    assert words == sorted(words, key=lambda w: (-len(w), w)) and len(words) > 20
