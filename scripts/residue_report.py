"""Measure the site residue left after cleaning, and what cleaning cut.

Usage:
    python scripts/residue_report.py PATH.jsonl [--sample N] [--seed S] [--show-left N]
        [--repeat N]

Runs ``kabar.clean.clean_text`` on the ``text`` field of every line and reports:
the share of articles in which a residue marker is still found in the cleaned
text (per marker and overall), the share of raw characters cut per reason, the
throughput (best of ``--repeat`` runs, one core), and optionally a random sample
of articles with their cuts in context (``--sample``) so a reader can check no
article sentence was cut, and the leftover lines (``--show-left``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from kabar.clean import clean_text

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print N random articles with cuts")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show-left", type=int, default=0, help="print N leftover marker lines")
    parser.add_argument("--repeat", type=int, default=1, help="time N runs, report the best")
    args = parser.parse_args(argv)

    records = [json.loads(line) for line in args.path.open(encoding="utf-8") if line.strip()]
    texts = [str(r.get("text") or "") for r in records]
    clean_text("")  # load the rules before timing
    elapsed = float("inf")
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        results = [clean_text(t) for t in texts]
        elapsed = min(elapsed, time.perf_counter() - start)

    left_articles: Counter[str] = Counter()
    any_left = 0
    left_lines: list[tuple[str, str, str]] = []
    cut_chars: Counter[str] = Counter()
    cut_count: Counter[str] = Counter()
    with_cuts = 0
    raw_chars = sum(len(t) for t in texts)
    for record, (text, cuts) in zip(records, results, strict=True):
        found = False
        for name, pattern in MARKERS.items():
            m = pattern.search(text)
            if m:
                left_articles[name] += 1
                found = True
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line = text[line_start : line_end if line_end >= 0 else len(text)]
                left_lines.append((str(record.get("id")), name, line[-200:]))
        any_left += found
        with_cuts += bool(cuts)
        for c in cuts:
            cut_chars[c.reason] += c.raw_end - c.raw_start
            cut_count[c.reason] += 1

    n = len(records) or 1
    print(f"articles: {len(records)}  raw chars: {raw_chars}")
    print(f"clean_text: {elapsed:.2f}s, {len(records) / elapsed:,.0f} articles/s (one core)")
    print(f"articles with cuts: {with_cuts} ({with_cuts / n:.1%})")
    print(f"articles with residue left: {any_left} ({any_left / n:.2%})")
    for name in MARKERS:
        print(f"  {name:15s} {left_articles[name]:5d} ({left_articles[name] / n:.2%})")
    total = sum(cut_chars.values())
    print(f"chars cut: {total} ({total / max(raw_chars, 1):.2%} of raw)")
    for reason, chars in cut_chars.most_common():
        share = chars / max(raw_chars, 1)
        print(f"  {reason:15s} cuts {cut_count[reason]:5d}  chars {chars:7d} ({share:.3%})")

    for rid, name, line in left_lines[: args.show_left]:
        print(f"LEFT {rid} [{name}] {line!r}")

    if args.sample:
        rng = random.Random(args.seed)
        pool = [i for i, (_, cuts) in enumerate(results) if cuts]
        for i in rng.sample(pool, min(args.sample, len(pool))):
            raw = texts[i]
            print(f"\n===== {records[i].get('id')}")
            for c in results[i][1]:
                before = raw[max(0, c.raw_start - 80) : c.raw_start].replace("\n", "⏎")
                after = raw[c.raw_end : c.raw_end + 80].replace("\n", "⏎")
                cut = c.text.replace("\n", "⏎")
                print(f"  [{c.reason}] …{before}【{cut}】{after}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
