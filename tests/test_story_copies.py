"""Stories joined by a long sentence two articles print word for word."""

from __future__ import annotations

import json

from kabar.blocks import fusion_blocks
from kabar.config import FuseConfig
from kabar.stories import story_clusters
from kabar.summary import block_row, fusion_summary

COPIED = (
    "Gubernur Jawa Tengah Ahmad Santosa mengatakan sebanyak 1.200 warga dari empat "
    "kelurahan di Kecamatan Genuk mengungsi sejak Minggu malam karena air Sungai Sringin "
    "meluap setinggi satu meter."
)
SHELTER = (
    "Semarang - Pemerintah Provinsi Jawa Tengah membuka posko pengungsian bagi warga yang "
    "rumahnya terendam banjir, Senin (3/2/2025). Posko itu menyediakan dapur umum dan "
    f"layanan kesehatan. {COPIED} Bantuan logistik terus dikirim ke lokasi."
)
DYKE = (
    "Jakarta - Komisi V DPR meminta Kementerian Pekerjaan Umum segera memperbaiki tanggul "
    "sungai di pesisir utara Jawa, Selasa (4/2/2025). Anggota Komisi V Dedi Kurniawan "
    f"menyebut tanggul yang jebol sudah dilaporkan warga sejak tahun lalu. {COPIED}"
)


def test_a_long_sentence_printed_word_for_word_joins_two_leads_into_one_story() -> None:
    """A follow-up with a new lead (the dyke, in Jakarta) repeats the earlier report's
    sentence on the evacuees word for word and names its governor: one story, though the
    two share one named actor and few lead words; not when the two are days apart."""
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    shelter = pipeline(SHELTER, published="2025-02-03", publication="Kabar Satu")
    dyke = pipeline(DYKE, published="2025-02-04", publication="Kabar Dua")
    config = FuseConfig()
    story_of = story_clusters([shelter, dyke], [], {}, config)
    assert story_of[shelter.id] == story_of[dyke.id]
    # fusion reads summaries (the lead only) and fuses by blocks: both still join them
    summaries = [fusion_summary(shelter), fusion_summary(dyke)]
    assert len(set(story_clusters(summaries, [], {}, config).values())) == 1
    block_of = fusion_blocks([block_row(shelter), block_row(dyke)], {}, config)
    assert block_of[shelter.id] == block_of[dyke.id]
    later = pipeline(DYKE, published="2025-02-09", publication="Kabar Dua")
    apart = story_clusters([shelter, later], [], {}, config)
    assert apart[shelter.id] != apart[later.id]


STOCK = (
    "Jika Anda atau orang terdekat sedang merasa tertekan dan membutuhkan teman bicara, "
    "jangan ragu menghubungi layanan konseling gratis yang dapat diakses kapan saja "
    "melalui telepon maupun pesan singkat."
)


def test_a_long_stock_line_that_names_nothing_joins_no_two_articles() -> None:
    """An outlet's stock line printed under both reports, however long, names no person,
    body or place: it is no sign of one story, so the shelter and the dyke stay apart,
    though both name the provincial government."""
    from kabar.api import default_pipeline

    pipeline = default_pipeline()
    shelter = pipeline(SHELTER.replace(COPIED, STOCK), published="2025-02-03")
    also = "Ia juga meminta Pemerintah Provinsi Jawa Tengah ikut mengawasi perbaikannya. "
    dyke = pipeline(DYKE.replace(COPIED, also + STOCK), published="2025-02-04")
    story_of = story_clusters([shelter, dyke], [], {}, FuseConfig())
    assert story_of[shelter.id] != story_of[dyke.id]


def test_an_article_s_copied_sentences_are_scanned_once_for_its_stored_rows(monkeypatch) -> None:
    """The stored block row takes the copied-sentence keys of the article's fusion
    summary instead of scanning the whole text again, and they are the same keys."""
    import kabar.summary
    from kabar.api import default_pipeline
    from kabar.store import summary_rows

    shelter = default_pipeline()(SHELTER, published="2025-02-03", publication="Kabar Satu")
    scans = []
    scan = kabar.summary.copied_sentences

    def counted(article):
        scans.append(article.id)
        return scan(article)

    monkeypatch.setattr(kabar.summary, "copied_sentences", counted)
    rows = summary_rows(shelter)
    assert len(scans) == 1
    assert json.loads(rows.brow)["copied"] == scan(shelter) != []
