"""What every stage receives besides the article: configuration and loaded resources.

Built once per run by ``build_context`` and passed explicitly, so no stage keeps
hidden global state.
"""

from __future__ import annotations

import atexit
import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kabar.config import Config

if TYPE_CHECKING:
    from kabar.dedup import DedupIndex
    from kabar.lexicons import Lexicons
    from kabar.ner import NerModel

# Languages an Indonesian news feed realistically mixes in; fewer candidates make
# lingua both faster and more reliable.
CANDIDATE_LANGUAGES = ("INDONESIAN", "MALAY", "ENGLISH", "ARABIC", "DUTCH", "JAVANESE")
# Young-generation thresholds of the cyclic collector during a run (CPython's default is
# 700, 10, 10): coding one article allocates tens of thousands of short-lived objects
# (tokens, candidates, mentions), and at 700 each one's live tokens were rescanned by
# dozens of collections; these keep the same collections, far fewer times.
GC_THRESHOLDS = (50_000, 20, 10)


@dataclass(frozen=True)
class Context:
    config: Config
    lexicons: Lexicons
    ner: NerModel | None = None
    language_detector: Any = None
    dedup_index: DedupIndex | None = None


def build_language_detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in CANDIDATE_LANGUAGES if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def build_context(config: Config | None = None, dedup_index: DedupIndex | None = None) -> Context:
    """Load lexicons, the language detector and, when configured, the NER model."""
    from kabar.lexicons import load_lexicons
    from kabar.ner import load_ner

    config = config or Config()
    context = Context(
        config=config,
        lexicons=load_lexicons(),
        ner=load_ner() if config.nlp.use_model else None,
        language_detector=build_language_detector(),
        dedup_index=dedup_index,
    )
    settle_loaded()
    return context


def settle_loaded() -> None:
    """Take what is loaded now (lexicons, model, modules) out of the cyclic garbage
    collector's scans: it lives until the process ends, and rescanning its millions of
    objects in every full collection cost about 4 % of a run. It is handed back at exit,
    so that extension modules see it freed as usual. The collector then runs with
    ``GC_THRESHOLDS``: over bench.jsonl its time fell from 2.4 to 0.7 CPU s (timed by a
    ``gc.callbacks`` hook around ``scripts/bench.py``)."""
    if not gc.get_freeze_count():
        atexit.register(gc.unfreeze)
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def coordinator_context(config: Config) -> Context:
    """The context of the main process of a parallel run (``kabar run --workers N``):
    it only dedups, stores and fuses by way of the workers, which load the lexicons and
    models themselves, so it loads none (about 50 MB saved, and the time to load)."""
    from kabar.lexicons import Lexicons

    return Context(config=config, lexicons=Lexicons.empty())
