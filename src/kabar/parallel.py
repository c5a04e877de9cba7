"""Worker processes for ``kabar run --workers N``.

The main process reads inputs, runs dedup (which must see every earlier article,
in input order) and stores; workers run the stages before dedup (clean, metadata,
fingerprint) and the coding stages after it, each with its own ``Context`` built
once, and prepare what the store inserts (``kabar.store.article_rows``), so the
main process only looks up the dedup index and inserts. After coding, the same
workers fuse the blocks (``fuse_in_workers``): the main process reads the stored
fusion summaries and inserts what comes back. Work is submitted through bounded
windows, so memory stays flat however large the input, and results come back in
input (block) order, so a parallel run stores exactly what a sequential one would.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from kabar.config import Config, FuseConfig
from kabar.context import Context, build_context
from kabar.dedup import DedupIndex
from kabar.errors import StageError, WorkerError
from kabar.model import Article
from kabar.pipeline import (
    CODING_BATCH,
    Failed,
    FuseBlocks,
    FusedBlock,
    apply_stages,
    apply_stages_many,
    chunks,
    finish,
    fuse_block,
    split_at_dedup,
)
from kabar.store import ArticleRows, article_rows

BEFORE, DEDUP, AFTER = split_at_dedup()
WORKER: dict[str, Any] = {}  # this worker's context, and the actor mapping fusion reads
CODE_TASK_ARTICLES = CODING_BATCH  # articles sent to a worker at once, and coded together
FUSE_TASK_ARTICLES = 200  # articles of the blocks sent to a worker at once


def start_worker(config: Config, parent: int) -> None:
    """Build the worker's context (lexicons, NER model, language detector) once; its
    empty dedup index only tells ``fingerprint`` that the main process will dedup."""
    WORKER["ctx"] = build_context(config, dedup_index=DedupIndex(config.dedup))
    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()


def exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker once its main process is gone: killed (SIGKILL leaves it no
    time to stop the pool), it would leave the workers waiting for tasks forever,
    each holding its context (about 200 MB)."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def run_before(articles: list[Article]) -> list[Article | Failed]:
    return apply_stages_many(articles, WORKER["ctx"], BEFORE)


def run_after(items: list[Article | Failed]) -> list[ArticleRows | Failed]:
    """The coding stages (skipped for duplicates and other languages) over the task's
    articles together, then the rows; failures pass through in place."""
    outcomes = apply_stages_many(items, WORKER["ctx"], AFTER)
    return [article_rows(finish(o)) if isinstance(o, Article) else o for o in outcomes]


@contextmanager
def worker_deaths() -> Iterator[None]:
    """A worker killed mid-run (the out-of-memory killer, a SIGKILL) breaks the pool; the
    run then ends with one ``WorkerError`` line instead of the pool's traceback."""
    try:
        yield
    except BrokenProcessPool:
        raise WorkerError() from None


def open_pool(config: Config, workers: int) -> ProcessPoolExecutor:
    """``workers`` processes, each with its context built once."""
    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=start_worker, initargs=(config, os.getpid())
    )


def code_in_workers(
    articles: Iterable[Article],
    ctx: Context,
    workers: int,
    window: int = 0,
    pool: ProcessPoolExecutor | None = None,
    chunk: int = CODE_TASK_ARTICLES,
) -> Iterator[ArticleRows | Failed]:
    """Code ``articles`` in ``workers`` processes (of ``pool``, or a pool of its own);
    yields outcomes in input order. Articles travel ``chunk`` at a time: a task costs
    the main process about a millisecond of queue and pickling work whatever its size,
    which with one task per article was a quarter of the main process's time."""
    if pool is None:
        with open_pool(ctx.config, workers) as own:
            yield from code_in_workers(articles, ctx, workers, window, own, chunk)
        return
    window = window or 4 * workers  # tasks in flight
    before: deque[Future[list[Article | Failed]]] = deque()
    after: deque[Future[list[ArticleRows | Failed]]] = deque()

    def dispatch(outcomes: list[Article | Failed]) -> None:
        """Dedup here, in input order; send the articles back for coding and rows."""
        items: list[Article | Failed] = []
        for outcome in outcomes:
            if isinstance(outcome, Article):
                try:
                    outcome = apply_stages(outcome, ctx, DEDUP)
                except StageError as error:
                    outcome = Failed(outcome.source, str(error))
            items.append(outcome)
        after.append(pool.submit(run_after, items))

    def ready() -> Iterator[ArticleRows | Failed]:
        while after and after[0].done():
            yield from after.popleft().result()

    for part in chunks(articles, chunk):
        before.append(pool.submit(run_before, part))
        while len(before) >= window or (before and before[0].done()):
            dispatch(before.popleft().result())
        yield from ready()
        while len(after) >= 2 * window:
            yield from after.popleft().result()
    while before:
        dispatch(before.popleft().result())
    while after:
        yield from after.popleft().result()


def fuse_in_workers(pool: ProcessPoolExecutor, workers: int) -> FuseBlocks:
    """A ``fuse_blocks`` for ``kabar.pipeline.refresh_fusion`` that fuses in ``pool``.

    Blocks go out in tasks of about ``FUSE_TASK_ARTICLES`` articles, at most
    ``4 * workers`` tasks at a time, and come back in order. The actor mapping, which
    every block reads, is written once to a temporary file that each worker loads once,
    instead of travelling with every task."""

    def fuse_blocks(
        blocks: Iterable[tuple[str, list[str]]], mapping: dict[str, str], config: FuseConfig
    ) -> Iterator[FusedBlock]:
        with tempfile.TemporaryDirectory(prefix="kabar-fuse-") as tmp:
            path = Path(tmp) / "mapping.json"
            path.write_bytes(orjson.dumps(mapping))
            pending: deque[Future[list[FusedBlock]]] = deque()
            for task in tasks(blocks, FUSE_TASK_ARTICLES):
                pending.append(pool.submit(fuse_task, str(path), config, task))
                while len(pending) >= 4 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()

    return fuse_blocks


def tasks(
    blocks: Iterable[tuple[str, list[str]]], size: int
) -> Iterator[list[tuple[str, list[str]]]]:
    """Consecutive blocks grouped into lists of about ``size`` articles."""
    task: list[tuple[str, list[str]]] = []
    count = 0
    for block in blocks:
        task.append(block)
        count += len(block[1])
        if count >= size:
            yield task
            task, count = [], 0
    if task:
        yield task


def fuse_task(
    mapping_path: str, config: FuseConfig, blocks: list[tuple[str, list[str]]]
) -> list[FusedBlock]:
    """Fuse some blocks in a worker, with the mapping of ``mapping_path`` (loaded once)."""
    if WORKER.get("mapping_path") != mapping_path:
        WORKER["mapping"] = orjson.loads(Path(mapping_path).read_bytes())
        WORKER["mapping_path"] = mapping_path
    return [fuse_block(block, docs, WORKER["mapping"], config) for block, docs in blocks]
