"""The annotated development set: loading it, finding its articles, aligning system output.

Gold files (``gold/dev.jsonl``, ``gold/heldout.jsonl``) hold one JSON object per
article; ``docs/annotation.md`` is the guideline and ``gold/README.md`` the schema.
Every gold span indexes the RAW text of the article (the file as read, or the
``text`` field of a JSONL record). The system's offsets index its cleaned text, so
:class:`Alignment` maps them back to raw offsets:

1. Fast path: walk the raw text, skipping the characters inside the article's
   recorded cuts (``article.removed``), and the cleaned text side by side; every
   non-space character must agree, whitespace may differ (cleaning normalises it
   and splices a space where a cut joined two words). A mojibake repair (a cut with
   a ``replacement``) is walked as its replacement, whose characters all map to the
   repaired raw stretch.
2. If that walk fails (cleaning changed the text in a way no cut records), the
   two texts are aligned with :class:`difflib.SequenceMatcher` and clean offsets
   map through its matching blocks.
3. Whichever path is used, :meth:`Alignment.raw_span` returns the raw span, and
   :meth:`Alignment.locate` re-anchors a span by its text at the occurrence
   nearest to the mapped position when the mapped raw slice does not read the
   same (so a mapping error never turns a correct span into a miss).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kabar.clean import repairs as clean_repairs
from kabar.model import Article

SPLITS = ("dev", "heldout")
PLACE_TYPE = "place"


class GoldError(ValueError):
    """A gold file that does not parse or does not agree with its article."""


@dataclass(frozen=True)
class Span:
    """A raw-text span and the text it must slice to."""

    start: int
    end: int
    text: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Residue:
    span: Span
    reason: str


@dataclass(frozen=True)
class Mention:
    span: Span
    label: str  # PER, ORG, LOC (flat NER labels)


@dataclass(frozen=True)
class Entity:
    """One gold cluster: an actor (person, organisation, country, group) or a place."""

    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def is_place(self) -> bool:
        return self.type == PLACE_TYPE


@dataclass(frozen=True)
class GoldEvent:
    event: str
    mode: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    date_precision: str
    place: str | None
    place_country: str | None
    negated: bool
    hypothetical: bool
    reported_by: tuple[str, ...]
    evidence: Span
    also: tuple[Span, ...] = ()
    same_event: str | None = None  # shared by the gold events of other articles reporting it

    @property
    def spans(self) -> tuple[Span, ...]:
        return (self.evidence, *self.also)


@dataclass(frozen=True)
class GoldQuote:
    kind: str
    speaker: str | None
    span: Span


@dataclass(frozen=True)
class GoldClaim:
    kind: str
    value: float
    value_max: float | None
    qualifier: str
    subject: str | None
    since: str | None
    attribution: str | None
    span: Span


@dataclass(frozen=True)
class GoldContradiction:
    kind: str
    items: tuple[Span, ...]


@dataclass
class GoldArticle:
    article: str  # bench:<id> | seed:<file> | example:<file>
    split: str
    topic: str
    title: str | None
    publication: str | None
    published: str | None
    published_precision: str
    language: str
    residue: list[Residue] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    contradictions: list[GoldContradiction] = field(default_factory=list)
    notes: str = ""

    def entity(self, name: str) -> Entity | None:
        """The actor or place whose canonical name or alias is ``name``."""
        key = normalise_name(name)
        for entity in (*self.actors, *self.places):
            names = {normalise_name(a) for a in (entity.name, *entity.aliases)}
            if key in names:
                return entity
        return None


def normalise_name(text: str) -> str:
    """Case, accents, punctuation and spacing folded: ``Amir-Abdollahian``, ``amir abdollahian``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _span_list(items: Iterable[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span.from_json(item) for item in items)


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(
        name=data["name"],
        type=data["type"],
        country=data.get("country"),
        sector=data.get("sector"),
        aliases=tuple(data.get("aliases") or (data["name"],)),
        mentions=tuple(Mention(Span.from_json(m), m["label"]) for m in data.get("mentions") or ()),
    )


def parse_gold(data: dict[str, Any]) -> GoldArticle:
    """One gold record (a parsed JSON line) as a :class:`GoldArticle`."""
    try:
        return GoldArticle(
            article=data["article"],
            split=data["split"],
            topic=data.get("topic", ""),
            title=data.get("title"),
            publication=data.get("publication"),
            published=data.get("published"),
            published_precision=data.get("published_precision", "unknown"),
            language=data.get("language", "id"),
            residue=[Residue(Span.from_json(r), r["reason"]) for r in data.get("residue", ())],
            actors=[_entity(a) for a in data.get("actors", ())],
            places=[_entity(p) for p in data.get("places", ())],
            events=[
                GoldEvent(
                    event=e["event"],
                    mode=tuple(e.get("mode") or ()),
                    actor=tuple(e.get("actor") or ()),
                    recipient=tuple(e.get("recipient") or ()),
                    date=e.get("date"),
                    date_precision=e.get("date_precision", "unknown"),
                    place=e.get("place"),
                    place_country=e.get("place_country"),
                    negated=bool(e.get("negated", False)),
                    hypothetical=bool(e.get("hypothetical", False)),
                    reported_by=tuple(e.get("reported_by") or ()),
                    evidence=Span.from_json(e["evidence"]),
                    also=_span_list(e.get("also") or ()),
                    same_event=e.get("same_event") or None,
                )
                for e in data.get("events", ())
            ],
            quotes=[
                GoldQuote(q["kind"], q.get("speaker"), Span.from_json(q))
                for q in data.get("quotes", ())
            ],
            claims=[
                GoldClaim(
                    kind=c["kind"],
                    value=float(c["value"]),
                    value_max=None if c.get("value_max") is None else float(c["value_max"]),
                    qualifier=c.get("qualifier", "exactly"),
                    subject=c.get("subject"),
                    since=c.get("since"),
                    attribution=c.get("attribution"),
                    span=Span.from_json(c),
                )
                for c in data.get("claims", ())
            ],
            contradictions=[
                GoldContradiction(c["kind"], _span_list(c["items"]))
                for c in data.get("contradictions", ())
            ],
            notes=data.get("notes", ""),
        )
    except (KeyError, TypeError, ValueError) as error:
        where = data.get("article", "?") if isinstance(data, dict) else "?"
        reason = f"{type(error).__name__}: {error}"
        raise GoldError(f"{where}: malformed gold record ({reason})") from error


def read_gold_file(path: str | Path) -> list[GoldArticle]:
    """Every record of one gold JSONL file."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"{path}:{number}: {error.msg}") from error
            out.append(parse_gold(data))
    return out


def repo_root() -> Path:
    """The source tree's root (``src/kabar/evaluation/gold.py`` -> three levels up)."""
    return Path(__file__).resolve().parents[3]


def default_gold_dir() -> Path:
    return repo_root() / "gold"


def default_shared_dir() -> Path:
    return repo_root().parent / "shared"


def load_gold(gold: str | Path | None = None) -> list[GoldArticle]:
    """All gold articles from a directory (``dev.jsonl``, ``heldout.jsonl``) or one file."""
    path = Path(gold) if gold is not None else default_gold_dir()
    if path.is_file():
        return read_gold_file(path)
    if not path.is_dir():
        raise GoldError(f"no gold set at {path}")
    articles: list[GoldArticle] = []
    for split in SPLITS:
        file = path / f"{split}.jsonl"
        if file.exists():
            articles.extend(read_gold_file(file))
    if not articles:
        raise GoldError(f"{path} holds no dev.jsonl or heldout.jsonl")
    return articles


@dataclass(frozen=True)
class RawInput:
    """An article as the user would feed it: raw text plus the metadata its record supplies."""

    ref: str
    raw: str
    meta: dict[str, Any]


def record_meta(record: dict[str, Any]) -> dict[str, Any]:
    """The metadata a bench.jsonl record supplies, as a user's JSONL input would."""
    return {
        k: record[k]
        for k in ("id", "title", "published", "publication", "url")
        if record.get(k) not in (None, "")
    }


class ArticleSource:
    """Finds the raw text of ``bench:``, ``seed:`` and ``example:`` references."""

    def __init__(self, shared: str | Path | None = None, repo: str | Path | None = None) -> None:
        self.shared = Path(shared) if shared is not None else default_shared_dir()
        self.repo = Path(repo) if repo is not None else repo_root()
        self._bench: dict[str, dict[str, Any]] | None = None

    def needs_shared(self, ref: str) -> bool:
        return ref.split(":", 1)[0] in {"bench", "seed"}

    def available(self, ref: str) -> bool:
        return not self.needs_shared(ref) or self.shared.is_dir()

    def bench(self) -> dict[str, dict[str, Any]]:
        if self._bench is None:
            path = self.shared / "data" / "news" / "bench.jsonl"
            self._bench = {}
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        record = json.loads(line)
                        self._bench[str(record["id"])] = record
        return self._bench

    def get(self, ref: str) -> RawInput:
        kind, _, name = ref.partition(":")
        if kind == "bench":
            record = self.bench().get(name)
            if record is None:
                raise GoldError(f"{ref}: no record with this id in bench.jsonl")
            return RawInput(ref, record["text"], record_meta(record))
        if kind == "seed":
            path = self.shared / "seeds" / name
        elif kind == "example":
            path = self.repo / "examples" / name
        else:
            raise GoldError(f"{ref}: unknown reference kind {kind!r} (bench, seed, example)")
        if not path.is_file():
            raise GoldError(f"{ref}: {path} does not exist")
        # As kabar's ingest reads a text file: UTF-8 (BOM dropped), newlines untouched.
        return RawInput(ref, path.read_bytes().decode("utf-8-sig"), {})


def is_space(ch: str) -> bool:
    """Whitespace or an invisible format mark (zero-width space, direction marks): cutting
    or keeping one changes nothing a reader sees, so the residue score ignores it."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


class Alignment:
    """Maps offsets of an article's cleaned ``text`` back to its ``raw`` text."""

    def __init__(
        self,
        raw: str,
        text: str,
        cut_ranges: Iterable[tuple[int, int]] = (),
        repairs: Iterable[tuple[int, int, str]] = (),
    ) -> None:
        """``repairs`` (raw start, raw end, replacement): raw stretches ``text`` holds repaired."""
        self.raw, self.text = raw, text
        self.cut = [False] * len(raw)
        repairs = list(repairs)
        self.repairs = {a: squash(rep) for a, _, rep in repairs}
        self.repair_ends = {a: b for a, b, _ in repairs}
        repaired = [(a, b) for a, b, _ in repairs]
        for start, end in [*cut_ranges, *repaired]:
            for i in range(max(0, start), min(len(raw), end)):
                self.cut[i] = True
        mapping = self._walk()
        self.method = "cuts"
        if mapping is None:
            mapping = self._diff()
            self.method = "difflib"
        self.clean_to_raw = mapping
        kept = [False] * len(raw)
        for i, ch in enumerate(text):
            j = mapping[i]
            if not is_space(ch) and 0 <= j < len(raw) and raw[j] == ch:
                kept[j] = True
        for a, b in repaired:  # held in the text, repaired: not cut
            kept[a:b] = [True] * (b - a)
        self.kept = kept

    @classmethod
    def of(cls, article: Article) -> Alignment:
        spans = ((c.raw_start, c.raw_end) for c in article.removed if c.replacement is None)
        return cls(article.raw, article.text, spans, clean_repairs(article.raw, article.removed))

    def _walk(self) -> list[int] | None:
        raw, text, cut = self.raw, self.text, self.cut
        out: list[int] = []
        j = 0
        pending, at = "", 0  # characters of a repair not yet walked, and its raw start
        for ch in text:
            if is_space(ch):
                out.append(min(j, len(raw)))
                continue
            while not pending and j < len(raw) and (cut[j] or is_space(raw[j])):
                pending, at = self.repairs.get(j, ""), j
                j += 1
            if pending:
                if pending[0] != ch:
                    return None
                out.append(at)
                pending = pending[1:]
                continue
            if j >= len(raw) or raw[j] != ch:
                return None
            out.append(j)
            j += 1
        out.append(min(j, len(raw)))
        return out

    def _diff(self) -> list[int]:
        matcher = difflib.SequenceMatcher(None, self.text, self.raw, autojunk=False)
        out = [-1] * (len(self.text) + 1)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                out[a + k] = b + k
        last = 0
        for i, value in enumerate(out):
            if value < 0:
                out[i] = min(last, len(self.raw))
            else:
                last = value + 1
        out[len(self.text)] = min(last, len(self.raw))
        return out

    def raw_offset(self, clean: int) -> int:
        clean = max(0, min(clean, len(self.text)))
        return self.clean_to_raw[clean]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``[start, end)``."""
        if end <= start:
            at = self.raw_offset(start)
            return at, at
        last = self.clean_to_raw[min(end, len(self.text)) - 1]
        return self.raw_offset(start), self.repair_ends.get(last, last + 1)

    def locate(self, start: int, end: int, text: str | None = None) -> tuple[int, int]:
        """The raw span of a system span, re-anchored by its text when the mapping disagrees."""
        raw_start, raw_end = self.raw_span(start, end)
        wanted = text if text is not None else self.text[start:end]
        if not wanted.strip() or squash(self.raw[raw_start:raw_end]) == squash(wanted):
            return raw_start, raw_end
        found = find_nearest(self.raw, wanted, raw_start)
        return found if found is not None else (raw_start, raw_end)

    def raw_cut_chars(self) -> set[int]:
        """Raw positions of non-space characters the cleaned text no longer holds."""
        return {i for i, ch in enumerate(self.raw) if not is_space(ch) and not self.kept[i]}


def squash(text: str) -> str:
    return "".join(ch for ch in text if not is_space(ch))


def find_nearest(haystack: str, needle: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` (whitespace-insensitive) closest to ``near``."""
    parts = [re.escape(p) for p in needle.split()]
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(parts))
    best: tuple[int, int] | None = None
    for match in pattern.finditer(haystack):
        if best is None or abs(match.start() - near) < abs(best[0] - near):
            best = (match.start(), match.end())
    return best


def anchor(raw: str, text: str, occurrence: int = 1) -> Span:
    """The ``occurrence``-th place (1-based) ``text`` occurs in ``raw``, as a Span.

    Used when writing annotations: the annotator gives the span's text, and its
    offsets are computed, so offsets are never typed by hand.
    """
    start = -1
    for _ in range(occurrence):
        start = raw.find(text, start + 1)
        if start < 0:
            raise GoldError(f"span {text!r} (occurrence {occurrence}) not in the article text")
    return Span(start, start + len(text), text)


def check_article(gold: GoldArticle, raw: str) -> list[str]:
    """Problems of one gold record against its raw text (empty when it is consistent)."""
    problems = []

    def check(span: Span, what: str) -> None:
        if not 0 <= span.start <= span.end <= len(raw):
            problems.append(f"{what}: offsets {span.start}:{span.end} outside the text")
        elif raw[span.start : span.end] != span.text:
            problems.append(
                f"{what}: raw[{span.start}:{span.end}] is {raw[span.start : span.end]!r}, "
                f"not {span.text!r}"
            )

    for residue in gold.residue:
        check(residue.span, f"residue {residue.reason}")
    for entity in (*gold.actors, *gold.places):
        for mention in entity.mentions:
            check(mention.span, f"mention of {entity.name}")
    names = {normalise_name(n) for e in (*gold.actors, *gold.places) for n in (e.name, *e.aliases)}
    for number, event in enumerate(gold.events, 1):
        for span in event.spans:
            check(span, f"event {number} {event.event}")
        for name in (*event.actor, *event.recipient, *event.reported_by):
            if normalise_name(name) not in names:
                problems.append(f"event {number} {event.event}: {name!r} is no gold actor")
    for number, quote in enumerate(gold.quotes, 1):
        check(quote.span, f"quote {number}")
    for number, claim in enumerate(gold.claims, 1):
        check(claim.span, f"claim {number}")
    for number, contradiction in enumerate(gold.contradictions, 1):
        for span in contradiction.items:
            check(span, f"contradiction {number}")
    return problems
