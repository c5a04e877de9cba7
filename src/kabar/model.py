"""The document model every pipeline stage reads and enriches.

Positions, not copies: sentences, mentions, quotes, claims and events hold
character offsets into ``Article.text`` (the cleaned text) plus the id of the
rule or model that produced them, so every record can be traced to its evidence.
Cuts made by cleaning hold offsets into ``Article.raw``.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

Precision = Literal["day", "month", "year", "unknown"]
HOME = "IDN"  # the country of kabar's news, whose bodies and people go unqualified
T = TypeVar("T")


def stable_id(prefix: str, *parts: object) -> str:
    """A short deterministic id: the same parts give the same id on every machine."""
    joined = "\x1f".join(str(p) for p in parts)
    digest = hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}_{digest[:16]}"


@dataclass
class Cut:
    """A piece of the raw input removed by cleaning, and why.

    ``replacement`` is None for a cut. A repair (reason ``mojibake``) sets it to the
    text that stands for ``text`` in the cleaned text, so every clean offset still
    maps back to the raw input.
    """

    raw_start: int
    raw_end: int
    reason: str
    text: str
    replacement: str | None = None


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Token:
    start: int
    end: int
    text: str


@dataclass
class TimeExpression:
    """A temporal expression in the text, resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date, "YYYY-MM" or "YYYY"; None when unresolvable
    precision: Precision
    rule: str = ""


@dataclass
class Mention:
    """A span naming an entity: a person, organisation, place or an office holder.

    ``cluster`` groups mentions of one actor inside the article (set by the
    actors stage); ``actor_id`` links the cluster to the corpus-wide actor.
    """

    start: int
    end: int
    text: str
    label: str  # PER, ORG, LOC, GPE, NORP (nationality), OFFICE, PRON
    source: str  # the rule or model that found it, e.g. "ner-model", "gazetteer"
    office: str | None = None
    organization: str | None = None
    country: str | None = None
    sector: str | None = None
    cluster: int | None = None
    actor_id: str | None = None
    name: str | None = None  # the resolved name for pronouns and office-only mentions


@dataclass
class Role:
    office: str
    organization: str | None
    country: str | None
    sector: str | None
    first_seen: str | None
    last_seen: str | None


@dataclass
class Actor:
    id: str
    name: str
    aliases: list[str]
    type: str  # person, organization, country, group
    country: str | None
    sector: str | None
    roles: list[Role] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass
class EntityRef:
    """An actor as it takes part in one event (PLOVER entity object)."""

    actor_id: str | None
    entity_text: str
    entity_name: str
    type: str
    country: str | None
    sector: str | None
    office: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Place:
    extracted_place: str
    resolved_place: str | None
    country_code: str | None
    start: int | None = None
    end: int | None = None
    kind: str | None = None  # gazetteer kind of the resolved place: country, city, province...


@dataclass
class Source:
    """One article's report of an event, with the offsets of its evidence sentence."""

    article_id: str
    publication: str | None
    sentence: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None
    published: str | None = None
    # the article this one is a near-duplicate of (``Article.duplicate_of``): the copy
    # prints the original's sentence, so it is no independent report of the event
    copy_of: str | None = None


@dataclass
class Event:
    id: str
    event: str
    mode: list[str]
    context: list[str]
    date: str | None
    date_precision: Precision
    actor: list[EntityRef]
    recipient: list[EntityRef]
    event_loc: Place | None
    negated: bool
    hypothetical: bool
    reported_by: list[EntityRef]
    sources: list[Source]
    confidence: float
    trigger: str = ""
    rule: str = ""
    score: float | None = None  # PLOVER conflict-cooperation score
    disputed: bool = False
    corroboration: int = 1  # distinct outlets reporting it (set by fusion)
    first_reported: str | None = None  # earliest publication date among its sources
    # day and month the text states when its year is unknown (no publication date):
    # ISO 8601 "--MM-DD", with the stated weekday (ISO, 1 = Monday) or None; date stays None
    day_month: str | None = None
    weekday: int | None = None


@dataclass
class Quote:
    id: str
    article_id: str
    speaker_actor_id: str | None
    speaker_text: str | None
    text: str
    kind: Literal["direct", "indirect"]
    cue: str | None
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    rule: str = ""


@dataclass
class Claim:
    id: str
    article_id: str
    kind: str  # killed, injured, hostages, displaced, arrested, missing, other
    value: float
    value_max: float | None
    qualifier: str  # exactly, about, at_least, more_than, up_to
    subject: str | None
    subject_country: str | None
    since: str | None
    as_of: str | None
    attributed_to_text: str | None
    attributed_to_actor_id: str | None
    sentence: str
    start: int
    end: int
    rule: str = ""
    vague_rule: str | None = None  # e.g. "ACLED: puluhan = 10"


@dataclass
class SpanRef:
    """Evidence in an article: offsets into its text, or ``field="title"`` for the headline."""

    article_id: str
    start: int
    end: int
    text: str
    field: str | None = None


@dataclass
class Contradiction:
    id: str
    kind: str
    severity: str  # low, medium, high
    explanation: str
    items: list[SpanRef]


@dataclass
class TraceStep:
    """What one stage did to one article, for ``kabar explain``."""

    stage: str
    summary: str


@dataclass
class Article:
    """One news article as it moves through the pipeline.

    ``raw`` is the input as read; ``text`` the cleaned body that every offset
    (except ``Cut.raw_*``) indexes.
    """

    id: str
    source: str
    raw: str
    meta: dict[str, Any] = field(default_factory=dict)  # fields the input supplied
    title: str | None = None
    publication: str | None = None
    dateline: str | None = None
    published: str | None = None
    published_precision: Precision = "unknown"
    # no publication date, but the text dates its own report by one weekday dateline
    # without a year ("Rabu (6/9)"): ISO 8601 "--MM-DD" and the ISO weekday (1 = Monday)
    published_day_month: str | None = None
    published_weekday: int | None = None
    language: str | None = None
    url: str | None = None
    text: str = ""
    removed: list[Cut] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    story_id: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    trace: list[TraceStep] = field(default_factory=list)

    @classmethod
    def from_input(cls, raw: str, source: str, meta: dict[str, Any] | None = None) -> Article:
        """Make an article whose id depends only on the input text."""
        return cls(id=stable_id("art", raw), source=source, raw=raw, meta=dict(meta or {}))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, if any (the sentences are in text order)."""
        k = bisect_right(self.sentences, offset, key=lambda s: s.start)
        if k and offset < self.sentences[k - 1].end:
            return self.sentences[k - 1]
        return None

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def tokens(self) -> list[Token]:
        """Tokens of the cleaned text, computed on demand: no stage needs them all."""
        from kabar.segment import tokenize

        return tokenize(self.text)


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any model dataclass."""
    return asdict(record)


@cache
def _field_converters(cls: type) -> tuple[tuple[str, Converter | None], ...]:
    """(field name, converter or None when values are kept as they are) of a dataclass."""
    hints = get_type_hints(cls)
    return tuple((item.name, _converter(hints[item.name])) for item in fields(cls))


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model dataclass (and the dataclasses inside it) from ``to_dict`` output.

    The walk over type hints is decided once per class (``_converter``): fusion rebuilds
    thousands of article summaries per run, and reading hints per value cost more than
    the fusion itself."""
    kwargs = {}
    for name, convert in _field_converters(cls):  # type: ignore[arg-type]
        if name in data:
            value = data[name]
            kwargs[name] = value if convert is None or value is None else convert(value)
    return cls(**kwargs)


Converter = Callable[[Any], Any]


@cache
def _converter(hint: Any) -> Converter | None:
    """How to rebuild a non-None value of type ``hint``: the first non-None member of a
    union, a list item by item, a dataclass from its dict; None: keep the value."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        for option in get_args(hint):
            if option is not type(None):
                return _converter(option)
    if origin is list:
        (item_hint,) = get_args(hint)
        item = _converter(item_hint)
        if item is None:
            return list
        return lambda values: [None if v is None else item(v) for v in values]
    if is_dataclass(hint):
        return lambda value: from_dict(hint, value) if isinstance(value, dict) else value  # type: ignore[arg-type]
    return None
