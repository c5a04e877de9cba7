"""Shared fixtures: paths to the bundled examples and to ../shared (skipped when absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from kabar.evaluation.gold import GoldEvent, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

# Property tests explore new random inputs on every developer run; under CI (the CI
# variable set, as CI services do) they replay one fixed sequence, so a merge is gated
# on the same inputs each time and a newly found failing input shows on a developer's
# machine first, where it becomes a fixed example.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a message saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: put the shared data folder beside the repository")
    return path


def load_cases(name: str) -> list[dict]:
    """The behaviour cases of ``tests/cases/<name>``: one JSON object a line, comments skipped."""
    lines = (ROOT / "tests" / "cases" / name).read_text("utf-8").splitlines()
    return [
        json.loads(line) for line in lines if line.strip() and not line.startswith('{"_comment"')
    ]


@pytest.fixture(scope="session")
def context():
    from kabar.context import build_context

    return build_context()


def gold_event(
    event: str,
    actor: tuple[str, ...],
    evidence: Span,
    *,
    date: str | None = None,
    date_precision: str = "unknown",
    place: str | None = None,
    place_country: str | None = None,
    same_event: str | None = None,
) -> GoldEvent:
    """A gold event with no mode, recipient or reporter, neither negated nor hypothetical."""
    return GoldEvent(
        event,
        (),
        actor,
        (),
        date,
        date_precision,
        place,
        place_country,
        False,
        False,
        (),
        evidence,
        same_event=same_event,
    )
