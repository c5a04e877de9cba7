"""Across articles: stories, one event from many reports, and contradictions.

Merging is conservative (a wrong merge is worse than a miss). Reports become one
event only when type, polarity, mode, participants, place and date agree:
- participants are resolved actor ids; one report may name a subset of the
  other's participants; for symmetric types (CONSULT, ...) order is ignored, but
  statements (AGREE) need a speaker in common; in a directed event a lone country
  and only officials of that country's government on the same side ("Amerika
  Serikat" / "Presiden AS Donald Trump") are one participant when both reports name
  the other side with shared, resolved participants; a person stands with the body he
  is an officer or spokesman of ("juru bicara KPK Ali" / "KPK", "Ketua KPU Afifuddin" /
  "KPU": a title naming its body, :func:`on_behalf`), and
  a named unit with the body its name ends with ("Paminal Propam Polda Sumut" / "Polda
  Sumut", :func:`unit_bodies`);
- dates known to the day must be equal, so the same two people meeting twice in
  two weeks stay two events; a report dated only to the month joins a day-dated
  event of the same story (or article) only when exactly one candidate exists;
  two loosely dated reports of different articles never merge; a month guessed
  from the publication (the text gives no date, ``Event.rule`` says so) contains
  the 31 days up to the publication, whatever their month; likewise a day taken
  from the story (the sentence gives none) may stand for a day-dated event of the
  same story up to 31 days before it, and a stated date is the fused one; two reports
  each dated only by its own story's day ("on or before" it) up to 31 days apart are one
  act, across stories too, when both name the same resolved parties on both sides and
  neither says "kembali" (not an attack or a meeting, which recur, nor a plan); across
  stories, a one-off act (a refused entry, a sanction, an apology) told without a date
  by a second outlet at most a day after the first came out (days at most two apart)
  joins it when both name the same resolved parties on both sides and neither says
  "kembali"; this is weighed only after same-day reports are grouped;
- a report of a past act with no date at all ("yang ditolak masuk AS beberapa waktu
  lalu", "sempat bertemu") joins the one day-dated event of another article of its
  story (stories joined through merged day-dated events) dated up to 31 days before
  it came out (weighed against the other articles' dated reports: its own article dating
  the act too tells nothing, unless it says the act happened again); a statement other
  than a one-off act must then repeat most of what a dated report says; two such
  reports of different articles of one story that no dated event takes are one when
  both name and resolve both sides (a body both name only by its kind of one family,
  "polisi" / "pihak kepolisian", counts as one; the same unresolved words beside resolved
  parties, "kepada masyarakat dan Polri", do too), the briefer's words mostly recur in
  the other and what one names first after the trigger recurs in the other (not "menyita
  sepeda motor" / "menyita telepon genggam") (:func:`join_undated`); one that fits no
  dated event so but retells an act in the outlet's words ("Hendra dicegah Imigrasi atas
  permintaan Kejaksaan"), naming and resolving the same two sides as another article's
  day-dated report of it published at most three days apart, joins that event when no
  other dated event of the block has a report of that
  type and pair within its reach (:func:`followed_up`; not for recurring acts, statements
  voiced again, symmetric types or quotations); this is weighed last, with one more
  join: reports of one
  sentence printed word for word (punctuation aside) by articles of one story (a press
  release, a wire text), or of one long quotation each outlet attributes in its own
  words ("...," kata KBRI / "...," jelas pihak KBRI), are one event whatever day each
  article's context lent it, unless they are
  told apart by stated days, places, modes or participants (the same words of the
  copy name the same participants, however each article resolved them); a clause
  copied from the actor to the recipient, inside sentences that differ elsewhere,
  joins reports of one story of one day, or of a one-off act on any story days; a
  sentence reprinted in one story with a few plain words put in or left out, or with a
  name spelt out before the short form both keep ("mahasiswa Unud" / "mahasiswa
  Universitas Udayana (Unud)"), counts as a
  copy (:func:`kabar.fuse_compare.near_copies`), and so does a shorter sentence printed
  word for word in one story when it names both sides alike in its own words
  (:func:`named_both_alike`), unless its act recurs (talks, strikes);
- a report of an article without a year dated by a day and month ("pada 7 Oktober")
  takes the year of another article's report of that type and day, when the article's
  weekday dateline falls less than a year after it (:func:`dateline_dated`): a
  background mention of a dated act then joins it across stories, as day-dated reports do;
  an undated report of such an article is published on the day its weekday dateline falls
  on at most 31 days after another article's report of that type and a shared participant
  (:func:`dateline_published`), and may then join the one fitting event of its story, as
  an undated report of a dated article does;
- a report dated only loosely (a month, a year) never joins an event dated to a day
  after that report was published, nor one a report says happened again ("kembali
  mengundang"): the loose one may tell of the earlier occurrence;
- statements (AGREE, REQUEST, ...) must say the same: most of what the briefer one
  says recurs in the other, or, across articles, they share words that the speaker's
  other statements in the article do not (one word on the same day, two otherwise;
  two besides the verb of asking for requests of which one names no one asked, in what
  is asked, not in a reason given for it, "karena ..."):
  one speaker makes several statements of one type at one appearance, on one topic;
  roots outlets use one for another ("siap" / "bersedia") count as one word; what a
  quoted statement says ends with its quotation (the attribution is the outlet's);
- acts (not statements, nor symmetric types) of which one names no one resolved they
  were done to ("KPK menyita barang bukti" / "Mobil itu kini disita KPK") must share a
  content word or initials of what their sentences tell of the act (the quotation holding
  it, or the sentence before an attribution "..., kata Budi, Senin") beside the actor's
  name, the verb of the act, days, numbers and words said of any act or case ("melakukan",
  "kasus"): a busy actor does several such acts a day, in several cases, whatever the
  story (:func:`kabar.fuse_compare.acts_alike`); acts done to things (mode ``seize``: a
  search, a seizure, assets frozen) are one only when what one acted on first recurs in
  the other's sentence ("menggeledah kediaman" / "memblokir 12 aset" of one suspect on one
  day are two; :func:`kabar.fuse_compare.acted_on_alike`);
- on one day of one story (or one report's date within the other's span), a
  person named by a part of the name, however spelt, or by
  initials ("Prabowo", "Affifudin", "LM" even read as an acronym, or a bare capitalised
  "Lisa" the actor stage could not type) is the one participant of the other report
  whose full name it fits ("Prabowo Subianto", "Mochammad Afifuddin", "Lisa Mariana"), a
  name neither report resolved but both write alike ("Muslim", "Polres Tasikmalaya Kota")
  is one participant, so is
  a name spelt with or without a space ("Butar Butar" / "Butarbutar") and a body named
  with or without the state's suffix or with its acronym in brackets ("KPU RI" / "KPU" /
  "Komisi Pemilihan Umum (KPU)"; an acronym for a full name written without it only when
  a sentence of the two reports defines it so, "Komisi Pemilihan Umum (KPU) mencabut",
  or "Universitas Udayana (Unud)" for a short form blending its words' first letters), a
  body named by its kind only ("polisi") is the one resolved unit of that sector the other
  report names ("Polres Bogor") when both name a resolved recipient in common, a
  counted group of a body's own people ("dua oknum personel Satlantas Polrestabes Medan")
  is the body the other report names on that side ("Polrestabes Medan"), and (on one day)
  victims only counted ("250 orang") are the other report's polity of the territory
  they were in; two undated past acts of one story weighed as twins compare names alike
  and bodies named by their kind so too, and besides two bodies both name only by a kind
  of one family ("polisi" / "pihak kepolisian", not "jaksa" / "pengadilan") are one;
- a capitalised name a report leaves unresolved ("Immanuel") is the one person of its
  own article whose name it is a short form of ("Immanuel Ebenezer"), on any day;
- an act told in one sentence with the request it was done at ("dicegah Imigrasi atas
  permintaan KPK") counts the requester among its actors when weighed;
- a report compatible with several events that are not compatible with each
  other joins none of them.
Every fused event lists every report in ``sources`` and says how many distinct
outlets reported it (``corroboration``) and when it was first reported; near-duplicate
articles printing a report's sentence are sources too, but no corroboration
(:mod:`kabar.fuse_copies`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations

from kabar.actors import is_short_form, person_bodies
from kabar.blocks import UnionFind
from kabar.config import FuseConfig
from kabar.contradictions import event_contradictions
from kabar.fuse_compare import (
    DATELINE_DAY,
    DATELINE_YEAR,
    FOLLOW_UP_LAG,
    NEAR_COPY_BUCKET,
    ONE_OFF,
    PRECISION_RANK,
    REPORT_REACH,
    SYMMETRIC,
    acted_on_alike,
    acts_alike,
    anchored,
    article_of,
    complaint_retold,
    copied_clauses,
    copied_texts,
    counted_as_body,
    counted_as_polity,
    date_relation,
    date_sureness,
    dateline_after,
    dateline_year,
    generic_bodies,
    looser,
    may_tell_of,
    modes_compatible,
    named_alike,
    near_copies,
    near_copy_keys,
    participants_compatible,
    place_relation,
    proper_unresolved,
    publication_lag,
    published_close,
    retellable,
    said_alike,
    said_topics,
    same_kind_bodies,
    short_copies,
    sides,
    story_dated,
    story_days_alike,
    told_again,
    told_as_story_dated,
    told_before,
    unaddressed_acts,
    undated_twins,
    unnamed_held_are_named_ones,
)
from kabar.fuse_copies import with_copies
from kabar.fuse_numeric import claim_bounds, compare_claims, numeric_contradictions
from kabar.model import Article, Contradiction, EntityRef, Event, stable_id
from kabar.stories import story_clusters

__all__ = [
    "FusionResult",
    "claim_bounds",
    "compare_claims",
    "fuse",
    "fuse_events",
    "fuse_stories",
    "merge_key",
    "numeric_contradictions",
]


@dataclass
class FusionResult:
    events: list[Event] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)  # article id -> story id
    contradictions: list[Contradiction] = field(default_factory=list)


def remap(refs: list[EntityRef], mapping: dict[str, str]) -> list[EntityRef]:
    return [replace(r, actor_id=mapping.get(r.actor_id or "", r.actor_id)) for r in refs]


def remapped(report: Event, mapping: dict[str, str]) -> Event:
    return replace(
        report,
        actor=remap(report.actor, mapping),
        recipient=remap(report.recipient, mapping),
        reported_by=remap(report.reported_by, mapping),
    )


def compatible(
    a: Event,
    b: Event,
    story_of: dict[str, str],
    topics: dict[str, frozenset[str]] | None = None,
    lag: bool = False,
    wording: bool = True,
    undated: bool = False,
) -> bool:
    """Could reports ``a`` and ``b`` describe one real event? ``topics``: what each
    statement report's article says beside it (:func:`kabar.fuse_compare.said_topics`);
    ``lag``: a one-off act told by two outlets a day apart may be one
    (:func:`kabar.fuse_compare.publication_lag`); reports each dated only by its own
    story's day may be one across stories (:func:`kabar.fuse_compare.story_days_alike`);
    ``undated``: past acts of one story that no report dates may be one
    (:func:`kabar.fuse_compare.undated_twins`); without ``wording``, what statements say
    is left to the caller."""
    if (a.event, a.negated, a.hypothetical) != (b.event, b.negated, b.hypothetical):
        return False
    if a.disputed != b.disputed or not modes_compatible(a, b):
        return False
    same_article = article_of(a) == article_of(b)
    story_a, story_b = story_of.get(article_of(a)), story_of.get(article_of(b))
    close = same_article or (story_a is not None and story_a == story_b)
    relation = date_relation(a, b)
    if relation == "different":
        return False
    lagged = lag and relation == "within" and publication_lag(a, b)
    windowed = relation == "within" and story_days_alike(a, b)
    if relation in ("within", "equal-coarse") and not (close or lagged or windowed):
        return False
    if relation == "equal-coarse" and not same_article:
        return False
    if relation == "within" and not a.hypothetical:
        coarse, fine = looser(a, b)
        if told_before(coarse, fine) or told_again(a) or told_again(b):
            return False
    twins = undated and relation == "unknown" and close and undated_twins(a, b)
    if relation == "unknown" and not (same_article and not a.date and not b.date) and not twins:
        return False
    where = place_relation(a.event_loc, b.event_loc)
    if where == "different":
        return False
    topic = topics or {}
    topic_a, topic_b = topic.get(a.id, frozenset()), topic.get(b.id, frozenset())
    same_day = relation == "same"
    if wording and not said_alike(a, b, topic_a, topic_b, same_day=same_day or lagged):
        return False
    told = close and relation == "within" and not (a.date and b.date)  # :func:`place_undated`
    pinned = (same_day and where == "same") or told
    if (
        unaddressed_acts(a, b)
        and not acts_alike(a, b)
        and not (told and unnamed_held_are_named_ones(a, b))
    ):
        return False
    if not acted_on_alike(a, b):
        return False
    if same_day and close:
        a, b = generic_bodies(*counted_as_body(*named_alike(*counted_as_polity(a, b))))
    elif close and relation == "within":  # "LM" in a quote of the day, "Lisa Mariana" last week
        a, b = generic_bodies(*counted_as_body(*named_alike(a, b)))
    elif twins:  # "polisi" in both, "Unud" / "Universitas Udayana (Unud)"
        a, b = same_kind_bodies(*generic_bodies(*named_alike(a, b)))
    return participants_compatible(a, b, close or lagged or windowed, pinned, same_day, told)


def fuse_events(
    reports: Iterable[Event],
    mapping: dict[str, str],
    story_of: dict[str, str] | None = None,
    bodies: dict[str, EntityRef] | None = None,
    people: dict[str, list[tuple[str, str]]] | None = None,
) -> list[Event]:
    """One event per real-world event, listing every report in ``sources``.

    Reports are visited from the most to the least precisely dated; each joins
    the one group all of whose members it is compatible with, or starts a new one.
    When that makes articles of different stories report one day-dated event, they
    are one story (as ``kabar.stories`` makes them after fusion) and the reports are
    grouped again with the stories joined: what each tells is weighed as one story's.
    Then groups of a one-off act told a day apart are joined (:func:`join_lagged`).
    ``bodies``: the organisation each person acts for (:func:`bodies_of`); each named
    unit acts for the body its name ends with (:func:`unit_bodies`). ``people``: the
    persons each article names (:func:`people_of`), for the short names its reports
    leave unresolved (:func:`named_in_article`).
    """
    stories = story_of or {}
    plain = [remapped(r, mapping) for r in reports]
    told = {r.id: r for r in plain}
    weighed = named_in_article([told_as_story_dated(r) for r in plain], people or {})
    todo = sorted(
        on_behalf(on_request(weighed), unit_bodies(weighed) | (bodies or {})),
        key=lambda e: (
            -PRECISION_RANK[e.date_precision],
            story_dated(e),
            -len(sides(e).named),
            e.date or "",
            e.id,
        ),
    )
    topics = said_topics(todo)
    partitions = group_reports(todo, stories, topics)
    joined_story = joined_stories([g for gs in partitions.values() for g in gs], stories)
    if len(set(joined_story.values())) < len(set(stories.values())):
        stories = joined_story  # articles of one day-dated event are one story: weigh again
        partitions = group_reports(todo, stories, topics)
    joined = {
        key: join_lagged(groups, stories, topics) if key[0] in ONE_OFF else groups
        for key, groups in partitions.items()
    }
    placed = place_undated(joined, stories, topics)
    fused = [combine([told[m.id] for m in members]) for members in join_copies(placed, stories)]
    return sorted(fused, key=lambda e: (e.date or "", e.id))


def on_request(reports: list[Event]) -> list[Event]:
    """The reports as fusion weighs them: a directed act done at someone's request, told in
    one sentence with the request ("Zumi dicegah Ditjen Imigrasi atas permintaan KPK": a
    REQUEST report of the same sentence whose recipient is the act's actor), has the
    requester among its actors too, so another outlet's report of the act by the requester
    ("Surat Keputusan KPK tentang pencegahan ...") can be the same act. The fused record
    keeps each report's own actors."""
    asked: dict[tuple[str, int], list[Event]] = {}
    for r in reports:
        if r.event == "REQUEST" and r.sources and not r.negated:
            asked.setdefault((r.sources[0].article_id, r.sources[0].start), []).append(r)
    if not asked:
        return reports
    out = []
    for r in reports:
        doers = {x.actor_id for x in r.actor if x.actor_id}
        requests = asked.get((r.sources[0].article_id, r.sources[0].start), []) if r.sources else []
        extra = [
            x
            for q in requests
            if r.event not in SYMMETRIC | {"REQUEST"}
            and doers
            and doers <= {y.actor_id for y in q.recipient}
            for x in q.actor
            if x.actor_id and x.actor_id not in doers
        ]
        out.append(replace(r, actor=r.actor + unique_refs(extra)) if extra else r)
    return out


def bodies_of(articles: list[Article], mapping: dict[str, str]) -> dict[str, EntityRef]:
    """Person's actor id -> the organisation the articles make him an officer or spokesman
    of (:func:`kabar.actors.person_bodies`), as a participant; left out when two articles
    give him different bodies. Articles of one block are days apart: a person's body is
    the same in each, whichever of them names it, so every report naming him weighs alike.
    The participant is a stand-in without words: no sentence names it (what statements
    say and copied names are weighed as before), and fused records never hold it."""
    found: dict[str, dict[str, EntityRef]] = {}
    for article in articles:
        for person, (key, _) in person_bodies(article).items():
            body_id = mapping.get(key, key)
            body = EntityRef(body_id, "", "", "organization", None, None)
            found.setdefault(mapping.get(person, person), {})[body_id] = body
    return {person: next(iter(held.values())) for person, held in found.items() if len(held) == 1}


def people_of(articles: list[Article], mapping: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Article id -> (actor id, name) of each person its named mentions resolve."""
    return {
        article.id: [
            (mapping.get(m.actor_id, m.actor_id), m.name or m.text)
            for m in article.mentions
            if m.label == "PER" and m.actor_id
        ]
        for article in articles
    }


def named_in_article(reports: list[Event], people: dict[str, list[tuple[str, str]]]) -> list[Event]:
    """The reports as fusion weighs them: a capitalised name the actor stage left
    unresolved ("KPK menangkap Immanuel yang akrab disapa Noel") is the one person of its
    article whose name it is a short form of ("Wamenaker Immanuel Ebenezer" in the lead;
    :func:`kabar.actors.is_short_form`, spelling variants alike), so another outlet's
    report naming him in full can be the same act. A name two persons of the article fit
    stays unresolved. The fused record keeps each report's own participants."""
    if not people:
        return reports
    out = []
    for r in reports:
        persons = people.get(article_of(r), [])
        actor, recipient = short_names(r.actor, persons), short_names(r.recipient, persons)
        changed = actor != r.actor or recipient != r.recipient
        out.append(replace(r, actor=actor, recipient=recipient) if changed else r)
    return out


def short_names(refs: list[EntityRef], persons: list[tuple[str, str]]) -> list[EntityRef]:
    """``refs``, each that is a short name of exactly one of ``persons`` given its id."""
    out = []
    for x in refs:
        fits = {i for i, name in persons if short_name_of(x, name)}
        out.append(replace(x, actor_id=fits.pop()) if len(fits) == 1 else x)
    return out


def short_name_of(ref: EntityRef, name: str) -> bool:
    """``ref`` is unresolved, a person's or untyped, every word capitalised as written,
    and a short form of ``name``."""
    return proper_unresolved(ref, ref.entity_text) and is_short_form(ref.entity_text, name)


def unit_bodies(reports: list[Event]) -> dict[str, EntityRef]:
    """Actor id of a named unit -> the body its name ends with, when a report names that
    body as an organisation ("Paminal Propam Polda Sumut" / "Polda Sumut", "Bareskrim
    Polri" / "Polri"), as a participant: a unit acts for its body as an officer does
    (:func:`on_behalf`). Left out when its names end with two bodies' names."""
    named: dict[str, EntityRef] = {}
    for r in reports:
        for x in r.actor + r.recipient:
            if x.actor_id and x.type == "organization":
                named.setdefault(x.entity_text.casefold(), x)
                named.setdefault(x.entity_name.casefold(), x)
    found: dict[str, dict[str, EntityRef]] = {}
    for r in reports:
        for x in r.actor + r.recipient:
            for name in {x.entity_text.casefold(), x.entity_name.casefold()} if x.actor_id else ():
                words = name.split()
                body = next(
                    (b for k in range(1, len(words)) if (b := named.get(" ".join(words[k:])))),
                    None,
                )
                if body is not None and body.actor_id not in (None, x.actor_id):
                    stand_in = EntityRef(body.actor_id, "", "", "organization", None, None)
                    found.setdefault(x.actor_id or "", {})[body.actor_id or ""] = stand_in
    return {unit: next(iter(held.values())) for unit, held in found.items() if len(held) == 1}


def on_behalf(reports: list[Event], bodies: dict[str, EntityRef]) -> list[Event]:
    """The reports as fusion weighs them: a person who acts for a body (:func:`bodies_of`:
    "Kapolri Listyo", "juru bicara KPK Ali") has that body beside him on his side, so
    another outlet's report of the body's act ("Polri menangkap ...") can be the same act,
    while one naming another person of the body, or another body, still differs (neither
    side names a subset of the other). The fused record keeps each report's own
    participants. Weighed inside a fusion block only (``kabar.blocks`` keys reports on
    their own participants): bodies keyed there too made blocks of a day around every
    busy body (KPK, Polri) and changed their stories' weights for no merge on bench news."""
    if not bodies:
        return reports
    out = []
    for r in reports:
        actor, recipient = beside(r.actor, bodies), beside(r.recipient, bodies)
        changed = actor is not r.actor or recipient is not r.recipient
        out.append(replace(r, actor=actor, recipient=recipient) if changed else r)
    return out


def beside(refs: list[EntityRef], bodies: dict[str, EntityRef]) -> list[EntityRef]:
    """One side of a report, each person's body added when it is not there, of his
    country and sector (a minister's ministry stands for the state as he does)."""
    ids = {x.actor_id for x in refs}
    extra = [
        replace(body, country=x.country, sector=x.sector)
        for x in refs
        if x.actor_id
        if (body := bodies.get(x.actor_id)) and body.actor_id not in ids
    ]
    return refs + unique_refs(extra) if extra else refs


def group_reports(
    todo: list[Event], stories: dict[str, str], topics: dict[str, frozenset[str]]
) -> dict[tuple[object, ...], list[list[Event]]]:
    """Reports by merge key, each joining the one group all of whose members it fits."""
    partitions: dict[tuple[object, ...], list[list[Event]]] = {}
    for report in todo:  # reports of different merge keys are never compatible
        groups = partitions.setdefault(merge_key(report), [])
        fits = [
            g
            for g in groups
            if all(compatible(report, m, stories, topics) for m in g) and anchored(report, g)
        ]
        if len(fits) == 1:
            fits[0].append(report)
        else:  # new event, or ambiguous between several: keep apart
            groups.append([report])
    return partitions


def join_copies(groups: list[list[Event]], stories: dict[str, str]) -> list[list[Event]]:
    """Groups that hold one sentence word for word (a press release or wire text that
    outlets of one story print alike, ``COPY_MIN_CHARS`` long at least, or one quotation
    that long: :func:`kabar.fuse_compare.copied_texts`; of different
    stories, see :func:`copied_news`) with the same trigger, type and modality are one
    event when nothing else tells them apart: no two
    members dated to different days, in different places or modes, and the copied
    reports' participants compatible. The day or month each article's context lent a
    sentence that states none (its story day, its publication) is no reason to keep a
    copy apart; a date the sentence states is the same in both. Articles of different
    stories whose copies join are one story from then on (as ``kabar.stories`` makes
    them after fusion): their other copies are weighed as one story's."""
    joined = story_sets(groups, stories)  # joined further as copies of different stories join
    sets = UnionFind()
    members: dict[str, list[Event]] = {}
    copies: dict[tuple[object, ...], list[tuple[str, Event]]] = {}
    for index, group in enumerate(groups):
        key = str(index)
        sets.add(key)
        members[key] = group
        for m in group:
            for copy in copied_texts(m):
                copies.setdefault((merge_key(m)[:-1], "sentence", *copy), []).append((key, m))
            for copy in copied_clauses(m):
                copies.setdefault((merge_key(m)[:-1], "clause", *copy), []).append((key, m))
            for copy in short_copies(m):
                copies.setdefault((merge_key(m)[:-1], "short", *copy), []).append((key, m))
            for edge in near_copy_keys(m):
                copies.setdefault((merge_key(m)[:-1], "near", *edge), []).append((key, m))

    def story(report: Event) -> str | None:
        found = stories.get(article_of(report))
        return None if found is None else joined.find(found)

    changed = True
    while changed:  # until a pass joins nothing: a join may make two more articles one story
        changed = False
        for (_, kind, *_), found in copies.items():
            if kind == "near" and len(found) > NEAR_COPY_BUCKET:
                continue  # a stock opening or closing many sentences share
            for (i, x), (j, y) in combinations(found, 2):
                a, b = sets.find(i), sets.find(j)
                if a == b or article_of(x) == article_of(y):
                    continue
                sx, sy = story(x), story(y)
                if sx is None or sy is None or (sx != sy and not copied_news(x, y)):
                    continue
                if kind == "clause" and not copied_clause_alike(x, y, sx == sy):
                    continue
                if kind == "near" and (sx != sy or not near_copies(x, y)):
                    continue
                if kind == "short" and (sx != sy or not named_both_alike(x, y)):
                    continue
                if copied_alike(x, y, members[a], members[b]):
                    sets.union(a, b)
                    members[sets.find(a)] = members.pop(a) + members.pop(b)
                    joined.union(sx, sy)
                    changed = True
    return list(members.values())


def copied_clause_alike(x: Event, y: Event, same_story: bool) -> bool:
    """A clause printed alike in sentences that differ elsewhere
    (:func:`kabar.fuse_compare.copied_clauses`) is weaker evidence than a whole copied
    sentence: it joins only reports of one story, on one day, or, for a one-off act
    (``ONE_OFF``: an apology, a sanction), on the story days each article lent it: a later
    article retelling the apology in the first one's words. An act that recurs (a meeting, an
    arrest) told in one clause on two days may have happened twice."""
    return same_story and ((x.date is not None and x.date == y.date) or x.event in ONE_OFF)


def copied_news(x: Event, y: Event) -> bool:
    """Copies ``x`` and ``y`` of articles of different stories are one report of one
    event when both are dated to one day and the sentence names something (a word
    after its first is capitalised: a person, a place, a hospital): two outlets printed
    one wire or press text about one incident, which shares too few named actors or lead
    words with the other article for one story (unnamed students and guards bringing a
    victim to a named hospital). A copy naming nothing ("polisi masih menyelidiki
    kejadian ini") may be boilerplate of two incidents. Joining a story by a copied
    sentence (``kabar.stories.copied_sentences``) asks more: a person, body or place the
    entity stage found in it."""
    if not (x.date and x.date == y.date and x.date_precision == y.date_precision == "day"):
        return False
    words = x.sources[0].sentence.split()[1:] if x.sources else []
    return any(w[:1].isupper() for w in words)


def copied_alike(x: Event, y: Event, g: list[Event], h: list[Event]) -> bool:
    """Nothing tells groups ``g`` and ``h`` apart, joined through the copies ``x``, ``y``."""
    same = (
        sides(x) == sides(y)
        or participants_compatible(x, y, close=True)
        or copied_names(x) == copied_names(y) != ()
    )
    return same and all(
        date_relation(m, n) != "different"
        and place_relation(m.event_loc, n.event_loc) != "different"
        and modes_compatible(m, n)
        for m in g
        for n in h
    )


def named_both_alike(x: Event, y: Event) -> bool:
    """A short copy (:func:`kabar.fuse_compare.short_copies`) names its actor and its
    recipient (two participants of a symmetric type) in its own words, alike in both."""
    named = copied_names(x)
    if not named or named != copied_names(y):
        return False
    if x.event in SYMMETRIC:
        return len(named) >= 2
    return {side for side, _, _ in named} == {"actor", "recipient"}


def copied_names(report: Event) -> tuple[tuple[str, int, str], ...]:
    """The participants of a copied sentence as its words name them: (side, offset in the
    sentence, words), or () when one is not named in the sentence itself (a pronoun, a
    title standing for a person, someone of another sentence). The same words of one
    sentence name the same people, however each article resolved them: one article
    calls "Kamal" by the full name it gives elsewhere ("Kamal Mopangga"), another has
    only the one name, which is too weak to join across articles by itself."""
    if not report.sources:
        return ()
    source = report.sources[0]
    named = []
    for side, refs in (("actor", report.actor), ("recipient", report.recipient)):
        for r in refs:
            if not r.entity_text and r.actor_id:
                continue  # the body an officer acts for (:func:`bodies_of`): no words
            inside = r.start is not None and source.start <= r.start < source.end
            words = set(r.entity_text.casefold().split())
            if not inside or not words <= set(r.entity_name.casefold().split()):
                return ()
            named.append((side, (r.start or 0) - source.start, r.entity_text))
    return tuple(sorted(named))


def place_undated(
    partitions: dict[tuple[object, ...], list[list[Event]]],
    stories: dict[str, str],
    topics: dict[str, frozenset[str]],
) -> list[list[Event]]:
    """Every group, once each group of undated reports (one article's past act, its date
    unknown: ``merge_key`` keeps it apart) has joined the one day-dated group of another
    article it fits (:func:`kabar.fuse_compare.undated_within`, same story); fitting
    several, it stays alone; fitting none, it may join an undated group of another
    article of its story (:func:`join_undated`). It is weighed against the dated reports
    only (two follow-ups may join one event). A statement fits a group when it says what
    one of its reports says: they are one statement already, each outlet's words a part
    of it."""
    dated: list[tuple[tuple[object, ...], list[Event]]] = []
    undated: list[tuple[tuple[object, ...], list[Event]]] = []
    for key, groups in partitions.items():
        side = undated if str(key[-1]).startswith("undated:") else dated
        side += [(key[:-1], g) for g in groups]
    out = [g for _, g in dated]
    if not undated:
        return out
    story_of = joined_stories(out, stories)
    near: dict[tuple[object, ...], list[list[Event]]] = {}  # (kind, story) -> groups
    for kind, group in dated:
        for story in {story_of.get(article_of(m)) for m in group} - {None}:
            near.setdefault((kind, story), []).append(group)
    unplaced: list[tuple[tuple[object, ...], list[Event]]] = []
    for kind, group in undated:
        fits = [
            h
            for h in near.get((kind, story_of.get(article_of(group[0]))), ())
            if told_of(group, others_dated(group, h), story_of, topics)
        ]
        if not fits:
            same_kind = [h for k, h in dated if k == kind]
            fits = followed_up(group, same_kind, story_of, topics)
        if len(fits) == 1:
            fits[0].extend(group)
        elif fits:  # several events it may be: keep apart
            out.append(group)
        else:
            unplaced.append((kind, group))
    return out + join_undated(unplaced, story_of, topics)


def followed_up(
    group: list[Event],
    events: list[list[Event]],
    story_of: dict[str, str],
    topics: dict[str, frozenset[str]],
) -> list[list[Event]]:
    """The one dated event an undated ``group`` (one article's past act: "Hendra dicegah
    Imigrasi atas permintaan Kejaksaan") retells in other words, as a list of it, or none: a
    follow-up of its story published at most ``FOLLOW_UP_LAG`` from another article's
    report of the act, both naming and resolving the same two sides
    (:func:`kabar.fuse_compare.retellable`), when no other dated event of ``events`` (the
    block's, any story, its own article's too) has a report of that type and pair dated to a
    day, month or year within its reach (:func:`kabar.fuse_compare.may_tell_of`): the pair
    did that once as far as the block tells."""
    pairs = {sides(x) for x in group}
    if len(pairs) != 1 or not all(retellable(x) for x in group):
        return []
    pair = pairs.pop()
    candidates = [
        h for h in events if any(sides(y) == pair and may_tell_of(x, y) for x in group for y in h)
    ]
    if len(candidates) != 1:
        return []
    dated = others_dated(group, candidates[0])
    fits = all(compatible(x, y, story_of, topics, wording=False) for x in group for y in dated)
    recent = any(
        sides(y) == pair and published_close(x, y, FOLLOW_UP_LAG) for x in group for y in dated
    )
    return candidates if fits and recent else []


def others_dated(group: list[Event], event: list[Event]) -> list[Event]:
    """The dated reports of ``event`` an undated ``group`` (one article's) is weighed
    against: those of other articles. Its own article dating the act too ("Sebelumnya, KPU
    membatalkan ..." beside the chairman's dated words on it) tells nothing of whether it is
    that act, unless that telling says the act happened again (``told_again``): then the
    undated one may be the earlier one, and it is weighed against every dated report."""
    own = article_of(group[0])
    dated = [y for y in event if y.date]
    if any(article_of(y) == own and told_again(y) for y in dated):
        return dated
    return [y for y in dated if article_of(y) != own] or dated


def join_undated(
    groups: list[tuple[tuple[object, ...], list[Event]]],
    story_of: dict[str, str],
    topics: dict[str, frozenset[str]],
) -> list[list[Event]]:
    """The undated groups that fit no dated event, each joined to the one undated group of
    other articles of its story it fits in every member
    (:func:`kabar.fuse_compare.undated_twins`): outlets following one story retell its
    earlier acts without a date, often in the words of the first report."""
    joined: list[tuple[tuple[object, ...], list[Event]]] = []
    for kind, group in groups:
        fits = [
            h
            for k, h in joined
            if k == kind
            and all(compatible(x, y, story_of, topics, undated=True) for x in group for y in h)
        ]
        if len(fits) == 1:
            fits[0].extend(group)
        else:
            joined.append((kind, group))
    return [g for _, g in joined]


def told_of(
    group: list[Event],
    dated: list[Event],
    story_of: dict[str, str],
    topics: dict[str, frozenset[str]],
) -> bool:
    """Every undated report of ``group`` fits every dated report of an event and says
    what one of them says."""
    return all(
        compatible(x, y, story_of, topics, wording=False) for x in group for y in dated
    ) and all(any(alike(x, y, topics) for y in dated) for x in group)


def joined_stories(groups: list[list[Event]], stories: dict[str, str]) -> dict[str, str]:
    """Article -> story, the stories of :func:`story_sets` joined."""
    sets = story_sets(groups, stories)
    return {a: sets.find(s) for a, s in stories.items()}


def story_sets(groups: list[list[Event]], stories: dict[str, str]) -> UnionFind:
    """Every story, those of articles that report one event dated to the day joined (as
    :func:`kabar.stories.story_clusters` joins them after fusion)."""
    sets = UnionFind()
    for story in stories.values():
        sets.add(story)
    for group in groups:
        if any(m.date_precision == "day" for m in group):
            ids = sorted({stories.get(article_of(m), article_of(m)) for m in group})
            for other in ids:
                sets.add(other)
                sets.union(ids[0], other)
    return sets


def alike(a: Event, b: Event, topics: dict[str, frozenset[str]]) -> bool:
    """:func:`kabar.fuse_compare.said_alike` of an undated report and a dated one. A
    one-off act (a refused entry) is told once; other statements recur, one speaker's
    support or demand said again in other words day after day, so an undated one must
    repeat most of what the dated one says ("sejak awal kami mendukung Bareskrim" is not
    "kami mengapresiasi Bareskrim menetapkan LM tersangka", though both name the case).
    A complaint to the authorities is filed once, told in any words
    (:func:`kabar.fuse_compare.complaint_retold`)."""
    topic_a, topic_b = topics.get(a.id, frozenset()), topics.get(b.id, frozenset())
    return said_alike(a, b, topic_a, topic_b, mostly=a.event not in ONE_OFF) or complaint_retold(
        a, b
    )


def join_lagged(
    groups: list[list[Event]], stories: dict[str, str], topics: dict[str, frozenset[str]]
) -> list[list[Event]]:
    """Join events that another outlet told a day later (``publication_lag``), once each
    outlet's reports of one day are grouped: a group joins the groups it fits when they
    all fit each other too (a late telling compatible with two events that are not one
    joins neither), so a lagged telling never breaks up a same-day event."""

    def fit(g: list[Event], h: list[Event]) -> bool:
        both = g + h
        return all(compatible(x, y, stories, topics, lag=True) for x in g for y in h) and all(
            anchored(x, [m for m in both if m is not x], lag=True) for x in both
        )

    todo = list(groups)
    joined = True
    while joined:
        joined = False
        for g in todo:
            near = [
                h
                for h in todo
                if h is not g and any(publication_lag(x, y) for x in g for y in h) and fit(g, h)
            ]
            if near and all(fit(h, k) for i, h in enumerate(near) for k in near[i + 1 :]):
                todo = [x for x in todo if x is not g and all(x is not h for h in near)]
                todo.append(g + [m for h in near for m in h])
                joined = True
                break
    return todo


def merge_key(report: Event) -> tuple[object, ...]:
    """What two compatible reports always share: type, modality, and the year of the
    date (dates of different years are ``different``); an undated report merges only
    with undated reports of its own article."""
    when = (report.date or "")[:4] or f"undated:{article_of(report)}"
    return (report.event, report.negated, report.hypothetical, report.disputed, when)


def combine(members: list[Event]) -> Event:
    """The fused record: participants of the fullest report, the surest date."""
    head = max(
        members,
        key=lambda e: (len(sides(e).named), len(e.actor) + len(e.recipient), e.confidence, e.id),
    )
    dated = max(members, key=lambda e: (*date_sureness(e), e.id))
    placed = max(
        members,
        key=lambda e: (
            e.event_loc is not None and e.event_loc.resolved_place is not None,
            e.event_loc is not None,
            e.id,
        ),
    )
    sources = sorted(
        {(s.article_id, s.start, s.trigger_start): s for m in members for s in m.sources}.values(),
        key=lambda s: (s.published or "", s.article_id, s.start),
    )
    outlets = {(s.publication or f"article:{s.article_id}").casefold() for s in sources}
    reported = sorted(s.published for s in sources if s.published)
    articles = {s.article_id for s in sources}
    confidence = min(1.0, max(m.confidence for m in members) + 0.1 * (len(articles) - 1))
    return replace(
        head,
        id=stable_id("evt", *sorted(m.id for m in members)) if len(members) > 1 else head.id,
        date=dated.date,
        date_precision=dated.date_precision,
        day_month=dated.day_month,  # the surest date's: none when a report has a year
        weekday=dated.weekday,
        event_loc=placed.event_loc,
        sources=sources,
        reported_by=unique_refs(r for m in members for r in m.reported_by),
        confidence=round(confidence, 3),
        disputed=any(m.disputed for m in members),
        corroboration=len(outlets),
        first_reported=reported[0] if reported else None,
    )


def unique_refs(refs: Iterable[EntityRef]) -> list[EntityRef]:
    seen: dict[str, EntityRef] = {}
    for ref in refs:
        seen.setdefault(ref.actor_id or ref.entity_name.casefold(), ref)
    return list(seen.values())


def fuse(articles: list[Article], mapping: dict[str, str], config: FuseConfig) -> FusionResult:
    """Stories, fused events and contradictions over a set of coded articles.

    Order: stories from lexical and actor overlap; events merged (loosely dated
    reports only inside a story); stories joined through merged events; then
    contradictions between reports and between numeric claims, plus the ones
    each article's checks found.
    """
    coded = [a for a in articles if a.duplicate_of is None]
    result = fuse_stories(coded, mapping, config)
    result.events = with_copies(result.events, articles)  # sources, no corroboration
    unique = {c.id: c for c in result.contradictions + numeric_contradictions(coded)}
    result.contradictions = sorted(unique.values(), key=lambda c: (c.kind, c.id))
    return result


def yearless_datelines(articles: list[Article]) -> dict[str, tuple[str | None, int | None]]:
    """Article id -> the weekday dateline without a year ("Rabu (6/9)") of each article
    without a publication date that dates its report by one."""
    return {
        a.id: (a.published_day_month, a.published_weekday)
        for a in articles
        if a.published is None and a.published_day_month and a.published_weekday
    }


def dateline_dated(reports: list[Event], articles: list[Article]) -> list[Event]:
    """The reports, each of an article without a year that dates it by a day and month
    ("Konflik ini dimulai pada 7 Oktober, ketika Hamas memulai ...", or "hari ini" under a
    dateline "Rabu (6/9)") dated to the one day of that day and month that another
    article's report of the same type is dated to, when the article's weekday dateline fits
    that year (:func:`kabar.fuse_compare.dateline_year`). The year is then as sure as a
    publication date's, and the report is weighed as one dated to the day, across stories
    too; fusion still asks for the same day, participants and place. Without a weekday
    dateline the year stays unknown."""
    datelines = yearless_datelines(articles)
    if not datelines:
        return reports
    stated: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for r in reports:
        if r.date and r.date_precision == "day":
            stated.setdefault((r.event, r.date[4:10]), set()).add((article_of(r), r.date[:10]))
    out = []
    for r in reports:
        line = datelines.get(article_of(r))
        if r.date or not r.day_month or line is None:
            out.append(r)
            continue
        days = {
            day
            for article, day in stated.get((r.event, r.day_month[1:]), ())
            if article != article_of(r) and dateline_year(r, line, day)
        }
        if len(days) == 1:
            r = replace(
                r,
                date=days.pop(),
                date_precision="day",
                day_month=None,
                weekday=None,
                rule=f"{r.rule} {DATELINE_YEAR}".strip(),
            )
        out.append(r)
    return out


def dateline_published(
    reports: list[Event], articles: list[Article], mapping: dict[str, str]
) -> list[Event]:
    """The reports, each undated one of an article without a year (a past act told with no
    date: "tak lama setelah dirinya memutuskan ...") with its sources given as publication
    the day the article's weekday dateline ("Jumat (6/1)") falls on in the one year that
    puts it at most ``REPORT_REACH`` after another article's day-dated report of the same
    type sharing a resolved participant (:func:`kabar.fuse_compare.dateline_after`). The
    publication bounds how long before it the act happened, so the report may join the one
    fitting event of its story (:func:`place_undated`), as an undated report of a dated
    article does; no such day, or several, and it stays apart as before."""
    datelines = yearless_datelines(articles)
    if not datelines:
        return reports

    def named(report: Event) -> set[str]:
        return {mapping.get(i, i) for i in sides(report).named}

    stated: dict[str, list[tuple[str, str, set[str]]]] = {}
    for r in reports:
        if r.date and r.date_precision == "day":
            stated.setdefault(r.event, []).append((article_of(r), r.date[:10], named(r)))
    out = []
    for r in reports:
        line = datelines.get(article_of(r))
        if r.date or r.day_month or r.hypothetical or line is None:
            out.append(r)
            continue
        days: set[str] = set()
        mine, own = named(r), article_of(r)
        for article, day, who in stated.get(r.event, ()):
            written = dateline_after(line, day) if article != own else None
            if written and who & mine and (written - REPORT_REACH).isoformat() <= day:
                days.add(written.isoformat())
        if len(days) == 1:
            day = days.pop()
            sources = [replace(s, published=day) for s in r.sources]
            r = replace(r, sources=sources, rule=f"{r.rule} {DATELINE_DAY}".strip())
        out.append(r)
    return out


def fuse_stories(
    articles: list[Article], mapping: dict[str, str], config: FuseConfig
) -> FusionResult:
    """Everything of ``fuse`` but numeric contradictions (which group claims, not stories).

    The pipeline calls it once per fusion block (``kabar.blocks``): articles that could
    share a story or an event; the TF-IDF weights of story clustering are the block's.
    """
    coded = [a for a in articles if a.duplicate_of is None]
    told = dateline_dated([e for a in coded for e in a.events], coded)
    reports = dateline_published(told, coded, mapping)
    first = story_clusters(coded, [], mapping, config)
    events = fuse_events(
        reports, mapping, first, bodies_of(coded, mapping), people_of(coded, mapping)
    )
    story_of = story_clusters(coded, events, mapping, config)
    contradictions = [c for a in coded for c in a.contradictions] + event_contradictions(
        coded, events, mapping, story_of
    )
    unique = {c.id: c for c in contradictions}
    return FusionResult(
        events=list(events),
        story_of=story_of,
        contradictions=sorted(unique.values(), key=lambda c: (c.kind, c.id)),
    )
