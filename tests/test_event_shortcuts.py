"""The event stage's shortcuts give what the plain scans they replace give.

Each shortcut (mentions found per sentence by bisection, a sentence pre-filter for the
sport cue, genre words read only inside names, enclitics stripped only from pattern
words) must leave the coded events as they were; these tests compare each one with the
plain computation on Indonesian news text written for them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kabar.config import Config
from kabar.context import Context
from kabar.event_clause import TOKEN, WORD, Unprepared, mentions_by_sentence, mentions_in
from kabar.events import (
    code_article,
    code_events,
    inside,
    split_sentences,
    sport_cue,
    words_begun_in,
)
from kabar.lexicons import Lexicons
from kabar.model import Article, EntityRef, Mention, Sentence
from kabar.predicates import clitics_off, load_lexicon, score_shaped

TEXT = (
    "Jakarta, Kabar -- Timnas Indonesia menang 2-1 atas Vietnam di babak kedua. "
    "Pelatih Shin Tae-yong memuji para pemain. Ia pergi ke Bandung pada Senin. "
    "Skor pun berubah 2 - 1 setelah gol kedua. Konser band Dewa 19 di Gelora Bung Karno "
    "ditunda. Novel Baswedan menonton film itu bersama Menteri Pemuda dan Olahraga. "
    "Polisi menetapkan pelaku sebagai tersangka; tersangkanya kini ditahan di Polres Bogor."
)


def mention(text: str, name: str, label: str, nth: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), text)][nth]
    return Mention(start, start + len(name), name, label, "test")


def article() -> Article:
    a = Article.from_input(TEXT, "test")
    a.text = TEXT
    a.sentences = split_sentences(TEXT)
    a.mentions = [  # not in text order, and one running across a sentence's end
        mention(TEXT, "Polres Bogor", "ORG"),
        mention(TEXT, "Shin Tae-yong", "PER"),
        mention(TEXT, "Timnas Indonesia", "ORG"),
        mention(TEXT, "Vietnam", "GPE"),
        mention(TEXT, "Novel Baswedan", "PER"),
        mention(TEXT, "Bandung pada Senin. Skor", "LOC"),
        mention(TEXT, "Dewa 19", "ORG"),
        mention(TEXT, "Ia", "PRON"),
        mention(TEXT, "Menteri Pemuda dan Olahraga", "OFFICE"),
    ]
    return a


def test_mentions_by_sentence_are_each_sentences_mentions_in_article_order() -> None:
    a = article()
    within = mentions_by_sentence(a, a.sentences)
    assert within == [mentions_in(a, s) for s in a.sentences]
    assert all(m.text != "Bandung pada Senin. Skor" for found in within for m in found)
    assert [m.text for m in within[1]] == ["Shin Tae-yong"]


def test_genre_words_begun_in_names_as_a_scan_of_the_whole_text_finds_them() -> None:
    lex = load_lexicon()
    lowered = TEXT.lower()
    spans = [(m.start, m.end) for m in article().mentions if m.label != "PRON"]
    spans.append((lowered.index("tae-yong"), lowered.index("tae-yong") + 3))  # inside a word
    every = {m.group() for m in WORD.finditer(lowered) if inside(spans, m.start())}
    assert words_begun_in(lowered, spans, every) == every
    assert "novel" in words_begun_in(lowered, spans, lex.genres.keys())
    assert "tae-yong" in every and "yong" not in every  # a token begun before the span


@pytest.mark.parametrize("sentence", split_sentences(TEXT))
def test_sport_prefilter_never_drops_a_sentence_with_a_sport_cue(sentence: Sentence) -> None:
    lex = load_lexicon()
    lowered = TEXT.lower()
    start, end = sentence.start, sentence.end
    cue = sport_cue(lex, score_shaped(lex, TOKEN.findall(lowered, start, end)))
    if cue:
        assert lex.sport_possible(WORD.findall(lowered, start, end))


def test_the_text_holds_sport_cues_for_the_prefilter_to_keep() -> None:
    """The sentence-by-sentence check above is empty unless some sentences have a cue."""
    lex = load_lexicon()
    lowered = TEXT.lower()
    cues = [
        sport_cue(lex, score_shaped(lex, TOKEN.findall(lowered, s.start, s.end)))
        for s in split_sentences(TEXT)
    ]
    assert sum(map(bool, cues)) >= 2


def test_sport_prefilter_reads_whole_phrases_not_a_common_first_word() -> None:
    lex = load_lexicon()
    lowered = TEXT.lower()
    kept = [lex.sport_possible(WORD.findall(lowered, s.start, s.end)) for s in article().sentences]
    assert kept == [True, True, False, True, False, False, False]  # timnas, pelatih, skor/gol
    assert not lex.sport_possible(WORD.findall("ia pergi ke bandung pada senin"))  # "ke final"
    assert lex.sport_possible(WORD.findall("skor pun berubah 2 - 1"))
    assert lex.sport_possible(WORD.findall("persija melangkah ke final"))


def test_enclitics_are_stripped_from_the_pattern_words_that_carry_them() -> None:
    lex = load_lexicon()
    words = {"tersangkanya", "kini", "ditahan", "bukunya"}
    bare = clitics_off(lex, words)
    assert "tersangka" in bare and words <= bare
    pattern_words = {w for entries in lex.index.values() for e in entries for w in e.words}
    plain = words | {w[:-3] for w in words if w.endswith(("nya", "lah", "pun", "kah"))}
    assert bare & pattern_words == plain & pattern_words


LAZY_TEXT = (
    "Gubernur Sulawesi Tengah Rusdi Hamzah meninjau tanggul yang jebol di Kabupaten Sigi. "
    "Andi Pratama tinggal di desa itu sejak kecil. "
    "Ia tinggal di sana bersama Andi dan keluarganya. "
    "Sawah di sana terendam lumpur setinggi lutut. "
    "Ia kemudian mengecam kontraktor proyek tanggul tersebut."
)


def lazy_article() -> Article:
    a = Article.from_input(LAZY_TEXT, "test")
    a.text, a.published = LAZY_TEXT, "2025-02-11"
    a.sentences = split_sentences(LAZY_TEXT)
    a.mentions = [
        mention(LAZY_TEXT, "Rusdi Hamzah", "PER"),
        mention(LAZY_TEXT, "Andi Pratama", "PER"),
        mention(LAZY_TEXT, "Andi", "PER", 1),
    ]
    return a


CTX = Context(config=Config(), lexicons=Lexicons(places={}, orgs={}, offices={}))


def coded(article: Article, lazy: bool) -> list[tuple[str, list[str], list[str]]]:
    code_article(article, CTX, [], {}, lazy)
    return [
        (e.event, [r.entity_name for r in e.actor], [r.entity_name for r in e.recipient])
        for e in article.events
    ]


def test_sentences_passed_over_unprepared_leave_the_events_as_they_were() -> None:
    # The second sentence names Andi, the only party the third could tell as its subject,
    # but the third opens with "Ia": the coded last sentence's "Ia" asks for the subject
    # told before, which only the passed-over second sentence knows, so the lazy coding
    # gives up and the article is coded again with every sentence prepared.
    with pytest.raises(Unprepared):
        coded(lazy_article(), lazy=True)
    events = coded(lazy_article(), lazy=False)
    assert events and events == [
        (e.event, [r.entity_name for r in e.actor], [r.entity_name for r in e.recipient])
        for e in code_events(lazy_article(), CTX).events
    ]


def test_parties_of_passed_over_sentences_are_read_when_wanted() -> None:
    # "Nelayan itu" is the fisherman of the first sentence, found among the recent
    # parties: the first two sentences code nothing and are passed over, and their
    # parties are read in when the last sentence asks.
    text = (
        "Seorang nelayan asal Donggala hilang di perairan Teluk Palu sejak Minggu pagi. "
        "Perahunya ditemukan terbalik tanpa awak. Kabar itu mengejutkan keluarga di "
        "kampungnya. Nelayan itu sebelumnya diancam oleh sekelompok orang tak dikenal."
    )
    a = Article.from_input(text, "test")
    a.text, a.published = text, "2025-02-11"
    a.sentences = split_sentences(text)
    a.mentions = [mention(text, "Donggala", "GPE")]
    lazy = coded(a, lazy=True)
    a.events.clear()
    assert lazy == coded(a, lazy=False)
    assert lazy == [("THREATEN", ["sekelompok orang tak dikenal"], ["nelayan asal Donggala"])]


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_lazy_coding_of_a_whole_article_is_full_coding(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Passing over unprepared the sentences that code nothing (with the full retry when a
    rule reads one) never changes an event of a real-length article: the bundled examples
    coded lazily and with every sentence prepared give the same events."""
    from kabar import events as event_stage
    from kabar import process

    def shown(text: str) -> list[tuple[str, str, list[str], list[str], str | None]]:
        return [
            (e.event, e.trigger, names(e.actor), names(e.recipient), e.date)
            for e in process(text, published="2024-10-01").events
        ]

    def names(refs: list[EntityRef]) -> list[str]:
        return [r.entity_name for r in refs]

    text = path.read_text(encoding="utf-8")
    lazy = shown(text)
    full_only = event_stage.code_article
    monkeypatch.setattr(
        event_stage,
        "code_article",
        lambda article, ctx, dropped, prepared, lazy: full_only(
            article, ctx, dropped, prepared, lazy=False
        ),
    )
    assert lazy == shown(text)
