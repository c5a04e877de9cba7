"""A person named with his post after "selaku" is the party, not the body of his post."""

from __future__ import annotations

from kabar import process
from kabar.model import Event


def events_of(text: str, *types: str) -> list[Event]:
    return [e for e in process(text, published="2025-11-04").events if e.event in types]


def test_the_person_before_selaku_is_the_party() -> None:
    """ "Iwan (IS) selaku Komisaris PT X yang ditetapkan sebagai tersangka": Iwan is charged,
    not the firm his post names; "Iwan selaku kuasa hukum PT X menolak ...": Iwan refuses."""
    text = (
        "Kemudian, Iwan Setiadi (IS) selaku Komisaris PT Sinar Abadi periode 2006-2023 yang "
        "sudah lebih dulu ditetapkan sebagai tersangka meminta Andi menyiapkan dana."
    )
    charged = events_of(text, "ACCUSE")
    assert [[r.entity_name for r in e.recipient] for e in charged] == [["Iwan Setiadi"]]
    text = "Iwan Setiadi selaku kuasa hukum PT Sinar Abadi menolak tawaran damai itu, Senin (3/11)."
    refused = events_of(text, "REJECT")
    assert [[r.entity_name for r in e.actor] for e in refused] == [["Iwan Setiadi"]]


def test_a_list_of_people_before_selaku_all_act() -> None:
    """ "A dan B selaku kuasa hukum PT X menolak ...": both lawyers refuse."""
    text = (
        "Iwan Setiadi dan Budi Santoso selaku kuasa hukum PT Sinar Abadi menolak tawaran damai "
        "itu, Senin (3/11)."
    )
    refused = events_of(text, "REJECT")
    assert [[r.entity_name for r in e.actor] for e in refused] == [["Iwan Setiadi", "Budi Santoso"]]
