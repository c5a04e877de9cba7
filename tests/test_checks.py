"""Per-article checks: headline against body, and machine-translation signs.

Whole-article behaviour is in ``test_contradictions.py`` (data cases); these
tests pin the shapes and the cases that must not fire.
"""

from __future__ import annotations

from typing import Any

from kabar.checks import CHECKS, check_article, look_alike
from kabar.model import Article
from kabar.pipeline import process_article


def coded(context: Any, text: str, title: str | None = None) -> Article:
    meta: dict[str, object] = {"published": "2024-03-05", "publication": "Kabar Contoh"}
    if title:
        meta["title"] = title
    return process_article(Article.from_input(text, "test", meta), context)


def test_look_alike_country_names():
    assert look_alike("Irak", "Iran")
    assert not look_alike("Iran", "Iran")
    assert not look_alike("Mesir", "Yordania")


def test_headline_items_are_zero_width_title_spans(context):
    article = coded(
        context,
        "Jakarta - Menteri Pertahanan Iran Mohammad Reza Ashtiani berjanji kepada Sekretaris "
        "Jenderal Hizbullah Hassan Nasrallah bahwa Iran akan terus membantu kelompok itu.\n"
        "Iran menyebut dukungan tersebut sebagai kewajiban moral di Teheran. Iran juga "
        "membantu kelompok lain di Irak.",
        title="Ini Janji Irak kepada Pemimpin Hizbullah",
    )
    found = [c for c in article.contradictions if c.kind == "title_body_mismatch"]
    assert found
    headline = found[0].items[0]
    assert (headline.start, headline.end, headline.text) == (0, 0, article.title)
    assert getattr(headline, "field", None) == "title"


def test_a_function_word_before_a_name_is_not_a_translated_name(context):
    article = coded(
        context,
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow.\n"
        "Kepada Putin, Jokowi menyampaikan pesan dari Ukraina.",
    )
    assert "machine_translation_suspected" not in article.flags


def test_a_headline_country_the_body_also_leads_with_is_fine(context):
    article = coded(
        context,
        "Kairo - Pemerintah Mesir membuka perbatasan Rafah pada Selasa (5/3). Mesir "
        "mengatakan bantuan untuk Gaza akan masuk setiap hari.",
        title="Mesir Buka Perbatasan Rafah",
    )
    assert article.flags == []
    assert article.contradictions == []


def test_checks_run_once_per_article(context):
    article = coded(context, "Jakarta - Presiden Prabowo Subianto melantik menteri baru.")
    before = len(article.contradictions)
    check_article(article, context)
    assert len(article.contradictions) == before
    assert len(CHECKS) == 9


def test_a_country_in_a_league_name_is_not_a_party(context):
    article = coded(
        context,
        "Madrid - Penyerang Prancis Kylian Mbappe pulih dari cedera yang dialaminya saat "
        "membela Prancis melawan Belanda.\nMbappe kembali berlatih bersama Real Madrid.\n"
        "Pelatih Prancis memastikan Mbappe tidak mengalami patah tulang.",
        title="Mbappe Siap Tampil di La Liga Spanyol",
    )
    assert "title_body_mismatch" not in article.flags
