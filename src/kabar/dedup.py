"""Exact and near-duplicate articles, across runs.

Syndicated copies and re-crawls would otherwise be counted as independent
reports. Exact copies share a hash of the normalised text; near copies are
found with MinHash LSH over word 5-shingles. The index is filled from the store
at the start of a run, so duplicates are caught across runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from kabar.config import DedupConfig
from kabar.context import Context
from kabar.model import Article, TraceStep

WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5
SCHEME = "affine32"  # stored signatures name their hashing scheme explicitly


def normalised_words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def content_hash(text: str) -> str:
    """Hash of the text with case, punctuation and spacing removed."""
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def minhash_of(text: str, num_perm: int) -> MinHash:
    words = normalised_words(text)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


@dataclass
class DedupIndex:
    """Hashes and MinHash signatures of every article seen, original ids only."""

    config: DedupConfig = field(default_factory=DedupConfig)
    exact: dict[str, str] = field(default_factory=dict)
    lsh: MinHashLSH | None = None

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.config.threshold, num_perm=self.config.num_perm)

    def add(self, article_id: str, text_hash: str, signature: MinHash) -> None:
        self.exact.setdefault(text_hash, article_id)
        assert self.lsh is not None
        if article_id not in self.lsh.keys:
            self.lsh.insert(article_id, signature)

    def find(self, article_id: str, text_hash: str, signature: MinHash) -> tuple[str | None, str]:
        original = self.exact.get(text_hash)
        if original and original != article_id:
            return original, "exact"
        assert self.lsh is not None
        candidates = sorted(c for c in self.lsh.query(signature) if c != article_id)
        return (candidates[0], "near") if candidates else (None, "")


def mark_duplicate(article: Article, ctx: Context) -> Article:
    """Set ``duplicate_of`` when an earlier article has the same or nearly the same text."""
    index = ctx.dedup_index
    if index is None or not article.text.strip():
        return article
    text_hash = content_hash(article.text)
    signature = minhash_of(article.text, index.config.num_perm)
    article.meta["content_hash"] = text_hash
    original, how = index.find(article.id, text_hash, signature)
    if original:
        article.duplicate_of = original
        article.trace.append(TraceStep("dedup", f"{how} duplicate of {original}"))
    else:
        index.add(article.id, text_hash, signature)
        article.trace.append(TraceStep("dedup", "no duplicate"))
    article.meta["minhash"] = signature.hashvalues.tobytes()
    return article


def signature_from_bytes(data: bytes, num_perm: int) -> MinHash:
    import numpy as np

    values = np.frombuffer(data, dtype=np.uint32)  # affine32 signatures
    return MinHash(num_perm=num_perm, seed=1, hashvalues=values, scheme=SCHEME)
