"""CoNLL-style NER corpora: reading, tag schemes to spans, and span-level scoring.

Scores are exact-match span precision/recall/F1 (as conlleval counts them), so a
boundary error costs one false positive and one false negative. The known Indonesian
corpora differ in columns and tag names; `CORPORA` maps each onto PER/ORG/LOC.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

Sentence = list[tuple[str, str]]
Span = tuple[int, int, str]  # token start, token end (exclusive), type

LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class CorpusFormat:
    """How to read one corpus: tag column, type renames, and which types it annotates.

    ``tag_map`` maps a corpus type (``PERSON``) to a kabar type (``PER``); types not in
    the map become ``O``. ``labels`` are the kabar types the corpus annotates; predicted
    spans of other types are ignored when scoring it (NERP has no ORG layer).
    """

    tag_column: int = -1
    tag_map: Mapping[str, str] = field(default_factory=dict)
    labels: tuple[str, ...] = LABELS


_NERGRIT = {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"}
_INDOLEM = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
_IDENTITY = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}

CORPORA: dict[str, CorpusFormat] = {
    "nergrit": CorpusFormat(tag_map=_NERGRIT),
    "nerp": CorpusFormat(tag_map={"PPL": "PER", "PLC": "LOC"}, labels=("PER", "LOC")),
    "idner": CorpusFormat(tag_map=_IDENTITY),
    "nerui": CorpusFormat(tag_map=_INDOLEM),
    "nerugm": CorpusFormat(tag_map=_INDOLEM),
}


def read_conll(
    path: str | Path, tag_column: int = -1, tag_map: Mapping[str, str] | None = None
) -> list[Sentence]:
    """Read one token a line, blank line between sentences, columns split by tab or space.

    Returns sentences as ``(token, tag)`` lists. With ``tag_map`` the entity type of each
    tag is renamed (``B-PERSON`` -> ``B-PER``) and unmapped types become ``O``.
    """
    sentences: list[Sentence] = []
    current: Sentence = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            if line.startswith("-DOCSTART-"):
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            token, tag = parts[0].strip(), parts[tag_column].strip()
            if tag_map is not None:
                tag = map_tag(tag, tag_map)
            current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def map_tag(tag: str, tag_map: Mapping[str, str]) -> str:
    """Rename the type of one tag; a type missing from ``tag_map`` becomes ``O``."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    new = tag_map.get(kind)
    return f"{prefix}-{new}" if new else "O"


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Token spans from IOB1, BIO, IOBES or BILOU tags, with conlleval's chunk rules.

    An ``I-`` after ``O`` or after another type opens a chunk; ``E-``/``L-`` close one,
    ``S-``/``U-`` are single-token chunks.
    """
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, cur = tag.partition("-")
        if tag == "O" or not cur:
            prefix, cur = "O", ""
        if kind and (prefix in ("O", "B", "S", "U") or cur != kind):
            spans.append((start, i, kind))
            kind = ""
        if prefix == "O":
            continue
        if not kind:
            start, kind = i, cur
        if prefix in ("E", "L", "S", "U"):
            spans.append((start, i + 1, kind))
            kind = ""
    if kind:
        spans.append((start, len(tags), kind))
    return spans


def spans_to_tags(n_tokens: int, spans: Iterable[Span]) -> list[str]:
    """BIO tags for ``n_tokens`` tokens; an overlapping later span is skipped."""
    tags = ["O"] * n_tokens
    for start, end, kind in sorted(spans):
        if start >= end or any(t != "O" for t in tags[start:end]):
            continue
        tags[start] = f"B-{kind}"
        for i in range(start + 1, end):
            tags[i] = f"I-{kind}"
    return tags


def _tags(sentence: Sequence[Any]) -> list[str]:
    return [item[1] if isinstance(item, tuple) else item for item in sentence]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
    }


def span_f1(
    gold_sentences: Sequence[Sequence[Any]],
    pred_sentences: Sequence[Sequence[Any]],
    labels: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Exact-match span P/R/F1 per type and micro-averaged over all types.

    Each sentence is a list of tags or of ``(token, tag)`` pairs; gold and predicted
    sentences must align. With ``labels`` only spans of those types are counted.
    Returns ``{"micro": {...}, "types": {type: {...}}, "sentences": n}``.
    """
    if len(gold_sentences) != len(pred_sentences):
        raise ValueError(f"{len(gold_sentences)} gold vs {len(pred_sentences)} predicted")
    keep = set(labels) if labels is not None else None
    counts: dict[str, list[int]] = {}
    for gold, pred in zip(gold_sentences, pred_sentences, strict=True):
        gold_tags, pred_tags = _tags(gold), _tags(pred)
        if len(gold_tags) != len(pred_tags):
            raise ValueError("a gold and a predicted sentence differ in length")
        g = {s for s in tags_to_spans(gold_tags) if keep is None or s[2] in keep}
        p = {s for s in tags_to_spans(pred_tags) if keep is None or s[2] in keep}
        for span in g | p:
            c = counts.setdefault(span[2], [0, 0, 0])
            if span in g and span in p:
                c[0] += 1
            elif span in p:
                c[1] += 1
            else:
                c[2] += 1
    for kind in keep or ():
        counts.setdefault(kind, [0, 0, 0])
    types = {kind: _prf(*c) for kind, c in sorted(counts.items())}
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"micro": _prf(*totals), "types": types, "sentences": len(gold_sentences)}


class _Predictor(Protocol):
    def predict_many(self, texts: Iterable[str]) -> Iterable[list[tuple[int, int, str]]]: ...


class _TokenTagger(Protocol):
    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[Span]]: ...


def char_spans_to_token_spans(
    tokens: Sequence[str], char_spans: Iterable[tuple[int, int, str]]
) -> list[Span]:
    """Map character spans over ``" ".join(tokens)`` to the token spans they cover."""
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    out = []
    for start, end, kind in char_spans:
        if end <= start:
            continue
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        out.append((max(first, 0), last + 1, kind))
    return out


def evaluate_ner_file(
    model: _Predictor | _TokenTagger, path: str | Path, corpus_name: str
) -> dict[str, Any]:
    """Run ``model`` on each sentence of a known corpus file and score its spans.

    A model with ``tag_tokens`` (kabar's `NerModel`) tags the corpus's gold tokens, one
    sentence at a time, as CoNLL scores are usually reported. Any other model gets each
    sentence as its tokens joined with spaces (``predict_many``, raw text as in the
    pipeline); its character offsets are mapped back to the tokens they cover.
    """
    if corpus_name not in CORPORA:
        raise ValueError(f"unknown corpus {corpus_name!r}; known: {', '.join(CORPORA)}")
    fmt = CORPORA[corpus_name]
    gold = read_conll(path, fmt.tag_column, fmt.tag_map)
    token_lists = [[tok for tok, _ in sent] for sent in gold]
    if hasattr(model, "tag_tokens"):
        token_spans = model.tag_tokens(token_lists)
    else:
        texts = (" ".join(tokens) for tokens in token_lists)
        token_spans = [
            char_spans_to_token_spans(tokens, char_spans)
            for tokens, char_spans in zip(token_lists, model.predict_many(texts), strict=True)
        ]
    pred = [
        spans_to_tags(len(tokens), spans)
        for tokens, spans in zip(token_lists, token_spans, strict=True)
    ]
    result = span_f1(gold, pred, labels=fmt.labels)
    result.update(corpus=corpus_name, path=str(path), tokens=sum(map(len, token_lists)))
    return result
