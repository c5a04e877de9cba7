"""Who acts when an official speaks for his state (docs/annotation.md, actor and recipient)."""

from __future__ import annotations

from kabar import process
from kabar.model import Event


def events_of(text: str, published: str, *types: str) -> list[Event]:
    return [e for e in process(text, published=published).events if e.event in types]


def actor_names(events: list[Event]) -> list[list[str]]:
    return [[r.entity_name for r in e.actor] for e in events]


def test_a_states_stance_in_its_officials_quote_is_his_speech_act() -> None:
    """ "\\"Indonesia mendukung ...,\\" ujar Menlu X": a leader's statement of his own
    state's stance is his speech act, quoted as when reported ("X mengatakan Indonesia
    mendukung ...")."""
    texts = [
        '"Indonesia mendukung penuh langkah Mesir dalam perundingan itu," ujar Menteri Luar '
        "Negeri Sugiono, Senin (3/11/2025).",
        '"Indonesia menyerukan agar negara maju membuka akses pendanaan iklim," ujar Wakil '
        "Menteri Lingkungan Hidup Diaz Hendropriyono, Senin (3/11/2025).",
    ]
    expected = [["Sugiono"], ["Diaz Hendropriyono"]]
    for text, names in zip(texts, expected, strict=True):
        events = events_of(text, "2025-11-04", "SUPPORT", "REQUEST")
        assert actor_names(events) == [names], text


def test_a_quoted_material_act_or_a_citizens_words_keep_the_state() -> None:
    """A material act an official tells ("Indonesia mengirim bantuan") stays the state's;
    an observer or a lawyer quoted (no office, no state body) is no voice of the state."""
    text = '"Indonesia mengirim bantuan ke Gaza," kata Menteri Luar Negeri Sugiono, Senin (3/11).'
    assert actor_names(events_of(text, "2025-11-04", "AID")) == [["Indonesia"]]
    for speaker in ("pengamat hubungan internasional Budi Santoso", "kuasa hukum Budi Santoso"):
        text = (
            f'"Indonesia mendukung penuh langkah Mesir dalam perundingan itu," kata {speaker}, '
            "Senin (3/11/2025)."
        )
        assert actor_names(events_of(text, "2025-11-04", "SUPPORT")) == [["Indonesia"]], text
