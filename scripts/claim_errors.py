"""List the claims stage's errors on the gold set's DEV part (never the held-out part).

Usage:
    python scripts/claim_errors.py [--gold gold/dev.jsonl] [--shared ../shared]

For each dev article prints: gold claims the system missed (no overlapping system
claim, or one with a different kind/value/qualifier), system claims matching no gold
claim (false positives), and matched claims whose attribution differs. Spans are
printed with a little context so the cause can be read off.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kabar.evaluation.gold import ArticleSource, default_shared_dir, load_gold
from kabar.evaluation.stages import (
    attribution_matches,
    claim_key_matches,
    claim_matches,
    run_system,
)


def context(raw: str, start: int, end: int, width: int = 80) -> str:
    left = raw[max(0, start - width) : start].replace("\n", " ")
    right = raw[end : end + width].replace("\n", " ")
    return f"…{left}[[{raw[start:end]}]]{right}…"


def values(value: float, value_max: float | None) -> str:
    return f"{value:g}-{value_max:g}" if value_max else f"{value:g}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("gold/dev.jsonl"))
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args(argv)
    golds = [g for g in load_gold(args.gold) if g.split == "dev"]
    source = ArticleSource(args.shared or default_shared_dir())
    pairs, skipped = run_system(golds, source)
    totals = {"missed": 0, "wrong": 0, "spurious": 0, "attribution": 0}
    for pair in pairs:
        raw = pair.article.raw
        golds_c, systems = pair.gold.claims, pair.article.claims
        spans, found = claim_matches(pair)
        matches = dict(found)
        lines: list[str] = []
        for i, gold in enumerate(golds_c):
            desc = (
                f"{gold.kind} {values(gold.value, gold.value_max)} {gold.qualifier}"
                f" attr={gold.attribution!r}"
            )
            if i not in matches:
                totals["missed"] += 1
                where = context(raw, gold.span.start, gold.span.end)
                lines.append(f"  MISSED  {desc}\n          {where}")
                continue
            claim = systems[matches[i]]
            got = (
                f"{claim.kind} {values(claim.value, claim.value_max)} {claim.qualifier}"
                f" attr={claim.attributed_to_text!r} rule={claim.rule}"
            )
            if not claim_key_matches(gold, claim):
                totals["wrong"] += 1
                lines.append(
                    f"  WRONG   gold {desc}\n          sys  {got}\n"
                    f"          {context(raw, gold.span.start, gold.span.end)}"
                )
            elif not attribution_matches(gold.attribution, claim.attributed_to_text):
                totals["attribution"] += 1
                lines.append(
                    f"  ATTRIB  gold {gold.attribution!r} sys {claim.attributed_to_text!r}"
                    f"\n          {context(raw, gold.span.start, gold.span.end, 160)}"
                )
        used = set(matches.values())
        for j, claim in enumerate(systems):
            if j in used:
                continue
            totals["spurious"] += 1
            s, e = spans[j]
            lines.append(
                f"  SPURIOUS {claim.kind} {claim.value:g} {claim.qualifier} "
                f"rule={claim.rule}\n          {context(raw, s, e)}"
            )
        if lines:
            print(pair.gold.article)
            print("\n".join(lines))
    print(
        f"\n{len(pairs)} dev articles ({len(skipped)} skipped): "
        + ", ".join(f"{k} {v}" for k, v in totals.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
