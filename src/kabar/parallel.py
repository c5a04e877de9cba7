"""Worker processes for ``kabar run --workers N``.

The main process reads inputs, runs dedup (which must see every earlier article,
in input order) and stores; workers run the stages before dedup (clean, metadata,
fingerprint) and the coding stages after it, each with its own ``Context`` built
once, and prepare what the store inserts (``kabar.store.article_rows``), so the
main process only looks up the dedup index and inserts. Work is
submitted through bounded windows, so memory stays flat however large the input,
and results come back in input order, so a parallel run stores exactly what a
sequential one would.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from kabar.config import Config
from kabar.context import Context, build_context
from kabar.dedup import DedupIndex
from kabar.errors import StageError
from kabar.model import Article
from kabar.pipeline import Failed, apply_stages, finish, split_at_dedup
from kabar.store import ArticleRows, article_rows

BEFORE, DEDUP, AFTER = split_at_dedup()
WORKER: dict[str, Context] = {}


def start_worker(config: Config) -> None:
    """Build the worker's context (lexicons, NER model, language detector) once; its
    empty dedup index only tells ``fingerprint`` that the main process will dedup."""
    WORKER["ctx"] = build_context(config, dedup_index=DedupIndex(config.dedup))


def run_before(article: Article) -> Article | Failed:
    return _apply(article, BEFORE)


def run_after(article: Article) -> ArticleRows | Failed:
    """The coding stages (skipped for duplicates and other languages), then the rows."""
    outcome = _apply(article, AFTER)
    return article_rows(finish(outcome)) if isinstance(outcome, Article) else outcome


def _apply(article: Article, stages: tuple[object, ...]) -> Article | Failed:
    try:
        return apply_stages(article, WORKER["ctx"], stages)  # type: ignore[arg-type]
    except StageError as error:
        return Failed(article.source, str(error))


def code_in_workers(
    articles: Iterable[Article], ctx: Context, workers: int, window: int = 0
) -> Iterator[ArticleRows | Failed]:
    """Code ``articles`` in ``workers`` processes; yields outcomes in input order."""
    window = window or 8 * workers
    before: deque[Future[Article | Failed]] = deque()
    after: deque[Future[ArticleRows | Failed] | Failed] = deque()
    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=start_worker, initargs=(ctx.config,)
    ) as pool:

        def dispatch(outcome: Article | Failed) -> None:
            """Dedup here, in input order; send the article back for coding and rows."""
            if isinstance(outcome, Failed):
                after.append(outcome)
                return
            try:
                article = apply_stages(outcome, ctx, DEDUP)
            except StageError as error:
                after.append(Failed(outcome.source, str(error)))
                return
            after.append(pool.submit(run_after, article))

        def ready() -> Iterator[ArticleRows | Failed]:
            while after and (not isinstance(after[0], Future) or after[0].done()):
                yield resolved(after.popleft())

        for article in articles:
            before.append(pool.submit(run_before, article))
            while len(before) >= window or (before and before[0].done()):
                dispatch(before.popleft().result())
            yield from ready()
            while len(after) >= 2 * window:
                yield resolved(after.popleft())
        while before:
            dispatch(before.popleft().result())
        while after:
            yield resolved(after.popleft())


def resolved(item: Future[ArticleRows | Failed] | Failed) -> ArticleRows | Failed:
    return item.result() if isinstance(item, Future) else item
