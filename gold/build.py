"""Compile the hand-written annotation sources (gold/src/*.ann) into gold/dev.jsonl and
gold/heldout.jsonl, computing every offset from the span's text.

    .venv/bin/python gold/build.py [--shared ../shared]

The .ann format is described in gold/README.md. Offsets are never typed by hand:
each span is found in the article's raw text (the n-th occurrence with ``#n``),
and entity mentions are every whole-word occurrence of a listed alias outside
the residue. The held-out split is drawn here, at random with a fixed seed, once per
batch of sources: a later batch draws its own held-out part, so adding articles never
reshuffles an earlier draw.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from kabar.evaluation.gold import ArticleSource, GoldError, anchor, check_article, parse_gold

HERE = Path(__file__).resolve().parent
HELDOUT_SEED = 20251121
HELDOUT_SIZE = 21
# Later batches of bench articles, each in its own source file with its own draw
# (seed, held-out size), fixed before kabar was run on them.
LATER_DRAWS = {
    "bench_fusion.ann": (20261121, 5),
    "bench_fusion_b.ann": (20261122, 2),
    "bench_random_c.ann": (20261123, 5),
    "bench_random_d.ann": (20261124, 5),
    "bench_random_e.ann": (20261125, 5),
    "bench_random_f.ann": (20261126, 5),
    "bench_fusion_g.ann": (20261127, 4),
    "bench_random_h.ann": (20261128, 5),
    "bench_random_i.ann": (20261129, 5),
    "bench_random_j.ann": (20261130, 5),
    "bench_random_k.ann": (20261201, 5),
    "bench_random_l.ann": (20261202, 5),
    "bench_random_m.ann": (20261203, 5),
    "bench_random_n.ann": (20261204, 5),
    "bench_random_o.ann": (20261205, 5),
    "bench_random_p.ann": (20261206, 5),
    "bench_random_q.ann": (20261223, 5),
    "bench_random_r.ann": (20261224, 5),
    "bench_random_s.ann": (20261225, 5),
    "bench_random_t.ann": (20261226, 5),
    "bench_random_u.ann": (20261227, 3),
    "bench_random_v.ann": (20261228, 3),
    "bench_random_w.ann": (20261229, 3),
    "bench_random_x.ann": (20261230, 3),
    "bench_random_y.ann": (20261231, 3),
    "bench_random_z.ann": (20261232, 3),
    "bench_random_aa.ann": (20261233, 3),
    "bench_random_ab.ann": (20261234, 3),
}
LABEL = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}


def span(raw: str, text: str) -> dict[str, Any]:
    text = text.strip()
    occurrence = 1
    m = re.search(r"\s#(\d+)$", text)
    if m:
        occurrence, text = int(m.group(1)), text[: m.start()].rstrip()
    try:
        found = anchor(raw, text, occurrence)
    except GoldError:  # the raw text breaks the span over lines or runs of spaces
        pattern = r"\s+".join(re.escape(part) for part in text.split())
        matches = list(re.finditer(pattern, raw))
        if len(matches) < occurrence:
            raise
        m = matches[occurrence - 1]
        return {"start": m.start(), "end": m.end(), "text": m.group()}
    if occurrence == 1 and raw.count(text) > 1 and len(text) < 25:
        print(f"  note: {text!r} occurs {raw.count(text)} times; took the first", file=sys.stderr)
    return {"start": found.start, "end": found.end, "text": found.text}


def opt(value: str) -> str | None:
    value = value.strip()
    return None if value in {"", "-"} else value


def parse_blocks(path: Path) -> list[tuple[str, list[str]]]:
    blocks: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("@ "):
            blocks.append((line[2:].strip(), []))
        elif blocks:
            blocks[-1][1].append(line.rstrip())
        else:
            raise GoldError(f"{path}: text before the first '@ article' line")
    return blocks


def fields(line: str) -> list[str]:
    return [f.strip() for f in line.split(" | ")]


def compile_block(ref: str, lines: list[str], source: ArticleSource) -> dict[str, Any]:
    item = source.get(ref)
    raw = item.raw
    rec: dict[str, Any] = {
        "article": ref,
        "split": "dev",
        "topic": "",
        "title": None,
        "publication": None,
        "published": None,
        "published_precision": "unknown",
        "language": "id",
        "residue": [],
        "actors": [],
        "places": [],
        "events": [],
        "quotes": [],
        "claims": [],
        "contradictions": [],
        "notes": "",
    }
    entities: list[tuple[dict[str, Any], list[str]]] = []
    for line in lines:
        head, _, rest = line.partition(" ")
        if head == "topic:":
            rec["topic"] = rest.strip()
        elif head == "title:":
            rec["title"] = item.meta.get("title") if rest.strip() == "@record" else opt(rest)
        elif head == "pub:":
            rec["publication"] = (
                item.meta.get("publication") if rest.strip() == "@record" else opt(rest)
            )
        elif head == "date:":
            if rest.strip() == "@record":
                rec["published"] = item.meta.get("published")
                rec["published_precision"] = "day" if rec["published"] else "unknown"
            else:
                value, _, precision = rest.strip().partition(" ")
                rec["published"], rec["published_precision"] = opt(value), precision or "day"
                if rec["published"] is None:
                    rec["published_precision"] = "unknown"
        elif head == "lang:":
            rec["language"] = rest.strip()
        elif head == "cut":
            reason, _, text = rest.partition(": ")
            rec["residue"].append({**span(raw, text), "reason": reason.strip()})
        elif head in {"A", "L"}:
            parts = fields(rest)
            kind, country, sector = (parts[0].split() + ["-", "-"])[:3]
            if head == "L":  # "L Jakarta Selatan IDN": the place's label, then its country
                label = parts[0].split()
                code = label[-1] if len(label) > 1 else "-"
                kind, sector = "place", "-"
                country = code if re.fullmatch(r"[A-Z]{3}|-", code) else "-"
            names = parts[1:]
            entity = {
                "name": names[0].lstrip("~"),
                "type": kind,
                "country": opt(country),
                "sector": opt(sector),
                "aliases": [n.lstrip("~") for n in names],
                "mentions": [],
            }
            entities.append((entity, [n for n in names if not n.startswith("~")]))
        elif head == "E":
            rec["events"].append(compile_event(raw, fields(rest)))
        elif head == "Q":
            kind, speaker, text = fields(rest)
            rec["quotes"].append({"kind": kind, "speaker": opt(speaker), **span(raw, text)})
        elif head == "C":
            rec["claims"].append(compile_claim(raw, fields(rest)))
        elif head == "X":
            kind, *items = fields(rest)
            rec["contradictions"].append({"kind": kind, "items": [span(raw, t) for t in items]})
        elif head == "N:":
            rec["notes"] = rest.strip()
        else:
            raise GoldError(f"{ref}: cannot read line {line!r}")
    add_mentions(raw, rec, entities)
    for entity, _ in entities:
        rec["places" if entity["type"] == "place" else "actors"].append(entity)
    return rec


def compile_event(raw: str, parts: list[str]) -> dict[str, Any]:
    head, who, when, where, evidence = (parts + ["-"] * 5)[:5]
    words = head.split()
    kind, flags = words[0], words[1:]
    modes = [f for f in flags if f not in {"neg", "hyp"} and not f.startswith(("rep=", "same="))]
    reported = [f[4:].replace("_", " ") for f in flags if f.startswith("rep=")]
    same = [f[5:] for f in flags if f.startswith("same=")]
    actors, _, recipients = who.partition(">")
    date, _, precision = when.strip().partition(" ")
    texts = [t.strip() for t in evidence.split(" ;; ")]
    out: dict[str, Any] = {
        "event": kind,
        "mode": modes,
        "actor": [a.strip() for a in actors.split("+") if opt(a)],
        "recipient": [r.strip() for r in recipients.split("+") if opt(r)],
        "date": opt(date),
        "date_precision": (precision or "day") if opt(date) else "unknown",
        "place": opt(where.split("/")[0]),
        "place_country": opt(where.split("/")[1]) if "/" in where else None,
        "negated": "neg" in flags,
        "hypothetical": "hyp" in flags,
        "reported_by": reported,
        "evidence": span(raw, texts[0]),
        "also": [span(raw, t) for t in texts[1:]],
    }
    if same:  # the cross-article link: gold events of other articles with this id
        out["same_event"] = same[0]
    return out


def compile_claim(raw: str, parts: list[str]) -> dict[str, Any]:
    head, subject, since, attribution, text = parts
    kind, value, qualifier = head.split()
    low, _, high = value.partition("-")
    return {
        "kind": kind,
        "value": float(low),
        "value_max": float(high) if high else None,
        "qualifier": qualifier,
        "subject": opt(subject),
        "since": opt(since),
        "attribution": opt(attribution),
        **span(raw, text),
    }


def add_mentions(
    raw: str, rec: dict[str, Any], entities: list[tuple[dict[str, Any], list[str]]]
) -> None:
    """Every whole-word occurrence of a named alias, longest first, outside residue."""
    taken = [False] * len(raw)
    for residue in rec["residue"]:
        for i in range(residue["start"], residue["end"]):
            taken[i] = True
    candidates = sorted(
        ((alias, entity) for entity, aliases in entities for alias in aliases),
        key=lambda c: -len(c[0]),
    )
    for alias, entity in candidates:
        pattern = re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])")
        for m in pattern.finditer(raw):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            entity["mentions"].append(
                {
                    "start": m.start(),
                    "end": m.end(),
                    "text": m.group(),
                    "label": LABEL[entity["type"]],
                }
            )
    for entity, _ in entities:
        entity["mentions"].sort(key=lambda m: m["start"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    args = parser.parse_args()
    source = ArticleSource(args.shared, HERE.parent)
    records = []
    batch_of: dict[str, str] = {}
    for path in sorted((HERE / "src").glob("*.ann")):
        for ref, lines in parse_blocks(path):
            batch_of[ref] = path.name if path.name in LATER_DRAWS else ""
            try:
                records.append(compile_block(ref, lines, source))
            except GoldError as error:
                print(f"{path.name}: {error}", file=sys.stderr)
                return 1
    refs = [r["article"] for r in records]
    duplicates = {r for r in refs if refs.count(r) > 1}
    if duplicates:
        print(f"annotated twice: {sorted(duplicates)}", file=sys.stderr)
        return 1
    heldout: set[str] = set()
    for batch, (seed, size) in {"": (HELDOUT_SEED, HELDOUT_SIZE), **LATER_DRAWS}.items():
        bench = sorted(r for r in refs if r.startswith("bench:") and batch_of[r] == batch)
        heldout |= set(random.Random(seed).sample(bench, min(size, len(bench))))
    problems = 0
    for rec in records:
        rec["split"] = "heldout" if rec["article"] in heldout else "dev"
        for problem in check_article(parse_gold(rec), source.get(rec["article"]).raw):
            print(f"{rec['article']}: {problem}", file=sys.stderr)
            problems += 1
    for split in ("dev", "heldout"):
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as out:
            for rec in records:
                if rec["split"] == split:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(records)} articles: {len(records) - len(heldout)} dev, {len(heldout)} heldout")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
