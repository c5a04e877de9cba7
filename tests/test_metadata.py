"""Language detection (clear Indonesian by its words, the rest by lingua) and the
publication year a weekday date implies."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.config import Config
from kabar.context import Context, build_language_detector
from kabar.lexicons import load_lexicons
from kabar.metadata import (
    clearly_indonesian,
    detect_language,
    extract_metadata,
    find_published,
    stamped_day,
)
from kabar.model import Article

INDONESIAN = (
    "Kepolisian Daerah Jawa Barat menahan dua orang yang diduga terlibat dalam kasus "
    "penipuan investasi di Bandung pada Senin (14/10). Kepala Bidang Humas mengatakan "
    "bahwa kedua tersangka menawarkan keuntungan 20 persen setiap bulan kepada para "
    "korban. Polisi juga menyita uang tunai, dua mobil dan sejumlah dokumen dari kantor "
    "mereka karena diduga berkaitan dengan kejahatan tersebut."
)
MALAY = (
    "Polis Diraja Malaysia menahan dua lelaki yang dipercayai terlibat dalam kes penipuan "
    "pelaburan di Shah Alam pada Isnin. Ketua polis daerah berkata bahawa kedua-dua suspek "
    "menawarkan keuntungan 20 peratus setiap bulan kepada mangsa. Pihak polis turut "
    "merampas wang tunai dan beberapa dokumen dari pejabat mereka kerana dipercayai "
    "berkaitan dengan jenayah tersebut."
)
ENGLISH = (
    "West Java police have detained two people suspected of running a fraudulent "
    "investment scheme in Bandung on Monday. A police spokesman said that the suspects "
    "promised victims a monthly return of 20 percent and that officers seized cash, two "
    "cars and documents from their office."
)


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(Config(), load_lexicons(), language_detector=build_language_detector())


def test_clear_indonesian_is_decided_by_its_words_and_lingua_agrees(ctx: Context) -> None:
    assert clearly_indonesian(INDONESIAN)
    assert detect_language(INDONESIAN, ctx) == "id"
    language = ctx.language_detector.detect_language_of(INDONESIAN)
    assert language.iso_code_639_1.name.lower() == "id"


def test_malay_spellings_send_the_text_to_the_detector(ctx: Context) -> None:
    assert not clearly_indonesian(MALAY)
    assert detect_language(MALAY, ctx) == "ms"


def test_english_has_too_few_shared_function_words(ctx: Context) -> None:
    assert not clearly_indonesian(ENGLISH)
    assert detect_language(ENGLISH, ctx) == "en"


def test_short_or_thin_evidence_is_not_clear() -> None:
    assert not clearly_indonesian("Polisi menahan dua orang karena penipuan.")  # too short
    # Long enough, but only one Indonesian-only form ("karena"): left to the detector.
    one_form = INDONESIAN.replace("bahwa", "").replace("persen", "").replace("Polisi", "")
    one_form = one_form.replace("uang", "").replace("mobil", "").replace("kantor", "")
    one_form = one_form.replace("Senin", "")
    assert not clearly_indonesian(one_form)


def published(text: str, **meta: str) -> tuple[str | None, str]:
    article = Article.from_input(text, "test", meta)
    article.text = text
    value, precision, _ = find_published(article)
    return value, precision


def test_a_weekday_date_takes_the_year_a_full_date_in_the_text_supports() -> None:
    # Thursday 1 February fits 2018 and 2024; the letter of 25 January 2018 says 2018.
    text = (
        "Ditjen Imigrasi menerima surat KPK pada 25 Januari 2018 tentang pencegahan Bupati "
        "ke luar negeri, kata juru bicara Imigrasi di Jakarta, Kamis (1/2)."
    )
    assert published(text) == ("2018-02-01", "day")


def test_a_weekday_date_the_text_gives_no_year_for_leaves_the_publication_unknown() -> None:
    # Wednesday 6 September fits 2017 and 2023 alike: no guess, and the old date in the
    # body (17 Agustus 1945) is not the publication either.
    text = (
        "Menteri Luar Negeri menerima duta besar Myanmar di Jakarta, Rabu (6/9). Kedua "
        "negara bersahabat sejak kemerdekaan pada 17 Agustus 1945."
    )
    assert published(text) == (None, "unknown")


def test_the_crawl_date_picks_the_weekday_year() -> None:
    text = "Menteri Luar Negeri menerima duta besar Myanmar di Jakarta, Rabu (6/9)."
    assert published(text, crawled="2017-09-07T03:12:00Z") == ("2017-09-06", "day")


def test_a_crawl_month_picks_the_weekday_year_as_a_crawl_day_does() -> None:
    # Only the crawl's month is known; it still bounds the year (not today's year).
    text = "Menteri Luar Negeri menerima duta besar Myanmar di Jakarta, Rabu (6/9)."
    assert published(text, crawled="2017-09") == ("2017-09-06", "day")
    assert published(text, crawled="2017") == ("2017-09-06", "day")


def test_a_unix_time_stamp_in_the_record_id_or_url_bounds_the_weekday_year() -> None:
    # 1504760400 is 7 September 2017, 12:00 in Jakarta: the aggregator took the report in
    # the day after its dateline, so the stamp picks the year, the dateline the day.
    text = "Menteri Luar Negeri menerima duta besar Myanmar di Jakarta, Rabu (6/9)."
    assert published(text, id="korpus-1504760400-menlu-terima-dubes") == ("2017-09-06", "day")
    url = "https://berita.contoh.id/nasional/menlu-terima-dubes-1504760400.html"
    assert published(text, url=url) == ("2017-09-06", "day")


def test_ten_digit_numbers_that_are_no_time_stamps_date_nothing() -> None:
    text = "Menteri Luar Negeri menerima duta besar Myanmar di Jakarta, Rabu (6/9)."
    # Not starting with 1, before 2001, part of a longer number or a decimal: no stamp.
    for record_id in ("arsip-9999999999", "arsip-0946684799", "arsip-150476040012", "v1.504760400"):
        assert published(text, id=record_id) == (None, "unknown")
    # Two stamps that disagree leave the year open too.
    assert published(text, id="a-1504760400", url="https://contoh.id/b-1388534400") == (
        None,
        "unknown",
    )


def test_a_stamp_after_today_is_no_time_stamp() -> None:
    # 1504760400 is 7 September 2017 in Jakarta: a day that has come is a stamp, a day
    # still to come is some other number, whatever the real clock says.
    article = Article.from_input("Rapat kabinet digelar.", "test", {"id": "korpus-1504760400"})
    assert stamped_day(article, date(2017, 9, 7)) == date(2017, 9, 7)
    assert stamped_day(article, date(2017, 9, 6)) is None


def test_a_date_in_the_body_after_the_stamp_is_not_the_publication() -> None:
    # The body's only full date lies after the stamp (10 July 2017): it is a deadline.
    text = "Pemerintah memberi waktu kepada perusahaan itu hingga 1 Desember 2017 untuk melapor."
    assert published(text, id="korpus-1499660000-tenggat-laporan") == (None, "unknown")
    assert published(text) == ("2017-12-01", "day")


def test_a_year_named_just_before_the_weekday_date_picks_it() -> None:
    # Friday 22 December fits 2017 and 2023; the text's latest year is 2017.
    text = "KPU mengevaluasi Pilkada serentak 2017 dalam rapat di Jakarta, Jumat (22/12)."
    assert published(text) == ("2017-12-22", "day")


def test_a_written_year_the_weekday_contradicts_is_a_typo_that_dates_nothing() -> None:
    # 20 October 2026 is a Tuesday, not a Monday: the report's day is Kamis (9/10/2025).
    text = (
        "Dirjen Pajak menunda pajak pedagang daring, kata dia di Jakarta, Senin (20/10/2026). "
        "Menteri Keuangan sudah mengisyaratkannya di Senayan, Kamis (9/10/2025)."
    )
    assert published(text) == ("2025-10-09", "day")


def test_an_article_without_a_year_keeps_the_day_of_its_weekday_dateline(ctx: Context) -> None:
    def metadata(text: str, **meta: str) -> Article:
        article = Article.from_input(text, "x", dict(meta))
        article.text = text  # as the clean stage leaves it
        return extract_metadata(article, ctx)

    text = (
        "Dikutip dari kantor berita Antara, Rabu (6/9), Menteri Luar Negeri Retno Marsudi "
        "bertolak ke Dhaka untuk membahas nasib pengungsi."
    )
    article = metadata(text)
    assert article.published is None
    assert (article.published_day_month, article.published_weekday) == ("--09-06", 3)
    two_days = metadata(text + " Ia kembali ke Jakarta Jumat (8/9) malam.")
    assert two_days.published_day_month is None  # which day is the report's is unclear
    dated = metadata(text, published="2017-09-06")
    assert dated.published_day_month is None and dated.published_weekday is None


def test_a_body_date_long_before_the_stamp_leaves_the_stamps_month() -> None:
    # 1504760400 is 7 September 2017 in Jakarta. A birth date (1985) or a launch six weeks
    # earlier ("pada 26 Juli 2017 lalu") is an older event's day, not the report's: a corpus
    # takes news in a day or two after it appears, so only the stamp's month is known.
    stamp = "korpus-1504760400-pelatih-bulu-tangkis"
    born = "Pelatih yang lahir di Kudus pada 3 Maret 1985 itu kini membina puluhan atlet muda."
    assert published(born, id=stamp) == ("2017-09", "month")
    opened = "Bendungan yang diresmikan Presiden pada 26 Juli 2017 lalu mulai mengairi sawah."
    assert published(opened, id=stamp) == ("2017-09", "month")
    assert published(opened) == ("2017-07-26", "day")  # no stamp: nothing says otherwise
    # A week before the stamp is still the report's own day.
    recent = "Bendungan itu diresmikan Presiden di Bojonegoro pada 31 Agustus 2017."
    assert published(recent, id=stamp) == ("2017-08-31", "day")


def test_a_weekday_dateline_days_before_the_stamp_is_of_the_stamps_year() -> None:
    # 1506449039 is 27 September 2017 in Jakarta. "Senin (26/9) dini hari WIB" is a Tuesday in
    # 2017 (the match was Monday night in London): the weekday is a day off, but a dateline
    # one day before the stamp is not the Monday of 26 September 2016.
    text = "Arsenal menang 2-0 atas tim tamu di Emirates Stadium, Senin (26/9) dini hari WIB."
    assert published(text, id="korpus-1506449039-arsenal-menang") == ("2017-09-26", "day")
    # Two days off is no time-zone slip: the year stays the weekday's.
    text = "Arsenal menang 2-0 atas tim tamu di Emirates Stadium, Minggu (26/9)."
    assert published(text, id="korpus-1506449039-arsenal-menang") == (None, "unknown")
    # A full date in the text naming the weekday's year keeps that year: the dateline is
    # the Monday of 2016 the report tells of, not a slip of a day in the stamp's year.
    text = (
        "Persija menahan imbang tuan rumah di Bandung, Senin (26/9) malam WIB. Pertandingan "
        "pada 26 September 2016 itu disaksikan puluhan ribu penonton."
    )
    assert published(text, id="korpus-1506449039-persija-imbang") == ("2016-09-26", "day")
