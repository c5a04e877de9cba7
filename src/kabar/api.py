"""The public Python API: ``kabar.process`` and ``kabar.extract_entities``.

A ``Pipeline`` holds the loaded lexicons and model; the module-level functions
use one default pipeline, loaded on first use, so a notebook user can call them
directly while applications keep their own ``kabar.load()`` instance.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kabar.config import Config
from kabar.context import Context, build_context
from kabar.model import Article
from kabar.nlp import find_mentions
from kabar.pipeline import process_article

ENTITY_LABELS = {"PER", "ORG", "LOC", "GPE"}


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str  # PER, ORG, LOC (GPE is reported as LOC with ``kind="country"``)
    text: str
    kind: str | None = None
    country: str | None = None
    office: str | None = None


class Pipeline:
    """A loaded kabar pipeline; call it on a text to get the coded Article."""

    def __init__(self, context: Context) -> None:
        self.context = context

    def __call__(self, text: str, **metadata: object) -> Article:
        source = str(metadata.pop("source", "<text>"))
        return process_article(Article.from_input(text, source, dict(metadata)), self.context)

    def extract_entities(self, text: str) -> list[Entity]:
        return [
            Entity(
                start=m.start,
                end=m.end,
                label="LOC" if m.label == "GPE" else m.label,
                text=m.text,
                kind="country" if m.label == "GPE" else None,
                country=m.country,
                office=m.office,
            )
            for m in find_mentions(text, self.context)
            if m.label in ENTITY_LABELS
        ]


def load(config: Config | None = None) -> Pipeline:
    """Load lexicons and the NER model once; reuse the pipeline for many texts."""
    return Pipeline(build_context(config))


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return load()


def process(text: str, **metadata: object) -> Article:
    """Code one article text; metadata such as title=, published=, publication= may be given."""
    return default_pipeline()(text, **metadata)


def extract_entities(text: str) -> list[Entity]:
    """Person, organisation and place mentions with character offsets into ``text``."""
    return default_pipeline().extract_entities(text)
