"""Write the export contract (SCHEMA.md): one JSON Lines file per table.

Records are computed once in the store and only rendered here; each export
file has a JSON Schema shipped in ``kabar/schemas`` that tests validate against.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from kabar.store import EXPORT_TABLES, Store

# Working fields of the coded document that are not part of the articles table.
ARTICLE_INTERNALS = (
    "raw",
    "meta",
    "sentences",
    "tokens",
    "mentions",
    "times",
    "events",
    "quotes",
    "claims",
    "contradictions",
    "trace",
)


def article_record(doc: dict[str, Any], story_id: str | None) -> dict[str, Any]:
    record = {k: v for k, v in doc.items() if k not in ARTICLE_INTERNALS}
    record["story_id"] = story_id
    return record


def table_records(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table != "articles":
        yield from store.records(table)
        return
    cursor = store.db.execute("SELECT doc, story_id FROM articles ORDER BY id")
    while rows := cursor.fetchmany(500):
        for doc, story_id in rows:
            yield article_record(json.loads(doc), story_id)


def export_jsonl(store: Store, out_dir: Path) -> dict[str, int]:
    """Write ``<table>.jsonl`` for every export table; return the record counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in EXPORT_TABLES:
        path = out_dir / f"{table}.jsonl"
        tmp = path.with_suffix(".jsonl.tmp")
        n = 0
        with tmp.open("w", encoding="utf-8") as handle:
            for record in table_records(store, table):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        tmp.replace(path)  # readers never see a half-written file
        counts[table] = n
    return counts


def load_schema(table: str) -> dict[str, Any]:
    """The JSON Schema of one export table."""
    text = resources.files("kabar.schemas").joinpath(f"{table}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_export(out_dir: Path) -> list[str]:
    """Every schema violation in an export directory, as readable lines."""
    from jsonschema import Draft202012Validator

    problems = []
    for table in EXPORT_TABLES:
        validator = Draft202012Validator(load_schema(table))
        path = out_dir / f"{table}.jsonl"
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                for error in validator.iter_errors(json.loads(line)):
                    where = "/".join(str(p) for p in error.absolute_path)
                    problems.append(f"{path}:{number}: {where}: {error.message}")
    return problems
