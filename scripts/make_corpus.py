"""Write an N-times larger corpus by repeating a JSONL corpus with new ids and texts.

Usage: python scripts/make_corpus.py OUT [--input ../shared/data/news/bench.jsonl]
       [--times 20] [--limit N]

OUT ending in ``.jsonl`` is one file; any other OUT is a directory that receives one
file per copy (``copy-00.jsonl``...), as a large corpus arrives in many files (the
full 20x corpus, about 230 MB, is over ``kabar run``'s 200 MB limit for one file).
Copy k (k >= 1) of each article gets the id ``<id>-k<k>``, a publication date k
years later (a longer period, not k outlets on the same days) and a marker word
(``zqk<k>``) before every full stop or comma after a word of lower-case letters, which
changes enough word 5-shingles that the copies are not near duplicates (estimated
Jaccard about 0.55 against 0.85 for dedup, which would otherwise skip them). After a
name nothing is inserted: the NER model would read "Joko Widodo zqk2" as one name,
and every copy would add a person per name ("zqk2" as the family name of hundreds of
people), work a real corpus never makes.
The rest of the text, and so the work of every stage, is unchanged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news" / "bench.jsonl"
SENTENCE_END = re.compile(r"((?<![\w-])[a-z]+)([.,])(\s)")


def shifted(published: str | None, years: int) -> str | None:
    if not published:
        return published
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    moved = day.replace(year=day.year + years, day=min(day.day, 28))
    return moved.isoformat() + published[10:]


def variant(record: dict, k: int) -> dict:
    if k == 0:
        return record
    out = dict(record)
    out["id"] = f"{record.get('id')}-k{k}"
    out["text"] = SENTENCE_END.sub(rf"\1 zqk{k}\2\3", record.get("text") or "")
    out["published"] = shifted(record.get("published"), k)
    return out


def write_copy(handle: TextIO, records: list[dict], k: int) -> None:
    for record in records:
        handle.write(json.dumps(variant(record, k), ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--times", type=int, default=20)
    parser.add_argument("--limit", type=int, default=0, help="articles of the input (0 = all)")
    args = parser.parse_args()
    if not args.input.exists():
        print(f"skipped: {args.input} is absent (put ../shared beside the repository)")
        return 0
    with args.input.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    records = [json.loads(line) for line in lines]
    if args.limit:
        records = records[: args.limit]
    if args.out.suffix == ".jsonl":
        with args.out.open("w", encoding="utf-8") as handle:
            for k in range(args.times):
                write_copy(handle, records, k)
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        for k in range(args.times):
            with (args.out / f"copy-{k:02d}.jsonl").open("w", encoding="utf-8") as handle:
                write_copy(handle, records, k)
    print(f"{len(records) * args.times} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
