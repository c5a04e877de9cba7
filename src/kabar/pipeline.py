"""The registry of stages, in order, and the runners that apply them.

Each per-article stage is a plain ``stage(article, context) -> article``
function that declares what it needs and what it assigns; ``check_order``
refuses a pipeline in which a stage needs something no earlier stage gives.
Corpus-level work (actor resolution across articles, fusion) runs after the
articles of a run are stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from kabar.actors import build_actors, resolve_mentions
from kabar.checks import check_article
from kabar.claims import extract_claims
from kabar.clean import clean_article
from kabar.context import Context
from kabar.dedup import DedupIndex, mark_duplicate, signature_from_bytes
from kabar.errors import InputError, PipelineOrderError, StageError
from kabar.events import code_events
from kabar.fuse import fuse
from kabar.ingest import RawRecord, read_inputs
from kabar.metadata import extract_metadata
from kabar.model import Article
from kabar.nlp import analyse_text
from kabar.quotes import extract_quotes
from kabar.store import Store

StageFunction = Callable[[Article, Context], Article]
CODED_LANGUAGES = {"id", "ms", None}  # Malay is often Indonesian misdetected; None: too short


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunction
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    coding: bool = True  # skipped for duplicates and articles not in Indonesian


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean_article, ("raw",), ("text", "removed"), coding=False),
    Stage(
        "metadata",
        extract_metadata,
        ("text",),
        ("title", "publication", "dateline", "published", "language"),
        coding=False,
    ),
    Stage("dedup", mark_duplicate, ("text",), ("duplicate_of",), coding=False),
    Stage("nlp", analyse_text, ("text", "published"), ("sentences", "tokens", "times", "mentions")),
    Stage("actors", resolve_mentions, ("mentions",), ("clusters",)),
    Stage("events", code_events, ("sentences", "mentions", "times", "clusters"), ("events",)),
    Stage("quotes", extract_quotes, ("sentences", "mentions", "clusters"), ("quotes",)),
    Stage("claims", extract_claims, ("sentences", "times", "mentions"), ("claims",)),
    Stage("checks", check_article, ("mentions", "title"), ("flags", "contradictions")),
)


def check_order(stages: Iterable[Stage]) -> None:
    """Raise PipelineOrderError when a stage needs what no earlier stage provides."""
    available = {"raw"}
    for stage in stages:
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise PipelineOrderError(f"stage {stage.name} needs {', '.join(missing)} first")
        available.update(stage.assigns)


check_order(STAGES)


def process_article(article: Article, ctx: Context, stages: Iterable[Stage] = STAGES) -> Article:
    """Run every stage on one article; a failing stage raises StageError."""
    for stage in stages:
        if stage.coding and (article.duplicate_of or article.language not in CODED_LANGUAGES):
            continue
        try:
            article = stage.func(article, ctx)
        except Exception as error:  # one policy: wrap, and let the runner decide
            raise StageError(
                stage.name, article.source, f"{type(error).__name__}: {error}"
            ) from error
        if not isinstance(article, Article):
            raise StageError(stage.name, "?", "stage did not return an Article")
    if article.language not in CODED_LANGUAGES:
        article.flags.append("not_coded:language")
    return article


def article_from_record(record: RawRecord) -> Article:
    return Article.from_input(record.text, record.source, record.meta)


@dataclass
class RunReport:
    processed: int = 0
    skipped_known: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)


def load_dedup_index(store: Store, ctx: Context) -> DedupIndex:
    index = DedupIndex(ctx.config.dedup)
    for article_id, text_hash, minhash in store.dedup_entries():
        index.add(article_id, text_hash, signature_from_bytes(minhash, ctx.config.dedup.num_perm))
    return index


def run(
    inputs: Iterable[str],
    store: Store,
    ctx: Context,
    batch_size: int = 200,
    on_article: Callable[[str], None] | None = None,
) -> RunReport:
    """Read, code and store every input, then redo actor resolution and fusion.

    Articles already in the store (same text, same id) are skipped, so a re-run
    after an interruption completes the job without duplicates.
    """
    report = RunReport()
    if ctx.dedup_index is None:  # duplicates are found against everything already stored
        ctx = replace(ctx, dedup_index=load_dedup_index(store, ctx))
    known = store.known_ids()
    batch: list[Article] = []
    for item in read_inputs(inputs, ctx.config.ingest):
        if isinstance(item, InputError):
            report.failures.append(str(item))
            with store.transaction():
                store.record_failure(item.source, item.reason)
            continue
        article = article_from_record(item)
        if article.id in known:
            report.skipped_known += 1
            continue
        try:
            article = process_article(article, ctx)
        except StageError as error:
            report.failures.append(str(error))
            with store.transaction():
                store.record_failure(article.source, str(error))
            continue
        known.add(article.id)
        report.processed += 1
        report.duplicates += article.duplicate_of is not None
        batch.append(article)
        if on_article:
            on_article(article.source)
        if len(batch) >= batch_size:
            save_batch(store, batch)
            batch = []
    save_batch(store, batch)
    refresh_fusion(store, ctx)
    return report


def save_batch(store: Store, batch: list[Article]) -> None:
    if batch:
        with store.transaction():
            store.save_articles(batch)


def refresh_fusion(store: Store, ctx: Context) -> None:
    """Recompute actors, fused events, stories and contradictions over the whole store."""
    articles = list(store.articles())
    actors, mapping = build_actors(a for a in articles if a.duplicate_of is None)
    result = fuse(articles, mapping, ctx.config.fuse)
    with store.transaction():
        store.replace_fusion(result.events, actors, mapping, result.contradictions, result.story_of)


def process_texts(
    texts: Iterable[tuple[str, dict[str, object]]], ctx: Context
) -> Iterator[Article]:
    """Code texts in memory, without a store (the public Python API)."""
    for number, (text, meta) in enumerate(texts):
        source = str(meta.pop("source", f"<text {number}>"))
        yield process_article(Article.from_input(text, source, meta), ctx)
