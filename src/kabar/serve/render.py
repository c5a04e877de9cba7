"""Rendering helpers shared by the API and the pages: CSV, highlighting, links."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One CSV cell: lists of names joined, structures as JSON, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        if all(isinstance(v, dict) and "entity_name" in v for v in value) and value:
            text = "; ".join(str(v["entity_name"]) for v in value)
        elif all(isinstance(v, str | int | float) for v in value):
            text = "; ".join(str(v) for v in value)
        else:
            text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    # A spreadsheet would run untrusted text starting like a formula.
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
    return out.getvalue()


def csv_rows(data: Any) -> list[dict[str, Any]]:
    """The rows a CSV of this result holds: a page's items, a series' claims, or the record."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("items", "claims"):
            if isinstance(data.get(key), list):
                return list(data[key])
        return [data]
    return [{"value": data}]


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Split ``text`` into (piece, classes) so overlapping spans can be marked up safely.

    Each span is ``(start, end, css_class)``; pieces no span covers have classes ``""``.
    The pieces are plain text: the template escapes them.
    """
    cuts = {0, len(text)}
    valid = [(s, e, c) for s, e, c in spans if 0 <= s < e <= len(text)]
    for start, end, _ in valid:
        cuts.update((start, end))
    bounds = sorted(cuts)
    pieces: list[tuple[str, str]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        classes = sorted({c for s, e, c in valid if s <= start and end <= e})
        piece = (text[start:end], " ".join(classes))
        if pieces and pieces[-1][1] == piece[1]:
            pieces[-1] = (pieces[-1][0] + piece[0], piece[1])
        else:
            pieces.append(piece)
    return pieces


def event_title(event: dict[str, Any]) -> str:
    def names(key: str) -> str:
        return ", ".join(r.get("entity_name") or "?" for r in event.get(key) or [])

    actor, recipient = names("actor") or "?", names("recipient")
    return f"{actor} → {recipient}" if recipient else actor
