"""Crash safety: ``kabar run`` killed with SIGKILL at random points leaves a consistent
database, and a re-run completes it with no duplicates and the same export as one clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import duckdb

from .conftest import KABAR, exported, kabar, write_corpus

ARTICLES = 300
KILLS = 5


def check_consistent(db: Path) -> int:
    """Every stored article has exactly its quotes and claims; returns the article count."""
    connection = duckdb.connect(str(db), read_only=True)
    try:
        docs = {
            article_id: json.loads(doc)
            for article_id, doc in connection.execute("SELECT id, doc FROM articles").fetchall()
        }
        for table in ("quotes", "claims"):
            stored: dict[str, set[str]] = {}
            for record_id, article_id in connection.execute(
                f"SELECT id, article_id FROM {table}"
            ).fetchall():
                stored.setdefault(article_id, set()).add(record_id)
            assert set(stored) <= set(docs), f"{table} of articles that are not stored"
            for article_id, doc in docs.items():
                expected = {item["id"] for item in doc.get(table) or []}
                assert stored.get(article_id, set()) == expected, (table, article_id)
        (distinct,) = connection.execute("SELECT count(DISTINCT id) FROM articles").fetchone()
        assert distinct == len(docs)
        return len(docs)
    finally:
        connection.close()


def wait_for(db: Path, process: subprocess.Popen[bytes], limit: float = 120.0) -> None:
    """Until the run has created its database (or ended, or ``limit`` seconds passed)."""
    deadline = time.monotonic() + limit
    while not db.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


def test_sigkill_at_random_points_then_rerun_completes_without_duplicates(tmp_path):
    inputs = write_corpus(tmp_path / "corpus", ARTICLES)
    db = tmp_path / "crashed.duckdb"
    rng = random.Random(11)
    counts = []
    for _ in range(KILLS):
        process = subprocess.Popen(
            [*KABAR, "run", *inputs, "--db", str(db), "--no-model"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "COLUMNS": "200"},
        )
        wait_for(db, process)  # a loaded machine may take seconds to start Python
        time.sleep(rng.uniform(0.0, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if db.exists():
            counts.append(check_consistent(db))
    assert db.exists() and counts, "no kill landed after the database was created"
    print("articles stored at each kill:", counts)

    final = kabar("run", *inputs, "--db", str(db), "--no-model")
    assert final.returncode == 0, final.stderr
    assert check_consistent(db) == ARTICLES

    clean_db = tmp_path / "clean.duckdb"
    assert kabar("run", *inputs, "--db", str(clean_db), "--no-model").returncode == 0
    for name, path in (("crashed", db), ("clean", clean_db)):
        result = kabar("export", "--db", str(path), "--out", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    crashed, clean = exported(tmp_path / "crashed"), exported(tmp_path / "clean")
    assert set(crashed) == set(clean)
    for name in clean:
        assert crashed[name] == clean[name], f"{name} differs after the interrupted runs"
