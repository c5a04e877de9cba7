"""The drop record of the event stage: which check kept a matched predicate from coding
an event (``code_events(..., drops)``), with the same events as without it."""

from __future__ import annotations

from kabar.events import Drop, code_events
from tests.test_events import CTX, build


def coded(marked: str) -> tuple[list[str], list[Drop]]:
    drops: list[Drop] = []
    article = code_events(build(marked, "2024-05-02"), CTX, drops)
    plain = code_events(build(marked, "2024-05-02"), CTX)
    assert article.events == plain.events
    return [e.event for e in article.events], drops


def test_a_website_visited_is_dropped_by_its_check() -> None:
    events, drops = coded(
        "[Ketua KPU Hasyim Asy'ari](PER:IDN) mengunjungi situs resmi KPU untuk memeriksa "
        "nama pemilih."
    )
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops][:1] == [("CONSULT", "web-visit")]


def test_what_a_request_asks_for_is_dropped_as_its_content() -> None:
    events, drops = coded(
        "[Presiden Joko Widodo](PER:IDN) meminta [Kapolri Listyo Sigit Prabowo](PER:IDN) "
        "menangkap para pelaku pembakaran pasar."
    )
    assert events == ["REQUEST"]
    assert [d.checks for d in drops if d.event == "COERCE"] == [("content-of-REQUEST",)]


def test_a_meeting_with_one_party_is_a_lone_consult() -> None:
    text = "Hal itu disampaikan [Gubernur Jawa Barat Dedi Mulyadi](PER:IDN) saat bertemu wartawan."
    events, drops = coded(text)
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops] == [("CONSULT", "lone-consult")]
    start = text.replace("[", "").replace("](PER:IDN)", "").index("bertemu")
    assert (drops[0].start, drops[0].end) == (start, start + len("bertemu"))


def test_a_coded_event_leaves_no_drop() -> None:
    events, drops = coded(
        "[Presiden Prabowo Subianto](PER:IDN) bertemu dengan [Perdana Menteri Malaysia "
        "Anwar Ibrahim](PER:MYS) di Istana Merdeka, Jakarta."
    )
    assert events == ["CONSULT"]
    assert drops == []


def test_officials_planning_a_tournament_are_no_sport_article() -> None:
    """Sentences naming a governor, a minister and a ministry outnumber the sport words."""
    events, drops = coded(
        "[Gubernur Jawa Barat Dedi Mulyadi](PER:IDN/GOV) bertemu dengan [Menteri Pemuda dan "
        "Olahraga Dito Ariotedjo](PER:IDN/GOV) di Bandung, Senin. Keduanya membahas persiapan "
        "turnamen sepak bola antarpelajar se-Jawa Barat. [Dedi](PER:IDN/GOV) meminta "
        "[Kemenpora](ORG:IDN/GOV) membantu renovasi stadion untuk turnamen itu."
    )
    assert events == ["CONSULT"]
    assert "sport" not in {d.checks[0] for d in drops}


def test_a_match_report_naming_a_governor_stays_sport() -> None:
    events, drops = coded(
        "[Persib Bandung](ORG:IDN) menang 2-1 atas [Persija Jakarta](ORG:IDN) dalam laga Liga 1 "
        "di Stadion Si Jalak Harupat. Gol kemenangan dicetak pada babak kedua. [Gubernur Jawa "
        "Barat Dedi Mulyadi](PER:IDN/GOV) bertemu dengan para pemain di ruang ganti seusai "
        "pertandingan."
    )
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops] == [("CONSULT", "sport")]


def test_a_genre_word_inside_a_name_marks_no_genre() -> None:
    """ "Novel Baswedan" is an investigator, not a novel: whom he meets is coded."""
    events, drops = coded(
        "[Novel Baswedan](PER:IDN) bertemu dengan [Bambang Widjojanto](PER:IDN) di Jakarta. "
        "[Novel](PER:IDN) menceritakan kasusnya. Kasus [Novel](PER:IDN) belum terungkap."
    )
    assert events == ["CONSULT"]
    assert drops == []


def test_a_name_written_alone_later_marks_no_genre() -> None:
    """A capitalised "Novel" the recogniser missed is still the man it named before."""
    events, drops = coded(
        "[Novel Baswedan](PER:IDN) kembali menjalani operasi mata di Singapura. Menurut "
        "keluarga, kondisi Novel terus membaik. Polisi masih memburu dua pelaku yang menyerang "
        "Novel dengan air keras di dekat rumahnya."
    )
    assert events == ["ACCUSE", "ASSAULT"]  # the ongoing manhunt, and the attack
    assert drops == []


def test_an_article_about_a_novel_keeps_its_genre() -> None:
    events, drops = coded(
        "[Andrea Hirata](PER:IDN) merilis novel terbarunya pekan lalu. Novel itu laris di toko "
        "buku. [Andrea Hirata](PER:IDN) bertemu dengan [Dewi Lestari](PER:IDN) di sebuah kafe."
    )
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops] == [("CONSULT", "genre")]


def test_a_decision_not_yet_final_is_no_sport() -> None:
    """ "belum final" is a party's undecided choice, not the last round of a contest."""
    events, drops = coded(
        "[Ketua DPP Partai Golkar Ahmad Doli Kurnia](PER:IDN) bertemu dengan [Ketua Umum PKB "
        "Muhaimin Iskandar](PER:IDN) di Jakarta, Selasa. Menurut Doli, keputusan soal calon "
        "gubernur belum final. Keputusan final tetap ada di tangan ketua umum partai."
    )
    assert events == ["CONSULT"]
    assert drops == []


def test_a_final_round_keeps_the_article_sport() -> None:
    events, drops = coded(
        "[Jonatan Christie](PER:IDN) melaju ke babak final Indonesia Terbuka setelah "
        "menundukkan [Lee Zii Jia](PER:MYS). Di partai final, ia ditunggu [Viktor Axelsen]"
        "(PER:DNK). Jonatan bertemu dengan [Viktor Axelsen](PER:DNK) di Istora Senayan, Minggu."
    )
    assert events == []
    assert {d.checks[0] for d in drops} == {"sport"}


def test_a_shooting_at_a_hotel_is_no_lifestyle_article() -> None:
    """A hotel is where a shooting, a bribe or a summit happened, not a holiday topic."""
    events, drops = coded(
        "Seorang pria bersenjata menyerang tamu sebuah hotel di Kuta, Bali, Sabtu malam. "
        "Pelaku melepaskan tembakan di lobi hotel sebelum melarikan diri. Manajemen hotel "
        "menutup sementara seluruh lantai dasar."
    )
    assert events == ["ASSAULT"]
    assert "genre" not in {d.checks[0] for d in drops}


def test_a_holiday_article_with_hotels_keeps_its_genre() -> None:
    events, drops = coded(
        "Wisatawan memadati kawasan Nusa Dua selama libur panjang. Banyak hotel penuh dipesan "
        "wisatawan asal Australia. Selebgram [Rachel Vennya](PER:IDN) bertemu dengan [Karin "
        "Novilda](PER:IDN) di sebuah restoran tepi pantai di destinasi itu."
    )
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops] == [("CONSULT", "genre")]


def test_a_name_the_article_recognises_elsewhere_may_request() -> None:
    """ "Purbaya" opening a sentence is the person the recogniser found further on."""
    events, drops = coded(
        "Purbaya kembali meminta para kepala daerah menanyakan data simpanan itu langsung ke "
        "[Bank Indonesia](ORG:IDN). Menurut [Purbaya](PER:IDN), dana daerah yang mengendap di "
        "bank mencapai Rp 234 triliun."
    )
    assert events == ["REQUEST"]
    assert "strict-cap" not in {d.checks[0] for d in drops}


def test_an_unknown_capitalised_word_may_not_request() -> None:
    events, drops = coded(
        "Lulusan kampus itu diminta aktif. Semesta kembali meminta para mahasiswa baru "
        "menanyakan jadwal kuliah ke bagian akademik."
    )
    assert events == []
    assert "strict-cap" in {d.checks[0] for d in drops}


def test_a_domain_drop_names_its_domain() -> None:
    events, drops = coded(
        "Kabar kenaikan suku bunga [The Fed](ORG:USA) memukul nilai tukar rupiah pada Jumat."
    )
    assert events == []
    assert [(d.event, d.checks) for d in drops] == [("ASSAULT", ("domain:economy",))]


GADGET_LAUNCH = (
    "[Arunika Tekno](ORG:IDN) memperkenalkan jam tangan pintar generasi ketiganya di Bandung, "
    "Rabu. Jam itu bisa mengukur detak jantung dan kadar oksigen pemakainya. Baterainya "
    "diklaim tahan sampai sembilan hari. [Arunika Tekno](ORG:IDN) berjanji merilis pembaruan "
    "tampilan setiap tiga bulan. Untuk penjualannya, [Arunika Tekno](ORG:IDN) bekerja sama "
    "dengan [Toko Cahaya Elektronik](ORG:IDN). {PLUS}"
)


def test_a_product_article_naming_no_political_actor_codes_no_dealings() -> None:
    """A firm's promise and its sales partnership are private dealings, not PLOVER events."""
    events, drops = coded(GADGET_LAUNCH.replace("{PLUS}", "Harganya mulai Rp 2 juta."))
    assert events == []
    assert [(d.event, d.checks[0]) for d in drops] == [
        ("AGREE", "apolitical"),
        ("COOPERATE", "apolitical"),
    ]


def test_a_state_body_named_once_keeps_the_dealings() -> None:
    """One sentence on the government's rule is enough to make the article political news."""
    events, drops = coded(
        GADGET_LAUNCH.replace(
            "{PLUS}", "Pemerintah mewajibkan setiap perangkat baru memakai komponen lokal."
        )
    )
    assert events == ["AGREE"]  # the firm's sales partnership at home is routine work
    assert "apolitical" not in {d.checks[0] for d in drops}
    assert ("COOPERATE", "home-partnership") in [(d.event, d.checks[0]) for d in drops]


def test_residents_complaining_about_a_firm_stay_an_event() -> None:
    """A civic grievance is political even where no state body is named."""
    events, drops = coded(
        "Sebuah gudang baru berdiri di tepi Sungai Cikapundung sejak Maret. Gudang itu milik "
        "[PT Sinar Baja Utama](ORG:IDN). Truk pengangkut besi keluar masuk setiap malam. Debu "
        "dan suara bising membuat anak-anak sulit tidur. Warga Kampung Cibogo memprotes "
        "kebisingan dari gudang [PT Sinar Baja Utama](ORG:IDN) itu. Manajer gudang [Hendra "
        "Wijaya](PER:IDN) bertemu dengan [Dedi Kurnia](PER:IDN), pemilik warung di dekatnya."
    )
    assert events == ["ACCUSE"]
    assert [(d.event, d.checks[0]) for d in drops] == [("CONSULT", "apolitical")]


def test_an_embassy_is_a_political_actor() -> None:
    """ "KBRI" is the state acting abroad: its promise to a worker's family is coded."""
    events, drops = coded(
        "Seorang pekerja asal Lombok hilang kontak dengan keluarganya sejak Agustus. Ia bekerja "
        "di sebuah perkebunan sawit di Sabah. Kakaknya terakhir menerima pesan suara pada awal "
        "bulan itu. Keluarga lalu mengirim surat ke KBRI Kuala Lumpur. KBRI Kuala Lumpur "
        "berjanji menelusuri keberadaan pekerja itu dalam sepekan."
    )
    assert events == ["AGREE"]
    assert "apolitical" not in {d.checks[0] for d in drops}
