"""Name propagation finds later whole-word uses of a name, as its regex did."""

from __future__ import annotations

import re

import pytest

from kabar.model import Mention
from kabar.nlp import given_names_after_offices, propagate_names, whole_word_hits

TEXT = (
    "Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing. Sugiono mengatakan "
    "kerja sama berjalan baik. Pro-Sugiono, Sugiono_2 dan Sugiono2 bukan nama itu, "
    "tetapi (Sugiono) dan 'Sugiono' adalah dia. SugionoSugiono juga bukan. Sugiono"
)


def regex_hits(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def test_whole_word_hits_match_the_word_boundary_regex():
    for word in ("Sugiono", "Wang Yi", "Yi", "Beijing", "ono", "S"):
        assert list(whole_word_hits(TEXT, word)) == regex_hits(TEXT, word)
    hits = list(whole_word_hits(TEXT, "Sugiono"))
    assert [TEXT[h - 1] for h in hits[1:]] == [" ", "(", "'", " "]
    assert hits[-1] == len(TEXT) - len("Sugiono")  # a name ending the text counts
    accented = "Ilhan Omar dan Ömar, Ömarović serta Ömar."
    assert list(whole_word_hits(accented, "Ömar")) == regex_hits(accented, "Ömar") == [15, 36]


def test_later_family_name_becomes_a_person_mention():
    text = "Presiden Prabowo Subianto tiba di Tokyo. Subianto disambut Perdana Menteri Jepang."
    full = Mention(9, 25, "Prabowo Subianto", "PER", "ner-model")
    found = propagate_names(text, [full])
    assert [(m.text, m.start, m.label) for m in found] == [("Subianto", 41, "PER")]


def test_later_first_name_becomes_a_person_mention():
    text = (
        "Kepala Dinas Sosial Wulandari Pratiwi meninjau gudang logistik. "
        "Wulandari meminta petugas mendata warga terdampak banjir."
    )
    full = Mention(20, 37, "Wulandari Pratiwi", "PER", "ner-model")
    found = propagate_names(text, [full])
    assert [(m.text, m.start, m.label) for m in found] == [("Wulandari", 64, "PER")]


def propagated(text: str, names: tuple[str, ...]) -> list[str]:
    people = [
        Mention(text.index(name), text.index(name) + len(name), name, "PER", "ner-model")
        for name in names
    ]
    return [m.text for m in propagate_names(text, people)]


def test_a_first_name_that_is_a_month_an_actor_or_a_body_is_not_propagated():
    # each guard of bare_first_name alone: a month (notname), an actor noun the model took
    # into the name (actor_first), a state body (state_bodies)
    month = "Bidan Juni Lestari membuka posyandu. Program itu berjalan hingga Juni mendatang."
    assert propagated(month, ("Juni Lestari",)) == []
    actor = "Jaksa Rahmat Sukardi hadir. Tuntutan itu dibacakan oleh Jaksa pada sore hari."
    assert propagated(actor, ("Jaksa Rahmat Sukardi",)) == []
    body = "Imigrasi Hadiwijaya disebut dalam berkas. Paspornya ditahan oleh Imigrasi setempat."
    assert propagated(body, ("Imigrasi Hadiwijaya",)) == []


def test_a_first_name_used_for_a_place_an_outlet_or_a_namesake_is_not_propagated():
    official = "Kepala Bappeda Surya Handoko meresmikan pasar. "
    for later in (
        "Pedagang dari Surya ikut berjualan di sana.",
        "Warga kampung Surya menyambut baik.",
        "Menurut harian Surya, pasar itu sepi.",
        "Seorang tukang parkir bernama Surya ikut membantu.",
        "Seorang kuli, Surya (51), terluka saat bongkar muat.",
        '"Surya atau bukan, pasar tetap dibuka," kata pedagang.',
    ):
        assert propagated(official + later, ("Surya Handoko",)) == [], later


def test_a_common_given_name_a_common_noun_or_part_of_another_name_is_not_propagated():
    text = (
        "Camat Agus Salim menemui Kenanga Putri dan Melati Suryani. Agus menyebut bunga "
        "kenanga tumbuh di desa itu; Kenanga setuju. Melati Indah juga datang."
    )
    people = [
        Mention(text.index(name), text.index(name) + len(name), name, "PER", "ner-model")
        for name in ("Agus Salim", "Kenanga Putri", "Melati Suryani")
    ]
    found = propagate_names(text, people)
    assert [m.text for m in found] == []  # a given name many share, a common noun, "Melati Indah"


def test_model_name_around_a_gazetteer_place_is_kept_whole():
    from kabar.nlp import merge_mentions

    text = "Sidang digelar di Pengadilan Negeri Jakarta Selatan, bukan di Gaza pecah Israel."
    court = text.index("Pengadilan")
    place = text.index("Jakarta Selatan")
    gaza, israel = text.index("Gaza"), text.index("Israel")
    model = [
        Mention(court, place + 15, text[court : place + 15], "ORG", "ner-model"),
        Mention(gaza, gaza + 10, "Gaza pecah", "LOC", "ner-model"),
    ]
    gazetteer = [
        Mention(place, place + 15, "Jakarta Selatan", "LOC", "gazetteer", country="IDN"),
        Mention(gaza, gaza + 4, "Gaza", "LOC", "gazetteer", country="PSE"),
        Mention(israel, israel + 6, "Israel", "GPE", "gazetteer", country="ISR"),
    ]
    found = [(m.text, m.label, m.country) for m in merge_mentions(model, gazetteer)]
    # The court keeps the gazetteer's country; "Gaza pecah" is not a capitalised name.
    assert found == [
        ("Pengadilan Negeri Jakarta Selatan", "ORG", "IDN"),
        ("Gaza", "LOC", "PSE"),
        ("Israel", "GPE", "ISR"),
    ]


def test_model_span_over_places_of_two_countries_or_an_organisation_is_not_kept():
    from kabar.nlp import merge_mentions

    text = "Kementerian Pertahanan Iran membantah; warga Gaza Israel mengungsi."
    iran, gaza = text.index("Iran"), text.index("Gaza")
    model = [
        Mention(0, iran + 4, text[: iran + 4], "ORG", "ner-model"),
        Mention(gaza, gaza + 11, "Gaza Israel", "LOC", "ner-model"),
    ]
    gazetteer = [
        Mention(0, iran - 1, "Kementerian Pertahanan", "ORG", "gazetteer", country="IDN"),
        Mention(iran, iran + 4, "Iran", "GPE", "gazetteer", country="IRN"),
        Mention(gaza, gaza + 4, "Gaza", "LOC", "gazetteer", country="PSE"),
        Mention(gaza + 5, gaza + 11, "Israel", "GPE", "gazetteer", country="ISR"),
    ]
    found = [m.text for m in merge_mentions(model, gazetteer)]
    assert found == ["Kementerian Pertahanan", "Iran", "Gaza", "Israel"]


def test_a_level_word_the_model_reads_as_a_name_leaves_the_regency_whole(context):
    """After a title the model reads "Kab" of "Kab. Sumedang" as a person: a level word
    names no one, so the gazetteer's regency stands whole and the title's region is it,
    as for "Bupati Kabupaten Sumedang"."""
    from kabar.nlp import find_mentions, merge_mentions

    text = "Bupati Kab. Sumedang menutup jalan desa yang longsor sejak pagi."
    place = text.index("Kab.")
    model = [Mention(place, place + 3, "Kab", "PER", "ner-model")]
    gazetteer = [
        Mention(0, 6, "Bupati", "OFFICE", "gazetteer", country="IDN"),
        Mention(place, place + 13, "Kab. Sumedang", "LOC", "gazetteer", country="IDN"),
    ]
    found = [(m.text, m.label) for m in merge_mentions(model, gazetteer)]
    assert found == [("Bupati", "OFFICE"), ("Kab. Sumedang", "LOC")]
    mentions = [(m.text, m.label) for m in find_mentions(text, context)]
    assert ("Kab. Sumedang", "LOC") in mentions and ("Kab", "PER") not in mentions, mentions


def test_name_after_office_and_country_that_the_model_missed_is_a_person():
    from kabar.nlp import holders_after_offices

    text = (
        "Menteri Luar Negeri Mesir Sameh Shoukry bertemu Kepala Badan Ekonomi Kreatif "
        "di Kairo. Presiden Rusia Senin Pagi tiba."
    )
    office = Mention(0, 19, "Menteri Luar Negeri", "OFFICE", "gazetteer")
    egypt = Mention(20, 25, "Mesir", "GPE", "gazetteer", country="EGY")
    head = text.index("Kepala Badan")
    agency = Mention(head, head + 12, "Kepala Badan", "OFFICE", "gazetteer")
    president = text.index("Presiden")
    russia = text.index("Rusia")
    found = holders_after_offices(
        text,
        [
            office,
            egypt,
            agency,
            Mention(president, president + 8, "Presiden", "OFFICE", "gazetteer"),
            Mention(russia, russia + 5, "Rusia", "GPE", "gazetteer", country="RUS"),
        ],
    )
    # No country or organisation after "Kepala Badan"; a weekday is no name.
    assert [(m.text, m.label, m.start) for m in found] == [("Sameh Shoukry", "PER", 26)]
    sameh = Mention(26, 39, "Sameh Shoukry", "PER", "ner-model")
    assert holders_after_offices(text, [office, egypt, sameh]) == []


def test_country_after_a_generic_ministry_is_no_person_and_names_whose_ministry(context):
    from kabar.nlp import find_mentions

    text = (
        "Juru bicara Kementerian Pertahanan Iran mengatakan negaranya siap membalas. "
        "Juru bicara Kementerian Luar Negeri Israel Oren Marmorstein menolak tuduhan itu, "
        "sedangkan Kementerian Pertahanan menggelar rapat di Jakarta."
    )
    found = find_mentions(text, context)
    by_text = {(m.text, m.start): m for m in found}
    # The country closing "Juru bicara Kementerian Pertahanan Iran" is a place, not a
    # spokesperson's name, and it makes the ministry (and the title) Iran's.
    iran = by_text["Iran", text.index("Iran")]
    assert (iran.label, iran.country, iran.office) == ("GPE", "IRN", None)
    assert not [m for m in found if m.label == "PER" and m.text in {"Iran", "Israel"}]
    ministries = [m for m in found if m.label == "ORG"]
    assert [(m.text, m.country, m.name) for m in ministries] == [
        ("Kementerian Pertahanan", "IRN", "Kementerian Pertahanan Iran"),
        ("Kementerian Luar Negeri", "ISR", "Kementerian Luar Negeri Israel"),
        ("Kementerian Pertahanan", "IDN", "Kementerian Pertahanan"),
    ]
    spokesman = by_text["Oren Marmorstein", text.index("Oren")]
    assert (spokesman.office, spokesman.country) == ("Spokesperson", "ISR")
    assert spokesman.organization == "Kementerian Luar Negeri Israel"


def test_title_and_party_at_the_start_of_a_name_span_are_cut_off():
    from kabar.nlp import split_title_prefixes

    text = "Ketua Umum Partai Golkar Bahlil Lahadalia meresmikan kantor baru di Ambon."
    party = text.index("Golkar")
    model = [Mention(0, text.index(" meresmikan"), text[: text.index(" meresmikan")], "PER", "m")]
    gazetteer = [
        Mention(0, party - 1, "Ketua Umum Partai", "OFFICE", "gazetteer"),
        Mention(party, party + 6, "Golkar", "ORG", "gazetteer", country="IDN"),
    ]
    found = split_title_prefixes(text, model, gazetteer)
    assert [(m.text, m.label) for m in found] == [("Bahlil Lahadalia", "PER")]
    # Without an organisation after the title, the rest is the title's unit and region.
    unit = "Kabid Humas Polda Metro Jaya"
    text = f"Hal itu disampaikan {unit} kepada wartawan."
    at = text.index(unit)
    model = [Mention(at, at + len(unit), unit, "PER", "m")]
    gazetteer = [Mention(at, at + 17, "Kabid Humas Polda", "OFFICE", "gazetteer")]
    assert [m.text for m in split_title_prefixes(text, model, gazetteer)] == [unit]


def test_a_member_noun_and_a_committee_before_a_name_are_cut_off():
    from kabar.nlp import split_title_prefixes

    span = "Anggota Pansus Angket Kejaksaan  Rahmat Hidayat"
    text = f"{span} menilai jaksa agung lalai mengawasi bawahannya."
    committee, body = text.index("Pansus"), text.index("Kejaksaan")
    model = [Mention(0, len(span), span, "PER", "m")]
    gazetteer = [
        Mention(committee, committee + 6, "Pansus", "ORG", "gazetteer", country="IDN"),
        Mention(body, body + 9, "Kejaksaan", "ORG", "gazetteer", country="IDN"),
    ]
    found = split_title_prefixes(text, model, gazetteer)
    assert [(m.text, m.label) for m in found] == [("Rahmat Hidayat", "PER")]
    # A member noun before no organisation is left to the model ("Anggota Rahmat ...").
    text = "Anggota Rahmat Hidayat hadir."
    model = [Mention(0, 22, "Anggota Rahmat Hidayat", "PER", "m")]
    assert [m.text for m in split_title_prefixes(text, model, [])] == ["Anggota Rahmat Hidayat"]


def test_a_status_noun_in_a_case_is_cut_off_a_model_name_span():
    from kabar.nlp import without_honorific

    text = "Pelapor Dimas Saputra dan Tersangka Yoga Pratama hadir. Saksi itu datang."
    spans = [
        (text.index(n), text.index(n) + len(n))
        for n in ("Pelapor Dimas Saputra", "Tersangka Yoga Pratama")
    ]
    cut = [text[s:e] for s, e, _ in (without_honorific(text, s, e, "PER") for s, e in spans)]
    assert cut == ["Dimas Saputra", "Yoga Pratama"]
    saksi = text.index("Saksi itu")
    assert without_honorific(text, saksi, saksi + 9, "PER") == (saksi, saksi + 9, "PER")


def test_a_form_of_address_is_cut_off_a_model_name_span():
    from kabar.nlp import without_honorific

    text = (
        "Pertemuan itu dihadiri Mas Gibran Rakabuming dan Sdr. Budi Santoso, juga Gus Ipul "
        "dan Cak Imin."
    )
    spans = [
        (text.index(name), text.index(name) + len(name))
        for name in ("Mas Gibran Rakabuming", "Sdr. Budi Santoso", "Gus Ipul", "Cak Imin")
    ]
    cut = [without_honorific(text, start, end, "PER") for start, end in spans]
    names = [text[start:end] for start, end, _ in cut]
    assert names == ["Gibran Rakabuming", "Budi Santoso", "Gus Ipul", "Cak Imin"]
    # a span with no name after the word, and an organisation, are left whole
    bank = text.index("Mas Gibran")
    assert without_honorific(text, bank, bank + 3, "PER") == (bank, bank + 3, "PER")
    assert without_honorific(text, *spans[0], "ORG") == (*spans[0], "ORG")


def test_party_chairman_is_a_person_apart_from_the_party(context):
    from kabar.nlp import find_mentions

    text = (
        "Ketua Umum Partai Golkar Bahlil Lahadalia meminta kadernya bekerja keras. "
        "Golkar menargetkan kursi terbanyak di Maluku."
    )
    found = [(m.text, m.label) for m in find_mentions(text, context)]
    person = next(m for m in find_mentions(text, context) if m.label == "PER")
    assert (person.text, person.office, person.organization) == (
        "Bahlil Lahadalia", "Party Chairman", "Partai Golkar",
    )  # fmt: skip
    assert found.count(("Golkar", "ORG")) == 2  # the party alone stays an organisation


def test_the_head_of_a_named_body_takes_its_sector_and_a_body_part_is_no_title(context):
    from kabar.nlp import find_mentions

    text = (
        "Sopir truk itu mengalami luka di kepala. Kepala Kejaksaan Negeri Palu Dedi "
        "Kurniawan menyebut perusahaan pemilik truk akan diperiksa pekan depan."
    )
    found = find_mentions(text, context)
    person = next(m for m in found if m.label == "PER")
    assert (person.text, person.office, person.sector, person.organization) == (
        "Dedi Kurniawan", "Head", "JUD", "Kejaksaan Negeri Palu",
    )  # fmt: skip
    assert [m.text for m in found if m.label == "OFFICE"] == ["Kepala"]
    text = "Kepala Universitas Andalas Rina Susanti meminta mahasiswa tetap tenang."
    person = next(m for m in find_mentions(text, context) if m.label == "PER")
    assert person.office is None  # the head of no political body: as the text names her


def test_a_name_the_model_missed_after_a_rank_is_the_officer(context):
    from kabar.nlp import find_mentions

    text = "Pengemudi diimbau tertib, ujar Kasatlantas Polres Cianjur Kota AKP Yossi Ardi Kusuma."
    people = [m for m in find_mentions(text, context) if m.label == "PER"]
    assert [(m.text, m.sector) for m in people] == [("Yossi Ardi Kusuma", "COP")]


def offices_of_people(text: str, context) -> tuple[list[Mention], dict[str, str | None]]:
    """The mentions of ``text`` and the office each person mention holds."""
    from kabar.nlp import find_mentions

    found = find_mentions(text, context)
    return found, {m.text: m.office for m in found if m.label == "PER"}


def test_rank_after_a_post_is_no_part_of_the_name_and_leaves_the_post(context):

    text = (
        "Kapolda Jawa Barat Irjen Rudi Setiawan meninjau pos mudik. Di lokasi itu, "
        "Aiptu Darmawan Saputra dan Bripka Yosef Manurung mengatur lalu lintas."
    )
    found, people = offices_of_people(text, context)
    # The post, not the rank, is what a later bare "Kapolda" refers back to.
    assert people["Rudi Setiawan"] == "Regional Police Chief"
    assert people["Darmawan Saputra"] == "Police Adjunct Inspector"
    assert people["Yosef Manurung"] == "Police Brigadier"
    ranks = {m.text for m in found if m.label == "OFFICE"}
    assert {"Irjen", "Aiptu", "Bripka"} <= ranks
    assert not any(m.label == "PER" and m.text.split()[0] in ranks for m in found)


def test_rank_inside_a_street_or_stadium_name_stays_the_name(context):
    from kabar.nlp import find_mentions

    text = (
        "Suporter berkumpul di Stadion Kapten I Wayan Dipta sebelum laga, lalu berjalan "
        "ke Jalan Kapten Tendean. Sang kapten tim mengangkat trofi."
    )
    found = find_mentions(text, context)
    assert ("Jalan Kapten Tendean", "LOC") in [(m.text, m.label) for m in found]
    # Nobody holds the rank of the stadium's name, nor is a team's "kapten" a rank.
    assert not [m for m in found if m.label == "OFFICE" or m.office]


def test_unit_a_title_names_inside_a_model_person_span_is_kept():
    from kabar.nlp import merge_mentions

    run = "Wadir Penindakan Kortas Tipikor Polri Kombes Yoga Pratama Lubis"
    text = f"Penyitaan itu diumumkan {run} di gedung Bareskrim."
    at = text.index(run)
    model = [Mention(at, at + len(run), run, "PER", "ner-model")]
    body_at, rank_at = text.index("Kortas"), text.index("Kombes")
    body = Mention(body_at, body_at + 20, "Kortas Tipikor Polri", "ORG", "gazetteer")
    rank = Mention(rank_at, rank_at + 6, "Kombes", "OFFICE", "gazetteer")
    found = merge_mentions(model, [body, rank], grades={rank.start})
    # The unit before the rank is the officer's body, not a word of his name.
    assert [(m.text, m.label) for m in found] == [
        ("Kortas Tipikor Polri", "ORG"), ("Kombes", "OFFICE"), ("Yoga Pratama Lubis", "PER"),
    ]  # fmt: skip
    # A body with no office after it in the span stays the model's person's word.
    run = "Kortas Tipikor Polri Yoga"
    text = f"Surat itu dikirim {run} kemarin."
    at = text.index(run)
    model = [Mention(at, at + len(run), run, "PER", "ner-model")]
    body = Mention(at, at + 20, "Kortas Tipikor Polri", "ORG", "gazetteer")
    assert [m.text for m in merge_mentions(model, [body])] == [run]


def test_police_anti_corruption_corps_is_a_known_body(context):
    from kabar.nlp import find_mentions

    text = "Tim Kortas Tipikor menyita dua mobil milik bendahara dinas itu pekan lalu."
    found = [(m.text, m.label, m.name, m.sector) for m in find_mentions(text, context)]
    assert ("Kortas Tipikor", "ORG", "Kortas Tipikor Polri", "COP") in found


def test_officer_after_a_rank_in_a_span_the_model_called_a_place():
    from kabar.nlp import merge_mentions

    run = "Kasat Reskrim AKP Bima Santoso Putra"
    text = f"Penembakan itu menewaskan {run} di halaman markas."
    at = text.index(run)
    model = [Mention(at, at + len(run), run, "LOC", "ner-model")]
    post = Mention(at, at + 13, "Kasat Reskrim", "OFFICE", "gazetteer")
    rank = Mention(at + 14, at + 17, "AKP", "OFFICE", "gazetteer")
    found = merge_mentions(model, [post, rank], grades={rank.start})
    assert [(m.text, m.label) for m in found] == [
        ("Kasat Reskrim", "OFFICE"), ("AKP", "OFFICE"), ("Bima Santoso Putra", "PER"),
    ]  # fmt: skip
    # Without a rank before them the words after a post are as often its unit or region.
    unit = "Kabid Humas Polda Metro Jaya"
    text = f"Keterangan disampaikan {unit} kemarin."
    at = text.index(unit)
    model = [Mention(at, at + len(unit), unit, "LOC", "ner-model")]
    post = Mention(at, at + 17, "Kabid Humas Polda", "OFFICE", "gazetteer")
    assert [m.text for m in merge_mentions(model, [post], grades=set())] == ["Kabid Humas Polda"]


def test_regional_unit_and_its_region_are_one_organisation(context):
    from kabar.nlp import find_mentions

    text = (
        "Polres Metro Jakarta Selatan menyerahkan berkas ke Kejaksaan Negeri Bandung. "
        "Prajurit Kodam XVII Cenderawasih membantu. Kasi Humas Polresta Denpasar "
        "I Made Wirawan menyebut pelaku ditahan di Polres sejak Senin."
    )
    orgs = [m.text for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs == [
        "Polres Metro Jakarta Selatan",
        "Kejaksaan Negeri Bandung",
        "Kodam XVII Cenderawasih",
        "Polresta Denpasar",  # a Balinese "I" opens the officer's name, no numeral
        "Polres",  # no region after it
    ]
    places = [m.text for m in find_mentions(text, context) if m.label in {"LOC", "GPE"}]
    assert "Jakarta Selatan" not in places and "Bandung" not in places


def test_a_spelled_out_police_unit_takes_its_region_and_short_name(context):
    """ "Kepolisian Resor Garut" is the "Polres Garut" the story goes on to name: one
    organisation with its region, not "Kepolisian Resor" and a party "Garut"."""
    from kabar.nlp import find_mentions

    text = (
        "Kepolisian Resor Garut melalui anggota Kepolisian Sektor Cibatu menangkap dua pria. "
        "Kepolisian Daerah Jawa Barat ikut membantu."
    )
    orgs = [(m.text, m.name) for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs == [
        ("Kepolisian Resor Garut", "Polres Garut"),
        ("Kepolisian Sektor Cibatu", "Polsek Cibatu"),
        ("Kepolisian Daerah Jawa Barat", "Polda Jawa Barat"),
    ]


def test_a_unit_glossed_in_brackets_before_its_region_takes_the_region(context):
    """ "Kejaksaan Negeri (Kejari) Kudus" is one organisation with its region: without it
    the story's prosecutor would be a bare "Kejaksaan Negeri", and "Polres Metro Depok"
    tagged by the model as a person "Metro Depok" a bare "Polres"."""
    from kabar.nlp import find_mentions

    text = (
        "Kejaksaan Negeri (Kejari) Kudus menahan bendahara desa itu. Sebelumnya "
        "Kepolisian Resor Kota Besar (Polrestabes) Makassar menyerahkan berkasnya, "
        "sementara Polres Metro Depok menyita dokumen."
    )
    orgs = [(m.text, m.name) for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs[:2] == [
        ("Kejaksaan Negeri (Kejari) Kudus", "Kejaksaan Negeri Kudus"),
        ("Kepolisian Resor Kota Besar (Polrestabes) Makassar", "Polrestabes Makassar"),
    ]
    assert ("Polres Metro Depok", "Polres Metro Depok") in orgs


def test_a_unit_takes_a_region_the_gazetteer_lacks_when_a_rank_follows(context):
    """ "Polsek Tegalwaru AKP ...": the officer's rank closes the region words, so the
    unit keeps a region no gazetteer place covers instead of staying a bare "Polsek"."""
    from kabar.nlp import find_mentions

    text = "Kasat Reskrim Polsek Tegalwaru AKP Fajar Nugroho menyebut kedua remaja itu ditahan."
    orgs = [m.text for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs == ["Polsek Tegalwaru"]


def test_a_kingdom_named_with_its_country_is_that_country(context):
    """ "Kerajaan Belanda" is the Netherlands as a polity that acts, not a bare place with
    no country that can never be a party."""
    from kabar.nlp import find_mentions

    text = "Pemerintah Indonesia dan Kerajaan Belanda menandatangani nota kesepahaman baru."
    kingdom = next(m for m in find_mentions(text, context) if "Belanda" in m.text)
    assert (kingdom.label, kingdom.country, kingdom.name) == ("GPE", "NLD", "Belanda")


def test_the_counter_terror_unit_spelled_out_with_its_short_name_is_the_unit(context):
    """ "Detasemen Khusus (Densus) 88 Antiteror Polri" is Densus 88 acting, not Polri as a
    whole, which alone the gazetteer found around the bracket."""
    from kabar.nlp import find_mentions

    text = "Detasemen Khusus (Densus) 88 Antiteror Polri menggeledah sebuah rumah di Sleman."
    orgs = [m.name for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs[0] == "Densus 88"


def test_the_employees_union_of_a_body_is_not_the_body(context):
    """ "Wadah Pegawai KPK" is the KPK staff's union, which protests the KPK's own
    leaders: read as "KPK" it would make the commission protest against itself."""
    from kabar.nlp import find_mentions

    text = "Wadah Pegawai KPK menggelar aksi diam menolak pemecatan puluhan penyidik."
    orgs = [m.name for m in find_mentions(text, context) if m.label == "ORG"]
    assert orgs == ["Wadah Pegawai KPK"]


def test_a_place_takes_the_compass_words_after_it(context):
    """ "Kolaka Timur" and "Sumba Barat Daya" are regencies of their own: the place the
    model or the gazetteer found ("Kolaka", "Sumba") takes the compass words after it, so
    no bare "Timur" is left to be a party."""
    from kabar.nlp import find_mentions

    text = "Bupati Kolaka Timur ditangkap KPK, sementara Bupati Sumba Barat Daya diperiksa."
    mentions = find_mentions(text, context)
    places = [m.text for m in mentions if m.label in {"LOC", "GPE"}]
    assert "Kolaka Timur" in places and "Sumba Barat Daya" in places
    assert not any(m.text in ("Timur", "Daya", "Barat Daya") for m in mentions)


def test_region_stops_at_words_that_are_no_region(context):
    from kabar.nlp import find_mentions

    text = "Polres Bogor Senin lalu menangkap dua pemuda. Polres Sleman Tangkap Pelaku Begal Motor"
    orgs = [m.text for m in find_mentions(text, context) if m.label == "ORG"]
    # A weekday after the place; a headline in title case goes on past the place.
    assert orgs[:2] == ["Polres Bogor", "Polres Sleman"]


def test_pope_is_a_title_and_his_one_word_name_a_person(context):

    text = (
        "Paus Fransiskus menyerukan gencatan senjata saat misa di Vatikan. "
        "Paus juga mendoakan para korban. Sebelumnya Paus Leo XIII menulis ensiklik itu."
    )
    found, people = offices_of_people(text, context)
    assert people["Fransiskus"] == "Pope"
    assert people["Leo XIII"] == "Pope"
    assert [m.text for m in found if m.label == "OFFICE"] == ["Paus", "Paus", "Paus"]


def test_a_whale_is_no_pope(context):
    from kabar.nlp import find_mentions

    text = (
        "Seekor paus sepanjang sepuluh meter terdampar di pantai Sulawesi Utara. "
        "Paus itu diduga sakit sebelum mati, kata petugas konservasi."
    )
    found = find_mentions(text, context)
    assert not [m for m in found if m.label in {"PER", "OFFICE"}]


def test_group_and_place_names_alone_are_no_people(context):
    from kabar.nlp import find_mentions, group_not_person, merge_mentions

    text = "Aparat Myanmar kembali menyerang Rohingya, kata seorang saksi."
    at = text.index("Rohingya")
    found = group_not_person(Mention(at, at + 8, "Rohingya", "PER", "ner-model"))
    assert (found.text, found.label) == ("Rohingya", "NORP")
    person = Mention(0, 6, "Aparat", "PER", "ner-model")  # not a group's name
    assert group_not_person(person).label == "PER"
    # A one-word "person" that is exactly a gazetteer place is the place...
    text = "Korut kembali menembakkan rudal. Memphis Depay mencetak gol, lalu Memphis merayakan."
    korut = Mention(0, 5, "Korut", "PER", "ner-model")
    place = Mention(0, 5, "Korut", "GPE", "gazetteer", country="PRK")
    assert [(m.text, m.label) for m in merge_mentions([korut], [place])] == [("Korut", "GPE")]
    # ... unless the article names a person with that word ("Memphis Depay").
    at = text.index("Memphis merayakan")
    model = [
        Mention(text.index("Memphis"), text.index(" mencetak"), "Memphis Depay", "PER", "m"),
        Mention(at, at + 7, "Memphis", "PER", "ner-model"),
    ]
    city = Mention(at, at + 7, "Memphis", "LOC", "gazetteer", country="USA")
    labels = [(m.text, m.label) for m in merge_mentions(model, [city])]
    assert labels == [("Memphis Depay", "PER"), ("Memphis", "PER")]
    # The province stays a place in the whole pipeline.
    text = "Warga Papua merayakan Natal dengan damai, kata Kapolda Papua."
    assert {m.label for m in find_mentions(text, context) if m.text == "Papua"} == {"LOC"}


def span(text: str, words: str, label: str, source: str = "ner-model", nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(words), text)][nth]
    return Mention(start, start + len(words), words, label, source)


def test_a_name_begun_late_after_an_office_takes_the_given_name_the_story_uses() -> None:
    text = (
        "Menteri Keuangan Purbaya Yudhi Sadewa menilai inflasi terkendali. Purbaya meminta "
        "kepala daerah menjaga harga beras. Pemimpin Tertinggi Republik Islam Ali Khamenei "
        "tidak hadir."
    )
    minister = span(text, "Yudhi Sadewa", "PER")
    leader = span(text, "Ali Khamenei", "PER")
    mentions = [
        span(text, "Menteri Keuangan", "OFFICE", "gazetteer"),
        minister,
        span(text, "Purbaya", "PER", nth=1),
        span(text, "Pemimpin Tertinggi Republik", "OFFICE", "gazetteer"),
        leader,
    ]
    given_names_after_offices(text, mentions)
    assert minister.text == "Purbaya Yudhi Sadewa" == text[minister.start : minister.end]
    assert leader.text == "Ali Khamenei"  # "Islam" names nobody in the story


def test_a_model_span_over_a_name_and_its_bracketed_gloss_is_the_name(context):
    from kabar.nlp import find_mentions, trim_span

    text = (
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono (AHY) menemui pengurus daerah "
        "di Surabaya. Rapat Badan Anggaran (Banggar) DPR digelar Senin."
    )
    name = text.index("Agus")
    gloss_end = text.index(")") + 1
    found = find_mentions(text, context, [(name, gloss_end, "PER")])
    assert "Agus Harimurti Yudhoyono" in {m.text for m in found}
    assert not any("(" in m.text and ")" not in m.text for m in found)
    # a gloss closed inside the span is part of a longer name and stays
    board, board_end = text.index("Badan"), text.index("DPR") + 3
    assert trim_span(text, board, board_end, "ORG") == (board, board_end, "ORG")


@pytest.mark.parametrize(
    ("title", "office", "body", "sector", "holder_sector"),
    [
        ("Presiden", "President", "Partai Keadilan Sejahtera", "PTY", "PTY"),
        ("Direktur", "Director", "PT Pertamina", "BUS", "BUS"),
        ("Presiden", "President", "Inter Milan", None, None),  # a club the lexicon lacks
        ("Bupati", "Regent", "OKI", "IGO", "GOV"),  # a state title keeps its own sector
    ],
)
def test_a_title_of_any_body_takes_the_body_sector(title, office, body, sector, holder_sector):
    from kabar.nlp import attach_offices

    text = f"{title} {body} Antonio Rossi membantah kabar pengunduran dirinya."
    seat = Mention(0, len(title), title, "OFFICE", "gazetteer", office=office, sector="GOV")
    at = text.index(body)
    org = Mention(at, at + len(body), body, "ORG", "gazetteer", name=body, sector=sector)
    at = text.index("Antonio Rossi")
    person = Mention(at, at + 13, "Antonio Rossi", "PER", "ner-model")
    attach_offices(text, [seat, org, person])
    assert (seat.organization, seat.sector) == (body, holder_sector)
    assert (person.office, person.sector) == (office, holder_sector)


def test_the_armed_forces_headquarters_speaks_for_the_armed_forces(context):
    """ "Mabes TNI" and "Markas Besar TNI" act for the TNI, as "Mabes Polri" for the
    police: one actor with the TNI the story names elsewhere."""
    from kabar.nlp import find_mentions

    text = (
        "Mabes TNI menolak permintaan itu, dan TNI menyatakan kerja sama dengan Filipina berlanjut."
    )
    names = {m.name for m in find_mentions(text, context) if m.label == "ORG"}
    assert names == {"Tentara Nasional Indonesia"}


def test_the_jakarta_police_region_is_a_place_an_office_names(context):
    """ "Kapolda Metro Jaya" is the seat of the Jakarta regional police chief, not the
    title of a person called "Metro Jaya"."""
    from kabar.nlp import find_mentions

    text = "Para pengacara itu mendesak Kapolda Metro Jaya membebaskan kliennya."
    found = [(m.text, m.label) for m in find_mentions(text, context)]
    assert ("Metro Jaya", "LOC") in found


def test_an_organisation_named_with_digits_and_a_sign_is_found(context):
    """The model reads no "IM 57+ Institute" (the former KPK staff's group), written with
    and without the space; the gazetteer knows both."""
    from kabar.nlp import find_mentions

    for written in ("IM 57+ Institute", "IM57+ Institute"):
        text = f"Lembaga {written} mengkritik putusan dewan pengawas itu."
        orgs = [(m.text, m.name) for m in find_mentions(text, context) if m.label == "ORG"]
        assert orgs == [(written, "IM57+ Institute")]


def test_a_ticket_joined_by_a_hyphen_is_two_people(context):
    """Both sides known (the people list, or a person the article names elsewhere): two
    people; a capitalised word before the ticket stays outside it."""
    from kabar.nlp import find_mentions

    text = (
        "Koalisi Ganjar-Mahfud menggelar rapat di Semarang. Relawan pasangan Heru "
        "Santoso-Dedi Kurnia juga hadir. Heru Santoso dan Dedi Kurnia berpidato singkat."
    )
    people = [m.text for m in find_mentions(text, context) if m.label == "PER"]
    assert people[:4] == ["Ganjar", "Mahfud", "Heru Santoso", "Dedi Kurnia"]


def test_a_hyphen_of_unknown_names_stays_one_name(context):
    """A guard against over-splitting (it holds without split_joined_pairs too): a hyphen
    between names neither the people list nor the article knows joins no ticket. The rule
    itself is tested by test_a_ticket_joined_by_a_hyphen_is_two_people."""
    from kabar.nlp import find_mentions

    text = "Warga Kampung Sumber-Rejo menolak rencana tambang pasir."
    assert all(m.source != "joined-pair" for m in find_mentions(text, context))


def test_a_name_the_model_took_for_a_place_is_a_person_after_a_status_noun(context):
    from kabar.model import Mention
    from kabar.nlp import people_typed_as_places

    text = "Majelis hakim menghukum terdakwa Sumberjo delapan tahun penjara di Kediri."
    start = text.index("Sumberjo")
    place = text.index("Kediri")
    mentions = [
        Mention(start, start + 8, "Sumberjo", "LOC", "ner-model"),
        Mention(place, place + 6, "Kediri", "LOC", "ner-model"),
    ]
    people_typed_as_places(text, mentions)
    assert [m.label for m in mentions] == ["PER", "LOC"]


def test_a_place_tag_on_a_full_name_s_last_word_is_the_person_unless_placed(context):
    from kabar.model import Mention
    from kabar.nlp import people_typed_as_places

    text = (
        "Pebalap Lewis Wardhana memimpin klasemen. Wardhana unggul atas Rio Sanggau. "
        "Tim Sanggau tiba di Sanggau kemarin."
    )
    spans = [("Lewis Wardhana", "PER"), ("Wardhana", "LOC"), ("Rio Sanggau", "PER")]
    mentions = [
        Mention(text.index(t), text.index(t) + len(t), t, lab, "ner-model") for t, lab in spans
    ]
    last = text.rindex("Sanggau")
    mentions.append(Mention(last, last + 7, "Sanggau", "LOC", "ner-model"))
    people_typed_as_places(text, mentions)
    assert [m.label for m in mentions] == ["PER", "PER", "PER", "LOC"]


def test_a_name_the_model_took_for_a_place_is_a_person_in_apposition_to_a_calling(context):
    from kabar.model import Mention
    from kabar.nlp import people_typed_as_places

    text = (
        "Polisi menahan dua aktivis di Padang. Advokat LBH Padang, Darmaji Situmorang "
        "menyebut penahanan itu cacat prosedur. Warga Lubuk Alung, Solok ikut hadir."
    )
    spans = ["Darmaji Situmorang", "Solok"]
    mentions = [
        Mention(text.index(t), text.index(t) + len(t), t, "LOC", "ner-model") for t in spans
    ]
    people_typed_as_places(text, mentions)
    assert [m.label for m in mentions] == ["PER", "LOC"]
    # a name of four words (a Batak clan name written in two: "Butar Butar")
    text = "Pengacara PT Sinar, Ahmad Ridho Tambun Saribu, menyebut gugatan itu lemah."
    name = "Ahmad Ridho Tambun Saribu"
    mentions = [Mention(text.index(name), text.index(name) + len(name), name, "LOC", "ner-model")]
    people_typed_as_places(text, mentions)
    assert [m.label for m in mentions] == ["PER"]
    # after a lowercase calling noun, owned or not, and a comma; not after any noun
    text = (
        "Pihak keluarga diwakili kuasa hukumnya, Ahmad Ridho Tambun, dalam sidang itu. "
        "Menurut pengacaranya, Hasan Basri, gugatan itu lemah. Menurut warganya, Lubuk Alung "
        "aman."
    )
    names = ["Ahmad Ridho Tambun", "Hasan Basri", "Lubuk Alung"]
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n, "LOC", "ner-model") for n in names
    ]
    people_typed_as_places(text, mentions)
    assert [m.label for m in mentions] == ["PER", "PER", "LOC"]


def test_new_ministry_acronyms_are_the_ministry_not_a_person(context):
    """The 2024 cabinet's bodies and the "Kem-" spelling of a "Kemen-" acronym are
    ministries: "Kemdiktisaintek" is no person's name, "Kementerian Haji dan Umrah" is
    one body, not "Kementerian Haji" and "Umrah"."""
    from kabar.nlp import find_mentions

    text = (
        "Kemdiktisaintek membantah kabar pemotongan beasiswa itu. Sementara itu, "
        "Kementerian Haji dan Umrah menggelar rapat dengan Kemenko PMK di Jakarta."
    )
    found = find_mentions(text, context)
    assert [(m.text, m.label, m.name, m.sector) for m in found if m.label in {"ORG", "PER"}] == [
        ("Kemdiktisaintek", "ORG", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "GOV"),
        ("Kementerian Haji dan Umrah", "ORG", "Kementerian Haji dan Umrah", "GOV"),
        (
            "Kemenko PMK",
            "ORG",
            "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
            "GOV",
        ),
    ]


def test_a_committee_keeps_the_name_after_it(context):
    """ "Pansus Angket KPK" is the committee, not a bare "Pansus" beside the KPK it
    investigates; "Panja RUU ..." runs over the bill's name and its commission, and stops
    at a lowercase word, a member's name or a day or month ("Kamis (12/6)")."""
    from kabar.nlp import find_mentions

    text = (
        "Pansus Angket KPK kembali memanggil pimpinan lembaga itu pekan depan. "
        "Panja RUU Perampasan Aset Komisi III DPR menunda rapat dengan pemerintah. "
        "Panitia Khusus Hak Angket terhadap KPK menolak usulan tersebut. "
        "Panja RUU Kepariwisataan Kamis (12/6) membahas daftar masalah dengan pemerintah. "
        "Pansus RUU Haji Juni lalu menggelar rapat pertama."
    )
    found = find_mentions(text, context)
    assert [m.text for m in found if m.label == "ORG" and m.sector == "LEG"] == [
        "Pansus Angket KPK",
        "Panja RUU Perampasan Aset Komisi III DPR",
        "Panitia Khusus Hak Angket",
        "Panja RUU Kepariwisataan",
        "Pansus RUU Haji",
    ]


def test_a_semicolon_list_keeps_every_name_as_written_and_no_body_as_a_person(context):
    """Entries of a list the model read as one person's span: names with "bin", titles
    with dots, apostrophes and capitals are people; a body the gazetteer knows is not."""
    from kabar.nlp import split_listed_people

    def entries(span: str) -> list[str]:
        listed = Mention(0, len(span), span, "PER", "ner-model")
        return [m.text for m in split_listed_people([listed], context.lexicons)]

    assert entries("Usman bin Hasyim; Nurlela binti Saleh") == [
        "Usman bin Hasyim",
        "Nurlela binti Saleh",
    ]
    assert entries("Ir. H. Darmawan Saputro; Dr. Nur'aini Lubis") == [
        "Ir. H. Darmawan Saputro",
        "Dr. Nur'aini Lubis",
    ]
    assert entries("SUPRIYADI; O'Brien Tambunan") == ["SUPRIYADI", "O'Brien Tambunan"]
    assert entries("Yusuf Harahap; Polda Metro Jaya") == ["Yusuf Harahap"]
    assert entries("Yusuf Harahap; 41 tahun") == ["Yusuf Harahap"]


def test_find_mentions_splits_a_person_span_run_over_a_semicolon_list(context):
    """The model's one PER span over "Rusdi; Wahyu Prakoso; Danang alias Gimbal" comes out
    of find_mentions as three people, the alias of the last one its own name."""
    from kabar.nlp import find_mentions

    text = "Polisi menahan Rusdi; Wahyu Prakoso; Danang alias Gimbal di sebuah gudang beras."
    span = "Rusdi; Wahyu Prakoso; Danang"
    start = text.index(span)
    found = find_mentions(text, context, [(start, start + len(span), "PER")])
    people = [m.text for m in found if m.label == "PER"]
    assert people == ["Rusdi", "Wahyu Prakoso", "Danang", "Gimbal"]


def test_a_name_after_a_closing_quote_is_still_propagated():
    # the quote mark ends the paragraph before; the name opens the next one
    text = (
        'Kepala Bappeda Surya Handoko berkata, "Pasar itu milik warga."\n'
        "Surya kemudian meninjau kios yang terbakar."
    )
    assert propagated(text, ("Surya Handoko",)) == ["Surya"]


def test_a_first_name_after_a_thing_handed_from_or_to_is_still_the_person():
    """ "dari"/"ke" after a verb or noun of giving, sending or telling name whom from or
    to, not a place ("Pedagang dari Surya" above stays a place)."""
    official = "Kepala Kejari Garut Yuliana Marpaung memeriksa berkas perkara. "
    for later in (
        "Data itu diperoleh dari Yuliana pada Selasa pagi.",
        "Berkas lengkap juga dikirim ke Yuliana oleh penyidik.",
        "Wartawan membaca surat dari Yuliana kepada jaksa.",
    ):
        assert propagated(official + later, ("Yuliana Marpaung",)) == ["Yuliana"], later


def test_a_given_name_after_an_office_and_its_seat_joins_the_name_begun_late() -> None:
    """ "Wali Kota Solo Respati Ardi" tagged "Ardi", with "Respati" later taken for a body:
    the office's seat ("Solo") sits between title and name, and the body is the person."""
    text = (
        "Wali Kota Madiun Gunawan Prasetyo meresmikan pasar baru. Gunawan berharap "
        "pedagang kembali berjualan."
    )
    mayor = span(text, "Prasetyo", "PER")
    later = span(text, "Gunawan", "ORG", nth=1)
    mentions = [
        span(text, "Wali Kota", "OFFICE", "gazetteer"),
        span(text, "Madiun", "LOC", "gazetteer"),
        mayor,
        later,
    ]
    given_names_after_offices(text, mentions)
    assert mayor.text == "Gunawan Prasetyo" == text[mayor.start : mayor.end]
    assert later.label == "PER"


def test_a_lone_family_name_the_model_took_for_a_body_is_the_person_named_in_full(context):
    """ "Lessa" of "Oswaldo Lessa": a lone name word the model tagged ORG is the person the
    story names in full, unless the story places something in it ("di Kessler")."""
    from kabar.nlp import find_mentions

    text = (
        "Pelatih kepala Jurgen Kessler membantah kabar pemecatan. Menurut Kessler, "
        "manajemen masih percaya. Stadion baru di Halberg juga dipuji Halberg sendiri."
    )
    spans = [
        (text.index("Jurgen"), text.index(" membantah"), "PER"),
        (text.index("Kessler,"), text.index("Kessler,") + 7, "ORG"),
        (text.index("Halberg"), text.index("Halberg") + 7, "ORG"),
        (text.rindex("Halberg"), text.rindex("Halberg") + 7, "ORG"),
    ]
    found = {(m.start, m.text): m.label for m in find_mentions(text, context, spans)}
    assert found[(text.index("Kessler,"), "Kessler")] == "PER"
    assert found[(text.rindex("Halberg"), "Halberg")] == "ORG"  # no person of that name


def test_a_bare_dki_is_the_capital_province(context):
    """ "DKI" alone ("Ketua FPI DKI", "Pemprov DKI", "Gubernur DKI") is Jakarta's province,
    not a word an event may take for a party."""
    from kabar.nlp import find_mentions

    text = "Kantor Ketua PWNU DKI Yusuf Hamdani dilempari batu oleh orang tak dikenal."
    places = {m.text: m for m in find_mentions(text, context) if m.label == "LOC"}
    assert places["DKI"].name == "DKI Jakarta" and places["DKI"].country == "IDN"


def test_model_span_opening_with_the_gloss_before_it_is_the_name_after() -> None:
    """ "Ketua Badan Pengawas (Banwas) Rina Kartika": a model span over "(Banwas) Rina
    Kartika" holds the end of the body's gloss; the person is the name after it."""
    from kabar.nlp import trim_span

    text = "Ketua Badan Pengawas (Banwas) Rina Kartika menolak usul itu."
    start = text.index("(Banwas)")
    end = text.index(" menolak")
    s, e, _ = trim_span(text, start, end, "PER")
    assert text[s:e] == "Rina Kartika"
    s, e, _ = trim_span(text, start + 1, end, "PER")  # the bracket already left off
    assert text[s:e] == "Rina Kartika"
    whole = text.index("Badan")  # a span that opens with the body's name keeps it
    assert text[slice(*trim_span(text, whole, end, "ORG")[:2])].startswith("Badan Pengawas")


def test_model_span_over_a_ticket_of_two_names_is_two_people() -> None:
    """ "Rudi Hartawan - Sinta Maharani" (a ticket in a regional election) names two
    candidates, each of whom speaks and acts on his own; "Umar Al - Farisi" is one name."""
    from kabar.nlp import paired_names

    text = "Pasangan Rudi Hartawan - Sinta Maharani unggul, kata Umar Al - Farisi."
    start, end = text.index("Rudi"), text.index(" unggul")
    parts = paired_names(text, start, end, "PER")
    assert [text[s:e] for (s, e, _), _ in parts] == ["Rudi Hartawan", "Sinta Maharani"]
    assert {source for _, source in parts} == {"joined-pair"}
    one = text.index("Umar")
    whole = [((one, len(text) - 1, "PER"), "ner-model")]
    assert paired_names(text, one, len(text) - 1, "PER") == whole
