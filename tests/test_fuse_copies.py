"""Near-duplicate articles as sources of their original's events, through the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kabar.cli import app
from kabar.export import export_jsonl, validate_export
from kabar.pipeline import run
from kabar.serve import create_app
from kabar.store import Store

BODY = (
    "Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang "
    "Yoko Kamikawa di Tokyo pada Selasa (9/1/2024). Kedua menteri membahas kerja sama "
    "perdagangan, energi bersih dan perlindungan pekerja migran di kedua negara. "
    "Retno mengatakan hubungan kedua negara terus menguat dari tahun ke tahun. "
    "Pertemuan berlangsung sekitar satu jam di kantor kementerian luar negeri Jepang."
)


def stored(
    tmp_path: Path, context: Any, runs: int = 1
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The two articles run in one run, or the copy in a second run (``runs=2``)."""
    records = [
        {"id": "asal", "title": "Retno Bertemu Menlu Jepang", "publication": "Kabar Contoh",
         "published": "2024-01-09", "text": BODY},
        {"id": "salinan", "title": "Retno dan Kamikawa Bahas Pekerja Migran",
         "publication": "Kabar Contoh", "published": "2024-01-09",
         "text": "Simak juga kabar diplomasi lainnya.\n" + BODY},
    ]  # fmt: skip
    parts = [records] if runs == 1 else [records[:1], records[1:]]
    with Store.open(tmp_path / "kabar.duckdb") as store:
        for number, part in enumerate(parts):
            source = tmp_path / f"input{number}.jsonl"
            source.write_text("".join(json.dumps(r) + "\n" for r in part), "utf-8")
            report = run([str(source)], store, context)
            assert not report.failures
        assert report.duplicates == 1
        articles = {a["source"]: a for a in store.records("articles")}
        assert export_jsonl(store, tmp_path / "out")["events"]
        return list(store.records("events")), articles


def test_a_stored_copy_is_a_source_with_its_own_offsets_and_adds_no_corroboration(
    tmp_path: Path, context: Any
) -> None:
    events, articles = stored(tmp_path, context)
    copy = next(a for a in articles.values() if a["duplicate_of"])
    met = [e for e in events if e["event"] == "CONSULT"]
    assert met, events
    for event in events:
        copied = [s for s in event["sources"] if s["article_id"] == copy["id"]]
        assert len(copied) == 1, event["sources"]
        (source,) = copied
        assert source["copy_of"] == copy["duplicate_of"]
        assert copy["text"][source["start"] : source["end"]] == source["sentence"]
        assert event["corroboration"] == 1
    assert not validate_export(tmp_path / "out")
    explained = CliRunner().invoke(
        app, ["explain", met[0]["id"], "--db", str(tmp_path / "kabar.duckdb")]
    )
    assert explained.exit_code == 0
    assert f"copy of {copy['duplicate_of']}" in explained.output.replace("\n", " ")
    web = create_app(tmp_path / "kabar.duckdb", "token-for-copies-0123456789", require_assets=False)
    with TestClient(web) as client:
        page = client.get(f"/events/{met[0]['id']}", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "near-duplicate: no independent report" in page.text
        listed = client.get("/events", headers={"Accept": "text/html"})
        assert listed.status_code == 200
        assert "1 near-duplicate, no independent report" in listed.text  # among "N sources"
        api = client.get(f"/api/events/{met[0]['id']}").json()
        assert [s["evidence_ok"] for s in api["sources"]] == [True, True]


def test_a_copy_stored_by_a_later_run_becomes_a_source_of_the_events_fused_before(
    tmp_path: Path, context: Any
) -> None:
    events, articles = stored(tmp_path, context, runs=2)
    copy = next(a for a in articles.values() if a["duplicate_of"])
    assert events and all(
        [s["article_id"] for s in e["sources"]].count(copy["id"]) == 1 for e in events
    )
