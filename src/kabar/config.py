"""Typed, immutable configuration: one frozen class per pipeline section."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class IngestConfig:
    """How input records map to article fields.

    fields: article field -> input field name, for JSONL/CSV (defaults match
        the common ``id, title, text, published, publication, url`` layout).
    max_bytes: inputs larger than this are refused with an error, not read.
    """

    fields: tuple[tuple[str, str], ...] = ()
    max_bytes: int = 200_000_000


@dataclass(frozen=True)
class CleanConfig:
    """Residue removal.

    splice: join text that a removed teaser block interrupted mid-paragraph.
    """

    splice: bool = True


@dataclass(frozen=True)
class DedupConfig:
    """Near-duplicate detection.

    threshold: estimated Jaccard similarity of word 5-shingles above which two
        articles are near duplicates.
    num_perm: MinHash permutations (more is more exact and slower).
    """

    threshold: float = 0.85
    num_perm: int = 64


@dataclass(frozen=True)
class NlpConfig:
    """Entity recognition.

    use_model: run the trained statistical NER model; off, only gazetteers and
        office patterns are used.
    """

    use_model: bool = True


@dataclass(frozen=True)
class FuseConfig:
    """Cross-article fusion.

    max_story_gap_days: articles further apart than this are never one story.
    story_min_cosine: TF-IDF cosine of title and lead that two articles of one
        story must reach.
    story_min_shared_actors: people or organisations two articles of one story
        must share.
    story_strong_shared_actors: two articles sharing this many named actors, half
        of the smaller article's at least, need only ``story_min_cosine_strong``
        (outlets word one development differently, and a follow-up leads with its
        new turn).
    story_min_cosine_strong: the cosine such strongly linked articles must reach.
    story_copy_gap_days: two articles at most this far apart that print one long
        sentence word for word and share a named actor are one story whatever
        their leads (``kabar.stories.copied_sentences``).
    """

    max_story_gap_days: int = 10
    story_min_cosine: float = 0.2
    story_min_shared_actors: int = 2
    story_strong_shared_actors: int = 3
    story_min_cosine_strong: float = 0.14
    story_copy_gap_days: int = 3


@dataclass(frozen=True)
class Config:
    """Everything a run can be told; the defaults suit plain news dumps."""

    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    fuse: FuseConfig = field(default_factory=FuseConfig)
