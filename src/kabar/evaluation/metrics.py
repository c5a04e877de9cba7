"""Scores used by ``kabar eval``: P/R/F1, B-cubed, accuracy, per-type tables, matching.

Every function is pure and small, and ``tests/test_metrics.py`` proves each on a
hand-made case.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

G = TypeVar("G")
S = TypeVar("S")


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives, and their scores.

    When precision and recall are counted on different sides (``tp_sys`` system
    items that match some gold item, ``tp_gold`` gold items matched by some system
    item), precision is ``tp_sys / n_sys`` and recall ``tp_gold / n_gold``.
    """

    tp_sys: int = 0
    n_sys: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> PRF:
        return cls(tp_sys=tp, n_sys=tp + fp, tp_gold=tp, n_gold=tp + fn)

    def add(self, other: PRF) -> PRF:
        self.tp_sys += other.tp_sys
        self.n_sys += other.n_sys
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold
        return self

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_sys if self.n_sys else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp_sys": self.tp_sys,
            "n_sys": self.n_sys,
            "tp_gold": self.tp_gold,
            "n_gold": self.n_gold,
        }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += bool(ok)
        self.total += 1

    def merge(self, other: Accuracy) -> Accuracy:
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


def set_prf(gold: Iterable[Hashable], system: Iterable[Hashable]) -> PRF:
    """Exact-match P/R/F1 of two sets (each item counts once)."""
    g, s = set(gold), set(system)
    return PRF.from_counts(len(g & s), len(s - g), len(g - s))


@dataclass
class BCubed:
    """B-cubed sums over mentions; add articles together, then read the averages."""

    p_sum: float = 0.0
    r_sum: float = 0.0
    mentions: int = 0

    def add(self, other: BCubed) -> BCubed:
        self.p_sum += other.p_sum
        self.r_sum += other.r_sum
        self.mentions += other.mentions
        return self

    @property
    def precision(self) -> float:
        return self.p_sum / self.mentions if self.mentions else 0.0

    @property
    def recall(self) -> float:
        return self.r_sum / self.mentions if self.mentions else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "mentions": self.mentions,
        }


def bcubed(gold: Mapping[Hashable, Hashable], system: Mapping[Hashable, Hashable]) -> BCubed:
    """B-cubed precision and recall (Bagga & Baldwin 1998) of two clusterings.

    ``gold`` and ``system`` map each mention to its cluster id. Scores average over
    the gold mentions; a gold mention the system does not cluster counts as a
    system singleton, and system mentions outside the gold are ignored. For a
    mention m: precision = |S(m) & G(m)| / |S(m)| and recall = |S(m) & G(m)| / |G(m)|,
    with S(m) and G(m) the gold mentions in its system and gold clusters.
    """
    mentions = list(gold)
    gold_members: dict[Hashable, set[Hashable]] = {}
    sys_members: dict[Hashable, set[Hashable]] = {}

    def sys_cluster(mention: Hashable) -> Hashable:
        return system.get(mention, ("singleton", mention))

    for mention in mentions:
        gold_members.setdefault(gold[mention], set()).add(mention)
        sys_members.setdefault(sys_cluster(mention), set()).add(mention)
    result = BCubed(mentions=len(mentions))
    for mention in mentions:
        g = gold_members[gold[mention]]
        s = sys_members[sys_cluster(mention)]
        both = len(g & s)
        result.p_sum += both / len(s)
        result.r_sum += both / len(g)
    return result


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the shorter span (0 when either is empty)."""
    shortest = min(a[1] - a[0], b[1] - b[0])
    return overlap(a, b) / shortest if shortest > 0 else 0.0


def greedy_match(
    gold: Sequence[G], system: Sequence[S], score: Callable[[G, S], float], threshold: float = 0.0
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)``, best score first, above ``threshold``."""
    candidates = [
        (value, gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if (value := score(g, s)) > threshold
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def grid_match(grid: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """One-to-one ``(row, column)`` pairs of a score grid, best score first, scores above 0."""
    n_columns = len(grid[0]) if grid else 0
    return greedy_match(range(len(grid)), range(n_columns), lambda i, j: float(grid[i][j]))


def max_matching(grid: Sequence[Sequence[float]], level: float) -> list[tuple[int, int]]:
    """The largest set of one-to-one ``(row, column)`` pairs that all score at least ``level``.

    Used for events: the gold codes each real-world event once (later reports of it are
    ``also`` spans), so a second system event for the same gold event is a false
    positive, not a second true one. Maximum bipartite matching by augmenting paths.
    """
    n_columns = len(grid[0]) if grid else 0
    owner: list[int | None] = [None] * n_columns

    def augment(row: int, seen: set[int]) -> bool:
        for col in range(n_columns):
            if grid[row][col] >= level and col not in seen:
                seen.add(col)
                taken = owner[col]
                if taken is None or augment(taken, seen):
                    owner[col] = row
                    return True
        return False

    for row in range(len(grid)):
        augment(row, set())
    return sorted((row, col) for col, row in enumerate(owner) if row is not None)


def char_prf(gold: set[int], system: set[int]) -> PRF:
    """P/R/F1 of two sets of character positions (e.g. the characters cleaning cut)."""
    return set_prf(gold, system)


def date_agrees(gold_date: str | None, gold_precision: str, system_date: str | None) -> bool:
    """Does a system date agree with the gold date at the gold's precision?

    Both unknown agree; a gold day needs the same day; a gold month or year needs
    a system date inside it (a finer system date is accepted, a coarser one is not).
    """
    if not gold_date or gold_precision == "unknown":
        return not system_date
    if not system_date:
        return False
    return system_date.startswith(gold_date) and (gold_precision != "day" or len(system_date) >= 10)


def table(rows: Mapping[str, PRF]) -> dict[str, dict[str, Any]]:
    """A per-type table (type -> scores), sorted by type."""
    return {key: rows[key].as_dict() for key in sorted(rows)}


def micro(rows: Iterable[PRF]) -> PRF:
    total = PRF()
    for row in rows:
        total.add(row)
    return total
