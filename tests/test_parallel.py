"""--workers N stores exactly what one process stores."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from kabar import parallel
from kabar import store as store_module
from kabar.config import Config, NlpConfig
from kabar.context import build_context, coordinator_context
from kabar.errors import WorkerError
from kabar.export import export_jsonl
from kabar.model import Article
from kabar.parallel import code_in_workers
from kabar.pipeline import Failed, code_here, run
from kabar.store import EXPORT_TABLES, Store

from .conftest import EXAMPLES


def test_workers_store_what_one_process_stores(tmp_path, monkeypatch):
    """Also with the main process holding no lexicons or models (``kabar run --workers``),
    and actors written a few at a time."""
    monkeypatch.setattr(parallel, "FUSE_TASK_ARTICLES", 2)  # many fusion tasks, kept in order
    config = Config(nlp=NlpConfig(use_model=False))
    outputs = []
    for workers in (1, 2):
        ctx = build_context(config) if workers == 1 else coordinator_context(config)
        if workers == 2:
            monkeypatch.setattr(store_module, "ACTOR_CHUNK", 3)
        with Store.open(tmp_path / f"w{workers}.duckdb") as store:
            report = run([str(EXAMPLES)], store, ctx, workers=workers, batch_size=3)
            assert report.processed and not report.failures
            export_jsonl(store, tmp_path / f"w{workers}")
        outputs.append(
            {t: (tmp_path / f"w{workers}" / f"{t}.jsonl").read_text() for t in EXPORT_TABLES}
        )
    assert outputs[0] == outputs[1]


def test_outcomes_keep_input_order_and_failures():
    ctx = build_context(Config(nlp=NlpConfig(use_model=False)))
    texts = [f"Presiden Joko Widodo bertemu menteri ke-{n} di Jakarta, Senin." for n in range(9)]
    texts.insert(4, texts[2])  # an exact duplicate, found in the main process
    articles = [Article.from_input(t, f"<{n}>") for n, t in enumerate(texts)]
    here = list(code_here([Article.from_input(t, f"<{n}>") for n, t in enumerate(texts)], ctx))
    ctx = build_context(Config(nlp=NlpConfig(use_model=False)))
    there = list(code_in_workers(articles, ctx, workers=2, window=2, chunk=3))
    assert [a.source for a in there if not isinstance(a, Failed)] == [f"<{n}>" for n in range(10)]
    assert [getattr(a, "duplicate_of", None) for a in there] == [
        getattr(a, "duplicate_of", None) for a in here
    ]


def test_workers_end_when_the_main_process_is_killed(tmp_path):
    """A run killed with SIGKILL leaves no worker behind, holding its context."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "killed.py"
    script.write_text(
        "import os, time\n"
        "from kabar.config import Config, NlpConfig\n"
        "from kabar.parallel import open_pool\n"
        "if __name__ == '__main__':\n"
        "    pool = open_pool(Config(nlp=NlpConfig(use_model=False)), 1)\n"
        "    print(pool.submit(os.getpid).result(), flush=True)\n"
        "    time.sleep(600)\n"
    )
    main = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert main.stdout is not None
    worker = int(main.stdout.readline())
    main.kill()
    main.wait()

    def alive() -> bool:
        try:  # a zombie waiting for init to reap it is gone too
            return Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 20
    while alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive()


def test_a_killed_worker_ends_the_run_with_one_error_and_keeps_stored_batches(tmp_path):
    """SIGKILL (as the kernel's out-of-memory killer sends) to the workers mid-run:
    a WorkerError saying what happened, not BrokenProcessPool's traceback; batches
    stored before stay, and running again completes the job."""
    config = Config(nlp=NlpConfig(use_model=False))
    seen: list[str] = []

    def kill_workers_at_the_fourth(source: str) -> None:
        seen.append(source)
        if len(seen) == 4:
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)

    with Store.open(tmp_path / "k.duckdb") as store:
        with pytest.raises(WorkerError, match="worker process stopped unexpectedly"):
            run([str(EXAMPLES)], store, coordinator_context(config), workers=2,
                batch_size=2, on_article=kill_workers_at_the_fourth)  # fmt: skip
        kept = store.count("articles")
        assert kept >= 2 and store.count("events") == 0  # batches stay; fusion rolled back
        report = run([str(EXAMPLES)], store, coordinator_context(config), workers=2)
        assert report.skipped_known == kept and not report.failures
        assert store.count("events") > 0


def test_articles_coded_together_get_what_each_gets_alone():
    """The NER model decodes a batch's sentences together; every article still gets
    exactly the mentions and events it gets when coded on its own."""
    from kabar.model import to_dict
    from kabar.pipeline import STAGES, apply_stages_many, process_article

    ctx = build_context(Config())
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))[:6]]
    together = apply_stages_many(
        [Article.from_input(t, f"<{n}>") for n, t in enumerate(texts)], ctx, STAGES
    )
    alone = [process_article(Article.from_input(t, f"<{n}>"), ctx) for n, t in enumerate(texts)]
    assert len(together) == len(alone) == 6
    for one, other in zip(together, alone, strict=True):
        assert isinstance(one, Article)
        assert [to_dict(m) for m in one.mentions] == [to_dict(m) for m in other.mentions]
        assert [to_dict(e) for e in one.events] == [to_dict(e) for e in other.events]
    assert sum(len(a.events) for a in alone) > 0


def test_a_batch_a_stage_fails_on_is_redone_one_article_at_a_time(monkeypatch):
    """One article that breaks the nlp stage's batch form fails alone, and the others,
    redone one by one, are analysed once (the batch form left them untouched)."""
    from kabar import nlp
    from kabar.pipeline import STAGES, apply_stages_many

    real_find_times = nlp.find_times

    def fragile_find_times(text, reference):
        if "\x00" in text:
            raise ValueError("a NUL byte in the text")
        return real_find_times(text, reference)

    monkeypatch.setattr(nlp, "find_times", fragile_find_times)
    ctx = build_context(Config(nlp=NlpConfig(use_model=False)))
    texts = [
        "Menteri Luar Negeri Sugiono bertemu Menlu Jepang di Tokyo, Selasa (4/3/2025).",
        "Polisi menangkap dua tersangka\x00 pencurian kendaraan di Bekasi.",
        "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia di Istana.",
    ]
    articles = [Article.from_input(t, f"<{n}>") for n, t in enumerate(texts)]
    outcomes = apply_stages_many(articles, ctx, STAGES)
    assert isinstance(outcomes[1], Failed) and "NUL byte" in outcomes[1].message
    for coded in (outcomes[0], outcomes[2]):
        assert isinstance(coded, Article) and coded.events
        assert [step.stage for step in coded.trace].count("nlp") == 1
