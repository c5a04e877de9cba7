"""Contradictions and quality flags on short Indonesian articles written for kabar.

Each case in ``cases/contradictions/cases.jsonl`` is a small corpus run through the
whole pipeline into a temporary store; ``expect`` says which contradiction kinds
it must produce (and how many), which it must not, the flags of each article and,
optionally, how many events of a type there are or how many reports one merged
event has. See ``cases/contradictions/README.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kabar.pipeline import run
from kabar.store import Store

CASES_FILE = Path(__file__).parent / "cases" / "contradictions" / "cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text("utf-8").splitlines() if line.strip()]


def run_case(case: dict[str, Any], tmp_path: Path, ctx: Any) -> dict[str, Any]:
    source = tmp_path / "input.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for number, article in enumerate(case["articles"]):
            handle.write(json.dumps({"id": f"{case['name']}-{number}", **article}) + "\n")
    with Store.open(tmp_path / "kabar.duckdb") as store:
        report = run([str(source)], store, ctx)
        assert not report.failures, report.failures
        articles = {a["title"]: a for a in store.records("articles")}
        return {
            "contradictions": list(store.records("contradictions")),
            "events": list(store.records("events")),
            "flags": [articles[a["title"]]["flags"] for a in case["articles"]],
        }


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any], tmp_path: Path, context: Any) -> None:
    out = run_case(case, tmp_path, context)
    expect = case["expect"]
    kinds = Counter(c["kind"] for c in out["contradictions"])
    for kind, count in expect.get("kinds", {}).items():
        assert kinds[kind] == count, (kind, out["contradictions"])
    for kind in expect.get("absent", []):
        assert kinds[kind] == 0, (kind, out["contradictions"])
    if not expect.get("kinds"):
        assert not out["contradictions"] or expect.get("absent"), out["contradictions"]
    for flags, wanted in zip(out["flags"], expect.get("flags", []), strict=False):
        assert sorted(flags) == sorted(wanted)
    if expect.get("separate"):  # no event merges reports of different articles
        assert all(len({s["article_id"] for s in e["sources"]}) == 1 for e in out["events"])
    for event_type, reports in expect.get("merged", {}).items():
        fused = [e for e in out["events"] if e["event"] == event_type]
        assert max(len({s["article_id"] for s in e["sources"]}) for e in fused) == reports
        best = max(fused, key=lambda e: len(e["sources"]))
        assert best["corroboration"] == reports
        assert best["first_reported"] == min(a["published"] for a in case["articles"])


def test_every_contradiction_explains_itself_with_exact_spans(tmp_path: Path, context: Any) -> None:
    for case in CASES:
        (tmp_path / case["name"]).mkdir()
        out = run_case(case, tmp_path / case["name"], context)
        with Store.open(tmp_path / case["name"] / "kabar.duckdb") as store:
            texts = {a.id: a for a in store.articles()}
        for found in out["contradictions"]:
            assert found["explanation"] and found["severity"] in {"low", "medium", "high"}
            for item in found["items"]:
                article = texts[item["article_id"]]
                if item.get("field") == "title":
                    assert (item["start"], item["end"], item["text"]) == (0, 0, article.title)
                else:
                    assert article.text[item["start"] : item["end"]] == item["text"]
