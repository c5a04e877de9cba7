"""Train kabar's Indonesian NER (PER/ORG/LOC CRF) from the corpora in ../shared/data/ner.

Reproducible: `python scripts/train_ner.py` rebuilds src/kabar/models/ner from the same
data (fixed corpus order, deterministic L-BFGS). Train and dev splits are used for
training, with every sentence that also occurs in a reported test set removed first;
test splits are only scored. Word classes come from unlabelled text: by default every
IndoSum article (many are also in bench.jsonl, the gold set's source; no labels are used),
with `--text clean` only text in no evaluation set (see `unlabeled_sentences`). Scores of
the saved model (as shipped, float16 weights) go to `training.json` beside it. Run with
OMP_NUM_THREADS=1 for identical bytes.

Tuning: `--splits train --eval dev --out /tmp/ner-dev` trains on train only and scores dev.
Dev scores move by up to 0.02 F1 with the word-class k-means seed alone (NERGrit dev 0.748
to 0.768 for seeds 13, 14 and 29), more than most settings do; compare settings over
several seeds. None of these beat the seed noise on NERGrit dev:
more NERGrit upweight (3, 4), dropping NER-UGM, 300 iterations, L1 0.1-0.4 or L2 0.05,
longer affixes, neighbour shapes and affixes, run-end features, a second or third set of
word classes inside one CRF, per-corpus feature copies. L1 0.2 gained 0.002 on average
over three seeds but tagged "Menlu Retno Marsudi" as a place (tests/test_ner.py), so the
other defaults stay.

NERGrit dev per k-means seed 13 / 29 / 14 for what was added since, each from
`OMP_NUM_THREADS=1 python scripts/train_ner.py --splits train --eval dev --seeds S
--out /tmp/ner-dev` (``scores.dev`` of its training.json): the features before it 0.768 /
0.765 / 0.748 (mean 0.760); the words just before and after a capitalised token (``pc=``,
``nc=`` in `kabar.ner.context_features`, shipped) 0.770 / 0.765 / 0.767 (mean 0.767; IDNer
0.811 / 0.813 / 0.808). Tried the same way and dropped, their code since removed: whole
multi-word gazetteer names (a ``--phrases`` flag: MDEE and kabar lexicon names of two
words or more, begin/inside/end features) 0.762 / 0.772 / 0.759 without and 0.772 / 0.761
/ 0.756 with the neighbour words, no gain; MDEE single-word names as a feature of their
own (``gLOC1``) 0.751 / 0.759 with the names, worse; the first word of the run before "("
on the word inside it ("Universitas ... ( UMS )") 0.762 / 0.762 on top of that. The
average of the three seeds' CRFs (`average_models`, ``--seeds``, default 13 29 14; the
same command without ``--seeds``) scores NERGrit 0.774, IDNer 0.814, NER-UI 0.877,
NER-UGM 0.747 on dev (the average before ``pc=``/``nc=``: 0.770, 0.810, 0.880, 0.753;
single seeds 0.765-0.770 on NERGrit), so it ships: no seed lottery on NERGrit, for 3x the
training time and about 40 % more features (the tagger's speed does not change).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pycrfsuite
from scipy import sparse
from scipy.sparse.linalg import svds

from kabar.evaluation.conll import (
    CORPORA,
    evaluate_ner_file,
    read_conll,
    spans_to_tags,
    tags_to_spans,
)
from kabar.lexicons import load_lexicons
from kabar.ner import MODEL_DIR, TOKEN_RE, NerModel, load_ner, retokenize, sentence_features

ROOT = Path(__file__).resolve().parents[1]

DATA = ROOT.parent / "shared" / "data" / "ner"
NEWS = ROOT.parent / "shared" / "data" / "news"
GAZETTEERS = DATA / "mdee-goldstandard-and-gazetteers" / "expanded-dbpedia" / "mdee_gazetteer"
FILES = {
    "nergrit": {
        "train": "nergrit_ner-grit/train_preprocess.txt",
        "dev": "nergrit_ner-grit/valid_preprocess.txt",
        "test": "nergrit_ner-grit/test_preprocess.txt",
    },
    "idner": {
        "train": "idner-news-2k/train.txt",
        "dev": "idner-news-2k/dev.txt",
        "test": "idner-news-2k/test.txt",
    },
    "nerui": {
        "train": "indolem-ner/nerui/train.01.tsv",
        "dev": "indolem-ner/nerui/dev.01.tsv",
        "test": "indolem-ner/nerui/test.01.tsv",
    },
    "nerugm": {
        "train": "indolem-ner/nerugm/train.01.tsv",
        "dev": "indolem-ner/nerugm/dev.01.tsv",
        "test": "indolem-ner/nerugm/test.01.tsv",
    },
    "nerp": {
        "train": "nerp_ner-prosa/train_preprocess.txt",
        "dev": "nerp_ner-prosa/valid_preprocess.txt",
        "test": "nerp_ner-prosa/test_preprocess.txt",
    },
}
DEFAULT_CORPORA = ("nergrit", "idner", "nerui", "nerugm")


def sentence_key(tokens: list[str]) -> str:
    """Tokenisation- and case-blind identity of a sentence, for finding test leaks."""
    return re.sub(r"[\W_]+", "", "".join(tokens).lower())


def retokenized(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Split corpus tokens as kabar's tokenizer would; pieces continue the token's entity."""
    out = []
    for token, tag in sentence:
        for i, piece in enumerate(retokenize(token)):
            out.append((piece, tag if i == 0 or tag == "O" else "I-" + tag[2:]))
    return out


def bioes(tags: list[str]) -> list[str]:
    """BIO tags (read with conlleval's chunk rules) as BIOES: the last token of a span of
    several is ``E-``, a one-token span ``S-``, so the model learns where names end."""
    out = spans_to_tags(len(tags), tags_to_spans(tags))
    for start, end, kind in tags_to_spans(out):
        if end - start == 1:
            out[start] = "S-" + kind
        else:
            out[end - 1] = "E-" + kind
    return out


def split_places(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``Gedung DPR , Jakarta`` as one LOC (NER-UGM) becomes two, as the other corpora
    and kabar's users want it: the comma is O and the next token starts a new span."""
    out = list(sentence)
    for i, (token, tag) in enumerate(out):
        if token == "," and tag == "I-LOC":
            out[i] = (token, "O")
            if i + 1 < len(out) and out[i + 1][1] == "I-LOC":
                out[i + 1] = (out[i + 1][0], "B-LOC")
    return out


def test_sentence_keys() -> set[str]:
    """Keys of every sentence of every corpus's test split."""
    keys = set()
    for name, files in FILES.items():
        fmt = CORPORA[name]
        for sent in read_conll(DATA / files["test"], fmt.tag_column, fmt.tag_map):
            keys.add(sentence_key([t for t, _ in sent]))
    return keys


def load_training(
    corpora: list[str], splits: list[str], upweight: dict[str, int], test_keys: set[str]
) -> tuple[list, dict]:
    sentences, stats = [], {}
    for name in corpora:
        fmt = CORPORA[name]
        kept = dropped = 0
        for split in splits:
            for sent in read_conll(DATA / FILES[name][split], fmt.tag_column, fmt.tag_map):
                if sentence_key([t for t, _ in sent]) in test_keys:
                    dropped += 1
                    continue
                sentences.extend([retokenized(split_places(sent))] * upweight.get(name, 1))
                kept += 1
        stats[name] = {"kept": kept, "dropped_test_overlap": dropped}
    return sentences, stats


def _text_key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())[:80]


def indosum_sentences(training: list) -> Iterator[list[str]]:
    """Lower-cased token lists for the word classes: every IndoSum article, then the
    training sentences (the shipped model's source). Most of these IndoSum articles are
    also in ``bench.jsonl``; `unlabeled_sentences` leaves those out."""
    seen = set()
    for path in sorted((NEWS / "indosum").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            if doc["id"] in seen:
                continue
            seen.add(doc["id"])
            for para in doc["paragraphs"]:
                for sent in para:
                    yield [p.lower() for tok in sent for p in retokenize(tok)]
    for sent in training:
        yield [t.lower() for t, _ in sent]


def unlabeled_sentences(training: list, test_keys: set[str]) -> Iterator[list[str]]:
    """Lower-cased token lists for the word classes, never from an evaluation set.

    IndoSum articles (minus those that are also in the pipeline's evaluation corpus
    ``bench.jsonl``), Narasipal headlines, NERP's train/dev text, and the training
    sentences; any sentence of a NER test split is skipped.
    """
    bench = NEWS / "bench.jsonl"
    held_out = set()
    if bench.exists():
        for line in bench.open(encoding="utf-8"):
            held_out.add(_text_key(json.loads(line).get("text") or ""))

    def lowered(tokens: list[str]) -> list[str] | None:
        if sentence_key(tokens) in test_keys:
            return None
        return [p.lower() for tok in tokens for p in retokenize(tok)]

    seen = set()
    for path in sorted((NEWS / "indosum").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            if doc["id"] in seen or not doc["paragraphs"] or not doc["paragraphs"][0]:
                continue
            seen.add(doc["id"])
            if _text_key(" ".join(doc["paragraphs"][0][0])) in held_out:
                continue
            for para in doc["paragraphs"]:
                for sent in para:
                    if (tokens := lowered(sent)) is not None:
                        yield tokens
    titles: set[str] = set()
    for path in sorted((NEWS / "narasipal").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            titles.update(row.get("article_title") or "" for row in csv.DictReader(handle))
    for title in sorted(titles):
        if (tokens := lowered(TOKEN_RE.findall(title))) is not None:
            yield tokens
    fmt = CORPORA["nerp"]
    for split in ("train", "dev"):
        for sent in read_conll(DATA / FILES["nerp"][split], fmt.tag_column, fmt.tag_map):
            if (tokens := lowered([t for t, _ in sent])) is not None:
                yield tokens
    for sent in training:
        yield [t.lower() for t, _ in sent]


def build_clusters(
    sentences: Iterable[list[str]],
    sizes: tuple[int, ...] = (64, 256, 1024),
    min_count: int = 3,
    n_context: int = 3000,
    dim: int = 100,
    seed: int = 13,
    prefix: str = "c",
) -> dict[str, list[str]]:
    """Distributional word classes: k-means over SVD of PPMI left/right-neighbour counts.

    Each word gets one class per size, written ``c0=a c1=b c2=c`` (coarse to fine;
    ``prefix`` replaces the ``c`` so classes of several seeds can sit side by side).
    """
    sentences = list(sentences)
    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(n_context, len(vocab))
    rows, cols = [], []
    for sent in sentences:
        ids = [index.get(w, -1) for w in sent]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            left = ids[i - 1] if i else -1
            right = ids[i + 1] if i + 1 < len(ids) else -1
            if 0 <= left < n_ctx:
                rows.append(wid)
                cols.append(left)
            if 0 <= right < n_ctx:
                rows.append(wid)
                cols.append(n_ctx + right)
    mat = sparse.coo_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * n_ctx)
    ).tocsr()
    mat.sum_duplicates()
    total = mat.sum()
    row_sum = np.asarray(mat.sum(axis=1)).ravel()
    col_sum = np.asarray(mat.sum(axis=0)).ravel() ** 0.75
    col_sum *= total / col_sum.sum()
    coo = mat.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape)
    rng = np.random.default_rng(seed)
    u, sv, _ = svds(ppmi, k=dim, v0=rng.standard_normal(min(ppmi.shape)))
    vecs = u * np.sqrt(sv)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    labels = [kmeans(vecs, k, rng) for k in sizes]
    return {
        w: [f"{prefix}{j}={lab[i]}" for j, lab in enumerate(labels)] for i, w in enumerate(vocab)
    }


def gazetteer_features() -> dict[str, list[str]]:
    """Which MDEE gazetteer (person/place/organisation names) each lower-cased word occurs
    in, and whether often (>= 5 names): ``gPER``, ``gPER5``."""
    out: dict[str, list[str]] = {}
    for kind, name in (("PER", "person"), ("LOC", "place"), ("ORG", "organization")):
        counts: Counter[str] = Counter()
        path = GAZETTEERS / f"{name}.txt"
        for line in path.open(encoding="utf-8", errors="replace"):
            counts.update({w.lower() for w in TOKEN_RE.findall(line) if w.isalpha()})
        for word, n in counts.items():
            out.setdefault(word, []).append(f"g{kind}")
            if n >= 5:
                out[word].append(f"g{kind}5")
    return out


def kabar_lexicon_features() -> dict[str, list[str]]:
    """Which of kabar's own curated gazetteers (places, organisations, office titles) each
    lower-cased word is part of, and where in an entry: the whole entry (``kLOC1``), its
    first word (``kORGb``) or a later one (``kOFFi``). Countries are ``kCTRY``. Office
    words tell the model a name may follow a long title ("Menteri Luar Negeri Mesir")."""
    lexicons = load_lexicons()
    tables: list[tuple[str, Iterable[tuple[str, str]]]] = [
        ("LOC", ((e.surface, e.kind) for e in lexicons.places.values())),
        ("ORG", ((e.surface, "") for e in lexicons.orgs.values())),
        ("OFF", ((e.surface, "") for e in lexicons.offices.values())),
    ]
    found: dict[str, set[str]] = {}
    for kind, entries in tables:
        for surface, sub in entries:
            words = [w.lower() for w in TOKEN_RE.findall(surface) if w[:1].isalnum()]
            tag = "CTRY" if sub == "country" else kind
            for i, word in enumerate(words):
                where = "1" if len(words) == 1 else "b" if i == 0 else "i"
                found.setdefault(word, set()).add(f"k{tag}{where}")
    return {w: sorted(f) for w, f in found.items()}


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 20) -> np.ndarray:
    """Spherical k-means; returns the cluster of each row."""
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.concatenate(
            [(x[i : i + 8192] @ centers.T).argmax(axis=1) for i in range(0, len(x), 8192)]
        )
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centre = members.sum(axis=0)
                centers[c] = centre / (np.linalg.norm(centre) + 1e-9)
    return assign


def train(
    sentences: list,
    lexicon: dict[str, list[str]],
    c1: float,
    c2: float,
    iters: int,
    minfreq: int,
    context: bool = False,
    scheme: str = "bioes",
) -> NerModel:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        tokens, tags = [t for t, _ in sent], [tag for _, tag in sent]
        if scheme == "bioes":
            tags = bioes(tags)
        trainer.append(sentence_features(tokens, lexicon, context), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iters,
            "feature.possible_transitions": True,
            "feature.minfreq": minfreq,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        model_file = str(Path(tmp) / "ner.crfsuite")
        trainer.train(model_file)
        tagger = pycrfsuite.Tagger()
        tagger.open(model_file)
        info = tagger.info()
        labels = sorted(tagger.labels(), key=lambda x: (x != "O", x[2:], x))
    lab_index = {lab: i for i, lab in enumerate(labels)}
    features: dict[str, int] = {}
    rows: list[np.ndarray] = []
    bias = np.zeros(len(labels), dtype=np.float64)
    for (attr, label), weight in info.state_features.items():
        if attr == "bias":
            bias[lab_index[label]] += weight
            continue
        if attr not in features:
            features[attr] = len(rows)
            rows.append(np.zeros(len(labels), dtype=np.float64))
        rows[features[attr]][lab_index[label]] += weight
    names = [*sorted(features, key=features.__getitem__), "0|bias"]
    weights = np.vstack([np.array(rows).reshape(-1, len(labels)), bias[None]])
    trans = np.zeros((len(labels), len(labels)), dtype=np.float64)
    for (frm, to), weight in info.transitions.items():
        trans[lab_index[frm], lab_index[to]] = weight
    return NerModel(labels, names, weights, trans, lexicon)


def average_models(models: list[NerModel]) -> NerModel:
    """One CRF scoring the mean of several: a feature's weights are averaged (zero where a
    model lacks it), as are the transitions, and each word keeps every model's lexicon
    features once. With word classes of different k-means seeds (``c0=``, ``d0=``, ...)
    the tagger still runs one model, and no single seed's luck decides the scores."""
    if len(models) == 1:
        return models[0]
    labels = models[0].labels
    rows: dict[str, np.ndarray] = {}
    lexicon: dict[str, list[str]] = {}
    for model in models:
        if model.labels != labels:
            raise ValueError("models to average must have the same labels")
        for name, row in model.index.items():
            rows[name] = rows.get(name, 0.0) + model.weights[row].astype(np.float64)
        for word, feats in model.lexicon.items():
            have = lexicon.setdefault(word, [])
            have.extend(f for f in feats if f not in have)
    names = sorted(rows)
    weights = np.vstack([rows[n] for n in names]) / len(models)
    trans = sum(m._raw_transitions.astype(np.float64) for m in models) / len(models)
    return NerModel(labels, names, weights, trans, lexicon)


def evaluate(model: NerModel, split: str, corpora: list[str]) -> dict:
    report = {}
    for name in corpora:
        result = evaluate_ner_file(model, DATA / FILES[name][split], name)
        report[name] = {
            "micro_f1": round(result["micro"]["f1"], 4),
            **{k: round(v["f1"], 4) for k, v in result["types"].items()},
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", nargs="+", default=list(DEFAULT_CORPORA))
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--minfreq", type=int, default=1)
    parser.add_argument(
        "--scheme",
        choices=["bio", "bioes"],
        default="bioes",
        help="tags the CRF learns: BIOES (default; span ends and one-token "
        "spans have their own tags) or BIO",
    )
    parser.add_argument(
        "--no-clusters", action="store_true", help="skip the distributional word classes"
    )
    parser.add_argument("--no-gazetteers", action="store_true", help="skip MDEE gazetteers")
    parser.add_argument(
        "--no-kabar-lexicons",
        dest="kabar_lexicons",
        action="store_false",
        help="skip membership in kabar's own place/organisation/office lexicons",
    )
    parser.add_argument(
        "--no-context",
        dest="context",
        action="store_false",
        help="skip the context features of capitalised tokens (run position, the "
        "run's first word, the words just before and after)",
    )
    parser.add_argument(
        "--text",
        choices=["indosum", "clean"],
        default="indosum",
        help="unlabelled text for the word classes: all IndoSum articles "
        "(default) or only text in no evaluation set, bench.jsonl included",
    )
    parser.add_argument(
        "--seeds",
        nargs="+",
        type=int,
        default=[13, 29, 14],
        help="k-means seeds of the word classes; with several, one CRF is "
        "trained per seed and the saved model is their average",
    )
    parser.add_argument(
        "--upweight",
        nargs="*",
        default=["nergrit=2"],
        help="NAME=N: use NAME's training sentences N times",
    )
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--eval", nargs="+", default=["test"], help="splits to score")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"NER corpora not found at {DATA}")

    started = time.time()
    test_keys = test_sentence_keys()
    upweight = {k: int(v) for k, v in (u.split("=") for u in args.upweight)}
    sentences, stats = load_training(args.corpora, args.splits, upweight, test_keys)
    print(f"training sentences: {len(sentences)} {json.dumps(stats)}", flush=True)
    text: list[list[str]] = []
    if args.no_clusters:
        pass
    elif args.text == "clean":
        text = list(unlabeled_sentences(sentences, test_keys))
    else:
        text = list(indosum_sentences(sentences))
    # Gazetteer memberships are the same for every seed: read them once.
    memberships = ([] if args.no_gazetteers else [gazetteer_features()]) + (
        [kabar_lexicon_features()] if args.kabar_lexicons else []
    )
    models = []
    for n, seed in enumerate(args.seeds):
        lexicon = build_clusters(text, seed=seed, prefix="cdefgh"[n]) if text else {}
        for table in memberships:
            for word, feats in table.items():
                lexicon[word] = lexicon.get(word, []) + feats
        print(
            f"seed {seed}: {len(lexicon)} lexicon words after {time.time() - started:.0f}s",
            flush=True,
        )
        models.append(
            train(
                sentences,
                lexicon,
                args.c1,
                args.c2,
                args.iterations,
                args.minfreq,
                args.context,
                args.scheme,
            )
        )
    model = average_models(models)
    model.save(args.out)
    print(f"trained in {time.time() - started:.0f}s; {len(model.index)} features -> {args.out}")
    model = load_ner(args.out)  # score exactly what ships (float16 weights)
    report = {
        "settings": {
            "corpora": args.corpora,
            "splits": args.splits,
            "c1": args.c1,
            "c2": args.c2,
            "iterations": args.iterations,
            "minfreq": args.minfreq,
            "upweight": upweight,
            "clusters": not args.no_clusters,
            "text": args.text,
            "context": args.context,
            "scheme": args.scheme,
            "gazetteers": not args.no_gazetteers,
            "kabar_lexicons": args.kabar_lexicons,
            "seeds": args.seeds,
        },
        "training_sentences": stats,
        "scores": {},
    }
    for split in args.eval:
        report["scores"][split] = evaluate(model, split, list(FILES))
        for name, scores in report["scores"][split].items():
            print(split, name, json.dumps(scores), flush=True)
    (args.out / "training.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
