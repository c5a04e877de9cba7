"""List the quotes stage's speaker errors on the gold set's DEV part (never the held-out part).

Usage:
    python scripts/quote_errors.py [--gold gold/dev.jsonl] [--shared ../shared] [--kind direct]

For each dev article prints the matched quotes of the chosen kind (direct by default)
whose speaker is wrong: the quote text, the gold speaker, the system speaker (text, span
and actor id), the rule and cue that found it, and the sentence before the quote, so the
cause can be read off. ``--missed`` also lists gold quotes no system quote matched.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kabar.evaluation.gold import ArticleSource, default_shared_dir, load_gold
from kabar.evaluation.stages import quote_matches, run_system, speaker_matches


def clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def before(raw: str, start: int, width: int = 240) -> str:
    """The text before ``start`` back to the previous sentence (at most ``width`` chars)."""
    return clip(raw[max(0, start - width) : start], width)


def after(raw: str, end: int, width: int = 120) -> str:
    return clip(raw[end : end + width], width)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("gold/dev.jsonl"))
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--kind", choices=("direct", "indirect"), default="direct")
    parser.add_argument("--missed", action="store_true", help="also list unmatched gold quotes")
    args = parser.parse_args(argv)
    golds = [g for g in load_gold(args.gold) if g.split == "dev"]
    source = ArticleSource(args.shared or default_shared_dir())
    pairs, skipped = run_system(golds, source)
    wrong = total = missed = 0
    for pair in pairs:
        raw = pair.article.raw
        gold_q, systems = pair.gold.quotes, pair.article.quotes
        matched = quote_matches(pair)
        lines: list[str] = []
        for gi, si in matched:
            gold = gold_q[gi]
            if gold.kind != args.kind:
                continue
            total += 1
            quote = systems[si]
            if speaker_matches(pair, gold, quote):
                continue
            wrong += 1
            lines.append(
                f"  WRONG  gold={gold.speaker!r}  sys={quote.speaker_text!r} "
                f"actor={quote.speaker_actor_id} rule={quote.rule} cue={quote.cue}\n"
                f"         quote: “{clip(gold.span.text, 120)}”\n"
                f"         before: …{before(raw, gold.span.start)}\n"
                f"         after: {after(raw, gold.span.end)}…"
            )
        if args.missed:
            hit = {gi for gi, _ in matched}
            for gi, gold in enumerate(gold_q):
                if gi not in hit and gold.kind == args.kind:
                    missed += 1
                    lines.append(f"  MISSED gold={gold.speaker!r}: “{clip(gold.span.text, 120)}”")
        if lines:
            print(pair.gold.article)
            print("\n".join(lines))
    print(
        f"\n{len(pairs)} dev articles ({len(skipped)} skipped): {args.kind} speakers wrong "
        f"{wrong}/{total}" + (f", missed {missed}" if args.missed else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
