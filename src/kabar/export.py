"""Write the export contract (SCHEMA.md): one JSON Lines or Parquet file per table.

Records are computed once in the store and only rendered here; each export
file has a JSON Schema shipped in ``kabar/schemas`` that tests validate against.
Parquet tables have one column per SCHEMA.md field: scalars typed, lists of
strings as lists, and nested objects (sources, roles, removed, ...) as JSON text,
so every engine writes the same columns (``kabar.spark_job`` uses these too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import orjson
import pyarrow as pa

from kabar.errors import StoreError
from kabar.model import Actor, Article, Claim, Contradiction, Event, Quote
from kabar.store import EXPORT_TABLES, Store, dumps

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


MODEL_OF = {
    "articles": Article,
    "actors": Actor,
    "events": Event,
    "quotes": Quote,
    "claims": Claim,
    "contradictions": Contradiction,
}
SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def column_type(hint: Any) -> tuple[pa.DataType, bool]:
    """(Arrow type, whether values are stored as JSON text) of one model field."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        options = [o for o in get_args(hint) if o is not type(None)]
        return column_type(options[0]) if len(options) == 1 else (pa.string(), True)
    if origin is Literal:
        return pa.string(), False
    if origin is list and get_args(hint) == (str,):
        return pa.list_(pa.string()), False
    if hint in SCALARS:
        return SCALARS[hint], False
    return pa.string(), True


def parquet_columns(table: str) -> list[tuple[str, pa.DataType, bool]]:
    """(name, Arrow type, JSON-encoded) of every column of an export table."""
    model = MODEL_OF[table]
    hints = get_type_hints(model)
    names = [name for name in hints if not (table == "articles" and name in ARTICLE_INTERNALS)]
    return [(name, *column_type(hints[name])) for name in names]


def parquet_schema(table: str) -> pa.Schema:
    return pa.schema([(name, kind) for name, kind, _ in parquet_columns(table)])


def flat_row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """An export record as a Parquet row: nested values become JSON text."""
    row = {}
    for name, kind, as_json in parquet_columns_cached(table):
        value = record.get(name)
        if as_json and value is not None:
            value = dumps(value)
        elif kind == pa.float64() and value is not None:
            value = float(value)
        row[name] = value
    return row


def nested_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The export record of a Parquet row (``flat_row`` undone)."""
    record = dict(row)
    for name, _, as_json in parquet_columns_cached(table):
        if as_json and record.get(name) is not None:
            record[name] = orjson.loads(record[name])
    return record


_COLUMNS: dict[str, list[tuple[str, pa.DataType, bool]]] = {}


def parquet_columns_cached(table: str) -> list[tuple[str, pa.DataType, bool]]:
    if table not in _COLUMNS:
        _COLUMNS[table] = parquet_columns(table)
    return _COLUMNS[table]


def export_parquet(store: Store, out_dir: Path, chunk: int = 5000) -> dict[str, int]:
    """Write ``<table>.parquet`` for every export table; return the record counts."""
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in EXPORT_TABLES:
        path = out_dir / f"{table}.parquet"
        tmp = path.with_suffix(".parquet.tmp")
        schema = parquet_schema(table)
        n = 0
        with pq.ParquetWriter(tmp, schema) as writer:
            rows: list[dict[str, Any]] = []
            for record in table_records(store, table):
                rows.append(flat_row(table, record))
                if len(rows) >= chunk:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    n, rows = n + len(rows), []
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
        tmp.replace(path)
        counts[table] = n
    return counts


def parquet_rows(directory: str, table: str) -> Iterator[dict[str, Any]]:
    """Rows of ``<table>.parquet`` or ``<table>/`` (Spark's part files) under ``directory``."""
    import pyarrow.dataset as ds

    base = directory.rstrip("/")
    for candidate in (f"{base}/{table}", f"{base}/{table}.parquet"):
        try:
            dataset = ds.dataset(candidate, format="parquet")
        except (FileNotFoundError, OSError):
            continue
        for batch in dataset.to_batches():
            yield from batch.to_pylist()
        return
    raise StoreError(f"{directory}: no {table} table (expected {table}/ or {table}.parquet)")


def load_parquet(store: Store, directory: str) -> dict[str, int]:
    """Load Parquet export tables (``kabar run --engine spark``) into ``store``, replacing
    what it held, so ``kabar serve`` and the terminal views can read them."""
    counts = {}
    with store.transaction():
        for table in EXPORT_TABLES:
            store.db.execute(f"DELETE FROM {table}")
            n = 0
            rows: list[dict[str, Any]] = []
            for row in parquet_rows(directory, table):
                rows.append(nested_row(table, row))
                if len(rows) >= 2000:
                    store.load_records(table, rows)
                    n, rows = n + len(rows), []
            store.load_records(table, rows)
            counts[table] = n + len(rows)
    return counts
