"""Whose proposal, request or policy an event answers (kabar.event_context.act_author)."""

from __future__ import annotations

from kabar import process


def recipients(text: str, *types: str) -> list[list[str]]:
    events = [e for e in process(text, published="2025-11-04").events if e.event in types]
    return [[r.entity_name for r in e.recipient] for e in events]


def test_the_author_stands_past_an_amount_or_a_bracket() -> None:
    """ "memprotes pemangkasan anggaran senilai 850 juta euro (Rp 13 triliun) yang dibuat
    X", "menolak permohonan keringanan hukuman (grasi) yang diajukan X": the amount and the
    bracketed aside take no reach, so X, the author of what is answered, is the target."""
    text = (
        "Menteri Pertahanan Budi Santoso memprotes keras pemangkasan anggaran pertahanan "
        "senilai 850 juta euro (Rp 13 triliun) yang dibuat Presiden Joko Widodo."
    )
    assert recipients(text, "ACCUSE") == [["Joko Widodo"]]
    text = "Jaksa menolak permohonan keringanan hukuman (grasi) yang diajukan Budi Santoso."
    assert recipients(text, "REJECT") == [["Budi Santoso"]]


def test_a_comma_after_the_amount_still_ends_the_object() -> None:
    """A comma after the amount still ends the object: "menolak usulan senilai Rp 5 miliar,
    yang kemudian dibahas DPR" answers no author named so."""
    text = (
        "Gubernur Jawa Barat Dedi Mulyadi menolak usulan anggaran senilai Rp 5 miliar, yang "
        "kemudian dibahas DPRD Jawa Barat pekan lalu."
    )
    assert recipients(text, "REJECT") == [[]]
