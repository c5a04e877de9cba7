"""Stored documents rebuild into the same model objects."""

from __future__ import annotations

import orjson

from kabar.config import Config, NlpConfig
from kabar.context import build_context
from kabar.model import Article, Event, from_dict
from kabar.pipeline import process_article
from kabar.store import dumps
from kabar.summary import fusion_summary

TEXT = (
    "Jakarta, Senin (3/6/2024) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar "
    "Negeri Australia Penny Wong di Jakarta pada Senin. Keduanya membahas kerja sama "
    'maritim. "Kami sepakat memperkuat patroli bersama," kata Retno. Polisi menangkap '
    "12 orang dalam demonstrasi di depan Gedung DPR pada hari yang sama."
)


def test_coded_article_and_its_fusion_summary_rebuild_equal():
    ctx = build_context(Config(nlp=NlpConfig(use_model=False)))
    article = process_article(Article.from_input(TEXT, "<test>"), ctx)
    assert article.mentions and article.events and article.sentences
    for original in (article, fusion_summary(article)):
        rebuilt = from_dict(Article, orjson.loads(dumps(original)))
        assert rebuilt == original
        assert all(isinstance(e, Event) for e in rebuilt.events)
        assert dumps(rebuilt) == dumps(original)


def test_missing_and_null_fields_take_defaults_or_stay_null():
    rebuilt = from_dict(Article, {"id": "a", "source": "s", "raw": "", "title": None})
    assert rebuilt.title is None and rebuilt.mentions == [] and rebuilt.published is None


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    from kabar.model import Sentence

    article = Article.from_input("Polisi datang. Warga bubar.", "test")
    article.sentences = [Sentence(0, 14), Sentence(15, 27)]
    assert article.sentence_at(0) == Sentence(0, 14)
    assert article.sentence_at(20) == Sentence(15, 27)
    assert article.sentence_at(14) is None  # the space between them
    assert article.sentence_at(40) is None
