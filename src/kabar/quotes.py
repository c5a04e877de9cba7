"""Quotes: direct and indirect reported speech, with the speaker who said it.

``extract_quotes(article, ctx)`` appends ``Quote`` records to ``article.quotes``:

direct (``text`` is what stands between the quote marks)
  - ``direct-post``: “…,” kata/ujar/ungkap/tambah/jelas/tegas/tulis/imbuh/tutur X (or -nya);
  - ``direct-post-active``: “…,” X menambahkan;
  - ``direct-pre``: X mengatakan: “…” / X menambahkan, “…” (also across a paragraph break);
  - ``direct-menurut``: Menurut X, “…”;
  - ``direct-context``: a whole quoted sentence with no cue, said by the last speaker.
  A quote left open at a paragraph end continues when the next paragraph opens with a quote
  mark; one never closed ends with its paragraph. Short quoted phrases inside a sentence with
  no speech verb (scare quotes, “tanpa keraguan”) are not quotes.
indirect (``text`` is the reported clause)
  - ``indirect-verb``: X mengatakan (bahwa) …, X menilai …, X menegaskan …; weak verbs
    (mengungkapkan, menyebut, …) need "bahwa"/"kalau" or a clause with a predicate;
  - ``indirect-menurut``: Menurut X, … / …, menurut X.
  - ``indirect-post``: …, kata X.

Speakers are the noun phrase next to the cue; they are linked to actors through the
mentions that cover them (their cluster's actor), pronouns ("dia", "katanya") through the
nearest preceding person mention, else the previous quote's speaker. With no mentions at all
the speaker text is still found and ``speaker_actor_id`` stays None.
"""

from __future__ import annotations

import bisect
import re

from kabar.context import Context
from kabar.model import Article, Mention, Quote, TraceStep, stable_id
from kabar.quote_candidates import (
    NAME,
    PRONOUN_REACH,
    QUOTE_MARK,
    SPEAKER_REACH,
    Candidate,
    clause_subject,
    find_quote_candidates,
    has_head,
    is_pronoun,
    lexicon,
    np_token,
    quote_pairs,
    sentence_start,
    tokens_in,
    trim_statement,
    verbish,
)

STAGE = "quotes"


# ---------------------------------------------------------------- resolution


Speaker = tuple[str | None, str | None, int | None, int | None]


class Resolver:
    """Links speaker spans to mentions, clusters and actors."""

    def __init__(self, article: Article) -> None:
        self.text = article.text or ""
        lex = lexicon()
        self.mentions = sorted(  # a sentence-initial "Toh" tagged as a name is no speaker
            (
                m
                for m in article.mentions
                if 0 <= m.start < m.end and not lex.has("particle", m.text.lower())
            ),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self.cluster_actor: dict[int, Mention] = {}
        self.cluster_person: dict[int, Mention] = {}  # the longest name of each cluster
        self.by_text: dict[str, str] = {}  # folded mention text or name -> actor
        for m in self.mentions:
            if m.cluster is not None and m.actor_id and m.cluster not in self.cluster_actor:
                self.cluster_actor[m.cluster] = m
            if m.cluster is not None and m.label == "PER" and NAME.fullmatch(m.name or m.text):
                best = self.cluster_person.get(m.cluster)
                if best is None or m.end - m.start > best.end - best.start:
                    self.cluster_person[m.cluster] = m
        for m in self.mentions:
            actor = self.actor_of(m)
            if actor and m.label in ("PER", "ORG", "OFFICE", "GPE"):
                for key in (m.text, m.name):
                    if key:
                        self.by_text.setdefault(fold(key), actor)
        self._inside: list[tuple[int, int]] | None = None
        self.last: tuple[str | None, str | None, int | None, int | None, int] | None = None
        self.last_person: tuple[str | None, str | None, int | None, int | None, int] | None = None

    @property
    def inside(self) -> list[tuple[int, int]]:
        """The article's quotations (open mark to close mark), computed on first use."""
        if self._inside is None:
            self._inside = [(p[0], p[3]) for p in quote_pairs(self.text)]
        return self._inside

    def quoted(self, pos: int) -> bool:
        i = bisect.bisect_right(self.inside, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self.inside[i][0] < pos < self.inside[i][1]

    def covering(self, start: int, end: int) -> Mention | None:
        """The mention that names the speaker span ``start:end``: one covering all of it, a
        name at its end ("Menteri Luar Negeri Iran Hossein …"), or a person, office or
        organisation at its start. A country inside a description ("Kedutaan Besar Iran",
        "anggota biro politik Hamas") does not make the country the speaker."""
        best: Mention | None = None
        best_key: tuple[bool, bool, int] | None = None
        hi = bisect.bisect_left(self.starts, end)
        for m in self.mentions[max(0, hi - 40) : hi]:
            if m.end <= start or m.label not in ("PER", "ORG", "OFFICE", "PRON", "GPE", "NORP"):
                continue
            whole = m.start <= start and m.end >= end
            heads = (m.label == "PER" and m.end >= end) or (
                m.label in ("PER", "OFFICE", "ORG", "PRON") and m.start <= start
            )
            if not (whole or heads):
                continue
            if m.label == "PRON" and not (m.name or self.actor_of(m)):
                continue  # an unresolved pronoun: resolved below from the context
            key = (self.actor_of(m) is not None, m.label in ("PER", "ORG"), m.end - m.start)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def actor_of(self, m: Mention) -> str | None:
        if m.actor_id:
            return m.actor_id
        if m.cluster is not None and m.cluster in self.cluster_actor:
            return self.cluster_actor[m.cluster].actor_id
        return None

    def preceding_person(self, pos: int) -> Mention | None:
        """The nearest person mentioned before ``pos`` (outside quotations): the nearest
        subject of a clause if there is one, else the nearest person."""
        hi = bisect.bisect_left(self.starts, pos)
        fallback = None
        for m in reversed(self.mentions[max(0, hi - 60) : hi]):
            if pos - m.end > PRONOUN_REACH:
                break
            if m.label != "PER" or m.end > pos or self.quoted(m.start):
                continue
            if self.subject_like(m):
                return m
            fallback = fallback or m
        return fallback

    def subject_like(self, m: Mention) -> bool:
        """Is the mention the subject of its clause (or the speaker after a cue), not an
        object? "Retno tiba …", "Sementara itu, Retno …", "kata Retno" are; "bertemu
        Retno", "di antaranya Retno dan Budi" are not."""
        return self.subject_at(m.start)

    def subject_at(self, pos: int, depth: int = 0) -> bool:
        lex = lexicon()
        text = self.text
        toks = tokens_in(text, sentence_start(text, pos), pos)
        i = len(toks)
        right = pos
        while i > 0:
            s, e = toks[i - 1]
            word = text[s:e]
            if (
                text[e:right].strip()
                or not np_token(word, lex)
                or lex.has("stop", word.lower())
                or lex.has("pronoun", word.lower())
            ):
                break
            i -= 1
            right = s
        if i == 0:
            return True
        gap = text[toks[i - 1][1] : right]
        if depth == 0 and not gap.strip() and self.predicate_after(pos):
            prev = text[toks[i - 1][0] : toks[i - 1][1]].lower()
            if not (lex.has("stop", prev) or verbish(prev, lex) or prev in lex.post):
                return True  # "Melihat fakta itu hakim Khamozaro pun menggeleng"
        if "," in gap or ":" in gap or QUOTE_MARK.search(gap):
            return True
        prev = text[toks[i - 1][0] : toks[i - 1][1]].lower()
        if lex.has("joiner", prev) and i > 1 and depth < 3:
            before = text[toks[i - 2][0] : toks[i - 2][1]]
            if before[:1].isupper():  # "Gatot dan Taufik": as the first of the pair
                return self.subject_at(toks[i - 2][0], depth + 1)
        return (
            prev in lex.post
            or prev == "menurut"
            or lex.has("that", prev)
            or lex.has("intro", prev)
            or lex.has("aux", prev)
        )

    def predicate_after(self, pos: int) -> bool:
        """Is the noun phrase starting at ``pos`` followed by a predicate ("X pun …",
        "X juga menolak …", "X mengaku …")?"""
        lex = lexicon()
        toks = tokens_in(self.text, pos, min(len(self.text), pos + 120))
        for s, e in toks:
            word = self.text[s:e]
            low = word.lower()
            if low == "pun" or lex.has("aux", low) or verbish(word, lex):
                return True
            if not np_token(word, lex) or lex.has("stop", low):
                return False
        return False

    def antecedent(self, pos: int, org: bool = False) -> Mention | Speaker | None:
        """Who a pronoun or a description ("politikus itu") written at ``pos`` refers to: a
        subject person (an organisation for ``org``) of the sentence before, else the last
        speaker, else the nearest subject before."""
        here = sentence_start(self.text, pos)
        if here >= 2 and not self.text[here:pos].strip(' \t\r\n“”"„«»'):
            here = sentence_start(self.text, here - 2)
        labels = ("ORG",) if org else ("PER",)
        lo = bisect.bisect_left(self.starts, here)
        hi = bisect.bisect_left(self.starts, pos)
        for m in self.mentions[lo:hi]:
            if (
                m.label in labels
                and m.source != "given-initials"  # a suspect's initials: the story's
                # subject, rarely whom it quotes ("AL tersulut emosi. \"...,\" jelasnya")
                and m.end <= pos
                and not self.quoted(m.start)
                and self.subject_like(m)
            ):
                return m
        last = self.last if org else self.last_person
        if last is not None and pos - last[4] <= SPEAKER_REACH and (not org or last[1] is not None):
            if last[1] is None and not org:  # an unlinked text: a linked person near is better
                person = self.preceding_person(pos)
                if person is not None and self.actor_of(person) and self.subject_like(person):
                    return person
            return last[0], last[1], last[2], last[3]
        if org:
            for m in reversed(self.mentions[max(0, hi - 60) : hi]):
                if pos - m.end > PRONOUN_REACH:
                    break
                if m.label == "ORG" and not self.quoted(m.start) and self.subject_like(m):
                    return m
            return None
        return self.preceding_person(pos)

    def as_speaker(self, m: Mention) -> Speaker:
        if m.cluster in self.cluster_person and (m.label != "PER" or not m.name):
            person = self.cluster_person[m.cluster]
            return person.name or person.text, self.actor_of(m), m.start, m.end
        return m.name or m.text, self.actor_of(m), m.start, m.end

    def named(self, m: Mention, s: int, e: int) -> Speaker:
        """The speaker ``s:e`` covered by mention ``m``: an office or description standing for
        a named person ("Menlu", "Kapolres itu") speaks as that person."""
        if m.label == "PRON":
            return m.name or m.text, self.actor_of(m), s, e
        if (
            m.label != "PER"
            and m.cluster in self.cluster_person
            and not any(p.label == "PER" and s <= p.start < e for p in self.mentions_in(s, e))
        ):
            person = self.cluster_person[m.cluster]
            return person.name or person.text, self.actor_of(m), s, e
        return self.text[s:e], self.actor_of(m), s, e

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        return self.mentions[
            bisect.bisect_left(self.starts, s) : bisect.bisect_left(self.starts, e)
        ]

    def resolve(self, c: Candidate) -> Speaker:
        result = self._resolve(c)
        if result[0] is not None and result[1] is None:
            result = result[0], self.by_text.get(fold(result[0])), result[2], result[3]
        if result[0] is not None:
            self.last = (*result, c.end)
            if self.person_like(result):
                self.last_person = self.last
        return result

    def person_like(self, speaker: Speaker) -> bool:
        """Could the speaker be a person ("ujarnya" refers to one), not an organisation?"""
        s, e = speaker[2], speaker[3]
        if s is None or e is None:
            return True
        m = self.covering(s, e)
        if m is not None:
            return m.label in ("PER", "OFFICE", "PRON") or m.cluster in self.cluster_person
        first = (speaker[0] or "").split()[:1]
        return not (first and lexicon().has("orghead", first[0].lower()))

    def _resolve(self, c: Candidate) -> Speaker:
        lex = lexicon()
        if c.speaker is not None and not c.pronoun:
            s, e = c.speaker
            m = self.covering(s, e)
            words = [w.lower() for w in self.text[s:e].split()]
            anaphoric = (
                len(words) > 1
                and lex.has("demonstrative", words[-1])
                and (lex.has("head", words[0]) or lex.has("orghead", words[0]))
            )
            if m is not None and not (
                anaphoric and m.cluster not in self.cluster_person and m.label != "PER"
            ):
                return self.named(m, s, e)
            if anaphoric:  # "politikus PDI-P tersebut", "kelompok yang didukung Iran itu"
                found = self.antecedent(s, org=lex.has("orghead", words[0]))
                if found is not None:
                    return self.as_speaker(found) if isinstance(found, Mention) else found
            if m is not None:
                return self.named(m, s, e)
            return self.text[s:e], None, s, e
        if c.pronoun:
            found = self.antecedent(c.anchor)
            pron = self.covering(*c.speaker) if c.speaker is not None else None
            if found is not None:  # trusted over the actors stage unless that names a person
                result = self.as_speaker(found) if isinstance(found, Mention) else found
                if result[1] is not None or pron is None or pron.cluster not in self.cluster_person:
                    return result
            if pron is not None and c.speaker is not None:
                return self.named(pron, *c.speaker)
            if not self.mentions:
                subject = previous_subject(self.text, c.anchor)
                if subject is not None:
                    return self.text[subject[0] : subject[1]], None, subject[0], subject[1]
        if c.inherit:
            if c.follow is not None and (
                self.last is None or c.anchor - self.last[4] > SPEAKER_REACH
            ):
                return self._resolve(
                    Candidate(c.start, c.end, c.kind, c.cue, c.rule, c.follow, c.follow[0])
                )
            if self.last is not None and c.anchor - self.last[4] <= SPEAKER_REACH:
                return self.last[0], self.last[1], self.last[2], self.last[3]
            person = self.preceding_person(c.anchor)
            if person is not None:
                return self.as_speaker(person)
        if c.speaker is not None:
            s, e = c.speaker
            return self.text[s:e], None, s, e
        return None, None, None, None


NON_WORD = re.compile(r"[^\w]+")


def fold(name: str) -> str:
    return " ".join(NON_WORD.sub(" ", name.casefold()).split())


def previous_subject(text: str, anchor: int) -> tuple[int, int] | None:
    """With no mentions at all: the subject that opens the sentence before the pronoun."""
    lex = lexicon()
    here = sentence_start(text, anchor)
    if here < 2:
        return None
    start = sentence_start(text, here - 2)
    toks = tokens_in(text, start, here)
    run = clause_subject(text, toks, lex) if toks else []
    run = trim_statement(text, run, lex)
    if (
        not run
        or not has_head([text[s:e] for s, e in run], lex)
        or is_pronoun(text, (run[0][0], run[-1][1]), lex)
    ):
        return None
    return run[0][0], run[-1][1]


# ---------------------------------------------------------------- stage


def extract_quotes(article: Article, ctx: Context) -> Article:
    """Append the article's direct and indirect quotes, with speakers, to ``article.quotes``."""
    text = article.text or ""
    resolver = Resolver(article)
    counts = {"direct": 0, "indirect": 0, "linked": 0}
    for cand in find_quote_candidates(text):
        speaker_text, actor_id, s, e = resolver.resolve(cand)
        article.quotes.append(
            Quote(
                id=stable_id("quo", article.id, cand.start, cand.end),
                article_id=article.id,
                speaker_actor_id=actor_id,
                speaker_text=speaker_text,
                text=text[cand.start : cand.end],
                kind="direct" if cand.kind == "direct" else "indirect",
                cue=cand.cue,
                start=cand.start,
                end=cand.end,
                speaker_start=s,
                speaker_end=e,
                rule=cand.rule,
            )
        )
        counts[cand.kind] += 1
        counts["linked"] += actor_id is not None
    article.trace.append(
        TraceStep(
            STAGE,
            (
                f"{counts['direct']} direct and {counts['indirect']} indirect quotes; "
                f"{counts['linked']} speakers linked to actors"
            ),
        )
    )
    return article
