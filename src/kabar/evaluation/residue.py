"""Residue left after cleaning, measured on a whole corpus rather than on the gold set.

The gold set scores cleaning on a few dozen annotated articles. This module checks
every article of a corpus (by default the 4,403 articles of ``bench.jsonl``) for
*markers* of site residue that should never survive cleaning ("Baca juga",
"Halaman selanjutnya", "ADVERTISEMENT", editor codes at the end of a paragraph, photo
credits, ...), and reports the share of articles with a marker left, the share of raw
characters cut per reason, and how fast the clean stage ran. A marker is a cheap,
precise pattern, not a second cleaner: it finds residue the cleaner missed, it does
not find every kind of residue (teaser headlines have no marker).

Used by ``kabar eval clean`` (section "bench") and ``scripts/residue_report.py``.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kabar.clean import MOJIBAKE, clean_text
from kabar.model import Cut

# Markers of residue that should not survive cleaning (searched in the cleaned text).
MARKERS: dict[str, re.Pattern[str]] = {
    "baca_juga": re.compile(r"(?i)\b(?:baca|simak|lihat)[ _]*juga\b|^\s*[\[(]?baca\s*:", re.M),
    "pagination": re.compile(
        r"(?i)halaman\s+selanjutnya|^\s*Halaman\s+\d+\s*$|\sHalaman\s+\d+$", re.M
    ),
    "scroll_prompt": re.compile(r"(?i)scroll\s+to\s+continue"),
    "advertisement": re.compile(r"ADVERTISEMENT"),
    "placeholder": re.compile(r"\bimg_\w+|Baca_Juga|\[Gambas:"),
    "editor_code": re.compile(
        r"(?:^|[.!?\"”]\s*)\((?:[a-z]{2,5}|[\w.* -]{1,12}/[\w.* /-]{1,30}|\*)\)\.?\s*$"
        r"|^\s*\[[a-z]{2,5}\]\s*$",
        re.M,
    ),
    "photo_caption": re.compile(
        r"(?i)^\s*(?:foto|photo)\s*:|\((?:foto|photo)\s*:|ANTARA FOTO|^\s*•\s*tangkapan layar", re.M
    ),
    "source_line": re.compile(r"^\s*\(?Sumber\s*:[^\n]{0,80}$", re.M),
    "video_promo": re.compile(
        r"(?im)^\s*(?:simak|tonton|lihat|saksikan)(?:\s+juga)?\s+(?:video|live)\b"
    ),
    "signoff": re.compile(r"^\s*(?:Pewarta|Editor)\s*:|(?i:copyright)\s*©|News Agency \(", re.M),
}


def residue_markers(text: str) -> list[str]:
    """Names of the residue markers found in ``text`` (a cleaned text), in MARKERS order."""
    return [name for name, pattern in MARKERS.items() if pattern.search(text)]


def marker_lines(text: str) -> list[tuple[str, str]]:
    """``(marker, line)`` for the first line holding each marker found in ``text``."""
    found: list[tuple[str, str]] = []
    for name, pattern in MARKERS.items():
        m = pattern.search(text)
        if m:
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            found.append((name, text[start : end if end >= 0 else len(text)]))
    return found


def read_texts(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSONL corpus (each needs a ``text`` field; blank lines skipped)."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def clean_all(texts: Sequence[str], repeat: int = 1) -> tuple[list[tuple[str, list[Cut]]], float]:
    """Clean every text; also the best wall time in seconds over ``repeat`` runs (one core)."""
    clean_text("")  # load the rules before timing
    elapsed = float("inf")
    results: list[tuple[str, list[Cut]]] = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        results = [clean_text(t) for t in texts]
        elapsed = min(elapsed, time.perf_counter() - start)
    return results, elapsed


def summarise(
    texts: Sequence[str], results: Sequence[tuple[str, list[Cut]]], seconds: float
) -> dict[str, Any]:
    """Residue left, characters cut per reason, mojibake repairs and speed, as a JSON-ready dict."""
    n = len(texts)
    raw_chars = sum(len(t) for t in texts)
    left: Counter[str] = Counter()
    any_left = with_cuts = with_repairs = repairs = repaired_chars = 0
    cut_chars: Counter[str] = Counter()
    cut_count: Counter[str] = Counter()
    for text, all_cuts in results:
        names = residue_markers(text)
        left.update(names)
        any_left += bool(names)
        cuts = [c for c in all_cuts if c.replacement is None]
        fixes = [c for c in all_cuts if c.replacement is not None and c.reason == MOJIBAKE]
        with_cuts += bool(cuts)
        with_repairs += bool(fixes)
        repairs += len(fixes)
        repaired_chars += sum(c.raw_end - c.raw_start for c in fixes)
        for c in cuts:
            cut_chars[c.reason] += c.raw_end - c.raw_start
            cut_count[c.reason] += 1
    total_cut = sum(cut_chars.values())

    def share(part: int, whole: int) -> float:
        return round(part / whole, 6) if whole else 0.0

    return {
        "articles": n,
        "raw_chars": raw_chars,
        "articles_with_cuts": with_cuts,
        "residue_left": {
            "articles": any_left,
            "share": share(any_left, n),
            "by_marker": {
                name: {"articles": left[name], "share": share(left[name], n)} for name in MARKERS
            },
        },
        "cut_chars": {
            "chars": total_cut,
            "share": share(total_cut, raw_chars),
            "by_reason": {
                reason: {
                    "cuts": cut_count[reason],
                    "chars": chars,
                    "share": share(chars, raw_chars),
                }
                for reason, chars in cut_chars.most_common()
            },
        },
        "repairs": {"articles": with_repairs, "repairs": repairs, "raw_chars": repaired_chars},
        "speed": {
            "seconds": round(seconds, 3),
            "articles_per_second": round(n / seconds, 1) if seconds > 0 else None,
            "note": "wall time of kabar.clean.clean_text alone, one core; informational",
        },
    }


def evaluate_bench(path: str | Path, repeat: int = 1) -> dict[str, Any]:
    """Clean every article of a JSONL corpus and :func:`summarise` the outcome."""
    texts = [str(r.get("text") or "") for r in read_texts(path)]
    results, seconds = clean_all(texts, repeat)
    return {"path": str(path), **summarise(texts, results, seconds)}
