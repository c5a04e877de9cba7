"""The Spark engine (local mode) writes what the local engine writes, table by table."""

from __future__ import annotations

import shutil

import pytest

from kabar.config import Config, NlpConfig
from kabar.export import export_parquet, nested_row, parquet_rows
from kabar.store import EXPORT_TABLES, Store

from .conftest import EXAMPLES

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[dev]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime: `make test` installs one", allow_module_level=True)


def rows(directory: str, table: str) -> list[dict]:
    return sorted((nested_row(table, r) for r in parquet_rows(directory, table)), key=str)


def test_spark_local_output_equals_local_engine(tmp_path):
    from kabar.context import build_context
    from kabar.pipeline import run
    from kabar.spark_job import run_spark

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    copy = EXAMPLES / "html" / "04_prabowo_xi_beijing_cnn.html"  # a duplicate of 04's text
    for path in sorted(EXAMPLES.glob("0[1-4]_*.txt")) + [EXAMPLES / "jsonl" / "sample.jsonl", copy]:
        shutil.copy(path, corpus / path.name)
    config = Config(nlp=NlpConfig(use_model=False))
    with Store.open(tmp_path / "kabar.duckdb") as store:
        run([str(corpus)], store, build_context(config))
        export_parquet(store, tmp_path / "local")
    counts = run_spark([str(corpus)], str(tmp_path / "spark"), config, master="local[2]")
    assert counts["articles"] >= 5 and counts["failures"] == 0
    for table in EXPORT_TABLES:
        assert rows(str(tmp_path / "spark"), table) == rows(str(tmp_path / "local"), table), table
    articles = {a["id"]: a for a in rows(str(tmp_path / "spark"), "articles")}
    copies = [a for a in articles.values() if a["duplicate_of"]]
    assert len(copies) == 1 and copies[0]["source"].endswith(
        ("04_prabowo_xi_beijing_cnn.txt", copy.name)
    )
    assert copies[0]["story_id"] == articles[copies[0]["duplicate_of"]]["story_id"] is not None

    from kabar.export import load_parquet

    with Store.open(tmp_path / "served.duckdb") as served:
        loaded = load_parquet(served, str(tmp_path / "spark"))
    assert loaded == {t: counts[t] for t in EXPORT_TABLES}
