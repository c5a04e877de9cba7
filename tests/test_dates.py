"""Temporal expressions: the cases in cases/dates.jsonl and properties on any text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.dates import (
    StatedDay,
    find_times,
    fitting_days,
    latest_explicit_date,
    parse_date_value,
    stated_day,
    yearless_day,
)

from .conftest import load_cases

CASES = load_cases("dates.jsonl")


def _reference(case: dict) -> date | None:
    return date.fromisoformat(case["reference"]) if case["reference"] else None


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    found = find_times(case["text"], _reference(case))
    got = [
        {"text": t.text, "value": t.value, "precision": t.precision, "rule": t.rule} for t in found
    ]
    assert got == case["times"], case.get("note", "")


def test_cases_cover_enough() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["times"]) >= 10  # negative cases


def test_offsets_and_order() -> None:
    text = "Sabtu (14/10) malam dan Selasa (31/10) sore, lalu 7 Oktober 2023."
    found = find_times(text, date(2023, 11, 1))
    assert [t.text for t in found] == [
        "Sabtu (14/10) malam",
        "Selasa (31/10) sore",
        "7 Oktober 2023",
    ]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_datetime_reference_is_reduced_to_its_date() -> None:
    found = find_times("kemarin", datetime(2023, 10, 15, 23, 59))
    assert found[0].value == "2023-10-14"


@pytest.mark.parametrize(
    ("raw", "reference", "expected"),
    [
        ("2023-10-14", None, ("2023-10-14", "day")),
        ("2023-10-14T10:00:00+07:00", None, ("2023-10-14", "day")),
        ("2023-10-14 23:10:05", None, ("2023-10-14", "day")),
        ("2023-10", None, ("2023-10", "month")),
        ("2023", None, ("2023", "year")),
        ("14 Oktober 2023", None, ("2023-10-14", "day")),
        ("Sabtu, 14 Okt 2023 19:30 WIB", None, ("2023-10-14", "day")),
        ("14/10/2023", None, ("2023-10-14", "day")),
        ("Oktober 2023", None, ("2023-10", "month")),
        ("14 Oktober", None, (None, "unknown")),
        ("14 Oktober", date(2023, 12, 1), ("2023-10-14", "day")),
        ("kemarin", date(2023, 10, 15), ("2023-10-14", "day")),
        ("1507887238", None, ("2017-10-13", "day")),
        ("", None, (None, "unknown")),
        ("bukan tanggal", None, (None, "unknown")),
    ],
)
def test_parse_date_value(raw: str, reference: date | None, expected: tuple) -> None:
    assert parse_date_value(raw, reference) == expected


def test_latest_explicit_date() -> None:
    text = (
        "Pertemuan pada Jumat (27/10/2023) membahas serangan 7 Oktober 2023. "
        "Sabtu (28/10) mereka bertemu lagi. Pejabat itu menjabat sejak Oktober 2023."
    )
    assert latest_explicit_date(text) == ("2023-10-27", "day")
    assert latest_explicit_date("Kemarin, Sabtu (14/10), mereka bertemu.") is None
    assert latest_explicit_date("sejak November 2023") == ("2023-11", "month")


@settings(max_examples=300, deadline=None)
@given(
    st.text(),
    st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))),
)
def test_any_text(text: str, reference: date | None) -> None:
    check_times(text, reference)  # never raises; random text rarely holds a date


def check_times(text: str, reference: date | None) -> int:
    """Assert that every time expression ``find_times`` finds in ``text`` is a slice of it,
    in order without overlap, with a value exactly when its precision is known; return how
    many it found."""
    found = find_times(text, reference)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end
        last_end = t.end
        assert text[t.start : t.end] == t.text
        assert t.precision in ("day", "month", "year", "unknown")
        assert (t.value is None) == (t.precision == "unknown")
        if t.value is not None and t.precision == "day":
            date.fromisoformat(t.value)
    return len(found)


_VOCABULARY = (
    "Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad ( ) / , . 14 10 2023 31 2 7 "
    "Oktober Okt Juni Des tahun bulan pekan minggu lalu depan mendatang ini kemarin besok "
    "sehari setelah dua tiga terakhir pada sejak awal akhir malam pagi pukul 19.30 WIB "
    "hari No. Nomor Tahun"
)
WORDS = st.sampled_from(_VOCABULARY.split(" "))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(WORDS, max_size=12),
    st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))),
)
def test_date_like_text(words: list[str], reference: date | None) -> None:
    check_times(" ".join(words), reference)


def test_the_span_checks_see_dates() -> None:
    """``check_times`` has expressions to check on text made of date words (random text
    rarely has any: that test only shows ``find_times`` never raises)."""
    assert check_times("Senin (14/10) pukul 19.30 WIB, sejak Oktober 2023", None) == 2
    assert (
        check_times("Rapat digelar Jumat (27/10/2023) dan Sabtu (28/10).", date(2023, 11, 1)) == 2
    )


@settings(deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.dates()))
def test_parse_date_value_never_raises(raw: str, reference: date | None) -> None:
    value, precision = parse_date_value(raw, reference)
    assert precision in ("day", "month", "year", "unknown")
    assert (value is None) == (precision == "unknown")


def test_stated_weekday_dates_and_the_years_they_fit() -> None:
    assert stated_day("Jumat (3/11) sore") == StatedDay(4, 3, 11, None)
    assert stated_day("Sabtu, 7 Oktober 2023") == StatedDay(5, 7, 10, 2023)
    assert stated_day("Sabtu malam") is None  # no date to check the weekday against
    assert date(2017, 11, 3) in fitting_days(StatedDay(4, 3, 11, None), range(2015, 2020))
    assert fitting_days(StatedDay(5, 11, 4, None), range(2016, 2019)) == []  # 11/4 no Saturday
    assert fitting_days(StatedDay(5, 7, 10, 2023), ()) == [date(2023, 10, 7)]
    assert fitting_days(StatedDay(6, 7, 10, 2023), range(2000, 2030)) == []  # the year is stated


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the reference, 16 November 2017, is a Thursday; its week runs 13-19 November
        ("Presiden menerima para duta besar Senin pekan lalu.", "2017-11-06"),
        ("Sidang lanjutan digelar Selasa pekan depan di Jakarta.", "2017-11-21"),
        ("Rapat kabinet berlangsung Rabu pekan ini.", "2017-11-15"),
        ("Ia ditahan pada Jumat, minggu lalu.", "2017-11-10"),
        ("KPK memeriksanya Sabtu pekan yang lalu.", "2017-11-11"),
        ("Minggu pekan lalu, warga kampung itu menggelar doa bersama.", "2017-11-12"),
    ],
)
def test_a_weekday_naming_its_week_is_that_day_of_that_week(text: str, value: str) -> None:
    (found,) = find_times(text, date(2017, 11, 16))
    assert (found.value, found.precision) == (value, "day")
    assert "pekan" in found.text or "minggu" in found.text


@pytest.mark.parametrize(
    "text",
    [
        "Bu Minggu pekan lalu mengadukan tetangganya ke kantor kelurahan.",
        "Kata Pak Minggu, bantuan itu belum sampai ke dusunnya.",
        "Jalan desa itu ditutup tiga Minggu pekan lalu karena longsor.",
    ],
)
def test_minggu_after_a_form_of_address_or_a_number_is_no_sunday(text: str) -> None:
    assert all(
        found.rule not in ("weekday", "weekday_week")
        for found in find_times(text, date(2017, 11, 16))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kasus penolakan itu, yang terjadi beberapa waktu lalu, dinyatakan selesai.",
        "Baru-baru ini, polisi menangkap dua pengedar di Medan.",
        "Ia belum lama ini bertemu Menteri Luar Negeri.",
        "Pertemuan beberapa waktu yang lalu itu tidak membuahkan hasil.",
    ],
)
def test_a_past_the_text_leaves_undated_keeps_its_span_and_no_value(text: str) -> None:
    (found,) = find_times(text, date(2017, 11, 16))
    assert (found.value, found.precision, found.rule) == (None, "unknown", "vague_past")
    assert found.text.lower() in text.lower()


def test_a_day_and_month_without_a_reference_keep_day_month_and_weekday():
    text = "Ia tiba Kamis (3/8) malam, rapat digelar pada 29 Februari, lalu 5 Juni 2019."
    found = {t.text: yearless_day(t) for t in find_times(text, None)}
    assert found["Kamis (3/8) malam"] == (8, 3, 3)
    assert found["29 Februari"] == (2, 29, None)
    assert found["5 Juni 2019"] is None  # the year is stated: the date itself resolves
    resolved = {t.text: yearless_day(t) for t in find_times(text, date(2024, 8, 5))}
    assert resolved["Kamis (3/8) malam"] is None  # a reference gives the year
