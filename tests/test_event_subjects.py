"""Who acts when the nearest name is not the subject: a reported clause's own subject,
both sides of a meeting, a body with "dan" in its name, a speaker for himself."""

from __future__ import annotations

from kabar import process
from kabar.model import Event


def events_of(text: str, *types: str) -> list[Event]:
    return [e for e in process(text, published="2025-11-04").events if e.event in types]


def actors_of(events: list[Event]) -> list[list[str]]:
    return [[r.entity_name for r in e.actor] for e in events]


def test_the_subject_before_kemudian_in_a_reported_clause_acts() -> None:
    """ "X mengatakan pria itu kemudian menikam Y": the man stabs, not the speaker X; the
    adverb after a subject joins no verb phrase to the speech verb."""
    text = (
        "Bogor - Kapolsek Cibinong Kompol Hendra Gunawan mengatakan pria itu kemudian "
        "menikam Dedi Kurniawan di halaman rumahnya, Minggu (2/11)."
    )
    stabbed = events_of(text, "ASSAULT")
    assert stabbed and all("Hendra Gunawan" not in names for names in actors_of(stabbed))
    text = (
        "Bogor - Kapolsek Cibinong Kompol Hendra Gunawan menyebut Rahmat Hidayat lalu "
        "menikam Dedi Kurniawan di halaman rumahnya, Minggu (2/11)."
    )
    assert actors_of(events_of(text, "ASSAULT")) == [["Rahmat Hidayat"]]


def test_a_chairman_meets_the_chairman_of_another_party() -> None:
    """ "Ketua Umum PKB itu bertemu Ketua Umum PDIP X": the first title is PKB's chairman,
    not X, who chairs PDIP; the meeting has two sides."""
    text = (
        "Bandung - Ketua Umum PKB itu kemudian bertemu Ketua Umum PDIP Megawati "
        "Soekarnoputri di Bogor, Senin (3/11)."
    )
    met = events_of(text, "CONSULT")
    assert len(met) == 1 and len(met[0].actor) == 2
    assert "Megawati Soekarnoputri" in actors_of(met)[0]


def test_a_unit_named_after_two_topics_before_its_body_is_one_party() -> None:
    """ "Direktorat Perizinan dan Pengawasan Mutu KPK": one unit of KPK, not two parties
    split at "dan"; the words before the body's own name are all the unit's name."""
    text = (
        "Jakarta - Bupati Garut mengkritik Direktorat Perizinan dan Pengawasan Mutu KPK "
        "dalam rapat di Bandung, Selasa (4/11)."
    )
    criticised = events_of(text, "ACCUSE")
    assert [len(e.recipient) for e in criticised] == [1]


def test_a_leader_telling_his_own_partys_stance_is_the_actor() -> None:
    """ "Ketua Fraksi X Y menegaskan partainya menolak ...": the stance Y tells of his own
    party is his act, as with "pihaknya", not an unnamed "partainya"."""
    text = (
        "Bandung - Ketua Fraksi Golkar DPRD Jawa Barat Rina Marlina menegaskan partainya "
        "menolak kenaikan pajak parkir di Kota Bandung, Senin (3/11)."
    )
    assert actors_of(events_of(text, "REJECT")) == [["Rina Marlina"]]


def test_a_second_unit_with_its_own_head_after_dan_stays_a_party() -> None:
    """ "Dinas Kesehatan dan Tim Penggerak PKK Sleman": the team opens a unit of its own,
    so the body after it owns only the team; "Dinas Kesehatan" is no unit word whose name
    runs on past "dan"."""
    text = (
        "Sleman - Bupati Sleman mengkritik Dinas Kesehatan dan Tim Penggerak PKK Sleman "
        "dalam rapat evaluasi di Sleman, Selasa (4/11)."
    )
    criticised = events_of(text, "ACCUSE")
    assert [len(e.recipient) for e in criticised] == [2]
    text = (
        "Jambi - Gubernur Jambi mengkritik Direktorat Perizinan dan Satuan Tugas Pangan "
        "Polda Jambi dalam rapat evaluasi di Jambi, Selasa (4/11)."
    )
    criticised = events_of(text, "ACCUSE")
    assert [len(e.recipient) for e in criticised] == [2]


def test_the_subject_after_a_told_party_or_comma_in_a_reported_clause_acts() -> None:
    """ "X mengatakan kepada wartawan tersangka itu kemudian menikam Y", "X mengatakan,
    ..." and "X mengatakan kemarin ...": the addressee phrase, the comma and the time open
    no verb phrase of the speaker's; the suspect stabs."""
    for told in ("mengatakan kepada wartawan", "mengatakan,", "mengatakan kemarin"):
        text = (
            f"Bogor - Kapolsek Ciomas Kompol Heri Susanto {told} tersangka itu kemudian "
            "menikam Asep Saepudin di depan warung, Minggu (2/11)."
        )
        stabbed = events_of(text, "ASSAULT")
        assert stabbed and all("Heri Susanto" not in names for names in actors_of(stabbed)), told
