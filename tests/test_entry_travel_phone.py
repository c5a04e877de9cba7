"""Denied entry (REJECT), travel bans (COERCE restrict) and phone calls (CONSULT phone):
the trigger families fusion needs to see one event in several outlets' wording."""

from __future__ import annotations

import pytest

from kabar.api import default_pipeline
from kabar.model import Event
from kabar.predicates import load_lexicon, may_match


def coded(text: str) -> list[Event]:
    return default_pipeline()(text, published="2019-03-12", publication="Kabar Uji").events


def names(refs: list) -> list[str]:
    return [r.entity_name for r in refs]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Aktivis lingkungan Budi Santoso ditolak masuk ke Australia di Bandara Sydney, "
            "Senin (11/3).",
            "Australia",
        ),
        (
            "Budi Santoso ditolak masuk Australia karena visanya dinilai bermasalah, Senin (11/3).",
            "Australia",
        ),
        ("Budi Santoso mengaku dirinya dilarang masuk ke Negeri Jiran, Senin (11/3).", "Malaysia"),
    ],
)
def test_barred_from_entering_a_country_is_that_country_rejecting_the_person(
    text: str, country: str
):
    (event,) = [e for e in coded(text) if e.event == "REJECT"]
    assert names(event.actor) == [country]
    assert names(event.recipient) == ["Budi Santoso"]
    assert event.date == "2019-03-11"


def test_an_agent_after_oleh_bars_the_entry_and_an_active_ban_names_its_subject():
    by_agent = coded("Dua wartawan Indonesia ditolak masuk oleh petugas imigrasi Malaysia.")
    (event,) = [e for e in by_agent if e.event == "REJECT"]
    assert names(event.recipient) == ["Dua wartawan Indonesia"]
    assert "Malaysia" in names(event.actor)[0]
    active = coded("Pemerintah Israel melarang delegasi parlemen Indonesia memasuki Tepi Barat.")
    (event,) = [e for e in active if e.event == "REJECT"]
    assert names(event.actor) == ["Pemerintah Israel"]
    # barring entry abroad is no restriction at home: no COERCE beside the REJECT
    assert not [e for e in active if e.event == "COERCE"]


def test_a_room_is_not_a_country_entered():
    assert not [e for e in coded("Mahasiswa ditolak masuk ke ruang sidang.") if e.event == "REJECT"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Direktorat Jenderal Imigrasi mencegah Bupati Lampung Tengah Mustafa ke luar negeri.",
            "Mustafa",
        ),
        (
            "KPK mencegah tiga saksi kasus suap itu bepergian ke luar negeri selama enam bulan.",
            "tiga saksi",
        ),
    ],
)
def test_a_travel_ban_with_its_subject_between_verb_and_destination(text: str, recipient: str):
    (event,) = [e for e in coded(text) if e.event == "COERCE"]
    assert event.mode == ["restrict"]
    assert names(event.recipient)[0].startswith(recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo berbincang (via telepon) dengan Perdana Menteri Jepang Shinzo Abe.",
        "Presiden Joko Widodo berbincang melalui sambungan telepon dengan Perdana Menteri "
        "Jepang Shinzo Abe.",
        "Presiden Joko Widodo berbicara (lewat telepon) dengan Perdana Menteri Jepang Shinzo Abe.",
        "Menteri Luar Negeri Retno Marsudi melakukan pembicaraan via telepon dengan Perdana "
        "Menteri Jepang Shinzo Abe.",
    ],
)
def test_a_phone_call_is_a_consultation_by_phone_whichever_way_the_channel_is_said(text: str):
    (event,) = [e for e in coded(text) if e.event == "CONSULT"]
    assert event.mode == ["phone"]
    assert "Shinzo Abe" in names(event.actor)
    assert len(event.actor) == 2


def test_bracketed_pattern_words_do_not_hide_a_sentence_from_the_prefilter():
    words = "jokowi berbincang ( via telepon ) dengan abe".replace("( ", "").replace(" )", "")
    assert may_match(load_lexicon(), words.split())


def test_an_act_said_to_be_some_time_ago_is_not_dated_to_the_story_day():
    # the lead is dated Friday 27/10; the ban it recalls happened "beberapa waktu lalu"
    events = default_pipeline()(
        "Jakarta - Menteri Luar Negeri Retno Marsudi mengatakan persoalan Kepala Staf TNI AD "
        "Jenderal Budi Santoso yang ditolak masuk ke Kanada beberapa waktu lalu telah "
        "dituntaskan, Jumat (27/10).",
        published="2017-10-27",
    ).events
    (ban,) = [e for e in events if e.event == "REJECT"]
    assert (ban.date, ban.date_precision) == (None, "unknown")


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri menyesalkan insiden ditolaknya Ketua DPR Budi Santoso di Australia "
        "untuk menghadiri undangan parlemen negara itu, Senin (11/3).",
        "Pemerintah memprotes ditolaknya Budi Santoso masuk ke Australia, Senin (11/3).",
        "Kementerian Luar Negeri belum mengetahui alasan pelarangan Ketua DPR Budi Santoso masuk "
        "ke Australia, Senin (11/3).",
        "Pemerintah menyesalkan penolakan Budi Santoso untuk masuk ke Australia, Senin (11/3).",
    ],
)
def test_a_nominalised_refusal_names_the_person_refused_and_the_country_refusing(text: str):
    (event,) = [e for e in coded(text) if e.event == "REJECT"]
    assert names(event.actor) == ["Australia"]
    assert names(event.recipient) == ["Budi Santoso"]


def test_a_nominalised_passive_names_its_patient_after_it_and_its_agent_after_oleh():
    text = "Polisi menjelaskan kronologi ditangkapnya Budi Santoso di Bandung oleh Densus 88."
    (event,) = [e for e in coded(text) if e.event == "COERCE"]
    assert names(event.actor) == ["Densus 88"]
    assert names(event.recipient) == ["Budi Santoso"]
    # a law struck down in a court is no state refusing a person
    text = "Warga kecewa dengan ditolaknya Undang-Undang Cipta Kerja di Mahkamah Konstitusi."
    assert not [e for e in coded(text) if e.event == "REJECT" and names(e.actor)]
    # a bus barred from a toll road: no country, no refusal
    text = "Dinas Perhubungan menjelaskan alasan pelarangan bus masuk jalan tol Cipularang."
    assert not [e for e in coded(text) if e.event == "REJECT"]


def test_talks_in_an_adjunct_are_the_clause_subjects_with_the_named_partner():
    text = (
        "Presiden Joko Widodo akhirnya buka suara soal pengungsi dalam perbincangan telepon "
        "dengan Presiden Turki Recep Tayyip Erdogan, Senin (11/3)."
    )
    (event,) = [e for e in coded(text) if e.event == "CONSULT"]
    assert sorted(names(event.actor)) == ["Joko Widodo", "Recep Tayyip Erdogan"]
    assert event.mode == ["phone"]
    # an interview with a news outlet is no consultation
    text = "Melalui perbincangan dengan CNNIndonesia, Budi Santoso mengaku siap maju."
    assert not [e for e in coded(text) if e.event == "CONSULT"]
