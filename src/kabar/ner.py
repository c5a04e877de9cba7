"""Indonesian named entities (PER/ORG/LOC) with character offsets, fast enough for backfills.

The model is a linear-chain CRF trained here (``scripts/train_ner.py``) on Indonesian NER
corpora, with BIOES tags (a span's last token and one-token spans have their own tags;
``--scheme bio`` trains BIO, which the tagger also decodes). Almost all its features are
properties of single word types at offsets -2..+2 (the word, its shape and affixes, its
distributional classes and gazetteer memberships); the rest describe a token's place in a
run of capitalised tokens (its position, the run's first word and the words just before and
after it). The score each word type gives each offset is summed once and cached in a table,
so tagging an article is one gather from that table, a few vectorised additions and a
batched Viterbi pass, far faster than a neural tagger on one core.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner"
OFFSETS = (-2, -1, 0, 1, 2)
PAD = "<s>"
RUN_CAP = 4
CONTEXT_FEATURES = ("run=", "head=", "pc=", "nc=")  # see `context_features`

# Order matters: URLs, e-mails and web domains, numbers with inner separators
# ("14/10", "3.500", "08.30"), words with inner hyphens or apostrophes
# ("Amir-Abdollahian", "Jum'at"), then any other single character. The lookahead and the
# possessive runs only make failing alternatives fail at once (an e-mail or a domain needs
# one of ".+@-" right after its first word characters; backtracking a run of word
# characters or digits can never find the "@" or separator that follows it).
TOKEN_RE = re.compile(
    r"https?://[^\s\"'<>()]+[^\s\"'<>().,;:!?]"
    r"|(?=\w*+[.+@-])(?:[\w.+-]++@\w[\w-]*(?:\.\w[\w-]*)+"
    r"|\w+(?:\.\w+)*\.(?:com|co\.id|id|net|org|go\.id|ac\.id|info|tv|news)\b)"
    r"|\d++(?:[.,/:-]\d++)+"
    r"|\w+(?:[-'’]\w+)*"
    r"|\S"
)
_SENT_END = frozenset(".!?")
_NEWLINES = re.compile(r"\n")
_SHAPE_RUN = re.compile(r"(.)\1{2,}")
_ANY_RUN = re.compile(r"(.)\1+", re.DOTALL)
_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character offsets of the tokens of ``text``, split like the training corpora."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def retokenize(token: str) -> list[str]:
    """Split one corpus token the way ``tokenize`` would split it in running text."""
    return TOKEN_RE.findall(token) or [token]


def word_shape(word: str) -> str:
    """``Jakarta`` -> ``Xxx``, ``14/10`` -> ``dd/dd``: case, digits and punctuation."""
    shape = word.translate(_SHAPE_MAP)
    if not shape.isascii():
        shape = "".join(
            c if c in "Xxd" or not c.isalpha() else ("X" if c.isupper() else "x") for c in shape
        )
    return _SHAPE_RUN.sub(r"\1\1", shape)


def short_shape(shape: str) -> str:
    """Collapse every run of one character: ``Xxx`` -> ``Xx``."""
    return _ANY_RUN.sub(r"\1", shape)


def word_features(word: str, lexicon: dict[str, list[str]] | None = None) -> dict[int, list[str]]:
    """Features of one word type, per offset from the token being labelled.

    ``lexicon`` adds features of the lower-cased word: its distributional classes and
    gazetteer memberships, computed at training time and shipped with the model.
    """
    if word == PAD:
        near = ["l=" + PAD]
        return {k: near for k in OFFSETS if k}
    low = word.lower()
    shape = word_shape(word)
    sshape = short_shape(shape)
    near = ["l=" + low, "ss=" + sshape]
    if lexicon and low in lexicon:
        near += lexicon[low]
    own = near + ["s=" + shape, "w=" + word if word != low else "lc"]
    own += ["p2=" + low[:2], "p3=" + low[:3], "x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:]]
    if len(word) == 1:
        own.append("one")
    far = near[:2]
    return {-2: far, -1: near + ["x3=" + low[-3:]], 0: own, 1: near, 2: far}


def capital_runs(tokens: Sequence[str]) -> list[int]:
    """Position of each token in its run of capitalised tokens (1, 2, ...), 0 outside one."""
    out, run = [], 0
    for token in tokens:
        run = run + 1 if token[:1].isupper() else 0
        out.append(run)
    return out


def context_features(tokens: Sequence[str]) -> list[list[str]]:
    """Features of a capitalised token's context (a sentence's tokens): its position in its
    run of capitalised tokens, capped at ``RUN_CAP``, the run's first word, lower-cased,
    and the words just before and after it (``pc=``, ``nc=``; `PAD` at the sentence's
    edges). The run's head lets "Menteri Luar Negeri Iran Hossein Amir-Abdollahian" see
    the office that opens it; the neighbours tell a capital after "di", "band" or "oleh"
    from the capital every sentence starts with, which the neighbour's own features,
    counted for lower-case tokens too, cannot."""
    out = []
    last = len(tokens) - 1
    for i, run in enumerate(capital_runs(tokens)):
        if run:
            before = tokens[i - 1].lower() if i else PAD
            after = tokens[i + 1].lower() if i < last else PAD
            out.append(
                [
                    f"run={min(run, RUN_CAP)}",
                    "head=" + tokens[i - run + 1].lower(),
                    "pc=" + before,
                    "nc=" + after,
                ]
            )
        else:
            out.append([])
    return out


def sentence_features(
    tokens: Sequence[str], lexicon: dict[str, list[str]] | None = None, context: bool = True
) -> list[list[str]]:
    """Every feature of every token of one sentence, named ``offset|feature``, as the
    trainer sees them; the tagger adds up the same weights from its caches. Without
    ``context`` only the word features are produced."""
    cache: dict[str, dict[int, list[str]]] = {}
    padded = [PAD, PAD, *tokens, PAD, PAD]
    items = []
    extras = context_features(tokens) if context else [[] for _ in tokens]
    for i, extra in enumerate(extras, start=2):
        feats = ["bias"]
        for k in OFFSETS:
            word = padded[i + k]
            if word not in cache:
                cache[word] = word_features(word, lexicon)
            feats.extend(f"{k}|{f}" for f in cache[word][k])
        feats.extend(f"0|{f}" for f in extra)
        items.append(feats)
    return items


def segments(spans: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Split token indices into sentence-like runs: at line breaks and after ``.``/``!``/``?``
    unless the next token starts lower case or with a digit."""
    words = [text[s:e] for s, e in spans]
    breaks = _breaks(spans, words, text)
    bounds = [0, *breaks, len(spans)] if spans else []
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _breaks(spans: Sequence[tuple[int, int]], words: Sequence[str], text: str) -> list[int]:
    """Indices of the tokens that start a new sentence-like run (never 0), ascending."""
    found = {
        i + 1
        for i, w in enumerate(words[:-1])
        if w in _SENT_END and not (words[i + 1][0].islower() or words[i + 1][0].isdigit())
    }
    if "\n" in text:
        starts = [s for s, _ in spans]
        for m in _NEWLINES.finditer(text):
            i = bisect.bisect_left(starts, m.start())
            if 0 < i < len(spans) and spans[i - 1][1] <= m.start():
                found.add(i)
    return sorted(found)


class NerModel:
    """A trained CRF: feature weights per offset, label transitions, and a word-type cache.

    Word features describe one word type at one offset from the labelled token, so the
    scores a word type gives each offset are summed once and kept in a table; tagging an
    article is one gather from that table, five shifted additions and a batched Viterbi.
    Context features (``run=``, ``head=``, ``pc=``, ``nc=``; see `context_features`) add
    a row per run position, the cached ``head=`` scores of each run's first word and the
    cached scores each capitalised token's neighbours give it. The table holds at most
    ``cache_limit`` word types and is emptied when full.
    """

    def __init__(
        self,
        labels: Sequence[str],
        features: Sequence[str],
        weights: np.ndarray,
        transitions: np.ndarray,
        lexicon: dict[str, list[str]] | None = None,
        cache_limit: int = 100_000,
    ) -> None:
        self.labels = list(labels)
        self._raw_transitions = np.asarray(transitions, dtype=np.float32)
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = np.asarray(weights, dtype=np.float32)
        # BIO or BIOES (``E-`` ends a span of several tokens, ``S-`` is a one-token span).
        self._bioes = any(lab[:2] in ("E-", "S-") for lab in self.labels)
        self.transitions = self._constrain(np.asarray(transitions, dtype=np.float32))
        self.start = np.array(
            [-1e4 if lab[:2] in ("I-", "E-") else 0.0 for lab in self.labels], dtype=np.float32
        )
        # Under BIOES a sentence cannot end inside a span (on ``B-`` or ``I-``).
        self.end = np.array(
            [-1e4 if self._bioes and lab[:2] in ("B-", "I-") else 0.0 for lab in self.labels],
            dtype=np.float32,
        )
        bias_row = self.index.get("0|bias")
        self.bias = (
            self.weights[bias_row].copy()
            if bias_row is not None
            else np.zeros(len(self.labels), dtype=np.float32)
        )
        self.lexicon = lexicon or {}
        self.cache_limit = max(int(cache_limit), 16)
        # Feature rows of the token itself, keyed by the bare feature ("head=jakarta"),
        # and for each bare word feature its scores at every offset in one block, so a
        # word type's scores are one sum of its features' blocks (`word_features`).
        self._own: dict[str, int] = {}
        where = {k: j for j, k in enumerate(OFFSETS)}
        self._feature_block: dict[str, int] = {}
        block_cells: list[tuple[int, int, int]] = []
        for name, row in self.index.items():
            k, _, feat = name.partition("|")
            if k.lstrip("-").isdigit() and int(k) in where and feat != "bias":
                if int(k) == 0:
                    self._own[feat] = row
                if not feat.startswith(CONTEXT_FEATURES):
                    block = self._feature_block.setdefault(feat, len(self._feature_block))
                    block_cells.append((block, where[int(k)], row))
        self._blocks = np.zeros(
            (len(self._feature_block), len(OFFSETS), len(self.labels)), np.float32
        )
        if block_cells:
            blocks, slots, rows = (np.asarray(c) for c in zip(*block_cells, strict=True))
            self._blocks[blocks, slots] = self.weights[rows]
        # Context features: row r scores position r of a capitalised run (0: outside).
        self._run_scores = np.zeros((RUN_CAP + 1, len(self.labels)), dtype=np.float32)
        for r in range(1, RUN_CAP + 1):
            found = self.index.get(f"0|run={r}")
            if found is not None:
                self._run_scores[r] = self.weights[found]
        self._context = bool(self._run_scores.any()) or any(
            f.startswith(("head=", "pc=", "nc=")) for f in self._own
        )
        # Viterbi over labels plus one "not started yet" state, so sentences of different
        # lengths can be right-aligned in one batch: padding keeps a sentence in that state,
        # which it leaves with the start scores and cannot re-enter.
        n = len(self.labels)
        ext = np.full((n + 1, n + 1), -1e4, dtype=np.float32)
        ext[:n, :n] = self.transitions
        ext[n, :n] = self.start
        ext[n, n] = 0.0
        self._trans_ext = ext
        self._end_ext = np.r_[self.end, np.float32(0.0)].astype(np.float32)
        self._outside = self.labels.index("O") if "O" in self.labels else -1
        self._names = [(lab[2:], lab[:2] in ("I-", "E-")) for lab in self.labels]
        self._reset_cache()

    def _constrain(self, trans: np.ndarray) -> np.ndarray:
        """Forbid transitions the tag scheme cannot produce: ``O`` -> ``I-PER`` or
        ``B-ORG`` -> ``I-LOC``, and under BIOES ``B-PER`` -> ``O`` or ``E-PER`` -> ``I-PER``."""
        trans = trans.copy()
        for j, to in enumerate(self.labels):
            for i, frm in enumerate(self.labels):
                continues = to[:2] in ("I-", "E-")
                opened = self._bioes and frm[:2] in ("B-", "I-")
                same = frm[2:] == to[2:] and frm[:2] in ("B-", "I-")
                if (continues or opened) and not (continues and same):
                    trans[i, j] = -1e4
        return trans

    def _reset_cache(self) -> None:
        """Forget every cached word type; id 0 is the sentence padding."""
        self._ids: dict[str, int] = {}
        # One slot per offset, then the scores the word gives a run it opens ("head=").
        width = (len(OFFSETS) + 1) * len(self.labels)
        self._table = np.zeros((min(4096, self.cache_limit + 1), width), dtype=np.float32)
        self._capital = np.zeros(len(self._table), dtype=bool)
        # Scores a word gives a capitalised token right after it ("pc=") and before it ("nc=").
        self._side = np.zeros((len(self._table), 2, len(self.labels)), dtype=np.float32)
        self._add_words([PAD])

    def _add_words(self, words: Sequence[str]) -> None:
        """Score new word types at every offset and append them to the table."""
        first = len(self._ids)
        need = first + len(words)
        if need > len(self._table):
            size = len(self._table)
            while size < need:
                size *= 2
            grown = np.zeros((size, self._table.shape[1]), dtype=np.float32)
            grown[:first] = self._table[:first]
            self._table = grown
            capital = np.zeros(size, dtype=bool)
            capital[:first] = self._capital[:first]
            self._capital = capital
            side = np.zeros((size, *self._side.shape[1:]), dtype=np.float32)
            side[:first] = self._side[:first]
            self._side = side
        n_off, n_lab = len(OFFSETS), len(self.labels)
        own = self._own
        block_of = self._feature_block.get
        scored: list[int] = []  # words with at least one known feature
        blocks: list[int] = []
        cuts: list[int] = []
        for w, word in enumerate(words):
            low = word.lower()
            for j, name in enumerate(("pc=", "nc=")):
                row = own.get(name + low)
                if row is not None:
                    self._side[first + w, j] = self.weights[row]
            features = word_features(word, self.lexicon)
            # A word's features at offset 0 include those at every other offset; the
            # padding has none there and the same one at each.
            known = [b for b in map(block_of, features.get(0) or features[1]) if b is not None]
            if known:
                scored.append(first + w)
                cuts.append(len(blocks))
                blocks += known
            if word != PAD and word[:1].isupper():
                self._capital[first + w] = True
                row = own.get("head=" + low)
                if row is not None:
                    self._table[first + w, n_off * n_lab :] += self.weights[row]
            self._ids[word] = first + w
        if blocks:
            summed = np.add.reduceat(self._blocks[np.asarray(blocks)], np.asarray(cuts), axis=0)
            self._table[np.asarray(scored), : n_off * n_lab] += summed.reshape(len(scored), -1)

    def _lookup(self, words: list[str]) -> np.ndarray:
        """Table ids of ``words``, scoring the word types not seen before."""
        get = self._ids.get
        ids = [get(w, -1) for w in words]
        if -1 in ids:
            new = list(dict.fromkeys(w for w, i in zip(words, ids, strict=True) if i < 0))
            if len(self._ids) + len(new) > self.cache_limit:
                self._reset_cache()
                new = list(dict.fromkeys(w for w in words if w not in self._ids))
            self._add_words(new)
            get = self._ids.get
            ids = [get(w, 0) for w in words]
        return np.asarray(ids, dtype=np.int64)

    def _emissions(self, ids: np.ndarray, seg: np.ndarray) -> np.ndarray:
        """Scores (tokens, labels) of tokens with table ids ``ids`` in segments ``seg``.

        Tokens are laid out with two pads before, between and after segments, then each
        token adds the scores its neighbours' word types give its offset from them.
        """
        n, n_lab = len(ids), len(self.labels)
        pos = np.arange(n) + 2 * seg + 2
        size = n + 2 * int(seg[-1]) + 4
        padded = np.zeros(size + 4, dtype=np.int64)
        padded[pos + 2] = ids
        gathered = self._table[padded].reshape(size + 4, len(OFFSETS) + 1, n_lab)
        # Row p of ``out`` scores padded position p + 2 (the two leading pads never count).
        out = gathered[2 : 2 + size, OFFSETS.index(0)] + self.bias
        for j, k in enumerate(OFFSETS):
            if k:
                out += gathered[2 + k : 2 + k + size, j]
        out = out[pos]
        # Runs of capitalised tokens, never across segments: position and opening word.
        capital = self._capital[ids] if self._context else None
        if capital is not None and capital.any():
            index = np.arange(n)
            breaks = np.where(capital, -1, index)
            opens = capital & np.r_[True, seg[1:] != seg[:-1]]
            breaks[opens] = index[opens] - 1
            run = np.where(capital, index - np.maximum.accumulate(breaks), 0)
            out += self._run_scores[np.minimum(run, RUN_CAP)]
            inside = np.flatnonzero(capital)
            out[inside] += gathered[pos[inside - run[inside] + 1] + 2, len(OFFSETS)]
            at = pos[inside] + 2
            out[inside] += self._side[padded[at - 1], 0] + self._side[padded[at + 1], 1]
        return out

    def _viterbi(self, em: np.ndarray, bounds: np.ndarray, group: int = 128) -> np.ndarray:
        """Best label of every token; ``bounds`` are the segment limits ``[0, ..., n]``.

        Segments are decoded together in groups of up to ``group`` of similar length.
        """
        lengths = np.diff(bounds)
        if len(lengths) <= group:
            return self._viterbi_group(em, bounds[:-1], lengths)
        out = np.empty(len(em), dtype=np.intp)
        order = np.argsort(lengths, kind="stable")
        for first in range(0, len(order), group):
            chosen = order[first : first + group]
            lens = lengths[chosen]
            tokens = np.concatenate([np.arange(bounds[i], bounds[i + 1]) for i in chosen])
            starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
            out[tokens] = self._viterbi_group(em[tokens], starts, lens)
        return out

    def _viterbi_group(self, em: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Viterbi over consecutive segments of ``em`` starting at ``starts``."""
        n_lab = len(self.labels)
        size, longest = len(lengths), int(lengths.max())
        # Right-align every segment in a (longest, segments) grid.
        seg = np.repeat(np.arange(size), lengths)
        col = np.arange(len(em)) - np.repeat(starts - (longest - lengths), lengths)
        grid = np.full((longest, size, n_lab + 1), -1e4, dtype=np.float32)
        grid[:, :, n_lab] = 0.0
        grid[col, seg, :n_lab] = em
        grid[col, seg, n_lab] = -1e4
        # Step t: the best "from" for each "to" depends on the transitions only, so its
        # emissions are added after the maximum, which argmax finds (faster than max on
        # this shape) and ``take`` reads back.
        width = n_lab + 1
        trans = self._trans_ext.T.copy()
        score = grid[0] + self._trans_ext[n_lab]
        from_score = score[:, None, :]
        back = np.empty((longest, size, width), dtype=np.intp)
        cand = np.empty((size, width, width), dtype=np.float32)
        flat_cand = cand.reshape(-1)
        cells = np.arange(size * width, dtype=np.intp).reshape(size, width) * width
        where = np.empty((size, width), dtype=np.intp)
        add = np.add
        for t in range(1, longest):
            add(from_score, trans, out=cand)
            best = back[t]
            cand.argmax(axis=2, out=best)
            add(best, cells, out=where)
            flat_cand.take(where, out=score)
            add(score, grid[t], out=score)
        paths = np.empty((longest, size), dtype=np.intp)
        last = (score + self._end_ext).argmax(axis=1)
        paths[-1] = last
        flat = back.reshape(longest, -1)
        rows = np.arange(size) * width
        for t in range(longest - 1, 0, -1):
            last = flat[t].take(rows + last)
            paths[t - 1] = last
        return paths[col, seg]

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` as character offsets into ``text``."""
        return self._predict_batch([text])[0]

    def predict_many(
        self, texts: Iterable[str], batch_size: int = 64
    ) -> Iterator[list[tuple[int, int, str]]]:
        """Entity spans for each text, decoding sentences of many texts together."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._predict_batch(batch)
                batch = []
        if batch:
            yield from self._predict_batch(batch)

    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Entity spans ``(first token, end token, label)`` of already tokenised sentences.

        Each sentence is decoded whole, as the corpora's gold tokens are scored (CoNLL
        practice); a token the tokenizer would split is split the way training split it,
        and a span covers every token one of its pieces is in.
        """
        words: list[str] = []
        bounds: list[int] = [0]
        all_spans: list[list[tuple[int, int]]] = []
        text_of_segment: list[int] = []
        for si, sentence in enumerate(sentences):
            spans = []
            for ti, token in enumerate(sentence):
                pieces = retokenize(token)
                words.extend(pieces)
                spans.extend([(ti, ti + 1)] * len(pieces))
            all_spans.append(spans)
            if spans:
                bounds.append(len(words))
                text_of_segment.append(si)
        return self._decode(words, bounds, text_of_segment, all_spans)

    def _predict_batch(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        all_spans: list[list[tuple[int, int]]] = []
        words: list[str] = []
        bounds: list[int] = [0]
        text_of_segment: list[int] = []
        for ti, text in enumerate(texts):
            spans = tokenize(text)
            if not spans:
                all_spans.append([])
                continue
            toks = [text[s:e] for s, e in spans]  # faster than each match's group()
            offset = len(words)
            for b in (*_breaks(spans, toks, text), len(toks)):
                bounds.append(offset + b)
                text_of_segment.append(ti)
            all_spans.append(spans)
            words.extend(toks)
        return self._decode(words, bounds, text_of_segment, all_spans)

    def _decode(
        self,
        words: list[str],
        bounds: list[int],
        text_of_segment: list[int],
        all_spans: list[list[tuple[int, int]]],
    ) -> list[list[tuple[int, int, str]]]:
        """Label the concatenated ``words`` of all texts, segment by segment (``bounds``),
        and return each text's spans over the positions ``all_spans`` gives its tokens."""
        results: list[list[tuple[int, int, str]]] = [[] for _ in all_spans]
        if not words:
            return results
        ids = self._lookup(words)
        limits = np.asarray(bounds, dtype=np.int64)
        seg = np.repeat(np.arange(len(limits) - 1), np.diff(limits))
        labels = self._viterbi(self._emissions(ids, seg), limits)
        self._collect(labels, limits, text_of_segment, all_spans, results)
        return results

    def _collect(
        self,
        labels: np.ndarray,
        limits: np.ndarray,
        text_of_segment: list[int],
        all_spans: list[list[tuple[int, int]]],
        results: list[list[tuple[int, int, str]]],
    ) -> None:
        """Turn BIO(ES) label ids of the concatenated tokens into character spans per text."""
        hits = np.flatnonzero(labels != self._outside).tolist()
        if not hits:
            return
        starts = set(limits.tolist())
        text_first: dict[int, int] = {}
        for si, ti in enumerate(text_of_segment):
            text_first.setdefault(ti, int(limits[si]))
        seg_of = np.searchsorted(limits, np.asarray(hits), side="right") - 1
        names = self._names
        cur: list | None = None
        prev = -2
        found = labels[hits].tolist()
        for i, si, lab in zip(hits, seg_of.tolist(), found, strict=True):
            kind, inside = names[lab]
            ti = text_of_segment[si]
            span = all_spans[ti][i - text_first[ti]]
            if cur is not None and inside and i == prev + 1 and i not in starts and kind == cur[2]:
                cur[1] = span[1]
            else:
                if cur is not None:
                    results[cur[3]].append((cur[0], cur[1], cur[2]))
                cur = [span[0], span[1], kind, ti]
            prev = i
        if cur is not None:
            results[cur[3]].append((cur[0], cur[1], cur[2]))

    def save(self, path: Path) -> None:
        """Write the model as ``meta.json``, ``features.txt`` and ``weights.npz``."""
        path.mkdir(parents=True, exist_ok=True)
        features = sorted(self.index, key=self.index.__getitem__)
        (path / "features.txt").write_text("\n".join(features) + "\n", encoding="utf-8")
        np.savez_compressed(
            path / "weights.npz",
            weights=self.weights.astype(np.float16),
            transitions=self._raw_transitions,
        )
        meta = {"labels": self.labels, "offsets": list(OFFSETS)}
        (path / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        if self.lexicon:
            lines = (f"{w}\t{' '.join(f)}" for w, f in sorted(self.lexicon.items()))
            (path / "lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_ner(path: Path | None = None) -> NerModel:
    """Load the NER model shipped in ``kabar/models/ner`` (or another saved model dir)."""
    path = Path(path) if path is not None else MODEL_DIR
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    features = (path / "features.txt").read_text(encoding="utf-8").split("\n")[:-1]
    arrays = np.load(path / "weights.npz")
    lexicon = {}
    lexicon_file = path / "lexicon.tsv"
    if lexicon_file.exists():
        for line in lexicon_file.read_text(encoding="utf-8").splitlines():
            word, _, feats = line.partition("\t")
            lexicon[word] = feats.split()
    return NerModel(meta["labels"], features, arrays["weights"], arrays["transitions"], lexicon)
