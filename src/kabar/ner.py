"""Indonesian named entities (PER/ORG/LOC) with character offsets, fast enough for backfills.

The model is a linear-chain CRF trained here (``scripts/train_ner.py``) on Indonesian NER
corpora. Its features are properties of single tokens at offsets -2..+2, so the score a
word type contributes at each offset is summed once and cached; tagging an article is then
a few array lookups and a Viterbi pass, far faster than a neural tagger on one core.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner"
OFFSETS = (-2, -1, 0, 1, 2)
PAD = "<s>"

# Order matters: URLs, e-mails and web domains, numbers with inner separators
# ("14/10", "3.500", "08.30"), words with inner hyphens or apostrophes
# ("Amir-Abdollahian", "Jum'at"), then any other single character.
TOKEN_RE = re.compile(
    r"https?://[^\s\"'<>()]+[^\s\"'<>().,;:!?]"
    r"|[\w.+-]+@\w[\w-]*(?:\.\w[\w-]*)+"
    r"|\w+(?:\.\w+)*\.(?:com|co\.id|id|net|org|go\.id|ac\.id|info|tv|news)\b"
    r"|\d+(?:[.,/:-]\d+)+"
    r"|\w+(?:[-'’]\w+)*"
    r"|\S"
)
_SENT_END = frozenset(".!?")
_SHAPE_RUN = re.compile(r"(.)\1{2,}")
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
    out: list[str] = []
    for c in shape:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def word_features(
    word: str, lexicon: dict[str, list[str]] | None = None
) -> dict[int, list[str]]:
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
    own += ["p2=" + low[:2], "p3=" + low[:3], "x2=" + low[-2:], "x3=" + low[-3:],
            "x4=" + low[-4:]]
    if len(word) == 1:
        own.append("one")
    far = near[:2]
    return {-2: far, -1: near + ["x3=" + low[-3:]], 0: own, 1: near, 2: far}


def segments(spans: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Split token indices into sentence-like runs: at line breaks and after ``.``/``!``/``?``
    unless the next token starts lower case or with a digit."""
    out, start = [], 0
    for i in range(1, len(spans)):
        prev_s, prev_e = spans[i - 1]
        cur_s = spans[i][0]
        first = text[cur_s]
        if "\n" in text[prev_e:cur_s] or (
            text[prev_s:prev_e] in _SENT_END and not (first.islower() or first.isdigit())
        ):
            out.append((start, i))
            start = i
    if spans:
        out.append((start, len(spans)))
    return out


class NerModel:
    """A trained CRF: feature weights per offset, label transitions, and a word-type cache."""

    def __init__(
        self,
        labels: Sequence[str],
        features: Sequence[str],
        weights: np.ndarray,
        transitions: np.ndarray,
        lexicon: dict[str, list[str]] | None = None,
        cache_limit: int = 400_000,
    ) -> None:
        self.labels = list(labels)
        self._raw_transitions = np.asarray(transitions, dtype=np.float32)
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = np.asarray(weights, dtype=np.float32)
        self.transitions = self._constrain(np.asarray(transitions, dtype=np.float32))
        self.start = np.array(
            [-1e4 if lab.startswith("I-") else 0.0 for lab in self.labels], dtype=np.float32
        )
        bias_row = self.index.get("0|bias")
        self.bias = self.weights[bias_row] if bias_row is not None else 0.0
        self.lexicon = lexicon or {}
        self.cache_limit = cache_limit
        self._reset_cache()

    def _constrain(self, trans: np.ndarray) -> np.ndarray:
        """Forbid transitions BIO cannot produce (``O`` -> ``I-PER``, ``B-ORG`` -> ``I-LOC``)."""
        trans = trans.copy()
        for j, to in enumerate(self.labels):
            if to.startswith("I-"):
                for i, frm in enumerate(self.labels):
                    if frm[2:] != to[2:]:
                        trans[i, j] = -1e4
        return trans

    def _reset_cache(self) -> None:
        self._ids: dict[str, int] = {}
        self._rows: list[np.ndarray] = []
        self._table = np.zeros((0, len(OFFSETS), len(self.labels)), dtype=np.float32)
        self._word_id(PAD)

    def _word_id(self, word: str) -> int:
        wid = self._ids.get(word)
        if wid is None:
            if len(self._ids) >= self.cache_limit:
                self._reset_cache()
            row = np.zeros((len(OFFSETS), len(self.labels)), dtype=np.float32)
            for k, feats in word_features(word, self.lexicon).items():
                hits = [self.index[f"{k}|{f}"] for f in feats if f"{k}|{f}" in self.index]
                if hits:
                    row[OFFSETS.index(k)] = self.weights[hits].sum(axis=0)
            wid = self._ids[word] = len(self._ids)
            self._rows.append(row)
        return wid

    def _emissions(self, ids: np.ndarray) -> np.ndarray:
        """Scores (tokens, labels) for a PAD-padded id array (two pads at each end)."""
        if len(self._rows) > len(self._table):
            self._table = np.stack(self._rows)
        n = len(ids) - 4
        out = np.zeros((n, len(self.labels)), dtype=np.float32) + self.bias
        for j, k in enumerate(OFFSETS):
            out += self._table[ids[2 + k : 2 + k + n], j]
        return out

    def _viterbi(self, batch: list[np.ndarray]) -> list[np.ndarray]:
        """Best label paths for equally treated sequences, decoded together."""
        n_lab = len(self.labels)
        size = len(batch)
        lengths = np.array([len(e) for e in batch])
        longest = int(lengths.max())
        em = np.zeros((size, longest, n_lab), dtype=np.float32)
        for b, e in enumerate(batch):
            em[b, : len(e)] = e
        score = em[:, 0] + self.start
        back = np.zeros((longest, size, n_lab), dtype=np.int16)
        trans = self.transitions[None]
        for t in range(1, longest):
            cand = score[:, :, None] + trans
            best = cand.argmax(axis=1)
            new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + em[:, t]
            live = (lengths > t)[:, None]
            score = np.where(live, new, score)
            back[t] = np.where(live, best, np.arange(n_lab, dtype=np.int16)[None])
        last = score.argmax(axis=1)
        paths = np.zeros((size, longest), dtype=np.int16)
        paths[:, longest - 1] = last
        for t in range(longest - 1, 0, -1):
            last = back[t, np.arange(size), last]
            paths[:, t - 1] = last
        # Padded steps copied the label forward, so each path ends at its own length.
        return [paths[b, : lengths[b]] for b in range(size)]

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` as character offsets into ``text``."""
        return next(self.predict_many([text]))

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

    def _predict_batch(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        word_id = self._word_id
        all_spans = []
        seqs: list[tuple[int, int, int]] = []  # text index, first token, end token
        pieces: list[int] = [0, 0]
        starts: list[int] = []
        for ti, text in enumerate(texts):
            spans = tokenize(text)
            all_spans.append(spans)
            for a, b in segments(spans, text):
                seqs.append((ti, a, b))
                starts.append(len(pieces))
                pieces.extend(word_id(text[s:e]) for s, e in spans[a:b])
                pieces += [0, 0]
        results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        if not seqs:
            return results
        ids = np.array(pieces + [0, 0], dtype=np.int64)
        emissions = self._emissions(ids)  # row p corresponds to ids[p + 2]
        order = sorted(range(len(seqs)), key=lambda i: seqs[i][2] - seqs[i][1])
        for chunk_start in range(0, len(order), 256):
            chunk = order[chunk_start : chunk_start + 256]
            ems = [
                emissions[starts[i] - 2 : starts[i] - 2 + seqs[i][2] - seqs[i][1]]
                for i in chunk
            ]
            for i, path in zip(chunk, self._viterbi(ems), strict=True):
                ti, a, _ = seqs[i]
                results[ti].extend(self._spans(path, all_spans[ti], a))
        for found in results:
            found.sort()
        return results

    def _spans(
        self, path: np.ndarray, spans: list[tuple[int, int]], first: int
    ) -> list[tuple[int, int, str]]:
        out = []
        cur: list = []
        for i, lab_id in enumerate(path.tolist()):
            lab = self.labels[lab_id]
            if cur and not (lab.startswith("I-") and lab[2:] == cur[2]):
                out.append(tuple(cur))
                cur = []
            if lab != "O" and not cur:
                cur = [spans[first + i][0], 0, lab[2:]]
            if cur:
                cur[1] = spans[first + i][1]
        if cur:
            out.append(tuple(cur))
        return out

    def save(self, path: Path) -> None:
        """Write the model as ``meta.json``, ``features.txt`` and ``weights.npz``."""
        path.mkdir(parents=True, exist_ok=True)
        features = sorted(self.index, key=self.index.__getitem__)
        (path / "features.txt").write_text("\n".join(features) + "\n", encoding="utf-8")
        np.savez_compressed(path / "weights.npz", weights=self.weights.astype(np.float16),
                            transitions=self._raw_transitions)
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
