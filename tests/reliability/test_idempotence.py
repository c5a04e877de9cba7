"""Idempotence: a second run changes nothing; ids depend on content only, not on the run,
the file names, the input order, the working directory or the process's hash seed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import exported, kabar, write_corpus

TABLES = ("articles", "events", "actors", "quotes", "claims", "contradictions")


def ids(out: Path) -> dict[str, list[str]]:
    return {
        table: sorted(json.loads(line)["id"] for line in (out / f"{table}.jsonl").open())
        for table in TABLES
    }


def stats(db: Path) -> dict:
    result = kabar("stats", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_running_twice_on_mixed_formats_changes_nothing(tmp_path):
    inputs = write_corpus(tmp_path / "in", 40, seed=3, files=2)
    rows = [json.loads(line) for line in Path(inputs[0]).read_text("utf-8").splitlines()[:5]]
    (tmp_path / "in" / "one.txt").write_text(rows[0]["text"] + "Tambahan.\n", "utf-8")
    db = tmp_path / "k.duckdb"
    first = kabar("run", str(tmp_path / "in"), "--db", str(db), "--no-model")
    assert first.returncode == 0, first.stderr
    kabar("export", "--db", str(db), "--out", str(tmp_path / "o1"))
    before = stats(db)
    second = kabar("run", str(tmp_path / "in"), "--db", str(db), "--no-model")
    assert second.returncode == 0 and "41 already stored" in second.stdout, second.stdout
    assert "0 articles coded" in second.stdout
    kabar("export", "--db", str(db), "--out", str(tmp_path / "o2"))
    assert stats(db) == before
    assert exported(tmp_path / "o1") == exported(tmp_path / "o2")


def test_ids_are_stable_across_runs_names_order_and_machines(tmp_path):
    inputs = write_corpus(tmp_path / "a", 30, seed=5, files=3)
    other = tmp_path / "elsewhere" / "renamed"
    other.mkdir(parents=True)
    moved = []
    for number, path in enumerate(reversed(inputs)):  # other names, other order
        target = other / f"z{number}-{Path(path).stem}.jsonl"
        shutil.copy(path, target)
        moved.append(str(target))
    results = []
    for name, files, seed, cwd in (
        ("one", inputs, "1", tmp_path),
        ("two", moved, "4242", other),
    ):
        db, out = tmp_path / f"{name}.duckdb", tmp_path / f"out-{name}"
        run = kabar(
            "run", *files, "--db", str(db), "--no-model", cwd=cwd, env={"PYTHONHASHSEED": seed}
        )
        assert run.returncode == 0, run.stderr
        assert kabar("export", "--db", str(db), "--out", str(out)).returncode == 0
        results.append(ids(out))
    assert results[0] == results[1]
    assert results[0]["events"] and results[0]["quotes"] and results[0]["claims"]
