"""Measure the site residue left after cleaning, and what cleaning cut.

Usage:
    python scripts/residue_report.py PATH.jsonl [--sample N] [--seed S] [--show-left N]
        [--repeat N]

Runs ``kabar.clean.clean_text`` on the ``text`` field of every line and reports
(the markers and figures come from ``kabar.evaluation.residue``, as in ``kabar eval clean``):
the share of articles in which a residue marker is still found in the cleaned
text (per marker and overall), the share of raw characters cut per reason, the
throughput (best of ``--repeat`` runs, one core), and optionally a random sample
of articles with their cuts in context (``--sample``) so a reader can check no
article sentence was cut, and the leftover lines (``--show-left``).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kabar.evaluation.residue import (
    MARKERS,
    clean_all,
    marker_lines,
    read_texts,
    summarise,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print N random articles with cuts")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show-left", type=int, default=0, help="print N leftover marker lines")
    parser.add_argument("--repeat", type=int, default=1, help="time N runs, report the best")
    args = parser.parse_args(argv)

    records = read_texts(args.path)
    texts = [str(r.get("text") or "") for r in records]
    results, elapsed = clean_all(texts, args.repeat)
    report = summarise(texts, results, elapsed)

    n = report["articles"]
    left = report["residue_left"]
    cut = report["cut_chars"]
    print(f"articles: {n}  raw chars: {report['raw_chars']}")
    print(
        f"clean_text: {elapsed:.2f}s, {report['speed']['articles_per_second']:,.0f} articles/s"
        " (one core)"
    )
    print(
        f"articles with cuts: {report['articles_with_cuts']}"
        f" ({report['articles_with_cuts'] / max(n, 1):.1%})"
    )
    print(f"articles with residue left: {left['articles']} ({left['share']:.2%})")
    for name in MARKERS:
        marker = left["by_marker"][name]
        print(f"  {name:15s} {marker['articles']:5d} ({marker['share']:.2%})")
    print(f"chars cut: {cut['chars']} ({cut['share']:.2%} of raw)")
    for reason, row in cut["by_reason"].items():
        print(f"  {reason:15s} cuts {row['cuts']:5d}  chars {row['chars']:7d} ({row['share']:.3%})")

    shown = 0
    for record, (text, _) in zip(records, results, strict=True):
        for name, line in marker_lines(text):
            if shown >= args.show_left:
                break
            print(f"LEFT {record.get('id')} [{name}] {line[-200:]!r}")
            shown += 1

    if args.sample:
        rng = random.Random(args.seed)
        pool = [i for i, (_, cuts) in enumerate(results) if cuts]
        for i in rng.sample(pool, min(args.sample, len(pool))):
            raw = texts[i]
            print(f"\n===== {records[i].get('id')}")
            for c in results[i][1]:
                before = raw[max(0, c.raw_start - 80) : c.raw_start].replace("\n", "⏎")
                after = raw[c.raw_end : c.raw_end + 80].replace("\n", "⏎")
                cut_text = c.text.replace("\n", "⏎")
                print(f"  [{c.reason}] …{before}【{cut_text}】{after}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
