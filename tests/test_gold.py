"""The gold set: every file parses, every article exists, every span slices to its text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kabar.evaluation.gold import (
    Alignment,
    ArticleSource,
    GoldError,
    anchor,
    check_article,
    default_gold_dir,
    find_nearest,
    normalise_name,
    read_gold_file,
)
from kabar.model import Cut

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"
SHARED = ROOT.parent / "shared"


def gold_articles():
    return [a for split in ("dev", "heldout") for a in read_gold_file(GOLD / f"{split}.jsonl")]


def test_gold_dir_is_found_from_the_package() -> None:
    assert default_gold_dir() == GOLD


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_every_gold_file_parses(split: str) -> None:
    articles = read_gold_file(GOLD / f"{split}.jsonl")
    assert articles and all(a.split == split for a in articles)


def test_composition() -> None:
    articles = gold_articles()
    refs = [a.article for a in articles]
    assert len(refs) == len(set(refs)), "an article is annotated twice"
    kinds = Counter(ref.split(":", 1)[0] for ref in refs)
    assert kinds["example"] == 13 and kinds["seed"] == 5 and kinds["bench"] >= 45
    heldout = [a for a in articles if a.split == "heldout"]
    assert len(heldout) >= 20 and all(a.article.startswith("bench:") for a in heldout)


def test_splits_are_disjoint() -> None:
    dev = {a.article for a in read_gold_file(GOLD / "dev.jsonl")}
    heldout = {a.article for a in read_gold_file(GOLD / "heldout.jsonl")}
    assert not dev & heldout


def test_events_use_plover_types_and_known_actors() -> None:
    types = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
    for article in gold_articles():
        for event in article.events:
            assert event.event in types, (article.article, event.event)
            for name in (*event.actor, *event.recipient):
                assert article.entity(name) is not None, (article.article, name)


def test_every_span_slices_to_its_text() -> None:
    source = ArticleSource(SHARED, ROOT)
    checked = 0
    for article in gold_articles():
        if not source.available(article.article):
            continue
        assert check_article(article, source.get(article.article).raw) == [], article.article
        checked += 1
    if checked == 0:
        pytest.skip(f"{SHARED} is absent: put the shared data folder beside the repository")


def test_every_referenced_article_exists() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: put the shared data folder beside the repository")
    source = ArticleSource(SHARED, ROOT)
    for article in gold_articles():
        assert source.get(article.article).raw.strip(), article.article


def test_unknown_reference_kind_is_refused() -> None:
    with pytest.raises(GoldError):
        ArticleSource(SHARED, ROOT).get("web:nothing")


def test_anchor_finds_the_nth_occurrence() -> None:
    raw = "Budi dan Ani. Budi lagi."
    assert anchor(raw, "Budi", 2).start == 14
    with pytest.raises(GoldError):
        anchor(raw, "Citra")


def test_normalise_name_folds_case_accents_and_punctuation() -> None:
    assert normalise_name("Amir-Abdollahian") == normalise_name("amir  abdollahian")
    assert normalise_name("Türk") == "turk"


def test_alignment_through_cuts_and_by_difflib() -> None:
    raw = "Judul\nBudi bertemu Ani.  Baca juga: X\nAni senang."
    cut_start = raw.index("Baca juga")
    cuts = [
        Cut(0, 6, "title", raw[:6]),
        Cut(cut_start, cut_start + len("Baca juga: X"), "baca_juga", ""),
    ]
    text = "Budi bertemu Ani.\nAni senang."
    align = Alignment(raw, text, ((c.raw_start, c.raw_end) for c in cuts))
    assert align.method == "cuts"
    start = text.index("Ani senang")
    assert raw[slice(*align.raw_span(start, start + 10))] == "Ani senang"
    assert {raw[i] for i in align.raw_cut_chars()} <= set("Judl" + "Baca jug:X")
    # cleaning that rewrote the text without recording it still aligns (difflib)
    rewritten = "Budi bertemu Ani!\nAni senang."
    other = Alignment(raw, rewritten)
    assert other.method == "difflib"
    assert raw[slice(*other.locate(start, start + 10))] == "Ani senang"


def test_find_nearest_prefers_the_closest_occurrence() -> None:
    raw = "Ani. Budi. Ani.\nAni"
    assert find_nearest(raw, "Ani", 12) == (11, 14)


def test_same_event_links_join_different_articles_only() -> None:
    """Cross-article links: each id names one real-world event reported by two or more
    articles, with one type, at most one gold event per article."""
    members: dict[str, list[tuple[str, str]]] = {}
    for article in gold_articles():
        for event in article.events:
            if event.same_event:
                members.setdefault(event.same_event, []).append((article.article, event.event))
    assert members, "the gold set holds no cross-article link"
    for link, items in members.items():
        refs = [ref for ref, _ in items]
        assert len(refs) >= 2 and len(refs) == len(set(refs)), (link, refs)
        assert len({kind for _, kind in items}) == 1, (link, items)
    moscow = {ref for ref, _ in members["jokowi-putin-moscow-2022-06-30"]}
    assert moscow == {
        "example:01_jokowi_putin_kremlin_antara.txt",
        "example:02_jokowi_putin_moscow_detik.txt",
    }
    # seeds 000 and 001: two different Doha meetings of the same pair, two weeks apart
    seed_links = {
        e.same_event
        for a in gold_articles()
        for e in a.events
        if a.article.startswith(("seed:000", "seed:001")) and e.event == "CONSULT"
    }
    assert seed_links == {None}
