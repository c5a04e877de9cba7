"""The store's incremental fusion: compact records, blocks, re-runs, Parquet round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.blocks import fusion_blocks
from kabar.config import Config, FuseConfig, NlpConfig
from kabar.export import export_jsonl, export_parquet, load_parquet
from kabar.pipeline import refresh_fusion, run
from kabar.store import EXPORT_TABLES, Store
from kabar.summary import merge_parts

from .conftest import EXAMPLES

TEXTS = sorted(p for p in EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def fast_context():
    from kabar.context import build_context

    return build_context(Config(nlp=NlpConfig(use_model=False)))


def exported(store: Store, out: Path) -> dict[str, list[dict]]:
    export_jsonl(store, out)
    return {
        table: [json.loads(line) for line in (out / f"{table}.jsonl").read_text().splitlines()]
        for table in EXPORT_TABLES
    }


def test_two_runs_equal_one_run(tmp_path, fast_context):
    """Fusion updated incrementally gives what one run over everything gives."""
    with Store.open(tmp_path / "once.duckdb") as store:
        run([str(p) for p in TEXTS], store, fast_context)
        once = exported(store, tmp_path / "once")
    with Store.open(tmp_path / "twice.duckdb") as store:
        run([str(p) for p in TEXTS[:5]], store, fast_context)
        report = run([str(p) for p in TEXTS], store, fast_context)
        assert report.skipped_known == 5
        twice = exported(store, tmp_path / "twice")
    assert once == twice
    assert once["events"] and once["actors"]


def test_rerun_refuses_nothing(tmp_path, fast_context):
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS[:4]], store, fast_context)
        stats = refresh_fusion(store, fast_context)
        assert (stats.blocks, stats.articles, stats.claim_groups) == (0, 0, 0)


def test_schema_1_database_is_backfilled(tmp_path, fast_context):
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS[:3]], store, fast_context)
        before = exported(store, tmp_path / "before")
        for table in ("summaries", "actor_parts", "article_keys", "claim_groups"):
            store.db.execute(f"DELETE FROM {table}")
        stats = refresh_fusion(store, fast_context)
        assert stats.backfilled == store.count("articles", "WHERE duplicate_of IS NULL")
        assert exported(store, tmp_path / "after") == before


def test_records_of_an_older_version_are_rebuilt(tmp_path, fast_context):
    """A database coded by an older kabar fuses as one coded afresh: its compact
    records are rebuilt from the stored articles, once."""
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS[:3]], store, fast_context)
        assert refresh_fusion(store, fast_context).backfilled == 0  # new: nothing stale
        before = exported(store, tmp_path / "before")
        store.db.execute("UPDATE summaries SET brow = '{}'")  # as an older rule wrote it
        store.db.execute("UPDATE actor_parts SET doc = json_object('key', key)")
        store.set_meta("summary_version", "1")
        stats = refresh_fusion(store, fast_context)
        assert stats.backfilled == store.count("articles", "WHERE duplicate_of IS NULL")
        assert exported(store, tmp_path / "after") == before
        assert refresh_fusion(store, fast_context).backfilled == 0


def test_database_from_before_versions_is_rebuilt(tmp_path, fast_context):
    path = tmp_path / "kabar.duckdb"
    with Store.open(path) as store:
        run([str(p) for p in TEXTS[:2]], store, fast_context)
        store.db.execute("DELETE FROM meta WHERE key = 'summary_version'")
    with Store.open(path) as store:  # holds articles and no version: stale records
        assert store.meta("summary_version") is None
        assert refresh_fusion(store, fast_context).backfilled > 0


def test_actor_parts_merge_in_any_order():
    def part(article: str, name: str, alias: str, published: str | None) -> dict:
        return {
            "key": "act_x",
            "first": [article, 0, name, "person"],
            "country": None if article == "art_b" else [article, 1, "IRN"],
            "sector": None,
            "aliases": [alias],
            "roles": [["Foreign Minister", None, "IRN", published, published]],
        }

    a = part("art_b", "Ali Bagheri Kani", "Bagheri Kani", "2024-05-01")
    b = part("art_a", "Ali Bagheri", "Ali Bagheri", "2023-01-02")
    c = part("art_c", "Kani", "Kani", None)
    one = merge_parts([a, merge_parts([b, c])])
    other = merge_parts([merge_parts([c, a]), b, b])
    assert one == other
    assert one["first"][2] == "Ali Bagheri" and one["country"][2] == "IRN"
    assert one["roles"] == [["Foreign Minister", None, "IRN", "2023-01-02", "2024-05-01"]]


def test_blocks_join_only_articles_that_could_share_a_story_or_event():
    rows = [
        {"id": "a", "published": "2024-05-01", "named": ["p", "q"], "places": [], "reports": []},
        {"id": "b", "published": "2024-05-08", "named": ["p", "q"], "places": [], "reports": []},
        {"id": "c", "published": "2024-07-01", "named": ["p", "q"], "places": [], "reports": []},
        {"id": "d", "published": None, "named": ["r"], "places": [],
         "reports": [["CONSULT|False|False|False|2024-07-01", ["p2"]]]},
        {"id": "e", "published": "2024-07-03", "named": ["s"], "places": [],
         "reports": [["CONSULT|False|False|False|2024-07-01", ["p"]]]},
    ]  # fmt: skip
    blocks = fusion_blocks(rows, {"p2": "p"}, FuseConfig())
    assert blocks["a"] == blocks["b"]
    assert blocks["c"] != blocks["a"]  # three months later
    assert blocks["d"] == blocks["e"]  # same meeting, same day, same (resolved) participant
    assert blocks["c"] != blocks["e"]  # one shared actor is not enough for a story


def test_blocks_need_shared_actors_to_cover_half_and_places_to_agree():
    def row(article, day, named, places=()):
        return {"id": article, "published": day, "named": named, "places": list(places),
                "reports": []}  # fmt: skip

    rows = [
        row("a", "2024-05-01", ["p", "q"], ["Jakarta"]),
        row("b", "2024-05-03", ["p", "q", "r"], ["Jakarta"]),
        row("c", "2024-05-02", ["p", "q", "s", "t", "u"], ["Surabaya"]),
        row("d", "2024-05-04", ["p", "q", "v", "w", "x"]),
        row("e", "2024-05-05", ["s", "t", "y", "z", "k"]),
    ]
    blocks = fusion_blocks(rows, {}, FuseConfig())
    assert blocks["a"] == blocks["b"] == blocks["d"]  # d names no place: compatible
    assert blocks["c"] != blocks["a"]  # two shared actors, but another city
    assert blocks["e"] != blocks["c"]  # two of five names shared: under half


def test_an_article_without_a_year_joins_the_block_its_weekday_dateline_fits():
    def row(article, day, named, day_month=None):
        return {"id": article, "published": day, "named": named, "places": [],
                "reports": [], "day_month": day_month}  # fmt: skip

    rows = [
        row("a", "2024-05-03", ["p", "q"]),
        row("y", None, ["p", "q"], ["--05-02", 4]),  # "Kamis (2/5)": 2 May 2024 was a Thursday
        row("z", None, ["p", "q"], ["--05-02", 5]),  # "Jumat (2/5)": not in 2024 or 2023
        row("w", None, ["p", "q"], ["--09-05", 4]),  # a Thursday, four months on
    ]
    blocks = fusion_blocks(rows, {}, FuseConfig())
    assert blocks["y"] == blocks["a"]
    assert len({blocks["a"], blocks["z"], blocks["w"]}) == 3


def test_a_report_without_a_year_joins_the_block_of_a_report_of_its_day_and_month():
    """A report dated "pada 13 April" in an article without a year shares a block with
    another article's attack of 13 April 2024 by the same party: fusion weighs the year
    (``kabar.fuse.dateline_dated``); another day or another type stays out."""

    def row(article, day, reports, day_month=None):
        return {"id": article, "published": day, "named": [], "places": [],
                "reports": reports, "day_month": day_month}  # fmt: skip

    attack = "ASSAULT|False|False|False|"
    rows = [
        row("a", "2024-05-02", [[attack + "2024-04-13", ["iran", "israel"]]]),
        row("y", None, [[attack + "--04-13", ["iran"]]], ["--04-20", 6]),
        row("z", None, [[attack + "--04-12", ["iran"]]], ["--04-20", 6]),
        row("w", None, [["CONSULT|False|False|False|--04-13", ["iran"]]], ["--04-20", 6]),
    ]
    blocks = fusion_blocks(rows, {}, FuseConfig())
    assert blocks["y"] == blocks["a"]
    assert len({blocks["a"], blocks["z"], blocks["w"]}) == 3


def test_parquet_export_loads_back(tmp_path, fast_context):
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS[:4]], store, fast_context)
        counts = export_parquet(store, tmp_path / "pq")
        jsonl = exported(store, tmp_path / "jsonl")
    assert counts["articles"] == len(jsonl["articles"])
    with Store.open(tmp_path / "loaded.duckdb") as loaded:
        assert load_parquet(loaded, str(tmp_path / "pq")) == counts
        assert exported(loaded, tmp_path / "again") == jsonl


def test_rows_prepared_elsewhere_store_what_articles_store(tmp_path, fast_context):
    from kabar.store import article_rows

    with Store.open(tmp_path / "seed.duckdb") as store:
        run([str(EXAMPLES)], store, fast_context)
        articles = list(store.articles())
    dumps = []
    for name, items in (("a", articles), ("r", [article_rows(a) for a in articles])):
        with Store.open(tmp_path / f"{name}.duckdb") as store:
            with store.transaction():
                store.save_articles(items)
            refresh_fusion(store, fast_context)
            export_jsonl(store, tmp_path / name)
        dumps.append({t: (tmp_path / name / f"{t}.jsonl").read_text() for t in EXPORT_TABLES})
    assert dumps[0] == dumps[1]


def test_block_docs_give_every_block_its_summaries(tmp_path, fast_context):
    """Blocks whose articles lie far apart in the table, read two articles at a time."""
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS], store, fast_context)
        stored = dict(store.db.execute("SELECT article_id, doc FROM summaries").fetchall())
        ids = sorted(stored)
        assert len(ids) >= 4
        ends = (0, len(ids) - 1)
        blocks = {a: "ends" if i in ends else f"b{i % 2}" for i, a in enumerate(ids)}
        expected = {
            block: [stored[a] for a in sorted(a for a in ids if blocks[a] == block)]
            for block in set(blocks.values())
        }
        assert dict(store.block_docs(blocks, chunk=2)) == expected


def test_setting_some_story_ids_keeps_the_others(tmp_path, fast_context):
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in TEXTS[:4]], store, fast_context)
        ids = sorted(r[0] for r in store.db.execute("SELECT id FROM articles").fetchall())
        store.set_story_ids({a: f"story-{a}" for a in ids})
        store.set_story_ids({ids[0]: "story-new"})
        assert store.story_ids() == {**{a: f"story-{a}" for a in ids}, ids[0]: "story-new"}


def test_blocks_join_articles_printing_one_sentence_of_a_day_word_for_word():
    from kabar.model import Article, EntityRef, Event, Source
    from kabar.summary import block_row

    def article(article_id: str, sentence: str) -> Article:
        guard = EntityRef(None, "satpam kampus", "satpam kampus", "unknown", None, None)
        event = Event(
            id=f"evt_{article_id}",
            event="AID",
            mode=[],
            context=[],
            date="2025-10-20",
            date_precision="day",
            actor=[guard],
            recipient=[],
            event_loc=None,
            negated=False,
            hypothetical=False,
            reported_by=[],
            sources=[Source(article_id, "Outlet", sentence, 0, len(sentence), trigger_start=20)],
            confidence=0.7,
        )
        return Article(id=article_id, source=article_id, raw="", published="2025-10-20",
                       events=[event])  # fmt: skip

    copied = "Sontak, satpam kampus membawa korban ke Rumah Sakit Umum Daerah Wangaya, Denpasar."
    other = "Sontak, satpam kampus membawa korban ke Rumah Sakit Umum Pusat Prof Ngoerah, Denpasar."
    rows = [block_row(article("a", copied)), block_row(article("b", copied))]
    rows.append(block_row(article("c", other)))
    blocks = fusion_blocks(rows, {}, FuseConfig())
    assert blocks["a"] == blocks["b"]  # no resolved participant, but one copied sentence
    assert blocks["c"] != blocks["a"]


def test_blocks_join_reports_dated_only_by_story_days_within_a_month():
    """Two outlets tell, each on its own story day, that the prosecutor named the same
    village head a suspect (``kabar.fuse_compare.story_days_alike``): their articles share
    a block within a month of each other, not further, and not when one side is unnamed."""
    from kabar.model import Article, EntityRef, Event, Source
    from kabar.summary import block_row

    def article(article_id: str, day: str, suspect: EntityRef) -> Article:
        sentence = "Kepala desa itu ditetapkan sebagai tersangka oleh kejaksaan."
        event = Event(
            id=f"evt_{article_id}",
            event="ACCUSE",
            mode=["allege"],
            context=[],
            date=day,
            date_precision="day",
            actor=[
                EntityRef("kejari", "kejaksaan", "Kejaksaan Negeri", "organization", "IDN", "JUD")
            ],
            recipient=[suspect],
            event_loc=None,
            negated=False,
            hypothetical=False,
            reported_by=[],
            sources=[Source(article_id, "Outlet", sentence, 0, len(sentence), trigger_start=16)],
            confidence=0.7,
            rule="tetap+kan ... tersangka [pas; actor=mention; date story-day]",
        )
        return Article(id=article_id, source=article_id, raw="", published=day, events=[event])

    head = EntityRef("kades", "Suparno", "Suparno", "person", "IDN", "GOV")
    unnamed = EntityRef(None, "kepala desa", "kepala desa", "person", None, None)
    rows = [
        block_row(article("a", "2024-05-30", head)),
        block_row(article("b", "2024-06-20", head)),
        block_row(article("c", "2024-09-15", head)),
        block_row(article("d", "2024-06-21", unnamed)),
    ]  # fmt: skip
    blocks = fusion_blocks(rows, {}, FuseConfig())
    assert blocks["a"] == blocks["b"]  # three weeks apart, across a window's edge
    assert blocks["c"] != blocks["a"]  # three months later
    assert blocks["d"] != blocks["a"]  # the suspect unnamed: no window


def test_a_duplicate_article_is_in_its_originals_story(tmp_path, fast_context):
    """Only the original of a copied article is clustered; the copy tells the same
    development, so it gets the original's story id rather than none."""
    body = (
        "Pemerintah Kabupaten Sumbawa Barat menutup sementara tambang pasir di tepi Sungai "
        "Brang Rea pada Kamis (4/9/2025) setelah warga tiga desa mengeluhkan air keruh. "
        "Bupati meminta pemilik tambang memperbaiki kolam pengendapan sebelum izin "
        "operasi ditinjau kembali oleh dinas lingkungan hidup pekan depan.\n"
    )
    paths = [tmp_path / "tambang.txt", tmp_path / "tambang_salinan.txt"]
    paths[0].write_text(body, encoding="utf-8")
    paths[1].write_text(body + "Baca juga berita lainnya.\n", encoding="utf-8")
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(p) for p in paths], store, fast_context)
        rows = store.db.execute("SELECT id, duplicate_of FROM articles").fetchall()
        original, copy = sorted(rows, key=lambda r: r[1] is not None)
        assert copy[1] == original[0]
        stories = store.story_ids()
        assert stories[copy[0]] == stories[original[0]]


def test_actor_parts_keep_every_nickname_whatever_part_comes_first():
    """A nickname ("alias Bonyok") read in one article only is kept when that article's
    part of the key merges after another's, which carries none."""

    def part(article: str, nicknames: list[str]) -> dict:
        found = {"nicknames": nicknames} if nicknames else {}
        return {
            "key": "act_y",
            "first": [article, 0, "Darto Wiyono", "person"],
            "country": None,
            "sector": None,
            "aliases": ["Darto Wiyono"],
            "roles": [],
            **found,
        }

    plain, nicknamed = part("art_a", []), part("art_b", ["bonyok"])
    assert merge_parts([plain, nicknamed])["nicknames"] == ["bonyok"]
    assert merge_parts([nicknamed, plain])["nicknames"] == ["bonyok"]
    assert "nicknames" not in merge_parts([plain, plain])
