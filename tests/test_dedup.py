from kabar.config import DedupConfig
from kabar.dedup import DedupIndex, content_hash, mark_duplicate, minhash_of
from kabar.model import Article

BASE = (
    "Gubernur Jawa Barat meninjau lokasi banjir di Kabupaten Bandung pada Selasa pagi. "
    "Ia meminta warga di bantaran sungai segera mengungsi ke tempat yang lebih aman karena "
    "hujan deras diperkirakan masih turun hingga akhir pekan. Badan Penanggulangan Bencana "
    "Daerah mencatat lebih dari seribu rumah terendam dan dua jembatan rusak. Petugas gabungan "
    "dari TNI, Polri dan relawan membantu evakuasi warga lanjut usia serta anak-anak."
)


class Ctx:
    def __init__(self, index):
        self.dedup_index = index


def coded(text: str) -> Article:
    article = Article.from_input(text, "test")
    article.text = text
    return article


def test_exact_copy_with_other_spacing_and_case_is_a_duplicate():
    index = DedupIndex(DedupConfig())
    first = mark_duplicate(coded(BASE), Ctx(index))  # type: ignore[arg-type]
    copy = mark_duplicate(coded(BASE.upper().replace(" ", "  ")), Ctx(index))  # type: ignore[arg-type]
    assert first.duplicate_of is None
    assert copy.duplicate_of == first.id
    assert content_hash(BASE) == content_hash(BASE.upper())


def test_near_copy_with_an_added_sign_off_is_a_duplicate_but_a_different_story_is_not():
    index = DedupIndex(DedupConfig())
    first = mark_duplicate(coded(BASE), Ctx(index))  # type: ignore[arg-type]
    near = mark_duplicate(coded(BASE + " (ant/sar)"), Ctx(index))  # type: ignore[arg-type]
    other_text = (
        "Bank Indonesia mempertahankan suku bunga acuan pada rapat dewan gubernur bulan ini. "
        "Gubernur BI menyebut keputusan itu sejalan dengan upaya menjaga stabilitas rupiah."
    )
    other = mark_duplicate(coded(other_text), Ctx(index))  # type: ignore[arg-type]
    assert near.duplicate_of == first.id
    assert other.duplicate_of is None


def test_signature_round_trips_through_bytes():
    from kabar.dedup import signature_from_bytes

    signature = minhash_of(BASE, 64)
    assert signature_from_bytes(signature.hashvalues.tobytes(), 64).jaccard(signature) == 1.0


def test_a_fingerprint_made_elsewhere_gives_the_same_answer():
    from kabar.config import Config
    from kabar.dedup import fingerprint

    class Full(Ctx):
        config = Config()

    here, there = DedupIndex(DedupConfig()), DedupIndex(DedupConfig())
    texts = [BASE, BASE + " (ant/sar)", BASE.upper()]
    plain = [mark_duplicate(coded(t), Ctx(here)) for t in texts]  # type: ignore[arg-type]
    printed = [fingerprint(coded(t), Full(DedupIndex())) for t in texts]  # type: ignore[arg-type]
    assert printed[0].meta["content_hash"] == content_hash(BASE)
    marked = [mark_duplicate(a, Full(there)) for a in printed]  # type: ignore[arg-type]
    assert [a.duplicate_of for a in marked] == [a.duplicate_of for a in plain]
    assert [a.meta for a in marked] == [a.meta for a in plain]


def test_without_an_index_no_fingerprint_is_made():
    from kabar.config import Config
    from kabar.dedup import fingerprint

    class Full(Ctx):
        config = Config()

    article = mark_duplicate(fingerprint(coded(BASE), Full(None)), Full(None))  # type: ignore[arg-type]
    assert "content_hash" not in article.meta and "minhash" not in article.meta


def test_signature_is_datasketchs_update_batch_over_the_shingles():
    """Signatures stored by earlier runs must stay comparable with new ones."""
    from datasketch import MinHash

    from kabar.dedup import SCHEME, SHINGLE, normalised_words

    for text in (BASE, "Banjir merendam Bandung", "", "Menteri Keuangan Sri Mulyani menilai"):
        words = normalised_words(text)
        shingles = {
            " ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))
        }
        expected = MinHash(num_perm=128, seed=1, scheme=SCHEME)
        expected.update_batch([s.encode("utf-8") for s in shingles])
        assert (minhash_of(text, 128).hashvalues == expected.hashvalues).all(), text


def test_the_compact_index_answers_as_minhash_lsh_across_merges(monkeypatch):
    """Candidates sharing a band are the ones datasketch's LSH finds, also after the
    recent keys were merged into the sorted arrays (forced often here)."""
    from datasketch import MinHashLSH

    from kabar import dedup

    monkeypatch.setattr(dedup, "MERGE_AT", 7)
    sentences = BASE.split(". ")
    texts = []
    for n in range(60):  # overlapping rewrites of one report: some near copies, some not
        kept = [s for i, s in enumerate(sentences) if (n >> i) & 1 or i == n % len(sentences)]
        texts.append(". ".join(kept) + f". Laporan ke-{n % 9} dari posko kecamatan.")
    index, lsh = DedupIndex(DedupConfig()), MinHashLSH(threshold=0.85, num_perm=64)
    first: dict[str, str] = {}  # text hash -> the first id stored with it
    answers = []
    for n, text in enumerate(texts):
        signature, article_id = minhash_of(text, 64), f"berita-{n:02d}"
        original, how = index.find(article_id, content_hash(text), signature)
        answers.append(how)
        if how == "exact":
            assert original == first[content_hash(text)]
            continue
        expected = sorted(lsh.query(signature))
        assert original == (expected[0] if expected else None)
        if original is None:
            index.add(article_id, content_hash(text), signature)
            lsh.insert(article_id, signature)
            first.setdefault(content_hash(text), article_id)
    assert min(answers.count(how) for how in ("", "near", "exact")) >= 5
    assert len(index.table.high) > 0  # merged at least once
