"""Embedded storage in one DuckDB file.

Each table keeps the columns users filter on plus the full record as JSON, so
the export contract can grow without migrations. Articles keep their complete
coded document, which lets fusion be redone without re-reading any input.
Writes happen in one transaction per batch: an interrupted run leaves the
database as it was after the last complete batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from kabar.errors import StoreError
from kabar.model import Actor, Article, Contradiction, Event, from_dict

SCHEMA_VERSION = 1
TABLES = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, publication VARCHAR,
    dateline VARCHAR, published VARCHAR, published_precision VARCHAR, language VARCHAR,
    url VARCHAR, duplicate_of VARCHAR, story_id VARCHAR, content_hash VARCHAR,
    minhash BLOB, doc JSON);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, event VARCHAR, date VARCHAR, doc JSON);
CREATE TABLE IF NOT EXISTS actors (id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, doc JSON);
CREATE TABLE IF NOT EXISTS actor_keys (key VARCHAR PRIMARY KEY, actor_id VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (id VARCHAR PRIMARY KEY, article_id VARCHAR, doc JSON);
CREATE TABLE IF NOT EXISTS claims (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, doc JSON);
CREATE TABLE IF NOT EXISTS contradictions (id VARCHAR PRIMARY KEY, kind VARCHAR, doc JSON);
CREATE TABLE IF NOT EXISTS failures (
    source VARCHAR, reason VARCHAR, failed_at TIMESTAMP DEFAULT current_timestamp);
"""
ARTICLE_COLUMNS = (
    "id",
    "source",
    "title",
    "publication",
    "dateline",
    "published",
    "published_precision",
    "language",
    "url",
    "duplicate_of",
    "story_id",
    "content_hash",
    "minhash",
    "doc",
)
EXPORT_TABLES = ("articles", "actors", "events", "quotes", "claims", "contradictions")


class Store:
    """A kabar database: open with ``Store.open(path)``, close with ``close()``."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: str) -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"{path}: no such database (run `kabar run` first)")
        try:
            connection = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(f"{path}: cannot open database: {error}") from error
        store = cls(connection, path)
        try:
            if not read_only:
                connection.execute(TABLES)
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)],
                )
            connection.execute("SELECT count(*) FROM articles, failures LIMIT 0")
        except duckdb.Error as error:
            connection.close()
            raise StoreError(f"{path}: not a kabar database: {error}") from error
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def known_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM articles").fetchall()}

    def save_articles(self, articles: Iterable[Article]) -> None:
        """Insert or replace coded articles, with their quotes and claims, in bulk."""
        unique = {article.id: article for article in articles}  # same text twice: keep one
        if not unique:
            return
        article_rows: dict[str, list[Any]] = {name: [] for name in ARTICLE_COLUMNS}
        quote_rows: dict[str, list[Any]] = {"id": [], "article_id": [], "doc": []}
        claim_rows: dict[str, list[Any]] = {"id": [], "article_id": [], "kind": [], "doc": []}
        for article in unique.values():
            values = {
                "id": article.id,
                "source": article.source,
                "title": article.title,
                "publication": article.publication,
                "dateline": article.dateline,
                "published": article.published,
                "published_precision": article.published_precision,
                "language": article.language,
                "url": article.url,
                "duplicate_of": article.duplicate_of,
                "story_id": article.story_id,
                "content_hash": article.meta.get("content_hash"),
                "minhash": article.meta.get("minhash"),
                "doc": article_json(article),
            }
            for name in ARTICLE_COLUMNS:
                article_rows[name].append(values[name])
            for quote in article.quotes:
                quote_rows["id"].append(quote.id)
                quote_rows["article_id"].append(article.id)
                quote_rows["doc"].append(dumps(quote))
            for claim in article.claims:
                claim_rows["id"].append(claim.id)
                claim_rows["article_id"].append(article.id)
                claim_rows["kind"].append(claim.kind)
                claim_rows["doc"].append(dumps(claim))
        ids = pa.table({"id": list(unique)})
        self.db.register("saved_ids", ids)
        try:
            for table, key in (
                ("quotes", "article_id"),
                ("claims", "article_id"),
                ("articles", "id"),
            ):
                self.db.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM saved_ids)")
        finally:
            self.db.unregister("saved_ids")
        self.append("articles", article_rows)
        self.append("quotes", quote_rows)
        self.append("claims", claim_rows)

    def append(self, table: str, columns: dict[str, list[Any]]) -> None:
        """Bulk insert through an Arrow table: far faster than row-by-row statements."""
        if not next(iter(columns.values())):
            return
        batch = pa.table(columns)
        self.db.register("incoming", batch)
        try:
            names = ", ".join(columns)
            self.db.execute(
                f"INSERT OR REPLACE INTO {table} ({names}) SELECT {names} FROM incoming"
            )
        finally:
            self.db.unregister("incoming")

    def record_failure(self, source: str, reason: str) -> None:
        self.db.execute("INSERT INTO failures (source, reason) VALUES (?, ?)", [source, reason])

    def articles(self) -> Iterator[Article]:
        """Every stored article, fully rebuilt, in a stable order."""
        cursor = self.db.execute("SELECT doc FROM articles ORDER BY id")
        while rows := cursor.fetchmany(500):
            for (doc,) in rows:
                yield from_dict(Article, orjson.loads(doc))

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT doc FROM articles WHERE id = ?", [article_id]).fetchone()
        return from_dict(Article, orjson.loads(row[0])) if row else None

    def dedup_entries(self) -> Iterator[tuple[str, str, bytes]]:
        """(id, content hash, MinHash bytes) of every original article, for the dedup index."""
        cursor = self.db.execute(
            "SELECT id, content_hash, minhash FROM articles "
            "WHERE duplicate_of IS NULL AND minhash IS NOT NULL ORDER BY id"
        )
        while rows := cursor.fetchmany(2000):
            yield from rows

    def replace_fusion(
        self,
        events: list[Event],
        actors: list[Actor],
        actor_keys: dict[str, str],
        contradictions: list[Contradiction],
        story_of: dict[str, str],
    ) -> None:
        """Swap in the corpus-level results of fusion."""
        for table in ("events", "actors", "actor_keys", "contradictions"):
            self.db.execute(f"DELETE FROM {table}")
        self.insert_many(
            "INSERT INTO events VALUES (?,?,?,?)",
            [[e.id, e.event, e.date, dumps(e)] for e in events],
        )
        self.insert_many(
            "INSERT INTO actors VALUES (?,?,?,?)",
            [[a.id, a.name, a.type, dumps(a)] for a in actors],
        )
        self.insert_many(
            "INSERT INTO actor_keys VALUES (?,?)", [list(kv) for kv in sorted(actor_keys.items())]
        )
        self.insert_many(
            "INSERT INTO contradictions VALUES (?,?,?)",
            [[c.id, c.kind, dumps(c)] for c in contradictions],
        )
        self.insert_many(
            "UPDATE articles SET story_id = ? WHERE id = ?",
            [[story, article_id] for article_id, story in sorted(story_of.items())],
        )

    def insert_many(self, sql: str, rows: list[list[Any]]) -> None:
        if rows:
            self.db.executemany(sql, rows)

    def records(self, table: str) -> Iterator[dict[str, Any]]:
        """The JSON records of one export table, in a stable order."""
        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}")
        cursor = self.db.execute(f"SELECT doc FROM {table} ORDER BY id")
        while rows := cursor.fetchmany(1000):
            for (doc,) in rows:
                yield orjson.loads(doc)

    def count(self, table: str, where: str = "") -> int:
        row = self.db.execute(f"SELECT count(*) FROM {table} {where}").fetchone()
        return int(row[0]) if row else 0

    def event_type_counts(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT event, count(*) FROM events GROUP BY event ORDER BY count(*) DESC, event"
        ).fetchall()
        return [(str(name), int(n)) for name, n in rows]


def dumps(record: Any) -> str:
    """JSON of a model dataclass or plain dict (orjson serialises dataclasses natively)."""
    return orjson.dumps(record).decode("utf-8")


def article_json(article: Article) -> str:
    """The stored document of an article: everything but tokens and the binary signature."""
    tokens, minhash = article.tokens, article.meta.pop("minhash", None)
    article.tokens = []
    try:
        return dumps(article)
    finally:
        article.tokens = tokens
        if minhash is not None:
            article.meta["minhash"] = minhash
