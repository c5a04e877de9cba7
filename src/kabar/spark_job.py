"""The kabar pipeline as a Spark job, for corpora beyond one machine.

    kabar run --engine spark INPUT... --out DIR [--master local[4]]
    python -m kabar.spark_job INPUT... --out DIR [--master ...] [--no-model]
    spark-submit --master yarn src/kabar/spark_job.py INPUT... --out hdfs:///kabar/out

INPUT is any path Spark reads (local, hdfs://, s3a://; files or directories of
.jsonl/.csv/.tsv/.txt/.html/.warc, optionally .gz/.zst). DIR receives one Parquet
table per SCHEMA.md table (the columns of ``kabar.export.parquet_columns``) plus
``failures``; ``kabar load-parquet DIR --db PATH`` loads them for ``kabar serve``.
kabar must be installed on every executor (``pip install kabar``); each partition
builds its ``Context`` once.

The job has no logic of its own: every step calls the functions the local engine
calls, in Spark stages:
1. read files (binaryFile) and parse them into records (``kabar.ingest.read_bytes``);
2. per partition, the stages before dedup (``kabar.pipeline.apply_stages``);
3. dedup, which needs every earlier article, decided in input order on the driver
   from compact (id, hash, MinHash) rows, then replayed per article by the dedup stage;
4. per partition, the coding stages (``process_article``'s remaining stages), taken
   ``CODING_BATCH`` articles at a time as the local engine takes them;
5. actors: parts reduced by key (``kabar.summary.merge_parts``), resolved on the driver;
6. fusion blocks from compact rows on the driver (``kabar.blocks``), then every block
   fused in parallel (``kabar.fuse.fuse_stories``), and numeric contradictions per
   claim group (``kabar.fuse.numeric_contradictions``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import orjson

from kabar.blocks import fusion_blocks
from kabar.config import Config, NlpConfig
from kabar.context import build_context
from kabar.dedup import DedupIndex, content_hash, minhash_of, signature_from_bytes
from kabar.errors import InputError, KabarError, StageError
from kabar.export import article_record, flat_row, parquet_columns
from kabar.fuse import fuse_stories, numeric_contradictions
from kabar.fuse_copies import with_copies
from kabar.model import Article
from kabar.pipeline import (
    CODING_BATCH,
    Failed,
    apply_stages,
    apply_stages_many,
    article_from_record,
    chunks,
    finish,
    split_at_dedup,
)
from kabar.store import EXPORT_TABLES, article_json, dumps
from kabar.summary import (
    actor_parts,
    block_row,
    claim_articles,
    claim_keys,
    fusion_summary,
    merge_parts,
    resolve_actors,
)

BEFORE, DEDUP, AFTER = split_at_dedup()


class DecidedDuplicates(DedupIndex):
    """A dedup index whose answers were decided on the driver, in input order."""

    def __init__(self, config: Any, decisions: dict[str, tuple[str, str]]) -> None:
        super().__init__(config)
        self.decisions = decisions

    def add(self, article_id: str, text_hash: str, signature: Any) -> None:
        return None

    def find(self, article_id: str, text_hash: str, signature: Any) -> tuple[str | None, str]:
        return self.decisions.get(article_id, (None, ""))


def local_path(path: str) -> str:
    """Spark's ``file:/x`` is the local engine's ``/x``, so sources match."""
    return path[len("file:") :] if path.startswith("file:") else path


def parse_files(rows: Iterable[Any], config: Config) -> Iterator[tuple[tuple[str, int], Any]]:
    """((path, record number), RawRecord or InputError) for each record of each file."""
    from pathlib import PurePosixPath

    from kabar.ingest import is_readable, read_bytes

    for row in rows:
        path = local_path(row.path)
        if not is_readable(PurePosixPath(path)):  # type: ignore[arg-type]
            continue
        try:
            records = list(read_bytes(bytes(row.content), path, path, config.ingest))
        except InputError as error:
            records = [error]
        for number, record in enumerate(records):
            yield (path, number), record


def code_partition(
    items: Iterable[tuple[tuple[str, int], Any]], config: Config
) -> Iterator[tuple[tuple[str, int], Any]]:
    """Stages before dedup, with one context per partition; failures pass through."""
    ctx = build_context(config)
    for key, record in items:
        if isinstance(record, InputError):
            yield key, ("failed", record.source, str(record))
            continue
        article = article_from_record(record)
        try:
            yield key, apply_stages(article, ctx, BEFORE)
        except StageError as error:
            yield key, ("failed", article.source, str(error))


def finish_partition(
    items: Iterable[tuple[tuple[str, int], Any]],
    config: Config,
    decisions: dict[str, tuple[str, str]],
) -> Iterator[Any]:
    """The dedup stage (replaying the driver's decisions) and the coding stages."""
    ctx = replace(build_context(config), dedup_index=DecidedDuplicates(config.dedup, decisions))
    for part in chunks((item for _, item in items), CODING_BATCH):
        for outcome in apply_stages_many(part, ctx, DEDUP + AFTER):
            if isinstance(outcome, Failed):
                yield ("failed", outcome.source, outcome.message)
            else:
                yield finish(outcome) if isinstance(outcome, Article) else outcome


def dedup_row(item: Any, num_perm: int) -> tuple[str, str, bytes] | None:
    if not isinstance(item, Article) or not item.text.strip():
        return None
    signature = minhash_of(item.text, num_perm)
    return item.id, content_hash(item.text), signature.hashvalues.tobytes()


def decide_duplicates(
    rows: Iterable[tuple[str, str, bytes] | None], config: Config
) -> dict[str, tuple[str, str]]:
    """What the dedup stage answers for each article, visiting them in input order."""
    index = DedupIndex(config.dedup)
    decisions: dict[str, tuple[str, str]] = {}
    for row in rows:
        if row is None:
            continue
        article_id, text_hash, data = row
        signature = signature_from_bytes(data, config.dedup.num_perm)
        original, how = index.find(article_id, text_hash, signature)
        if original:
            decisions[article_id] = (original, how)
        else:
            index.add(article_id, text_hash, signature)
    return decisions


def spark_schema(table: str) -> Any:
    from pyspark.sql import types as T

    def spark_type(kind: Any) -> Any:
        import pyarrow as pa

        if pa.types.is_list(kind):
            return T.ArrayType(T.StringType())
        return {
            pa.int64(): T.LongType(),
            pa.float64(): T.DoubleType(),
            pa.bool_(): T.BooleanType(),
        }.get(kind, T.StringType())

    return T.StructType(
        [T.StructField(name, spark_type(kind), True) for name, kind, _ in parquet_columns(table)]
    )


def as_row(table: str, record: dict[str, Any]) -> tuple[Any, ...]:
    row = flat_row(table, record)
    return tuple(row[name] for name, _, _ in parquet_columns(table))


def plain(record: Any) -> dict[str, Any]:
    loaded: dict[str, Any] = orjson.loads(dumps(record))
    return loaded


def run_spark(
    inputs: list[str], out: str, config: Config | None = None, master: str | None = None
) -> dict[str, int]:
    """Run the whole pipeline on Spark; write Parquet tables under ``out``; return counts."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise KabarError("the Spark engine needs pyspark: pip install pyspark") from error
    config = config or Config()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("kabar").config("spark.ui.enabled", "false")
    if master:
        builder = builder.master(master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.config("spark.master", os.environ.get("KABAR_SPARK_MASTER", "local[*]"))
    spark = builder.getOrCreate()
    try:
        return write_tables(spark, inputs, out, config)
    finally:
        spark.stop()


def write_tables(spark: Any, inputs: list[str], out: str, config: Config) -> dict[str, int]:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(inputs)
        .select("path", "content")
    )
    records = files.rdd.mapPartitions(lambda rows: parse_files(rows, config))
    # One article per id, the first in input order (same text twice is stored once).
    prepared = (
        records.mapPartitions(lambda items: code_partition(items, config))
        .map(lambda kv: (kv[1].id if isinstance(kv[1], Article) else f"!{kv[0]}", kv))
        .reduceByKey(lambda a, b: a if a[0] <= b[0] else b)
        .map(lambda kv: kv[1])
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    num_perm = config.dedup.num_perm
    ordered = prepared.map(lambda kv: (kv[0], dedup_row(kv[1], num_perm))).sortByKey()
    decided = decide_duplicates((row for _, row in ordered.toLocalIterator()), config)
    decisions = sc.broadcast(decided)
    outcomes = prepared.mapPartitions(
        lambda items: finish_partition(items, config, decisions.value)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    articles = outcomes.filter(lambda item: isinstance(item, Article))
    originals = articles.filter(lambda a: a.duplicate_of is None)

    parts = (
        originals.flatMap(lambda a: list(actor_parts(a).items()))
        .reduceByKey(lambda x, y: merge_parts([x, y]))
        .values()
        .collect()
    )
    actors, mapping = resolve_actors(sorted(parts, key=lambda p: p["key"]))
    shared_mapping = sc.broadcast(mapping)
    article_ids = dict(
        originals.flatMap(lambda a: [(k, a.id) for k in actor_parts(a)])
        .map(lambda kv: (shared_mapping.value.get(kv[0], kv[0]), kv[1]))
        .groupByKey()
        .mapValues(lambda ids: sorted(set(ids)))
        .collect()
    )
    for actor in actors:
        actor.article_ids = article_ids.get(actor.id, [])

    block_of = fusion_blocks(originals.map(block_row).toLocalIterator(), mapping, config.fuse)
    shared_blocks = sc.broadcast(block_of)

    def fuse_block(members: Iterable[Article]) -> Any:
        ordered = sorted(members, key=lambda a: a.id)
        result = fuse_stories(ordered, shared_mapping.value, config.fuse)
        result.events = with_copies(result.events, ordered)  # sources, no corroboration
        return result

    copied = articles.filter(
        lambda a: a.duplicate_of is not None and a.duplicate_of in shared_blocks.value
    ).map(lambda a: (shared_blocks.value[a.duplicate_of], a))
    fused = (
        originals.map(lambda a: (shared_blocks.value[a.id], fusion_summary(a)))
        .union(copied)
        .groupByKey()
        .mapValues(fuse_block)
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    numeric = (
        originals.flatMap(
            lambda a: [
                (group, ({c.id: c for c in a.claims}[claim_id], span))
                for claim_id, group, span in claim_keys(a)
            ]
        )
        .groupByKey()
        .flatMap(lambda kv: numeric_contradictions(claim_articles(kv[1])))
    )
    story_of = fused.flatMap(lambda r: list(r.story_of.items()))
    copies = articles.filter(lambda a: a.duplicate_of is not None).map(
        lambda a: (a.duplicate_of, a.id)
    )  # a duplicate is in its original's story, as ``Store.set_story_ids`` gives it
    story_of = story_of.union(copies.join(story_of).map(lambda kv: kv[1]))

    tables: dict[str, Any] = {
        "articles": articles.map(lambda a: (a.id, a))
        .leftOuterJoin(story_of)
        .map(lambda kv: article_record(orjson.loads(article_json(kv[1][0])), kv[1][1])),
        "actors": sc.parallelize([plain(a) for a in actors], max(1, sc.defaultParallelism)),
        "events": fused.flatMap(lambda r: [plain(e) for e in r.events]),
        "quotes": articles.flatMap(lambda a: [plain(q) for q in a.quotes]),
        "claims": articles.flatMap(lambda a: [plain(c) for c in a.claims]),
        "contradictions": fused.flatMap(lambda r: [plain(c) for c in r.contradictions])
        .union(numeric.map(plain))
        .map(lambda c: (c["id"], c))
        .reduceByKey(lambda a, b: a)
        .values(),
    }
    counts = {}
    base = out.rstrip("/")
    for table in EXPORT_TABLES:
        rows = tables[table].map(lambda record, t=table: as_row(t, record))
        frame = spark.createDataFrame(rows, schema=spark_schema(table))
        frame.write.mode("overwrite").parquet(f"{base}/{table}")
        counts[table] = spark.read.parquet(f"{base}/{table}").count()
    failures = outcomes.filter(lambda item: not isinstance(item, Article))
    spark.createDataFrame(
        failures.map(lambda f: (f[1], f[2])), schema="source string, reason string"
    ).write.mode("overwrite").parquet(f"{base}/failures")
    counts["failures"] = failures.count()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="kabar.spark_job", description="Run the kabar pipeline on Spark."
    )
    parser.add_argument("inputs", nargs="+", help="files or directories (any Spark path)")
    parser.add_argument("--out", required=True, help="output directory for Parquet tables")
    parser.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    parser.add_argument("--no-model", action="store_true", help="gazetteers and rules only")
    args = parser.parse_args(argv)
    config = Config(nlp=NlpConfig(use_model=not args.no_model))
    try:
        counts = run_spark(args.inputs, args.out, config, master=args.master)
    except KabarError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
