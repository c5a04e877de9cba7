"""Gazetteers: every data file parses, and the matcher finds what Indonesian news means."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from kabar.lexicons import (
    DemonymEntry,
    Lexicons,
    OfficeEntry,
    OrgEntry,
    PlaceEntry,
    load_lexicons,
    normalize,
)

DATA_FILES = {  # file -> number of columns
    "places.tsv": 4,
    "places_countryinfo.tsv": 4,
    "organizations.tsv": 5,
    "offices.tsv": 4,
    "demonyms.tsv": 4,
}
ISO3 = re.compile(r"[A-Z]{3}")
NON_STATE = {"IGO", "UNO", "NGO", "IMG"}
SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "REB",
    "INS",
    "OPP",
    "SPY",
    "IGO",
    "NGO",
    "MED",
    "BUS",
    "EDU",
    "HLH",
    "REL",
    "CVL",
    "HRI",
    "REF",
    "DEV",
    "AGR",
    "LAB",
    "ENV",
    "UAF",
}
PLACE_KINDS = {"country", "capital", "city", "province", "region", "territory"}
RANKS = {"head", "minister", "deputy", "official", "military", "police", "local", "party", "other"}
RANKS |= {"grade"}  # a military or police rank worn beside a post


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def rows(name: str) -> list[list[str]]:
    text = resources.files("kabar.data").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), f"{name} needs a header naming source and licence"
    assert "licence" in "\n".join(line for line in lines if line.startswith("#")).lower()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def found(lex: Lexicons, text: str, **kwargs: bool) -> list[tuple[str, str, object]]:
    return [(label, text[s:e], entry) for s, e, label, entry in lex.find_all(text, **kwargs)]


# --- data files -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_every_data_file_parses(name: str) -> None:
    table = rows(name)
    assert table
    for row in table:
        assert len(row) == DATA_FILES[name], row
        assert all(cell.strip() == cell and cell for cell in row), row


def test_predicate_patterns_are_lower_case() -> None:
    """Predicates are matched against lower-cased tokens: a capital in a pattern ("aju+kan
    PK") makes its row dead."""
    text = resources.files("kabar.data").joinpath("predicates.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        cols = line.split("\t")
        if cols[0] in ("pred", "block"):
            assert cols[1] == cols[1].lower(), line


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_no_conflicting_duplicate_surfaces(name: str) -> None:
    seen: dict[str, list[str]] = {}
    for row in rows(name):
        key = normalize(row[0])
        if key in seen:
            assert seen[key][1:] == row[1:], f"{name}: {row[0]!r} has two meanings"
        seen[key] = row


ALL_DATA_FILES = sorted(
    entry.name for entry in resources.files("kabar.data").iterdir() if entry.name.endswith(".tsv")
)
WORD_LIST_FILES = (  # kind, space-separated words: read by kabar.numbers.word_lists
    "claim_words.tsv",
    "described_people.tsv",
    "language_words.tsv",
    "mention_words.tsv",
    "modality_words.tsv",
    "name_words.tsv",
    "segment_words.tsv",
    "title_words.tsv",
)
LICENCE = re.compile(r"licen[cs]e|apache|cc by", re.IGNORECASE)


@pytest.mark.parametrize("name", ALL_DATA_FILES)
def test_every_data_file_loads_once_per_row(name: str) -> None:
    """Every data file opens with a comment saying what it is and naming its licence, and
    has rows, none of them written twice and none with an empty entry."""
    lines = resources.files("kabar.data").joinpath(name).read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert lines[0].startswith("# "), f"{name} opens with no comment saying what it is"
    assert LICENCE.search(header), f"{name} names no licence"
    table = [line for line in lines if line.strip() and not line.startswith("#")]
    assert table, name
    assert [line for line in table if table.count(line) > 1] == [], name
    assert [line for line in table if not line.split("\t")[0].strip()] == [], name


@pytest.mark.parametrize("name", WORD_LIST_FILES)
def test_word_lists_have_each_word_once_per_kind(name: str) -> None:
    """A word list's kind holds each word once and every row has words."""
    seen: dict[str, list[str]] = {}
    for row in rows(name):
        assert len(row) == 2 and row[1].split(), row
        seen.setdefault(row[0], []).extend(row[1].split())
    twice = {kind: sorted({w for w in words if words.count(w) > 1}) for kind, words in seen.items()}
    assert {kind: words for kind, words in twice.items() if words} == {}


def test_moved_word_lists_keep_their_words() -> None:
    """The lists moved from code to data read as they did: a sample from each new file."""
    from kabar.actors import CLAUSE_OPENERS, FORMER, HEADS, LEADERS, NOT_ONE, SUFFIXES
    from kabar.checks import ANAPHORS, FIRST_PERSON, RECIPIENT_PREPS
    from kabar.claims import ACTIVE_OK, ANY_PEOPLE, FOLLOW_OK, INSTITUTION
    from kabar.dates import _ENGLISH_MONTHS, _PAST, _RELDAY_OFFSETS, MONTHS, WEEKDAYS
    from kabar.fuse_compare import SENSE_WORDS
    from kabar.fuse_numeric import GENERIC_SUBJECTS
    from kabar.nlp import (
        HONORIFICS,
        LONG_TO_SHORT,
        PRONOUNS_SG,
        SHORT_UNITS,
        TITLES_OF_ANY_BODY,
        VENUE_NOUNS,
    )
    from kabar.segment import PREFIX_ABBREVIATIONS, SPEECH_VERBS

    assert sorted(PRONOUNS_SG) == ["beliau", "dia", "dirinya", "ia"]
    assert {"mbak", "mr"} <= HONORIFICS and "bung" not in HONORIFICS
    assert SHORT_UNITS["kepolisian resor"] == "Polres"
    assert LONG_TO_SHORT["kejaksaan negeri"] == "kejari"
    assert (VENUE_NOUNS["center"], VENUE_NOUNS["tower"]) == ("ORG", "LOC")
    assert sorted(FORMER) == ["bekas", "calon", "eks", "mantan", "wakil"] and "para" in NOT_ONE
    assert {"", "dan", "kemudian"} <= CLAUSE_OPENERS
    assert sorted(SUFFIXES) == ["ii", "iii", "iv", "jr", "sr"]
    assert sorted(ANAPHORS) == ["beliau", "dia", "ia", "yang bersangkutan"]
    assert sorted(FIRST_PERSON) == ["aku", "kami", "saya"]
    assert sorted(RECIPIENT_PREPS) == ["ke", "kepada", "pada", "terhadap"]
    assert {"kementerian", "departemen"} <= INSTITUTION and {"usai", "dan"} <= FOLLOW_OK
    assert "mengungsi" in ACTIVE_OK and sorted(ANY_PEOPLE) == ["jiwa", "korban", "orang"]
    assert sorted(GENERIC_SUBJECTS) == ["?", "jiwa", "korban", "orang", "penduduk", "warga"]
    assert {"tidak", "kembali", "gagal"} <= SENSE_WORDS and "enggak" not in SENSE_WORDS
    assert list(MONTHS)[:3] == ["januari", "februari", "pebruari"] and MONTHS["may"] == 5
    assert "may" in _ENGLISH_MONTHS and "april" not in _ENGLISH_MONTHS
    assert WEEKDAYS["ahad"] == 6 and _RELDAY_OFFSETS["kemarin lusa"] == -2
    assert sorted(_PAST) == ["kemarin", "lalu", "silam"]
    assert sorted(LEADERS) == ["head of government", "head of state", "president"]
    assert "sultan" in HEADS["head of state"] and "king" not in HEADS["head of government"]
    assert sorted(TITLES_OF_ANY_BODY) == ["Director", "President", "Spokesperson", "Vice President"]
    assert {"brigjen", "a.n"} <= PREFIX_ABBREVIATIONS and "kata-nya" in SPEECH_VERBS


def test_place_columns_are_valid() -> None:
    for name in ("places.tsv", "places_countryinfo.tsv"):
        for surface, _, kind, country in rows(name):
            assert kind in PLACE_KINDS, surface
            assert country == "-" or ISO3.fullmatch(country), surface


def test_org_columns_are_valid() -> None:
    for surface, _, type_, country, sector in rows("organizations.tsv"):
        assert type_ in {"organization", "group", "igo"}, surface
        assert ISO3.fullmatch(country) or country in NON_STATE, surface
        assert sector in SECTORS, surface


def test_office_columns_are_valid() -> None:
    for surface, _, sector, rank in rows("offices.tsv"):
        assert sector == "-" or sector in SECTORS, surface
        assert rank in RANKS, surface


def test_people_rows_are_valid_and_each_surface_names_one_person() -> None:
    month = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])")
    named: dict[str, str] = {}
    for row in rows("people.tsv"):
        assert len(row) == 8 and all(cell.strip() == cell and cell for cell in row), row
        name, surfaces, country, sector, office, _, start, end = row
        assert ISO3.fullmatch(country) or country in NON_STATE, name
        assert sector in SECTORS and office != "-", name
        assert start == "-" or month.fullmatch(start), name
        assert end == "-" or (month.fullmatch(end) and (start == "-" or start < end)), name
        for surface in surfaces.split("|"):
            assert named.setdefault(surface, name) == name, f"{surface!r} names two people"


def test_generated_places_never_repeat_curated_ones() -> None:
    curated = {normalize(row[0]) for row in rows("places.tsv")}
    generated = {normalize(row[0]) for row in rows("places_countryinfo.tsv")}
    assert not curated & generated


def test_every_country_code_has_a_country_entry(lex: Lexicons) -> None:
    countries = {p.country_code for p in lex.places.values() if p.kind in {"country", "territory"}}
    used = {p.country_code for p in lex.places.values()} - {None}
    used |= {o.country_code for o in lex.orgs.values()} - NON_STATE
    used |= {d.country_code for d in lex.demonyms.values()}
    assert used <= countries, used - countries


def test_coverage(lex: Lexicons) -> None:
    provinces = {p.canonical for p in lex.places.values() if p.kind == "province"}
    assert len(provinces) == 38
    assert len({p.country_code for p in lex.places.values() if p.kind == "country"}) >= 190
    idn_cities = {
        p.canonical for p in lex.places.values() if p.country_code == "IDN" and p.kind == "city"
    }
    assert len(idn_cities) >= 100


# --- matching -----------------------------------------------------------------------------


def test_office_country_and_capital(lex: Lexicons) -> None:
    text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Teheran pada Senin."
    hits = found(lex, text)
    assert [(label, surface) for label, surface, _ in hits] == [
        ("OFFICE", "Menteri Luar Negeri"),
        ("LOC", "Rusia"),
        ("LOC", "Teheran"),
    ]
    office = hits[0][2]
    assert isinstance(office, OfficeEntry) and office.canonical == "Foreign Minister"
    tehran = hits[2][2]
    assert isinstance(tehran, PlaceEntry) and tehran.country_code == "IRN"
    assert lex.country_of("Rusia") == "RUS"


@pytest.mark.parametrize(
    ("text", "label", "surface", "attribute", "value"),
    [
        (
            "Wakil Menteri Luar Negeri Rusia tiba di Doha.",
            "OFFICE",
            "Wakil Menteri Luar Negeri",
            "canonical",
            "Deputy Foreign Minister",
        ),
        ("Komandan Pasukan Quds Iran tewas.", "ORG", "Pasukan Quds Iran", "country_code", "IRN"),
        ("Redaksi detikJatim mewawancarai bupati itu.", "ORG", "detikJatim", "sector", "MED"),
        ("Pasukan Quds mendukung milisi.", "ORG", "Pasukan Quds", "canonical", "Pasukan Quds"),
        ("Serangan di Jalur Gaza berlanjut.", "LOC", "Jalur Gaza", "country_code", "PSE"),
        (
            "Brigade Izzuddin al-Qassam merilis video.",
            "ORG",
            "Brigade Izzuddin al-Qassam",
            "sector",
            "REB",
        ),
        (
            "Juru bicara Brigade Ezzedine al-Qassam, Abu Obeida.",
            "ORG",
            "Brigade Ezzedine al-Qassam",
            "canonical",
            "Brigade Izzuddin al-Qassam",
        ),
        (
            "Dewan Keamanan PBB menggelar sidang darurat.",
            "ORG",
            "Dewan Keamanan PBB",
            "country_code",
            "UNO",
        ),
        (
            "Menurut Kementerian Kesehatan Gaza, korban bertambah.",
            "ORG",
            "Kementerian Kesehatan Gaza",
            "country_code",
            "PSE",
        ),
        ("Pernyataan militer Israel pada Sabtu.", "ORG", "militer Israel", "sector", "MIL"),
        ("Kapolda Metro Jaya menyampaikan hal itu.", "OFFICE", "Kapolda", "sector", "COP"),
        ("Ketua Umum PDI-P Megawati hadir.", "ORG", "PDI-P", "sector", "PTY"),
        ("KPK menahan seorang bupati di Sidoarjo.", "LOC", "Sidoarjo", "country_code", "IDN"),
        ("Pasukan Rusia menyerang Kyiv dan Kharkiv.", "LOC", "Kyiv", "canonical", "Kyiv"),
        ("Delegasi tiba di Kiev pekan lalu.", "LOC", "Kiev", "canonical", "Kyiv"),
        ("Presiden AS Joe Biden berbicara.", "LOC", "AS", "country_code", "USA"),
        ("PM Israel menolak usulan itu.", "OFFICE", "PM", "canonical", "Prime Minister"),
        ("Menlu RI Retno Marsudi bertemu mitranya.", "LOC", "RI", "country_code", "IDN"),
        ("Houthi menyerang kapal di Laut Merah.", "ORG", "Houthi", "country_code", "YEM"),
        ("Pertemuan digelar di Moskow.", "LOC", "Moskow", "country_code", "RUS"),
        (
            "Menhan Prabowo Subianto meninjau Natuna.",
            "OFFICE",
            "Menhan",
            "canonical",
            "Defence Minister",
        ),
        ("Garda Revolusi Iran (IRGC) mengklaim serangan.", "ORG", "IRGC", "sector", "MIL"),
        (
            "Wali Kota Surabaya Eri Cahyadi meresmikan taman.",
            "OFFICE",
            "Wali Kota",
            "rank",
            "local",
        ),
        ("Bawaslu menemukan pelanggaran di Jawa Tengah.", "LOC", "Jawa Tengah", "kind", "province"),
        (
            "Penyidik Lembaga Antirasuah kembali memeriksa dua saksi.",
            "ORG",
            "Lembaga Antirasuah",
            "canonical",
            "Komisi Pemberantasan Korupsi",
        ),
        (
            "Sikap partai berlambang banteng itu belum berubah.",
            "ORG",
            "partai berlambang banteng",
            "canonical",
            "Partai Demokrasi Indonesia Perjuangan",
        ),
        (
            "Rombongan tiba di Kota Pelajar pada sore hari.",
            "LOC",
            "Kota Pelajar",
            "canonical",
            "Yogyakarta",
        ),
        (
            "Dubes RI untuk negeri Kanguru itu dipanggil.",
            "LOC",
            "negeri Kanguru",
            "country_code",
            "AUS",
        ),
    ],
)
def test_sentences(
    lex: Lexicons, text: str, label: str, surface: str, attribute: str, value: str
) -> None:
    hits = {(hit_label, hit_surface): entry for hit_label, hit_surface, entry in found(lex, text)}
    assert (label, surface) in hits, found(lex, text)
    assert getattr(hits[(label, surface)], attribute) == value


def test_longest_match_wins(lex: Lexicons) -> None:
    hits = found(lex, "Amerika Latin dan Korea Selatan serta Partai Demokrat AS.")
    assert [surface for _, surface, _ in hits] == [
        "Amerika Latin",
        "Korea Selatan",
        "Partai Demokrat AS",
    ]
    region = hits[0][2]
    assert isinstance(region, PlaceEntry) and region.country_code is None
    party = hits[2][2]
    assert isinstance(party, OrgEntry) and party.country_code == "USA"


def test_offsets_index_the_text(lex: Lexicons) -> None:
    text = "Di  Tepi\nBarat, pasukan\u00a0Israel menembak warga; Kemlu RI mengecam."
    for start, end, _, entry in lex.find_all(text):
        assert normalize(text[start:end]) == normalize(getattr(entry, "surface", ""))


@pytest.mark.parametrize(
    "text",
    [
        "Ia kembali ke rumah serta beristirahat.",  # "Bali" inside "kembali", "as" in "serta"
        "Roda as truk itu patah.",  # lowercase "as"
        "MASA jabatan KASUS itu berakhir.",  # "AS" inside words
        "pasukan menjaga tepi barat sungai itu.",  # lowercase "tepi barat"
        "Lima orang tewas dalam kecelakaan itu.",  # "Lima" is five, not Peru's capital
        "Warga gaza utara mengungsi.",  # lowercase "gaza" is not the place
        "Pihaknya meminta pm dan ri tidak dipakai.",  # lowercase abbreviations
        "Baku tembak terjadi di perbatasan.",  # "baku" is not Baku
    ],
)
def test_no_false_matches(lex: Lexicons, text: str) -> None:
    places = [surface for label, surface, _ in found(lex, text) if label in {"LOC", "ORG"}]
    assert not places, places


def test_asean_is_not_as(lex: Lexicons) -> None:
    hits = found(lex, "Para menlu ASEAN bertemu di Jakarta.")
    assert [(label, surface) for label, surface, _ in hits] == [
        ("OFFICE", "menlu"),
        ("ORG", "ASEAN"),
        ("LOC", "Jakarta"),
    ]


def test_capitalised_headline_text_matches(lex: Lexicons) -> None:
    hits = found(lex, "MENLU IRAN TIBA DI MOSKOW")
    assert [surface for _, surface, _ in hits] == ["MENLU", "IRAN", "MOSKOW"]


def test_punctuation_variants(lex: Lexicons) -> None:
    assert found(lex, "PDI - P")[:1] != [("ORG", "PDI - P")]
    hits = found(lex, "Kota Sana’a dikuasai Houthi.")
    assert ("LOC", "Sana’a") in [(label, surface) for label, surface, _ in hits]


def test_nationalities_on_request(lex: Lexicons) -> None:
    text = "Sebanyak 20 warga Palestina dan dua WNI terluka."
    assert ("LOC", "Palestina") in [(lab, s) for lab, s, _ in found(lex, text)]
    hits = found(lex, text, include_nationalities=True)
    norp = [(s, e.country_code) for lab, s, e in hits if isinstance(e, DemonymEntry)]
    assert norp == [("warga Palestina", "PSE"), ("WNI", "IDN")]


# --- lookups --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rusia", "RUS"),
        ("Iran", "IRN"),
        ("RI", "IDN"),
        ("AS", "USA"),
        ("Indonesia", "IDN"),
        ("Suriah", "SYR"),
        ("Syria", "SYR"),
        ("Yordania", "JOR"),
        ("Tiongkok", "CHN"),
        ("Cina", "CHN"),
        ("RRT", "CHN"),
        ("Korsel", "KOR"),
        ("Britania Raya", "GBR"),
        ("Perancis", "FRA"),
        ("Selandia Baru", "NZL"),
        ("Palestina", "PSE"),
        ("Saudi", "SAU"),
        ("Jalur Gaza", "PSE"),
        ("warga Palestina", "PSE"),
        ("warga Israel", "ISR"),
        ("orang Indonesia", "IDN"),
        ("Israeli", "ISR"),
        ("rakyat  AS", "USA"),
        ("as", None),
        ("Teheran", None),
        ("Jakarta", None),
        ("Eropa", None),
    ],
)
def test_country_of(lex: Lexicons, text: str, code: str | None) -> None:
    assert lex.country_of(text) == code


def test_lookups(lex: Lexicons) -> None:
    tehran = lex.lookup_place("Tehran")
    assert tehran is not None and tehran.canonical == "Teheran"
    assert lex.lookup_place("  Kota   Gaza ") is not None
    assert lex.lookup_place("as") is None
    who = lex.lookup_org("WHO")
    assert who is not None and who.country_code == "UNO"
    assert lex.lookup_org("who") is None
    unrwa = lex.lookup_org("UNRWA")
    assert unrwa is not None and unrwa.type == "igo"
    office = lex.lookup_office("Wamenlu")
    assert office is not None and office.rank == "deputy"
    assert lex.lookup_office("Presiden") == lex.lookup_office("presiden")
    head = lex.lookup_office("pemimpin tertinggi")
    assert head is not None and head.rank == "head"
    assert lex.lookup_office("juru bicara") is not None
    assert lex.lookup_office("Jubir") is not None
    assert lex.lookup_office("tidak ada") is None


def test_entries_are_immutable(lex: Lexicons) -> None:
    entry = lex.lookup_place("Iran")
    assert entry is not None
    with pytest.raises(AttributeError):
        entry.country_code = "XXX"  # type: ignore[misc]


def test_a_region_row_without_its_spelled_out_name_is_refused() -> None:
    """A ``region`` row with no spelled-out name in ``mode`` would make "" a unit's long
    name, and two such rows one unit: the lexicon refuses it rather than join them."""
    from kabar.predicates import parse_lines

    row = "bodysector\tpemdes\t\tGOV\t{mode}\t\tregion"
    assert parse_lines(row.format(mode="pemerintah desa")).region_governments == {
        "pemdes": "pemerintah desa"
    }
    with pytest.raises(ValueError, match="spelled-out"):
        parse_lines(row.format(mode=""))
    with pytest.raises(ValueError, match="spelled-out"):
        parse_lines(
            row.format(mode="pemerintah desa")
            + "\n"
            + row.format(mode="pemerintah desa").replace("pemdes", "pemdesa")
        )


def test_every_slot_of_a_row_takes_each_phrase_of_its_kind() -> None:
    """A row with two slots stands for every pair of their phrases, in file order, with
    the other columns kept; a slot no row fills is refused, not read as a literal word."""
    from kabar.predicates import parse_lines

    rows = "\n".join(
        [
            "# a comment naming {hedge} fills nothing",
            "pred\t{hedge} {refusal} menyerahkan\t-\tREJECT\t\t\tnobj",
            "refusal\tenggan",
            "refusal\ttidak sudi",
            "hedge\tkonon",
        ]
    )
    entries = [e for found in parse_lines(rows).index.values() for e in found]
    assert sorted(e.words for e in entries) == [
        ("konon", "enggan", "menyerahkan"),
        ("konon", "tidak", "sudi", "menyerahkan"),
    ]
    assert {(e.event, e.args) for e in entries} == {("REJECT", frozenset({"nobj"}))}
    with pytest.raises(ValueError, match="no hedge rows"):
        parse_lines("pred\t{hedge} menyerahkan\t-\tREJECT")


def test_joined_time_adverbs_are_lexicon_adverbs() -> None:
    """Each two- or three-word time adverb that event_clause joins into one token
    (``TIME_ADVERBS``, ``SPAN_ADVERBS``) is also an ``adverb`` row of predicates.tsv: a pair
    added to one list and not the other would be joined but not skipped as an adverb."""
    from kabar.event_clause import JOINED_ADVERBS
    from kabar.predicates import load_lexicon

    adverbs = load_lexicon().cue("adverb")
    missing = ["_".join(words) for words in JOINED_ADVERBS if "_".join(words) not in adverbs]
    assert missing == []


def test_a_regency_written_with_its_level_abbreviated_is_found_as_that_place() -> None:
    """News writes "Kab. Garut" or "Kab Garut" for "Kabupaten Garut": the gazetteer finds
    the whole as the regency, with the level word in the span for the actors stage."""
    from kabar.lexicons import load_lexicons

    lexicons = load_lexicons()
    text = "Hujan deras merendam tiga desa di Kab. Garut dan dua di Kab Sumedang."
    places = {text[s:e]: entry.canonical for s, e, label, entry in lexicons.find_all(text)}
    assert places.get("Kab. Garut") == "Garut", places
    assert places.get("Kab Sumedang") == "Sumedang", places


def test_a_provinces_short_name_after_provinsi_is_found_as_that_province() -> None:
    """News writes "Provinsi NTB" as well as "Provinsi Nusa Tenggara Barat": the gazetteer
    finds the whole as the province, so a body right before it is the branch there."""
    from kabar.lexicons import load_lexicons

    lexicons = load_lexicons()
    text = "Banjir merendam dua desa di Provinsi NTB dan tiga dusun di Provinsi Sumsel."
    places = {text[s:e]: entry.canonical for s, e, label, entry in lexicons.find_all(text)}
    assert places.get("Provinsi NTB") == "Nusa Tenggara Barat", places
    assert places.get("Provinsi Sumsel") == "Sumatera Selatan", places


def test_a_regency_sharing_its_name_with_a_city_is_no_city() -> None:
    """ "Kabupaten Gorontalo" and "Kabupaten Serang" are regencies of their own, not the
    cities "Kota Gorontalo" and "Kota Serang": an event there is placed in the regency."""
    from kabar.lexicons import load_lexicons

    lexicons = load_lexicons()
    text = "Petani jagung di Kabupaten Gorontalo dan buruh pabrik di Kabupaten Serang mogok."
    places = {text[s:e]: entry.canonical for s, e, label, entry in lexicons.find_all(text)}
    assert places.get("Kabupaten Gorontalo") == "Kabupaten Gorontalo", places
    assert places.get("Kabupaten Serang") == "Kabupaten Serang", places


def test_every_regional_body_is_a_known_organisation() -> None:
    """A body named in regional_bodies.tsv that the gazetteer does not know (a typo, a
    renamed body) would silently never name a branch."""
    from kabar.lexicons import load_orgs, regional_bodies

    canonical = {entry.canonical for entry in load_orgs().values()}
    bodies, sectors = regional_bodies()
    assert bodies and bodies <= canonical, sorted(bodies - canonical)
    assert sectors <= SECTORS


def test_event_words_load_once_with_no_repeated_or_empty_entry() -> None:
    """event_words.tsv (the open-class word lists of kabar.event_args and kabar.events):
    every row has a kind and words, no word is written twice in one kind (a repeat hides
    an edit that meant another word), every kind is described in the header, and the
    loader reads the file once."""
    from kabar.lexicons import EVENT_WORD_FILE, event_words

    text = resources.files("kabar.data").joinpath(EVENT_WORD_FILE).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    seen: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words = line.split("\t")
        assert kind.strip() and words.strip(), line
        seen.setdefault(kind, []).extend(words.split())
    repeated = {k: sorted({w for w in ws if ws.count(w) > 1}) for k, ws in seen.items()}
    assert {k: ws for k, ws in repeated.items() if ws} == {}
    undescribed = [k for k in seen if not re.search(rf"^#\s+{re.escape(k)}\s", header, re.M)]
    assert undescribed == []
    assert event_words() is event_words()
    assert {k: frozenset(ws) for k, ws in seen.items()} == dict(event_words())


def test_clause_phrases_have_no_repeated_or_empty_row() -> None:
    """clause_phrases.tsv: one phrase a row, of two words or more, never twice."""
    rows = [
        tuple(line.split("\t"))
        for line in resources.files("kabar.data")
        .joinpath("clause_phrases.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert all(len(row) == 2 and row[0] and len(row[1].split()) >= 2 for row in rows)
    assert len(rows) == len(set(rows))


# One word of every list moved from code to data (tidy27), so that a list lost or emptied
# in a later edit fails here: (file, kind, word).
MOVED_LIST_WORDS = [
    ("building_nouns.tsv", "LOC", "airport"),
    ("building_nouns.tsv", "ORG", "center"),
    ("title_words.tsv", "clauseopener", "kemudian"),
    ("title_words.tsv", "former", "mantan"),
    ("title_words.tsv", "notone", "beberapa"),
    ("office_kinds.tsv", "anybody", "Spokesperson"),
    ("office_kinds.tsv", "bodyseat", "Secretary-General"),
    ("office_kinds.tsv", "countryhead", "Chancellor"),
    ("office_kinds.tsv", "headofgovernment", "Chancellor"),
    ("office_kinds.tsv", "headofstate", "President"),
    ("office_kinds.tsv", "leader", "Government"),
    ("office_kinds.tsv", "nationalseat", "Intelligence"),
    ("claim_words.tsv", "activeverb", "berjumlah"),
    ("claim_words.tsv", "anypeople", "korban"),
    ("claim_words.tsv", "follow", "sedangkan"),
    ("claim_words.tsv", "institution", "kementerian"),
    ("claim_words.tsv", "moreof", "lainnya"),
    ("calendar_names.tsv", "month", "september"),
    ("calendar_names.tsv", "monthabbr", "agst"),
    ("calendar_names.tsv", "monthen", "december"),
    ("calendar_names.tsv", "number", "sembilan"),
    ("calendar_names.tsv", "relday", "kemarin"),
    ("calendar_names.tsv", "weekday", "minggu"),
    ("calendar_names.tsv", "weekshift", "mendatang"),
    ("fuse_words.tsv", "anaphor", "bersangkutan"),
    ("fuse_words.tsv", "firstperson", "kami"),
    ("fuse_words.tsv", "genericsubject", "penduduk"),
    ("fuse_words.tsv", "recipientprep", "terhadap"),
    ("fuse_words.tsv", "sense", "lagi"),
    ("unit_names.tsv", "committee", "panitia"),
    ("unit_names.tsv", "police", "kepolisian"),
    ("unit_names.tsv", "prosecutor", "kejaksaan"),
    ("quote_words.tsv", "purpose", "supaya"),
    ("quote_words.tsv", "joiner", "serta"),
    ("quote_words.tsv", "speakerafter", "kata"),
    ("quote_words.tsv", "statementend", "resmi"),
    ("quote_words.tsv", "that", "bahwa"),
    ("mention_words.tsv", "agedorigin", "kelahiran"),
    ("mention_words.tsv", "commonnountitle", "paus"),
    ("mention_words.tsv", "headnountitle", "kepala"),
    ("mention_words.tsv", "honorific", "saudara"),
    ("mention_words.tsv", "namedbody", "universitas"),
    ("mention_words.tsv", "namedplace", "universitas"),
    ("mention_words.tsv", "notafterdescription", "merupakan"),
    ("mention_words.tsv", "notindescription", "merupakan"),
    ("mention_words.tsv", "numberedunit", "lantamal"),
    ("mention_words.tsv", "peoplegroup", "minangkabau"),
    ("mention_words.tsv", "placepreposition", "kabupaten"),
    ("mention_words.tsv", "placequalifier", "tenggara"),
    ("mention_words.tsv", "pronounpl", "mereka"),
    ("mention_words.tsv", "pronounsg", "dirinya"),
    ("mention_words.tsv", "regionnoun", "kabupaten"),
    ("mention_words.tsv", "timenoun", "minggu"),
    ("segment_words.tsv", "prefix", "jl"),
    ("segment_words.tsv", "speech", "pungkasnya"),
    ("segment_words.tsv", "suffix", "m.kes"),
    ("name_words.tsv", "keysuffix", "iii"),
    ("date_words.tsv", "countnoun", "mahasiswa"),
    ("date_words.tsv", "future", "mendatang"),
    ("date_words.tsv", "notsundayafter", "berikutnya"),
]


@pytest.mark.parametrize(("name", "kind", "word"), MOVED_LIST_WORDS)
def test_every_moved_word_list_keeps_its_words(name: str, kind: str, word: str) -> None:
    """Every list moved to data still holds a word it was moved with; the kind is the
    first column, or the last where a row is one word and its kind ("supaya\tpurpose")."""
    text = resources.files("kabar.data").joinpath(name).read_text(encoding="utf-8")
    table = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    held = [row for row in table if kind in (row[0], row[-1])]
    assert any(word in " ".join(row).split() for row in held), (name, kind, word)
