"""PLOVER vocabulary: event types, modes, contexts and conflict-cooperation scores.

The scores table ships as ``data/plover_scores.tsv`` (transcribed from the PLOVER
manual, CC BY-SA 4.0); the context names below are the manual's Table 2.1.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

CONTEXTS: frozenset[str] = frozenset(
    {
        "military", "intelligence", "executive", "legislative", "election",
        "political institutions", "pro democracy", "pro autocracy", "economic", "legal",
        "reparations", "human rights", "rights freedoms", "repression", "human security",
        "gender", "lgbt", "religion ethnicity", "inequality", "diplomatic", "territory",
        "peacekeeping", "health", "asylum", "migration", "disasters", "natural resource",
        "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
        "corruption", "illegal drugs", "trafficking",
    }
)  # fmt: skip
"""The general contexts of the manual's Table 2.1 (names as printed there)."""

# Manual rules that fold a cooperative type + future into a single other type.
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
"""Section 3.1: future CONSULT, SUPPORT, COOPERATE and AID are coded AGREE."""
FUTURE_RETREAT = "CONCEDE"
"""Section 3.4: announcements of future retreats are coded CONCEDE."""
FUTURE_VIOLENCE: dict[tuple[str, str], tuple[str, str]] = {
    ("ASSAULT", ""): ("THREATEN", "violence"),
    ("COERCE", "arrest"): ("THREATEN", "arrest"),
    ("COERCE", "deport"): ("THREATEN", "expel"),
    ("COERCE", "restrict"): ("THREATEN", "restrict"),
    ("SANCTION", "expel"): ("THREATEN", "expel"),
    ("SANCTION", "discontinue"): ("THREATEN", "relations"),
    ("ACCUSE", "allege"): ("THREATEN", ""),
}
"""Section 2.3: THREATEN is ASSAULT + future/hypothetical; kabar extends this to the
coercive acts whose THREATEN modes the manual lists (arrest, expel, restrict, relations),
and to announced legal action against a party ("akan menggugat X", "berniat melaporkan X
ke polisi"), a warning with serious repercussions (section 3.11) with no mode of its own
(an empty new mode: THREATEN without mode; docs/annotation.md 5). The coder asks the ACCUSE
key only of a complaint or suit (predicates.tsv args "complaint") its actor announces
against a named party: a charge or accusation to come ("akan mendakwa X") is no threat.
Keys with an empty mode match any mode of that type."""
DEMAND_MODES: dict[str, str] = {
    "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist",
    "SUPPORT": "assist", "RETREAT": "yield", "CONCEDE": "yield",
}  # fmt: skip
"""Section 3.8, Table 3.3: the REQUEST mode of a demand by what it asks for (a
resignation asks for change, see ``demand_mode``)."""


def demand_mode(event: str, modes: list[str]) -> list[str]:
    """The REQUEST modes of a demand that another party do an act of ``event``."""
    if event == "RETREAT" and "resign" in modes:
        return ["change"]
    mode = DEMAND_MODES.get(event)
    return [mode] if mode else []


RENOUNCED = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
"""Conflict acts an actor says it will not do ("tidak akan melakukan retaliasi", "tidak
akan menangkap demonstran"): a promise of restraint, coded CONCEDE (section 3.4: promises
that certain things will not happen; docs/annotation.md 5)."""


@lru_cache(maxsize=1)
def scores() -> dict[tuple[str, str], float]:
    """``(event, mode) -> score``; mode ``""`` is the type's base score."""
    table: dict[tuple[str, str], float] = {}
    text = resources.files("kabar").joinpath("data/plover_scores.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event, mode, score, _quad = line.split("\t")
        table[(event, mode)] = float(score)
    return table


def modes_of(event: str) -> frozenset[str]:
    return frozenset(mode for (ev, mode) in scores() if ev == event and mode)


def score(event: str, modes: list[str]) -> float:
    """The PLOVER score of an event: the most extreme of its modes, else the base score."""
    table = scores()
    values = [table[(event, m)] for m in modes if (event, m) in table]
    if not values:
        return table[(event, "")]
    return max(values, key=abs)


def forceful(event: str, modes: list[str]) -> bool:
    """Whether a future act of this type is a threat of force or coercion (PLOVER 2.3)."""
    shifted = future_shift(event, modes)
    return shifted is not None and shifted[0] == "THREATEN"


def future_shift(event: str, modes: list[str]) -> tuple[str, list[str]] | None:
    """The single PLOVER type a future/intended event is coded as, or None to keep it."""
    if event in FUTURE_TO_AGREE:
        return "AGREE", []
    if event == "RETREAT":
        return FUTURE_RETREAT, []
    for mode in modes or [""]:
        for key in ((event, mode), (event, "")):
            if key in FUTURE_VIOLENCE:
                new_event, new_mode = FUTURE_VIOLENCE[key]
                return new_event, [new_mode] if new_mode else []
    return None
