"""Fusion blocks: the smallest groups of articles fusion never has to look across.

Two articles can end in one story only when they are at most
``max_story_gap_days`` apart (an article without a year by its weekday dateline,
``kabar.stories.yearless_near``) and share at least ``story_min_shared_actors`` named
actors covering half of the smaller article's, with compatible lead places
(``kabar.stories``); two reports of different stories merge only when they have the
same type, modality and day (for a one-off act, days at most two apart:
``kabar.summary.block_days``) and share a resolved participant (``kabar.fuse``); two
articles at most ``story_copy_gap_days`` apart printing one long sentence word for word
and sharing a named actor are one story (``kabar.stories.copy_pairs``).
Blocks are the connected groups of those necessary conditions, so fusing each block
alone gives what fusing the corpus would (story TF-IDF weights are the block's).
A run re-fuses only blocks that gained articles or whose actors were re-resolved,
and the Spark job fuses blocks in parallel.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from typing import Any

from kabar.config import FuseConfig
from kabar.stories import copy_pairs, day_number, yearless_near
from kabar.summary import block_id


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def fusion_blocks(
    rows: Iterable[dict[str, Any]], mapping: dict[str, str], config: FuseConfig
) -> dict[str, str]:
    """article id -> block id, from ``kabar.summary.block_row`` rows of every article."""
    sets = UnionFind()
    named: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    days: dict[str, int] = {}
    by_actor: dict[str, list[tuple[int, str]]] = {}
    by_report: dict[str, list[str]] = {}
    dated_of: dict[str, int] = {}
    yearless: dict[str, tuple[str, int]] = {}
    copies: dict[str, list[str]] = {}
    for row in rows:
        article = row["id"]
        sets.add(article)
        actors = {mapping.get(k, k) for k in row["named"]}
        day = day_number(row["published"])
        if day is not None:
            dated_of[article] = day
        if day is not None and actors:
            named[article], places[article], days[article] = actors, set(row["places"]), day
            for actor in actors:
                by_actor.setdefault(actor, []).append((day, article))
            if row.get("copied"):
                copies[article] = row["copied"]
        day_month, weekday = row.get("day_month") or (None, None)
        if day is None and actors and day_month and weekday:
            named[article], places[article] = actors, set(row["places"])
            yearless[article] = (day_month, weekday)
        for key, ids in row["reports"]:
            for actor in {mapping.get(k, k) for k in ids}:
                by_report.setdefault(f"{key}|{actor}", []).append(article)
    for members in by_report.values():
        for other in members[1:]:
            sets.union(members[0], other)
    for key, members in by_report.items():  # a day and month without a year: any year's
        without_year = yearless_key(key)
        for other in by_report.get(without_year, ()) if without_year else ():
            sets.union(members[0], other)
    for dated_members in by_actor.values():
        dated_members.sort()
    ids_by_actor = {actor: [a for _, a in members] for actor, members in by_actor.items()}
    need = config.story_min_shared_actors
    gap = config.max_story_gap_days
    if need <= 0:  # stories may then join articles without shared actors: chain by date
        dated = sorted(
            (d, row_id) for row_id in sets.parent if (d := dated_of.get(row_id)) is not None
        )
        for (d1, a), (d2, b) in zip(dated, dated[1:], strict=False):
            if d2 - d1 <= gap:
                sets.union(a, b)
    for article in days:
        for other in story_partners(
            article, named, places, days, (by_actor, ids_by_actor), need, gap
        ):
            sets.union(article, other)
    for a, b in copy_pairs(copies, days, config):
        if named[a] & named[b]:
            sets.union(a, b)
    for article, (day_month, weekday) in yearless.items():
        shared: Counter[str] = Counter(
            other
            for actor in named[article]
            for day, other in by_actor.get(actor, ())
            if yearless_near(day_month, weekday, day, gap)
        )
        for other in partners(article, shared, named, places, need):
            sets.union(article, other)
    groups: dict[str, list[str]] = {}
    for article in sets.parent:
        groups.setdefault(sets.find(article), []).append(article)
    assignment = {}
    for members in groups.values():
        block = block_id(members)  # ids copied: the originals, scattered among the parsed
        # rows, would keep their memory pages from going back (scripts/fusion_memory.py)
        assignment.update(dict.fromkeys((m.encode().decode() for m in members), block))
    return assignment


def yearless_key(key: str) -> str | None:
    """The key of a report of that type, day and month and participant without a year
    (``kabar.summary.block_row``), for the key of one dated to the day."""
    parts = key.split("|", 5)
    if len(parts) < 6 or len(parts[4]) != 10:  # a full day "2023-10-07", not "--10-07"
        return None
    return "|".join([*parts[:4], "-" + parts[4][4:], parts[5]])


def story_partners(
    article: str,
    named: dict[str, set[str]],
    places: dict[str, set[str]],
    days: dict[str, int],
    by_actor: tuple[dict[str, list[tuple[int, str]]], dict[str, list[str]]],
    need: int,
    gap: int,
) -> list[str]:
    """Articles after ``article`` (by day, then id) that could share its story: within
    ``gap`` days, sharing ``need`` named actors covering half of the smaller article's,
    with compatible places. Counted for one article at a time: a counter of every pair
    in the corpus took 1.7 GB at 88,000 articles. ``by_actor`` holds each actor's
    (day, article) in order and the same articles alone, so that a window is counted
    by one ``Counter.update`` over a slice."""
    start = (days[article], article)
    last = (days[article] + gap, "\U0010ffff")
    dated, ids = by_actor
    shared: Counter[str] = Counter()
    for actor in named[article]:
        members = dated[actor]
        shared.update(ids[actor][bisect_right(members, start) : bisect_right(members, last)])
    return partners(article, shared, named, places, need)


def partners(
    article: str,
    shared: Counter[str],
    named: dict[str, set[str]],
    places: dict[str, set[str]],
    need: int,
) -> list[str]:
    """The articles of ``shared`` (-> named actors shared with ``article``) that may share
    its story: ``need`` actors at least, covering half of the smaller article's, and
    compatible places (``kabar.stories.same_story``)."""
    return [
        other
        for other, n in shared.items()
        if n >= need
        and n / (min(len(named[article]), len(named[other])) or 1) >= 0.5
        and not (places[article] and places[other] and not places[article] & places[other])
    ]
