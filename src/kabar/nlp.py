"""Sentences, tokens, temporal expressions and entity mentions.

Mentions come from three sources that check each other: the trained NER model
(names), the gazetteers (places and organisations with their country and
sector codes) and the office lexicon ("Menteri Luar Negeri Iran" before a name
gives that person an office, an organisation and a country).
"""

from __future__ import annotations

import re
from datetime import date

from kabar.context import Context
from kabar.dates import find_times
from kabar.lexicons import OfficeEntry, OrgEntry, PlaceEntry
from kabar.model import Article, Mention, TraceStep
from kabar.segment import split_sentences, tokenize

PRONOUN = re.compile(r"\b(?:[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka)\b")
MAX_OFFICE_TAIL = 60  # characters of country/organisation between title and name


def analyse_text(article: Article, ctx: Context) -> Article:
    """Split sentences and tokens, find temporal expressions and entity mentions."""
    text = article.text
    article.sentences = split_sentences(text)
    article.tokens = tokenize(text)
    article.times = find_times(text, reference_date(article))
    article.mentions = find_mentions(text, ctx)
    counts: dict[str, int] = {}
    for mention in article.mentions:
        counts[mention.label] = counts.get(mention.label, 0) + 1
    article.trace.append(
        TraceStep(
            "nlp",
            f"{len(article.sentences)} sentences, {len(article.tokens)} tokens, "
            f"{len(article.times)} time expressions, mentions {counts}",
        )
    )
    return article


def reference_date(article: Article) -> date | None:
    if not article.published or article.published_precision != "day":
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def find_mentions(text: str, ctx: Context) -> list[Mention]:
    """Entity mentions in ``text``, names folded together with their office titles."""
    gazetteer = [gazetteer_mention(text, *match) for match in ctx.lexicons.find_all(text)]
    model = (
        [Mention(s, e, text[s:e], label, "ner-model") for s, e, label in ctx.ner.predict(text)]
        if ctx.ner is not None
        else []
    )
    mentions = merge_mentions(model, gazetteer)
    mentions = attach_offices(text, mentions)
    mentions += [
        Mention(m.start(), m.end(), m.group(), "PRON", "pronoun-rule")
        for m in PRONOUN.finditer(text)
        if not any(x.start <= m.start() < x.end for x in mentions)
    ]
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def gazetteer_mention(text: str, start: int, end: int, label: str, entry: object) -> Mention:
    mention = Mention(start, end, text[start:end], label, "gazetteer")
    if isinstance(entry, PlaceEntry):
        mention.label = "GPE" if entry.kind == "country" else "LOC"
        mention.country = entry.country_code
        mention.name = entry.canonical
    elif isinstance(entry, OrgEntry):
        mention.label = "ORG"
        mention.country = entry.country_code
        mention.sector = entry.sector
        mention.name = entry.canonical
        mention.organization = entry.canonical
    elif isinstance(entry, OfficeEntry):
        mention.label = "OFFICE"
        mention.office = entry.canonical
        mention.sector = entry.sector
    return mention


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge_mentions(model: list[Mention], gazetteer: list[Mention]) -> list[Mention]:
    """Combine model and gazetteer spans without overlaps.

    A gazetteer entry gives codes the model cannot, so it wins for places and
    organisations; the model wins where it found a person around a gazetteer
    word (a name containing a place word) and for spans the gazetteer lacks.
    """
    kept: list[Mention] = []
    for mention in gazetteer:
        person = next((m for m in model if m.label == "PER" and overlaps(m, mention)), None)
        if person is not None and mention.label != "OFFICE":
            continue
        kept.append(mention)
    for mention in model:
        clash = [g for g in kept if overlaps(g, mention)]
        if not clash:
            kept.append(mention)
        elif mention.label == "PER" and all(g.label == "OFFICE" for g in clash):
            # "Menlu Retno" tagged whole as PER: keep the name part only.
            last_office_end = max(g.end for g in clash)
            if last_office_end < mention.end:
                name = mention.text[last_office_end - mention.start :].lstrip(" ,")
                start = mention.end - len(name)
                kept.append(Mention(start, mention.end, name, "PER", "ner-model"))
        elif mention.label == "PER" and all(g.label in {"LOC", "GPE", "ORG"} for g in clash):
            # A person's name containing a place word is still a person.
            kept = [g for g in kept if g not in clash]
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def attach_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a person the office, country and organisation named right before them.

    "Menteri Luar Negeri Iran Hossein Amir-Abdollahian": OFFICE, GPE, PER. The
    OFFICE mention stays (it is evidence) but now carries the country, and the
    person inherits office, country, organisation and sector.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for index, mention in enumerate(ordered):
        if mention.label != "OFFICE":
            continue
        cursor = mention.end
        for following in ordered[index + 1 :]:
            gap = text[cursor : following.start]
            if following.start - mention.end > MAX_OFFICE_TAIL or gap.strip(" ,"):
                break
            if following.label in {"GPE", "LOC"}:
                mention.country = mention.country or following.country
                cursor = following.end
            elif following.label == "ORG":
                mention.organization = mention.organization or following.name
                mention.country = mention.country or following.country
                cursor = following.end
            elif following.label == "PER":
                following.office = mention.office
                following.sector = following.sector or mention.sector
                following.country = following.country or mention.country
                following.organization = following.organization or mention.organization
                break
            else:
                break
    return ordered
