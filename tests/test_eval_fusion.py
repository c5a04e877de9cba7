"""The fusion score (``kabar eval fusion``), proved on a tiny hand-made case."""

from __future__ import annotations

from kabar.evaluation.fusion import (
    AlignedReport,
    evaluate_fusion,
    fusion_by_split,
    gold_linked_pairs,
    oracle_fusion,
    pairwise_merge,
    run_fusion,
)
from kabar.evaluation.gold import ArticleSource, GoldArticle, RawInput, Span, load_gold
from kabar.fuse_compare import STORY_DAY

from .conftest import gold_event


def report(
    article: str, gold_event: int, same: str | None, fused: str | None, split: str = "dev"
) -> AlignedReport:
    return AlignedReport(article, split, gold_event, same, fused)


def test_pairwise_merge_counts_pairs_of_different_articles() -> None:
    reports = [
        report("a", 0, "meet", "F1"),
        report("b", 0, "meet", "F1"),  # a0~b0 merged and linked: correct
        report("c", 0, "meet", "F2"),  # a0~c0, b0~c0 linked, not merged: two misses
        report("c", 1, None, "F1"),  # merged with a0, b0, a1 but linked to nothing
        report("a", 1, None, "F1"),  # a0~a1 is one article's pair: not counted
        report("d", 0, None, None),  # in no fused event: never merged
    ]
    prf = pairwise_merge(reports)
    # system pairs of different articles in F1 = {a0, b0, c1, a1}: a0b0, a0c1, b0c1,
    # b0a1, c1a1 (a0a1 same article) = 5; correct: a0b0 = 1
    assert (prf.tp_sys, prf.n_sys) == (1, 5)
    # linked pairs: a0b0, a0c0, b0c0 = 3; merged among them: a0b0 = 1
    assert (prf.tp_gold, prf.n_gold) == (1, 3)
    assert prf.precision == 1 / 5 and prf.recall == 1 / 3


def test_perfect_and_empty_cases() -> None:
    perfect = [report("a", 0, "x", "F"), report("b", 0, "x", "F"), report("c", 0, "y", "G")]
    prf = pairwise_merge(perfect)
    assert (prf.precision, prf.recall) == (1.0, 1.0)
    nothing = pairwise_merge([report("a", 0, None, "F"), report("b", 0, None, "G")])
    assert (nothing.n_sys, nothing.n_gold) == (0, 0)


def gold(ref: str, split: str, links: list[str | None]) -> GoldArticle:
    span = Span(0, 4, "Budi")
    events = [gold_event("CONSULT", ("Budi",), span, same_event=link) for link in links]
    return GoldArticle(ref, split, "politics", None, None, None, "unknown", "id", events=events)


def test_gold_links_and_splits() -> None:
    golds = [gold("a", "dev", ["x", None]), gold("b", "dev", ["x"]), gold("c", "heldout", ["x"])]
    assert gold_linked_pairs(golds) == 3  # ab, ac, bc
    reports = [
        report("a", 0, "x", "F"),
        report("b", 0, "x", "F"),
        report("c", 0, "x", "G", split="heldout"),
    ]
    result = fusion_by_split(reports, golds)
    assert result["dev"]["merge_pairs"]["precision"] == 1.0
    assert result["dev"]["merge_pairs"]["recall"] == 1.0
    assert result["dev"]["gold_links"] == 1 and result["all"]["gold_links"] == 3
    assert result["all"]["merge_pairs"]["recall"] == round(1 / 3, 4)
    assert result["all"]["gold_links_merged"]["correct"] == 1
    # error lists only for the dev part: the held-out part's errors are not read
    assert "missed_merges" in result["dev"] and "missed_merges" not in result["heldout"]
    assert "missed_merges" not in result["all"]


def test_the_corpus_path_on_the_bundled_examples(tmp_path) -> None:
    """Examples 01-03 (one trip: Kyiv on 29 June, Moscow on 30 June) go through a
    temporary store and fusion; the gold links seven pairs of their events."""
    golds = [
        g for g in load_gold() if g.article.startswith(("example:01", "example:02", "example:03"))
    ]
    stories: dict[str, str] = {}
    pairs, fused_of = run_fusion(golds, ArticleSource(repo=None), workdir=tmp_path, stories=stories)
    assert len(pairs) == 3 and fused_of
    # the fusion-alone score needs the system's stories: both reports of the Moscow
    # meeting come from one story
    assert stories[golds[0].article] == stories[golds[1].article]
    result = evaluate_fusion(pairs, fused_of)
    assert result["all"]["gold_links"] == 7
    merges = result["all"]["merge_pairs"]
    assert merges["n_gold"] <= 7 and merges["tp_sys"] <= merges["n_sys"]


def test_gold_events_as_reports_score_fusion_alone(tmp_path) -> None:
    """With the gold events of examples 01-03 as reports, fusion joins the three reports
    of the Kyiv meeting and the two of the Moscow meeting, and merges nothing wrongly
    (the 30 June offer to bridge is not the 29 June promise to meet Putin)."""
    golds = [
        g for g in load_gold() if g.article.startswith(("example:01", "example:02", "example:03"))
    ]
    pairs, _ = run_fusion(golds, ArticleSource(repo=None), workdir=tmp_path)
    result = oracle_fusion(pairs, {})
    assert result["all"]["merge_pairs"]["precision"] == 1.0
    assert not result["dev"]["wrong_merges"]
    missed = " ".join(result["dev"]["missed_merges"])
    assert "Zelensky" not in missed and "Kremlin" not in missed
    assert result["dev"]["links_without_report"] == []  # every gold event is a report


def test_a_gold_report_is_dated_and_cited_as_the_event_stage_would(tmp_path) -> None:
    """A gold event whose text gives no date gets what the event stage's fallback gives
    (the story's day; unknown after "telah", "sempat" or "sejak awal"), not a month guessed
    from the publication, and cites the whole sentence holding its evidence, in cleaned
    offsets, the trigger the event stage coded inside the evidence standing for its own."""
    from kabar.api import default_pipeline
    from kabar.evaluation.fusion import gold_report

    golds = [g for g in load_gold() if g.article.startswith("example:08")]
    pairs, _ = run_fusion(golds, ArticleSource(repo=None), workdir=tmp_path)
    pair = pairs[0]
    lexicons = default_pipeline().context.lexicons
    made = {
        e.evidence.text[:20]: gold_report(pair, k, e, lexicons)
        for k, e in enumerate(pair.gold.events)
    }
    denied = made["KPK membantah anggap"]
    assert (denied.date, denied.date_precision, denied.rule) == ("2025-02-20", "day", STORY_DAY)
    rejected = made["Hasto dan PDI Perjua"]  # "... sejak awal menolak tuduhan tersebut"
    assert (rejected.date, rejected.date_precision) == (None, "unknown")
    source = denied.sources[0]
    text = pair.article.text
    assert text[source.start : source.end] == source.sentence
    assert source.start <= (source.trigger_start or -1) < source.end
    assert text[source.trigger_start or 0 :].startswith("membantah anggapan itu")


class TwiceCrawled(ArticleSource):
    """One news record stored under two references: same address, same text."""

    TEXT = (
        "Jakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa Kepala Dinas Perikanan "
        "Kabupaten Lembata, Yohanes Dasion, sebagai saksi dugaan suap proyek dermaga pada "
        "Rabu (12/3/2025). Juru bicara KPK Rahmat Santoso mengatakan pemeriksaan itu "
        "berlangsung sekitar enam jam di Gedung Merah Putih."
    )

    def available(self, ref: str) -> bool:
        return True

    def get(self, ref: str) -> RawInput:
        meta = {"id": ref, "published": "2025-03-12", "publication": "contoh"}
        return RawInput(ref, self.TEXT, meta)


def test_both_references_of_one_record_crawled_twice_are_in_its_story(tmp_path) -> None:
    """Kabar codes a record crawled twice as one article (its id is its text's): each of
    the two gold references is in that article's story, or the gold events as reports
    of one of them would have no story and never join the other's."""
    span = Span(9, 43, "Komisi Pemberantasan Korupsi (KPK)")
    golds = [
        GoldArticle(
            ref,
            "dev",
            "crime",
            None,
            "contoh",
            "2025-03-12",
            "day",
            "id",
            events=[gold_event("ACCUSE", ("KPK",), span, same_event="periksa")],
        )
        for ref in ("bench:kpk-a", "bench:kpk-b")
    ]
    stories: dict[str, str] = {}
    pairs, _ = run_fusion(golds, TwiceCrawled(repo=None), workdir=tmp_path, stories=stories)
    assert pairs[0].article.id == pairs[1].article.id
    assert set(stories) == {"bench:kpk-a", "bench:kpk-b"}
    assert stories["bench:kpk-a"] == stories["bench:kpk-b"]


def test_a_gold_report_takes_the_coded_trigger_inside_its_evidence_else_its_first_verb() -> None:
    """Fusion reads what was said from the report's trigger on: a gold report takes the
    trigger a coded event of its sentence has inside the evidence ("menahan", not the
    first verb "menyelidiki"), else the evidence's first verb, where a report of the
    event stage would stand, not the evidence's start."""
    from kabar.evaluation.fusion import evidence_source
    from kabar.evaluation.gold import Alignment, GoldArticle
    from kabar.evaluation.stages import Pair
    from kabar.model import Article, Event, Sentence, Source

    text = (
        "Kejaksaan yang lama menyelidiki kasus itu akhirnya menahan Kepala Desa Sukaraja. "
        "Warga desa kemudian menggelar syukuran di balai desa."
    )
    article = Article.from_input(text, "t")
    article.text = text
    cut = text.index("Warga")
    article.sentences = [Sentence(0, cut - 1), Sentence(cut, len(text))]
    held = text.index("menahan")
    coded = Source("t", None, text[: cut - 1], 0, cut - 1, trigger_start=held)
    article.events = [
        Event("e", "COERCE", [], [], None, "unknown", [], [], None, False, False, [], [coded], 0.5)
    ]
    gold = GoldArticle("t", "dev", "crime", None, "contoh", "2025-03-12", "day", "id")
    pair = Pair(gold, article, Alignment.of(article))
    first = Span(0, cut - 1, text[: cut - 1])
    assert evidence_source(pair, first)[0].trigger_start == held
    second = Span(cut, len(text), text[cut:])
    assert evidence_source(pair, second)[0].trigger_start == text.index("menggelar")
