"""Frequent verbs and verb-noun phrases of a news file that the event lexicon does not cover.

Lists affixed verbs (meN-, di-, ber-, ter-, memper-/diper-, with -kan/-i) reduced to
their root in the lexicon's notation (``tangkap``, ``bebas+kan``), and each verb with
the word after it, counted over sentences that name at least one actor (an actor noun
of the lexicon or a capitalised name inside the sentence) and where no predicate or
block of ``data/predicates.tsv`` already claims the word. Each line shows the count,
the surface forms seen and two example sentences, for a person to read and decide
which rows to add to the lexicon.

    .venv/bin/python scripts/predicate_candidates.py [--top 300] [--examples 2]
        [--min 5] [--bigrams] [--political] [FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kabar.events import match_entry, split_sentences
from kabar.predicates import CLITICS, Lexicon, entries_at, load_lexicon, men

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bench.jsonl"
TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# function words that never make a verb-noun phrase with the verb before them
FUNCTION = frozenset(
    (
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "itu",
        "ini",
        "untuk",
        "dengan",
        "pada",
        "dalam",
        "bahwa",
        "akan",
        "oleh",
        "atau",
        "juga",
        "tidak",
        "sudah",
        "telah",
        "masih",
        "tersebut",
        "sebagai",
        "secara",
        "bagi",
        "para",
        "kepada",
        "agar",
        "karena",
        "sejak",
        "hingga",
        "sampai",
        "saat",
        "ketika",
        "namun",
        "tetapi",
        "seperti",
        "lebih",
        "sangat",
        "pun",
        "lagi",
        "kembali",
        "bisa",
        "dapat",
        "harus",
        "ia",
        "mereka",
        "kami",
        "kita",
        "dia",
        "saya",
        "nya",
    )
)


def de_suffix(word: str) -> list[tuple[str, str]]:
    """(stem, suffix) readings of a verb: bare, -kan, -i (longest suffix first)."""
    out = []
    for suffix in ("kan", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append((word[: -len(suffix)], suffix))
    out.append((word, ""))
    return out


def men_roots(stem: str) -> list[str]:
    """Roots whose meN- form is ``stem`` (several readings; the caller picks one)."""
    return [r for r in _men_guesses(stem) if r and men(r) == stem]


def _men_guesses(stem: str) -> list[str]:
    if not stem.startswith("me"):
        return []
    rest = stem[2:]
    guesses = [rest]  # me + l/m/n/r/w/y
    for nasal, restore in (("nge", ""), ("ng", "k"), ("ng", ""), ("ny", "s"), ("m", "p"),
                           ("m", ""), ("n", "t"), ("n", "")):  # fmt: skip
        if rest.startswith(nasal):
            guesses.append(restore + rest[len(nasal) :])
    return guesses


def lemma(word: str, vocab: set[str]) -> tuple[str, str] | None:
    """(root in lexicon notation, prefix) of an affixed verb, or None for other words.
    Among several readings the one whose root or di- form occurs in the corpus wins."""
    readings: list[tuple[str, str]] = []
    for stem, suffix in de_suffix(word):
        tail = "+" + suffix if suffix else ""
        if stem.startswith("memper") and len(stem) > 8:
            readings.append((stem[6:] + tail, "memper"))
        elif stem.startswith("diper") and len(stem) > 7:
            readings.append((stem[5:] + tail, "diper"))
        if stem.startswith("di") and len(stem) > 4:
            readings.append((stem[2:] + tail, "di"))
        elif stem.startswith("ter") and len(stem) > 5:
            readings.append((stem[3:] + tail, "ter"))
        elif stem.startswith("ber") and len(stem) > 5:
            readings.append((stem[3:] + tail, "ber"))
        elif stem.startswith("be") and stem[2:3] == "r" and len(stem) > 5:
            readings.append((stem[2:] + tail, "ber"))
        for root in men_roots(stem):
            readings.append((root + tail, "meN"))
    if not readings:
        return None

    def attested(reading: tuple[str, str]) -> int:
        root = reading[0].replace("+", "")
        bare = reading[0].split("+")[0]
        return (("di" + root) in vocab) * 2 + (bare in vocab) + ("+" in reading[0])

    return max(readings, key=attested)


def covered(lows: list[str], lex: Lexicon) -> set[int]:
    """Token positions claimed by some predicate or block of the lexicon."""
    out: set[int] = set()
    for i in range(len(lows)):
        for entry in entries_at(lex, lows, i) or ():
            end = match_entry(lows, i, entry)
            if end:
                out.update(range(i, end))
    return out


POLITICAL = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "IGO", "UAF"})


def has_actor(tokens: list[str], lows: list[str], lex: Lexicon, political: bool = False) -> bool:
    """An actor noun of the lexicon, or a capitalised non-cue word after the first.
    With ``political``, only an actor noun of a state, armed, judicial or party sector."""
    for i, (tok, low) in enumerate(zip(tokens, lows, strict=True)):
        noun = lex.actors.get((low,)) or (low.endswith("nya") and lex.actors.get((low[:-3],)))
        if noun and (not political or noun[0] in POLITICAL):
            return True
        if (
            not political
            and i > 0
            and tok[:1].isupper()
            and low not in lex.not_name
            and len(tok) > 1
        ):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--min", type=int, default=5, help="least count listed")
    parser.add_argument("--bigrams", action="store_true", help="list verb + next word")
    parser.add_argument(
        "--political",
        action="store_true",
        help="only sentences naming a state, armed, judicial or party actor noun",
    )
    args = parser.parse_args()
    lex = load_lexicon()
    texts = [json.loads(line)["text"] for line in args.file.open(encoding="utf-8")]
    sentences = []
    vocab: set[str] = set()
    for text in texts:
        for s in split_sentences(text):
            sent = text[s.start : s.end]
            tokens = TOKEN.findall(sent)
            sentences.append((sent, tokens))
            vocab.update(t.lower() for t in tokens)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for sent, tokens in sentences:
        lows = [t.lower() for t in tokens]
        if not has_actor(tokens, lows, lex, args.political):
            continue
        claimed = covered(lows, lex)
        seen: set[str] = set()
        for i, low in enumerate(lows):
            if i in claimed or low in FUNCTION:
                continue
            bare = next((low[: -len(c)] for c in CLITICS if low.endswith(c) and len(low) > 6), low)
            reading = lemma(bare, vocab)
            if reading is None:
                continue
            key = reading[0]
            if args.bigrams:
                nxt = lows[i + 1] if i + 1 < len(lows) else ""
                if not nxt or nxt in FUNCTION or i + 1 in claimed:
                    continue
                key = f"{key} {nxt}"
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            forms[key][low] += 1
            if len(examples[key]) < args.examples:
                examples[key].append(" ".join(sent.split())[:240])
    for rank, (key, count) in enumerate(counts.most_common(args.top), 1):
        if count < args.min:
            break
        shown = ", ".join(f for f, _ in forms[key].most_common(4))
        print(f"{rank:4d} {count:6d}  {key:<28} [{shown}]")
        for example in examples[key]:
            print(f"              - {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
