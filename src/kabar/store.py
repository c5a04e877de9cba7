"""Embedded storage in one DuckDB file.

Each table keeps the columns users filter on plus the full record as JSON, so
the export contract can grow without migrations. Articles keep their complete
coded document, which lets fusion be redone without re-reading any input.
Writes happen in one transaction per batch: an interrupted run leaves the
database as it was after the last complete batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from kabar.errors import StoreError
from kabar.model import Actor, Article, Claim, Contradiction, Event, from_dict
from kabar.stories import COPIED_KEY
from kabar.summary import (
    SUMMARY_VERSION,
    actor_parts,
    block_row,
    claim_keys,
    fusion_summary,
    merge_parts,
)

SCHEMA_VERSION = 2
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
CREATE TABLE IF NOT EXISTS actor_parts (key VARCHAR PRIMARY KEY, doc JSON);
CREATE TABLE IF NOT EXISTS article_keys (article_id VARCHAR, key VARCHAR);
CREATE TABLE IF NOT EXISTS summaries (
    article_id VARCHAR PRIMARY KEY, block_id VARCHAR, brow JSON, doc JSON);
CREATE TABLE IF NOT EXISTS claim_groups (
    claim_id VARCHAR, article_id VARCHAR, grp VARCHAR, span VARCHAR, pending BOOLEAN);
ALTER TABLE events ADD COLUMN IF NOT EXISTS block_id VARCHAR;
ALTER TABLE contradictions ADD COLUMN IF NOT EXISTS origin VARCHAR;
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
KEYLESS_TABLES = frozenset({"article_keys", "claim_groups", "failures"})
# DuckDB may otherwise cache up to 80 % of RAM; a one-core run over the 20x benchmark
# corpus peaked at 1.5 GB after 56,000 articles. With the limit DuckDB evicts cached
# pages (read back from the file, or the OS page cache, when needed) or spills. What
# it holds while a run stores batches and fuses is far less (about 60 MB at 9,000
# articles), so 256 MB caps its cache without making it spill.
MEMORY_LIMIT = "256MB"
DERIVED_TABLES = ("summaries", "actor_parts", "article_keys", "claim_groups")
ACTOR_CHUNK = 2000  # actors written per insert, each with its article lists
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
            connection.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            if not read_only:
                connection.execute(TABLES)
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)],
                )
                store.date_new_summaries()
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

    def save_articles(self, articles: Iterable[Article | ArticleRows]) -> None:
        """Insert or replace coded articles, with their quotes and claims, in bulk, and
        the compact records fusion reads (``kabar.summary``); fusion itself waits for
        ``kabar.pipeline.refresh_fusion``. Articles may come prepared (``article_rows``,
        e.g. by a worker process), so that only the inserts happen here."""
        unique: dict[str, ArticleRows] = {}
        for item in articles:  # same text twice: keep one
            unique[item.id] = item if isinstance(item, ArticleRows) else article_rows(item)
        if not unique:
            return
        rows: dict[str, list[Any]] = {name: [] for name in ARTICLE_COLUMNS}
        quote_rows: dict[str, list[Any]] = {"id": [], "article_id": [], "doc": []}
        claim_rows: dict[str, list[Any]] = {"id": [], "article_id": [], "kind": [], "doc": []}
        for prepared in unique.values():
            for name, value in zip(ARTICLE_COLUMNS, prepared.values, strict=True):
                rows[name].append(value)
            for quote_id, doc in prepared.quotes:
                quote_rows["id"].append(quote_id)
                quote_rows["article_id"].append(prepared.id)
                quote_rows["doc"].append(doc)
            for claim_id, kind, doc in prepared.claims:
                claim_rows["id"].append(claim_id)
                claim_rows["article_id"].append(prepared.id)
                claim_rows["kind"].append(kind)
                claim_rows["doc"].append(doc)
        self.delete_where_in(
            list(unique),
            ("quotes", "article_id"),
            ("claims", "article_id"),
            ("articles", "id"),
            ("summaries", "article_id"),
            ("article_keys", "article_id"),
            ("claim_groups", "article_id"),
        )
        self.append("articles", rows)
        self.append("quotes", quote_rows)
        self.append("claims", claim_rows)
        self.save_summaries([p.summary for p in unique.values() if p.summary is not None])

    def save_summaries(self, summaries: list[SummaryRows]) -> None:
        """The compact records of original (not duplicate) articles, pending fusion."""
        summary_rows: dict[str, list[Any]] = {"article_id": [], "brow": [], "doc": []}
        key_rows: dict[str, list[Any]] = {"article_id": [], "key": []}
        group_rows: dict[str, list[Any]] = {
            "claim_id": [], "article_id": [], "grp": [], "span": [], "pending": []
        }  # fmt: skip
        parts: dict[str, list[dict[str, Any]]] = {}
        for summary in summaries:
            summary_rows["article_id"].append(summary.id)
            summary_rows["brow"].append(summary.brow)
            summary_rows["doc"].append(summary.doc)
            for key, part in summary.parts.items():
                key_rows["article_id"].append(summary.id)
                key_rows["key"].append(key)
                parts.setdefault(key, []).append(part)
            for claim_id, group, span in summary.claim_keys:
                for name, value in zip(
                    group_rows, (claim_id, summary.id, group, span, True), strict=True
                ):
                    group_rows[name].append(value)
        self.append("summaries", summary_rows)
        self.append("article_keys", key_rows)
        self.append("claim_groups", group_rows)
        if parts:
            with self.registered("touched_keys", {"key": list(parts)}):
                stored = self.db.execute(
                    "SELECT key, doc FROM actor_parts WHERE key IN (SELECT key FROM touched_keys)"
                ).fetchall()
            for key, doc in stored:
                parts[key].append(orjson.loads(doc))
            merged = [merge_parts(items) for items in parts.values()]
            self.append(
                "actor_parts",
                {"key": [m["key"] for m in merged], "doc": [dumps(m) for m in merged]},
            )

    def delete_where_in(self, ids: list[str], *targets: tuple[str, str]) -> None:
        """Delete the rows whose ``column`` is one of ``ids``, in each (table, column)."""
        if not ids:
            return
        with self.registered("doomed_ids", {"id": ids}):
            for table, column in targets:
                where = f"{column} IN (SELECT id FROM doomed_ids)"
                self.db.execute(f"DELETE FROM {table} WHERE {where}")

    @contextmanager
    def registered(self, name: str, columns: dict[str, list[Any]]) -> Iterator[None]:
        """``columns`` as a temporary view ``name`` (through Arrow) for one statement's
        ``IN (SELECT ...)`` or bulk insert: far faster than binding thousands of values."""
        self.db.register(name, pa.table(columns))
        try:
            yield
        finally:
            self.db.unregister(name)

    def append(self, table: str, columns: dict[str, list[Any]]) -> None:
        """Bulk insert through an Arrow table: far faster than row-by-row statements."""
        if not next(iter(columns.values())):
            return
        with self.registered("incoming", columns):
            names = ", ".join(columns)
            verb = "INSERT" if table in KEYLESS_TABLES else "INSERT OR REPLACE"
            self.db.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM incoming")

    def load_records(self, table: str, records: list[dict[str, Any]]) -> None:
        """Insert export records (``kabar load-parquet``) with their filter columns."""
        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}")
        columns = {
            "articles": [c for c in ARTICLE_COLUMNS if c not in ("content_hash", "minhash", "doc")],
            "events": ["id", "event", "date"],
            "actors": ["id", "name", "type"],
            "quotes": ["id", "article_id"],
            "claims": ["id", "article_id", "kind"],
            "contradictions": ["id", "kind"],
        }[table]
        rows: dict[str, list[Any]] = {name: [r.get(name) for r in records] for name in columns}
        rows["doc"] = [dumps(r) for r in records]
        self.append(table, rows)

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

    def copies_of(self, originals: Iterable[str]) -> list[Article]:
        """The stored near-duplicates of these articles (``duplicate_of`` one of them)."""
        wanted = sorted(set(originals))
        if not wanted:
            return []
        with self.registered("wanted_ids", {"id": wanted}):
            rows = self.db.execute(
                "SELECT doc FROM articles WHERE duplicate_of IN (SELECT id FROM wanted_ids) "
                "ORDER BY id"
            ).fetchall()
        return [from_dict(Article, orjson.loads(doc)) for (doc,) in rows]

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
        """Swap in corpus-level results computed elsewhere (tests, small tools)."""
        for table in ("events", "actors", "actor_keys", "contradictions"):
            self.db.execute(f"DELETE FROM {table}")
        self.replace_actors(actors, actor_keys, article_ids=False)
        self.add_fusion(events, contradictions, None)
        self.set_story_ids(story_of)

    # -- incremental fusion (see kabar.pipeline.refresh_fusion) -------------------------

    def actor_parts(self) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute("SELECT doc FROM actor_parts ORDER BY key")
        while rows := cursor.fetchmany(5000):
            for (doc,) in rows:
                yield orjson.loads(doc)

    def actor_mapping(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, actor_id FROM actor_keys").fetchall())

    def replace_actors(
        self, actors: list[Actor], mapping: dict[str, str], article_ids: bool = True
    ) -> None:
        """Rewrite the actors and the key -> actor table; with ``article_ids``, each
        stored actor lists the articles of all its keys (from ``article_keys``). Actors
        go in ``ACTOR_CHUNK`` at a time, each chunk with its own article lists, so memory
        does not grow with the corpus (all lists at once took about 70 MB per 9,000
        articles); the actors passed in are not changed."""
        self.db.execute("DELETE FROM actors")
        self.db.execute("DELETE FROM actor_keys")
        keys = sorted(mapping.items())
        self.append("actor_keys", {"key": [k for k, _ in keys], "actor_id": [v for _, v in keys]})
        del keys
        for start in range(0, len(actors), ACTOR_CHUNK):
            chunk = actors[start : start + ACTOR_CHUNK]
            if article_ids:
                found = self.actor_articles([actor.id for actor in chunk])
                chunk = [replace(a, article_ids=sorted(found.get(a.id) or [])) for a in chunk]
                del found
            self.append(
                "actors",
                {
                    "id": [a.id for a in chunk],
                    "name": [a.name for a in chunk],
                    "type": [a.type for a in chunk],
                    "doc": [dumps(a) for a in chunk],
                },
            )

    def actor_articles(self, actor_ids: list[str]) -> dict[str, list[str]]:
        """actor id -> the articles of its keys, for these actors."""
        with self.registered("wanted_actors", {"id": actor_ids}):
            rows = self.db.execute(
                "SELECT k.actor_id, list(DISTINCT a.article_id) FROM article_keys a "
                "JOIN actor_keys k ON a.key = k.key "
                "WHERE k.actor_id IN (SELECT id FROM wanted_actors) GROUP BY k.actor_id"
            ).fetchall()
        return dict(rows)

    def date_new_summaries(self) -> None:
        """Mark an empty database's compact records as of this version; one that holds
        articles but no version was coded before versions were kept, so it keeps none
        and ``backfill_summaries`` rebuilds its records."""
        if self.meta("summary_version") is None and not self.count("articles"):
            self.set_meta("summary_version", str(SUMMARY_VERSION))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def backfill_summaries(self) -> int:
        """Compact records for original articles stored before they existed (schema 1),
        or all of them anew when they are of an older ``SUMMARY_VERSION``: a database
        coded by an older kabar then fuses as one coded by this one would."""
        if self.meta("summary_version") != str(SUMMARY_VERSION):
            for table in DERIVED_TABLES:
                self.db.execute(f"DELETE FROM {table}")
            self.set_meta("summary_version", str(SUMMARY_VERSION))
        missing = self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN summaries s ON s.article_id = a.id "
            "WHERE a.duplicate_of IS NULL AND s.article_id IS NULL ORDER BY a.id"
        ).fetchall()
        ids = [row[0] for row in missing]
        for start in range(0, len(ids), 500):
            with self.registered("wanted_ids", {"id": ids[start : start + 500]}):
                docs = self.db.execute(
                    "SELECT doc FROM articles WHERE id IN (SELECT id FROM wanted_ids) ORDER BY id"
                ).fetchall()
            self.save_summaries(
                [summary_rows(from_dict(Article, orjson.loads(doc))) for (doc,) in docs]
            )
        return len(ids)

    def block_rows(self) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute("SELECT brow FROM summaries ORDER BY article_id")
        while rows := cursor.fetchmany(5000):
            for (doc,) in rows:
                yield orjson.loads(doc)

    def block_assignment(self) -> dict[str, str | None]:
        return dict(self.db.execute("SELECT article_id, block_id FROM summaries").fetchall())

    def articles_with_keys(self, keys: Iterable[str]) -> set[str]:
        wanted = sorted(set(keys))
        if not wanted:
            return set()
        with self.registered("wanted_keys", {"key": wanted}):
            rows = self.db.execute(
                "SELECT DISTINCT article_id FROM article_keys WHERE key IN "
                "(SELECT key FROM wanted_keys)"
            ).fetchall()
        return {row[0] for row in rows}

    def block_docs(
        self, blocks: dict[str, str], chunk: int = 5000
    ) -> Iterator[tuple[str, list[str]]]:
        """(block id, fusion summaries of its articles as stored JSON, by article id) for
        article id -> block id, block by block; callers may write to the store between
        blocks. Summaries are read about ``chunk`` articles at a time: each read scans
        every stored summary (blocks span the table), so small reads made a first fusion
        cost time quadratic in the store (``scripts/fusion_memory.py --profile``)."""
        members: dict[str, list[str]] = {}
        for article_id, block in blocks.items():
            members.setdefault(block, []).append(article_id)
        pending: list[str] = []
        size = 0
        for block in sorted(members):
            pending.append(block)
            size += len(members[block])
            if size >= chunk:
                yield from self._read_blocks(pending, members)
                pending, size = [], 0
        yield from self._read_blocks(pending, members)

    def _read_blocks(
        self, blocks: list[str], members: dict[str, list[str]]
    ) -> Iterator[tuple[str, list[str]]]:
        ids = [article_id for block in blocks for article_id in members[block]]
        if not ids:
            return
        with self.registered("wanted_ids", {"id": ids}):
            rows = self.db.execute(
                "SELECT article_id, doc FROM summaries WHERE article_id IN "
                "(SELECT id FROM wanted_ids)"
            ).fetchall()
        docs = dict(rows)
        del rows
        for block in blocks:
            yield block, [docs.pop(a) for a in sorted(members[block])]

    def delete_fusion(self, origins: Iterable[str]) -> None:
        """Forget the events and contradictions fused in these blocks or claim groups."""
        wanted = sorted(set(origins))
        self.delete_where_in(wanted, ("events", "block_id"), ("contradictions", "origin"))

    def add_fusion(
        self, events: list[Event], contradictions: list[Contradiction], origin: str | None
    ) -> None:
        self.add_fused([(e, origin) for e in events], [(c, origin) for c in contradictions])

    def add_fused(
        self,
        events: Sequence[tuple[Event, str | None]],
        contradictions: Sequence[tuple[Contradiction, str | None]],
    ) -> None:
        """Insert fused events and contradictions, each with the block or claim group
        (its origin) whose re-fusion replaces it."""
        self.add_fused_rows(
            [(*event_row(event), origin) for event, origin in events],
            [(*contradiction_row(c), origin) for c, origin in contradictions],
        )

    def add_fused_rows(
        self, events: Sequence[tuple[Any, ...]], contradictions: Sequence[tuple[Any, ...]]
    ) -> None:
        """``add_fused`` of rows prepared elsewhere (``event_row``/``contradiction_row``
        plus the origin), e.g. by the worker process that fused the block."""
        self.append("events", columns(("id", "event", "date", "doc", "block_id"), events))
        self.append("contradictions", columns(("id", "kind", "doc", "origin"), contradictions))

    def set_story_ids(self, story_of: dict[str, str]) -> None:
        """Set the articles' story ids, and give each duplicate its original's: a copy of
        an article (another address, a sign-off added) tells the same development, though
        only the original is coded and clustered (``kabar.stories``)."""
        self.update_column("articles", "id", "story_id", story_of)
        self.db.execute(
            "UPDATE articles SET story_id = (SELECT o.story_id FROM articles AS o "
            "WHERE o.id = articles.duplicate_of) WHERE duplicate_of IS NOT NULL"
        )

    def story_ids(self) -> dict[str, str]:
        """Article id -> story id, for articles in a story (the column, not the JSON doc)."""
        rows = self.db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL")
        return {str(article_id): str(story_id) for article_id, story_id in rows.fetchall()}

    def set_blocks(self, block_of: dict[str, str]) -> None:
        self.update_column("summaries", "article_id", "block_id", block_of)

    def update_column(self, table: str, key: str, column: str, values: dict[str, str]) -> None:
        """Set ``column`` of the rows keyed in ``values``, keeping the others. Written as
        a lookup per row, not ``UPDATE ... FROM``, which DuckDB 2.0 ran far slower when
        some rows get no new value (``scripts/fusion_memory.py --profile``)."""
        if not values:
            return
        items = sorted(values.items())
        pairs = {"k": [k for k, _ in items], "v": [v for _, v in items]}
        with self.registered("new_values", pairs):
            self.db.execute(
                f"UPDATE {table} SET {column} = COALESCE((SELECT new_values.v FROM new_values "
                f"WHERE new_values.k = {table}.{key}), {column})"
            )

    def pending_claim_groups(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT grp FROM claim_groups WHERE pending ORDER BY grp"
        ).fetchall()
        return [row[0] for row in rows]

    def claim_group_members(
        self, groups: list[str], chunk: int = 200
    ) -> Iterator[tuple[str, list[tuple[Claim, str]]]]:
        """(group, [(claim, text span)]) for each group, ``chunk`` groups per query."""
        for start in range(0, len(groups), chunk):
            wanted = groups[start : start + chunk]
            with self.registered("wanted_groups", {"grp": wanted}):
                rows = self.db.execute(
                    "SELECT g.grp, c.doc, g.span FROM claim_groups g JOIN claims c "
                    "ON c.id = g.claim_id AND c.article_id = g.article_id "
                    "WHERE g.grp IN (SELECT grp FROM wanted_groups) ORDER BY g.grp, c.id"
                ).fetchall()
            found: dict[str, list[tuple[Claim, str]]] = {}
            for group, doc, span in rows:
                found.setdefault(group, []).append((from_dict(Claim, orjson.loads(doc)), span))
            del rows
            for group in wanted:
                if group in found:
                    yield group, found.pop(group)

    def settle_claim_groups(self) -> None:
        self.db.execute("UPDATE claim_groups SET pending = false WHERE pending")

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


@dataclass(frozen=True)
class SummaryRows:
    """The compact records of one original article (``kabar.summary``), serialised."""

    id: str
    brow: str
    doc: str
    parts: dict[str, dict[str, Any]]
    claim_keys: list[tuple[str, str, str]]


@dataclass(frozen=True)
class ArticleRows:
    """What the store inserts for one article, prepared wherever it was coded."""

    id: str
    source: str
    duplicate_of: str | None
    values: tuple[Any, ...]  # the ARTICLE_COLUMNS, in order
    quotes: list[tuple[str, str]]  # (id, doc)
    claims: list[tuple[str, str, str]]  # (id, kind, doc)
    summary: SummaryRows | None  # None for a duplicate


def summary_rows(article: Article) -> SummaryRows:
    summary = fusion_summary(article)
    return SummaryRows(
        id=article.id,
        brow=dumps(block_row(article, summary.meta[COPIED_KEY])),
        doc=dumps(summary),
        parts=actor_parts(article),
        claim_keys=claim_keys(article),
    )


def article_rows(article: Article) -> ArticleRows:
    """The rows ``Store.save_articles`` inserts for ``article``: pure, so a worker
    process can prepare them and send only strings back."""
    values = (
        article.id,
        article.source,
        article.title,
        article.publication,
        article.dateline,
        article.published,
        article.published_precision,
        article.language,
        article.url,
        article.duplicate_of,
        article.story_id,
        article.meta.get("content_hash"),
        article.meta.get("minhash"),
        article_json(article),
    )
    return ArticleRows(
        id=article.id,
        source=article.source,
        duplicate_of=article.duplicate_of,
        values=values,
        quotes=[(quote.id, dumps(quote)) for quote in article.quotes],
        claims=[(claim.id, claim.kind, dumps(claim)) for claim in article.claims],
        summary=None if article.duplicate_of else summary_rows(article),
    )


def event_row(event: Event) -> tuple[str, str, str | None, str]:
    """(id, event, date, doc) of a fused event, as the events table stores it."""
    return event.id, event.event, event.date, dumps(event)


def contradiction_row(contradiction: Contradiction) -> tuple[str, str, str]:
    """(id, kind, doc) of a contradiction, as the contradictions table stores it."""
    return contradiction.id, contradiction.kind, dumps(contradiction)


def columns(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, list[Any]]:
    """Row tuples as the column lists ``Store.append`` takes."""
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def dumps(record: Any) -> str:
    """JSON of a model dataclass or plain dict (orjson serialises dataclasses natively)."""
    return orjson.dumps(record).decode("utf-8")


def article_json(article: Article) -> str:
    """The stored document of an article: everything but the binary MinHash signature."""
    minhash = article.meta.pop("minhash", None)
    try:
        return dumps(article)
    finally:
        if minhash is not None:
            article.meta["minhash"] = minhash
