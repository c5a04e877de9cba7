"""List the residue that cleaning leaves in the text, and what it cuts that is not residue,
on the gold set's DEV part (never the held-out part).

Usage:
    python scripts/clean_errors.py [--gold gold/dev.jsonl] [--shared ../shared] [--reason R]

For each dev article prints every gold residue item of which less than half was cut (with
its reason and context) and every run of cut characters that no gold residue covers.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kabar.evaluation.gold import ArticleSource, default_shared_dir, is_space, load_gold
from kabar.evaluation.stages import run_system


def runs(chars: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i in sorted(chars):
        if out and i <= out[-1][1] + 1:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def show(raw: str, start: int, end: int, width: int = 60) -> str:
    return (
        raw[max(0, start - width) : start] + "[[" + raw[start:end] + "]]" + raw[end : end + width]
    ).replace("\n", "⏎")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("gold/dev.jsonl"))
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--reason", default=None, help="only residue of this reason")
    args = parser.parse_args(argv)
    golds = [g for g in load_gold(args.gold) if g.split == "dev"]
    source = ArticleSource(args.shared or default_shared_dir())
    pairs, _ = run_system(golds, source)
    left: Counter[str] = Counter()
    extra = 0
    for pair in pairs:
        raw = pair.article.raw
        cut = pair.align.raw_cut_chars()
        gold_chars = {i for r in pair.gold.residue for i in range(r.span.start, r.span.end)}
        lines = []
        for r in pair.gold.residue:
            if args.reason and r.reason != args.reason:
                continue
            own = [i for i in range(r.span.start, r.span.end) if not is_space(raw[i])]
            if own and sum(1 for i in own if i in cut) / len(own) < 0.5:
                left[r.reason] += 1
                lines.append(f"  LEFT {r.reason}: {show(raw, r.span.start, r.span.end)}")
        for s, e in runs({i for i in cut - gold_chars if not is_space(raw[i])}):
            extra += 1
            lines.append(f"  EXTRA CUT: {show(raw, s, e)}")
        if lines:
            print(pair.gold.article)
            print("\n".join(lines))
    print(f"\nleft by reason: {dict(left)}; extra cut runs: {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
