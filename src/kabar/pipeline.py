"""The registry of stages, in order, and the runners that apply them.

Each per-article stage is a plain ``stage(article, context) -> article``
function that declares what it needs and what it assigns; ``check_order``
refuses a pipeline in which a stage needs something no earlier stage gives.
Corpus-level work (actor resolution across articles, fusion) runs after the
articles of a run are stored, incrementally, over compact per-article records.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import orjson

from kabar.actors import resolve_mentions
from kabar.blocks import fusion_blocks
from kabar.checks import check_article
from kabar.claims import extract_claims
from kabar.clean import clean_article
from kabar.config import FuseConfig
from kabar.context import Context
from kabar.dedup import DedupIndex, fingerprint, mark_duplicate, signature_from_bytes
from kabar.errors import InputError, PipelineOrderError, StageError
from kabar.events import code_events
from kabar.fuse import fuse_stories, numeric_contradictions
from kabar.fuse_copies import copies_by_original, with_copy_sources
from kabar.ingest import RawRecord, read_inputs
from kabar.metadata import extract_metadata
from kabar.model import Article, Contradiction, Event, from_dict
from kabar.nlp import analyse_text, analyse_texts
from kabar.quotes import extract_quotes
from kabar.store import ArticleRows, Store, contradiction_row, event_row
from kabar.summary import claim_articles, resolve_actors

StageFunction = Callable[[Article, Context], Article]
BatchFunction = Callable[[list[Article], Context], list[Article]]
FLUSH_ROWS = 5000  # fused records written per bulk insert
CODED_LANGUAGES = {"id", "ms", None}  # Malay is often Indonesian misdetected; None: too short
CODING_BATCH = 32  # articles taken through the stages together (see ``apply_stages_many``)
T = TypeVar("T")


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunction
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    coding: bool = True  # skipped for duplicates and articles not in Indonesian
    # The same work over several articles at once, when that is cheaper than one by one
    # (spaCy's ``pipe``); it must leave the articles untouched when it raises.
    many: BatchFunction | None = None

    def skips(self, article: Article) -> bool:
        return self.coding and (
            article.duplicate_of is not None or article.language not in CODED_LANGUAGES
        )


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean_article, ("raw",), ("text", "removed"), coding=False),
    Stage(
        "metadata",
        extract_metadata,
        ("text",),
        ("title", "publication", "dateline", "published", "published_day_month", "language"),
        coding=False,
    ),
    Stage("fingerprint", fingerprint, ("text",), ("fingerprint",), coding=False),
    Stage("dedup", mark_duplicate, ("text", "fingerprint"), ("duplicate_of",), coding=False),
    Stage(
        "nlp",
        analyse_text,
        ("text", "published"),
        ("sentences", "times", "mentions"),
        many=analyse_texts,
    ),
    Stage("actors", resolve_mentions, ("mentions",), ("clusters",)),
    Stage("quotes", extract_quotes, ("sentences", "mentions", "clusters"), ("quotes",)),
    Stage(
        "events",
        code_events,
        ("sentences", "mentions", "times", "clusters", "quotes"),
        ("events",),
    ),  # a quote's speaker ("..., ujarnya.") is who "kami" in it stands for
    Stage("claims", extract_claims, ("sentences", "times", "mentions"), ("claims",)),
    Stage(
        "checks",
        check_article,
        ("mentions", "title", "quotes", "claims"),
        ("flags", "contradictions"),
    ),
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
    return finish(apply_stages(article, ctx, stages))


def apply_stages(article: Article, ctx: Context, stages: Iterable[Stage]) -> Article:
    """Run some stages on one article (``process_article`` without the final flags)."""
    for stage in stages:
        if stage.skips(article):
            continue
        try:
            article = stage.func(article, ctx)
        except Exception as error:  # one policy: wrap, and let the runner decide
            raise StageError(
                stage.name, article.source, f"{type(error).__name__}: {error}"
            ) from error
        if not isinstance(article, Article):
            raise StageError(stage.name, "?", "stage did not return an Article")
    return article


def apply_stages_many(
    articles: Sequence[Article | T], ctx: Context, stages: Iterable[Stage]
) -> list[Article | Failed | T]:
    """`apply_stages` over several articles, stage by stage, so a stage with a batch form
    gets them all at once (the NER model decodes their sentences together). Each stays
    in its place; one a stage fails on becomes a `Failed` there and the rest go on, and
    anything else (an earlier failure) passes through in place. Only dedup looks at other
    articles, and it still sees them in input order."""
    items: list[Article | Failed | T] = list(articles)
    for stage in stages:
        todo = [
            (i, item)
            for i, item in enumerate(items)
            if isinstance(item, Article) and not stage.skips(item)
        ]
        if stage.many is not None and len(todo) > 1:
            try:
                done = stage.many([article for _, article in todo], ctx)
            except Exception:  # redone one by one below, so only the article at fault fails
                pass
            else:
                for (i, _), article in zip(todo, done, strict=True):
                    items[i] = article
                continue
        for i, article in todo:
            try:
                items[i] = apply_stages(article, ctx, (stage,))
            except StageError as error:
                items[i] = Failed(article.source, str(error))
    return items


def finish(article: Article) -> Article:
    if article.language not in CODED_LANGUAGES:
        article.flags.append("not_coded:language")
    return article


def split_at_dedup(
    stages: tuple[Stage, ...] = STAGES,
) -> tuple[tuple[Stage, ...], tuple[Stage, ...], tuple[Stage, ...]]:
    """(stages before dedup, the dedup stage, stages after it): dedup needs every
    earlier article, so parallel runs do it in the main process, in input order."""
    names = [stage.name for stage in stages]
    at = names.index("dedup")
    return stages[:at], stages[at : at + 1], stages[at + 1 :]


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
    workers: int = 1,
) -> RunReport:
    """Read, code and store every input, then update actor resolution and fusion.

    Inputs stream through in batches of ``batch_size``, each stored in one
    transaction, so memory does not grow with the corpus. Articles already in the
    store (same text, same id) are skipped, so a re-run after an interruption
    completes the job without duplicates, and a run over a grown corpus codes only
    the new articles. With ``workers`` > 1, worker processes run the stages and then
    fuse the blocks (``kabar.parallel``); dedup and storage stay in this process, in
    input order, so the result is the same as with one.
    """
    report = RunReport()
    if ctx.dedup_index is None:  # duplicates are found against everything already stored
        ctx = replace(ctx, dedup_index=load_dedup_index(store, ctx))
    known = store.known_ids()

    def fresh() -> Iterator[Article]:
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
            known.add(article.id)
            yield article

    with ExitStack() as stack:
        fuse_blocks: FuseBlocks | None = None
        if workers > 1:
            from kabar.parallel import code_in_workers, fuse_in_workers, open_pool, worker_deaths

            stack.enter_context(worker_deaths())  # a killed worker: one error, stored batches stay
            pool = stack.enter_context(open_pool(ctx.config, workers))
            outcomes: Iterator[Article | ArticleRows | Failed] = code_in_workers(
                fresh(), ctx, workers, pool=pool
            )
            fuse_blocks = fuse_in_workers(pool, workers)
        else:
            outcomes = code_here(fresh(), ctx)
        batch: list[Article | ArticleRows] = []
        copied: set[str] = set()
        for outcome in outcomes:
            if isinstance(outcome, Failed):
                report.failures.append(outcome.message)
                with store.transaction():
                    store.record_failure(outcome.source, outcome.message)
                continue
            report.processed += 1
            report.duplicates += outcome.duplicate_of is not None
            if outcome.duplicate_of is not None:
                copied.add(outcome.duplicate_of)
            batch.append(outcome)
            if on_article:
                on_article(outcome.source)
            if len(batch) >= batch_size:
                save_batch(store, batch)
                batch = []
        save_batch(store, batch)
        refresh_fusion(store, ctx, fuse_blocks, copied)
    return report


@dataclass(frozen=True)
class Failed:
    """An article a stage failed on: recorded in the store, the run goes on."""

    source: str
    message: str


def code_here(articles: Iterable[Article], ctx: Context) -> Iterator[Article | Failed]:
    """``process_article`` over each article, in this process, ``CODING_BATCH`` at a
    time (``apply_stages_many``); failures are yielded in their place."""
    for part in chunks(articles, CODING_BATCH):
        for outcome in apply_stages_many(part, ctx, STAGES):
            yield finish(outcome) if isinstance(outcome, Article) else outcome


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    part: list[Any] = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def save_batch(store: Store, batch: Sequence[Article | ArticleRows]) -> None:
    if batch:
        with store.transaction():
            store.save_articles(batch)


def refresh_fusion(
    store: Store,
    ctx: Context,
    fuse_blocks: FuseBlocks | None = None,
    copied: Iterable[str] = (),
) -> FusionStats:
    """Bring actors, stories, fused events and contradictions up to date, incrementally.

    Actors are re-resolved over compact per-key records (``kabar.summary``), not
    articles. Fusion is redone only for the blocks (``kabar.blocks``) that gained
    articles or whose actors changed, reading fusion summaries of those blocks only,
    one block at a time, by ``fuse_blocks`` (``fuse_here``, or worker processes:
    ``kabar.parallel.fuse_in_workers``); numeric contradictions only for claim groups
    with new claims. Everything is one transaction. The blocks of the articles in
    ``copied`` (originals that gained a near-duplicate) are redone too, and the copies
    of a redone block's articles become sources of their events (``kabar.fuse_copies``).
    """
    config = ctx.config.fuse
    stats = FusionStats()
    with store.transaction():
        stats.backfilled = store.backfill_summaries()
        previous = store.actor_mapping()
        actors, mapping = resolve_actors(store.actor_parts())
        changed = {key for key, actor in mapping.items() if previous.get(key) != actor}
        store.replace_actors(actors, mapping)
        stats.actors = len(actors)
        del actors
        block_of = fusion_blocks(store.block_rows(), mapping, config)
        gc.collect()  # return what reading every article's block row took before fusing
        before = store.block_assignment()
        touched = {block for article, block in block_of.items() if before.get(article) != block}
        touched |= {block_of[a] for a in store.articles_with_keys(changed) if a in block_of}
        touched |= {block_of[a] for a in copied if a in block_of}
        gone = {block for block in before.values() if block} - set(block_of.values())
        store.delete_fusion(touched | gone)
        redo = {article: block for article, block in block_of.items() if block in touched}
        del before, block_of
        stats.blocks, stats.articles = len(touched), len(redo)
        story_of: dict[str, str] = {}
        events: list[tuple[Any, ...]] = []
        found: list[tuple[Any, ...]] = []
        copies = copies_by_original(store.copies_of(redo))  # built once, not per block
        copied_blocks = {redo[original] for original in copies}
        for fused in (fuse_blocks or fuse_here)(store.block_docs(redo), mapping, config):
            rows = fused.events
            if fused.block in copied_blocks:
                rows = [event_row(with_copy_sources(event_of(row), copies)) for row in rows]
            events += [(*row, fused.block) for row in rows]
            found += [(*row, fused.block) for row in fused.contradictions]
            story_of.update(fused.story_of)
            stats.events += len(fused.events)
            if len(events) + len(found) >= FLUSH_ROWS:  # bulk inserts, bounded buffers
                store.add_fused_rows(events, found)
                events, found = [], []
        store.add_fused_rows(events, found)
        store.set_story_ids(story_of)
        store.set_blocks(redo)
        groups = store.pending_claim_groups()
        stats.claim_groups = len(groups)
        store.delete_fusion(f"num:{group}" for group in groups)
        numeric: list[tuple[Contradiction, str]] = []
        for group, claims in store.claim_group_members(groups):
            numeric += [(c, f"num:{group}") for c in numeric_contradictions(claim_articles(claims))]
            if len(numeric) >= FLUSH_ROWS:
                store.add_fused([], numeric)
                numeric = []
        store.add_fused([], numeric)
        store.settle_claim_groups()
    return stats


def event_of(row: tuple[str, str, str | None, str]) -> Event:
    """The fused event of an events row (``kabar.store.event_row``)."""
    return from_dict(Event, orjson.loads(row[3]))


@dataclass(frozen=True)
class FusedBlock:
    """What fusing one block gives, as the rows the store inserts (``Store.add_fused_rows``
    without the origin), so a worker process can send back strings only."""

    block: str
    events: list[tuple[str, str, str | None, str]]
    contradictions: list[tuple[str, str, str]]
    story_of: dict[str, str]


FuseBlocks = Callable[
    [Iterable[tuple[str, list[str]]], dict[str, str], FuseConfig], Iterator[FusedBlock]
]


def fuse_block(
    block: str, docs: list[str], mapping: dict[str, str], config: FuseConfig
) -> FusedBlock:
    """Fuse one block from its stored fusion summaries (``Store.block_docs``)."""
    articles = [from_dict(Article, orjson.loads(doc)) for doc in docs]
    result = fuse_stories(articles, mapping, config)
    return FusedBlock(
        block,
        [event_row(event) for event in result.events],
        [contradiction_row(c) for c in result.contradictions],
        result.story_of,
    )


def fuse_here(
    blocks: Iterable[tuple[str, list[str]]], mapping: dict[str, str], config: FuseConfig
) -> Iterator[FusedBlock]:
    """``fuse_block`` over each block, in this process, in order."""
    for block, docs in blocks:
        yield fuse_block(block, docs, mapping, config)


@dataclass
class FusionStats:
    """What one ``refresh_fusion`` redid."""

    backfilled: int = 0
    actors: int = 0
    blocks: int = 0
    articles: int = 0
    events: int = 0
    claim_groups: int = 0
