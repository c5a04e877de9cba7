"""Story clusters: articles of several outlets and days about one development.

Two articles join one story only when all of these hold (conservative on purpose):
- they were published at most ``max_story_gap_days`` apart (both dates known; an
  article without a publication date that dates its report by one weekday dateline
  without a year, "Rabu (6/9)", is of the day with that weekday, day and month nearest
  the other's publication, :func:`yearless_near`);
- their titles and leads are lexically close: TF-IDF cosine of content words
  at least ``story_min_cosine`` (0.2);
- they share named people or organisations other than news media (resolved actor
  ids; a person named by his office names its body too, "Wakil Ketua DPR RI ..."): at
  least ``story_min_shared_actors`` (2), covering at least half of the smaller article's;
- and, when both articles name a place in their lead, one of those places.
Sharing at least ``story_strong_shared_actors`` (3) is strong evidence: the cosine
then needs only ``story_min_cosine_strong`` (0.14), as follow-ups lead with a new
turn in other words ("Menhan AS minta maaf" after "Panglima TNI ditolak masuk AS").
Two articles at most ``story_copy_gap_days`` (3) apart that print one long sentence
naming something word for word (:func:`copied_sentences`) and share a named actor are
one story too, whatever their leads and places: one outlet's follow-up repeats its
earlier report's paragraphs, two outlets print one press release, and a new lead
("Legislator kritik ...") then hides the old development from the lead test.
Articles that report one merged event dated to the day are also one story (the
same act on one day, or a one-off act another outlet told a day later). Stories
are the connected groups; a story's id is derived from its earliest article
(publication date, then id), so it is stable as later articles join.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from kabar.actors import MEMBER, mention_key
from kabar.config import FuseConfig
from kabar.fuse_compare import fuse_words
from kabar.lexicons import office_bodies
from kabar.model import HOME, Article, Event, stable_id

WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")
LEAD_CHARS = 600
NAMED_LABELS = frozenset({"PER", "ORG"})
NAMING_LABELS = frozenset({"PER", "ORG", "GPE", "LOC"})
MEDIA = "MED"  # the PLOVER sector of news media
COPIED_MIN_WORDS = 20  # a sentence this long is not written twice by chance
COPIED_KEY = "copied_sentences"  # where a fusion summary keeps them (kabar.summary)


def content_words(text: str) -> list[str]:
    stop = fuse_words("stop")
    return [w for w in map(str.casefold, WORD.findall(text)) if w not in stop]


def lead_of(article: Article) -> str:
    """Title and the first sentences (the lead) of an article."""
    end = next((s.end for s in article.sentences if s.end >= LEAD_CHARS // 2), LEAD_CHARS)
    return f"{article.title or ''}\n{article.text[: min(end, LEAD_CHARS)]}"


def copied_sentences(article: Article) -> list[str]:
    """Keys of the article's sentences another article of its story may print word for
    word: at least ``COPIED_MIN_WORDS`` words, naming something (a person, a body or a
    place the entity stage found in it), so that an outlet's stock line ("Bila Anda
    merasakan gejala depresi ...", "Disclaimer: Ingat, ...") does not join every article
    carrying it. A fusion
    summary, which keeps only the lead, carries the keys of the whole text
    (``kabar.summary.fusion_summary``). Fusion's own test of a copy across stories,
    ``kabar.fuse.copied_news``, reads "naming something" more loosely (any capitalised
    word after the first), as it joins two reports dated to one day."""
    kept = article.meta.get(COPIED_KEY)
    if kept is not None:
        return list(kept)
    named = [m.start for m in article.mentions if m.label in NAMING_LABELS]
    keys = set()
    for sentence in article.sentences:
        words = WORD.findall(article.text[sentence.start : sentence.end].casefold())
        if len(words) >= COPIED_MIN_WORDS and any(
            sentence.start <= at < sentence.end for at in named
        ):
            keys.add(stable_id("cps", " ".join(words)))
    return sorted(keys)


def tfidf_vectors(docs: list[list[str]]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors; the IDF is computed on this corpus (smoothed)."""
    df = Counter(w for doc in docs for w in set(doc))
    n = len(docs)
    vectors = []
    for doc in docs:
        tf = Counter(doc)
        vec = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def named_actors(article: Article) -> set[str]:
    """The people and organisations an article names, but news media: the outlet in the
    dateline ("Jakarta, CNN Indonesia") and the agencies it quotes (Reuters, Antara) name
    who tells the news, which every article of that outlet shares whatever its story.
    A person named by his office names its body too (:func:`office_orgs`)."""
    return {
        m.actor_id
        for m in article.mentions
        if m.actor_id and m.label in NAMED_LABELS and m.sector != MEDIA
    } | office_orgs(article)


def office_orgs(article: Article) -> set[str]:
    """The keys of the bodies the article's people hold office in, by title ("Wakil Ketua
    DPR RI Fahri Hamzah": the DPR; ``kabar.lexicons.office_bodies``): one outlet writes
    "Ketua DPR RI, Fahri Hamzah" and the actor stage finds the DPR apart, another joins
    the title to the name, and both articles name the same body. Not a member's body
    ("anggota DPR"): every article quoting one of its hundreds of members would share it."""
    bodies = office_bodies()
    return {
        mention_key("ORG", body)
        for m in article.mentions
        if m.label == "PER" and m.actor_id and m.office and not m.office.startswith(MEMBER)
        if (body := m.organization or bodies.get((m.office, m.country or HOME)))
    }


def lead_places(article: Article) -> set[str]:
    limit = len(lead_of(article)) - len(article.title or "") - 1
    return {
        (m.country or m.text).casefold() + ":" + (m.name or m.text).casefold()
        for m in article.mentions
        if m.label in {"GPE", "LOC"} and m.start < limit
    }


def story_clusters(
    articles: list[Article],
    events: Iterable[Event],
    mapping: dict[str, str],
    config: FuseConfig,
) -> dict[str, str]:
    """article id -> story id for every article given."""
    order = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    parent = {a.id: a.id for a in order}
    rank = {a.id: k for k, a in enumerate(order)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = (ra, rb) if rank[ra] <= rank[rb] else (rb, ra)
            parent[second] = first

    for event in events:
        if event.date_precision != "day":
            continue
        ids = sorted({s.article_id for s in event.sources if s.article_id in parent})
        for other in ids[1:]:
            union(ids[0], other)
    vectors = dict(
        zip(
            (a.id for a in order),
            tfidf_vectors([content_words(lead_of(a)) for a in order]),
            strict=True,
        )
    )
    actors = {a.id: {mapping.get(x, x) for x in named_actors(a)} for a in order}
    places = {a.id: lead_places(a) for a in order}
    for a, b in candidate_pairs(order, actors, config):
        if same_story(a, b, vectors, actors, places, config):
            union(a, b)
    copies = {a.id: copied_sentences(a) for a in order}
    for a, b in copy_pairs(copies, {a.id: day_number(a.published) for a in order}, config):
        if actors[a] & actors[b]:
            union(a, b)
    return {a.id: stable_id("sty", find(a.id)) for a in order}


def day_number(published: str | None) -> int | None:
    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def yearless_near(day_month: str | None, weekday: int | None, day: int, gap: int) -> bool:
    """Whether the weekday, day and month an article without a year dates itself by
    (``Article.published_day_month``, "Rabu (6/9)") fall on a day at most ``gap`` days
    from ``day`` (a :func:`day_number`): that is the article's day for an article published
    on ``day``. Years with one weekday on one date lie five or more apart, so at most one
    such day is near."""
    if not day_month or weekday is None:
        return False
    year = date.fromordinal(day).year
    for y in (year - 1, year, year + 1):
        try:
            near = date.fromisoformat(f"{y}{day_month[1:]}")
        except ValueError:
            continue
        if near.isoweekday() == weekday and abs(near.toordinal() - day) <= gap:
            return True
    return False


def candidate_pairs(
    order: list[Article], actors: dict[str, set[str]], config: FuseConfig
) -> list[tuple[str, str]]:
    """Pairs of articles at most ``max_story_gap_days`` apart sharing enough named actors.

    Found through an index of actor -> articles in date order, so the cost grows with
    the articles near each other in time, not with the square of the corpus.
    """
    days = {a.id: day_number(a.published) for a in order}
    dated = sorted((a.id for a in order if days[a.id] is not None), key=lambda x: days[x] or 0)
    gap = config.max_story_gap_days
    if config.story_min_shared_actors <= 0:
        return [
            (a, b)
            for i, a in enumerate(dated)
            for b in dated[i + 1 :]
            if abs((days[b] or 0) - (days[a] or 0)) <= gap
        ]
    by_actor: dict[str, list[str]] = {}
    for article_id in dated:
        for actor in actors[article_id]:
            by_actor.setdefault(actor, []).append(article_id)
    shared: Counter[tuple[str, str]] = Counter()
    for members in by_actor.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (days[b] or 0) - (days[a] or 0) > gap:
                    break
                shared[(a, b) if a < b else (b, a)] += 1
    for article in order:  # no year: near the publication of the dated other
        if days[article.id] is None and article.published_day_month:
            for actor in actors[article.id]:
                for b in by_actor.get(actor, ()):
                    dm, wd = article.published_day_month, article.published_weekday
                    if yearless_near(dm, wd, days[b] or 0, gap):
                        shared[(article.id, b) if article.id < b else (b, article.id)] += 1
    return sorted(p for p, n in shared.items() if n >= config.story_min_shared_actors)


def copy_pairs(
    copies: Mapping[str, list[str]], days: Mapping[str, int | None], config: FuseConfig
) -> list[tuple[str, str]]:
    """Pairs of dated articles at most ``story_copy_gap_days`` apart that print one of
    :func:`copied_sentences` (article id -> keys) word for word."""
    by_key: dict[str, list[str]] = {}
    for article_id, keys in copies.items():
        if days.get(article_id) is not None:
            for key in keys:
                by_key.setdefault(key, []).append(article_id)
    pairs = set()
    for members in by_key.values():
        members.sort(key=lambda x: (days[x] or 0, x))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (days[b] or 0) - (days[a] or 0) > config.story_copy_gap_days:
                    break
                pairs.add((a, b) if a < b else (b, a))
    return sorted(pairs)


def same_story(
    a: str,
    b: str,
    vectors: dict[str, dict[str, float]],
    actors: dict[str, set[str]],
    places: dict[str, set[str]],
    config: FuseConfig,
) -> bool:
    shared = actors[a] & actors[b]
    smaller = min(len(actors[a]), len(actors[b])) or 1
    if len(shared) < config.story_min_shared_actors or len(shared) / smaller < 0.5:
        return False
    if places[a] and places[b] and not places[a] & places[b]:
        return False
    strong = len(shared) >= config.story_strong_shared_actors
    threshold = config.story_min_cosine_strong if strong else config.story_min_cosine
    return cosine(vectors[a], vectors[b]) >= threshold
