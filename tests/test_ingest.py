import gzip
import io
import json

import zstandard

from kabar.config import IngestConfig
from kabar.errors import InputError
from kabar.ingest import RawRecord, read_inputs

ARTICLE = (
    "Jakarta (ANTARA) - Presiden Prabowo Subianto menerima kunjungan Perdana Menteri "
    "Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta, pada Senin.\n"
)


def read(paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_text_html_jsonl_csv_and_directories(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "x1", "title": "Judul", "text": ARTICLE, "published": "2024-10-21"})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "c.csv").write_text('judul,isi\n"Judul C","' + ARTICLE.strip() + '"\n', "utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    records = read([tmp_path], config=IngestConfig(fields=(("text", "isi"), ("title", "judul"))))
    assert all(isinstance(r, RawRecord) for r in records)
    by_source = {r.source.split("/")[-1]: r for r in records}
    assert by_source["a.txt"].text == ARTICLE
    assert by_source["b.jsonl#x1"].meta["published"] == "2024-10-21"
    assert by_source["c.csv:row 2"].meta["title"] == "Judul C"
    assert len(records) == 3  # notes.md is not an article format


def test_html_main_text_and_metadata(tmp_path):
    html = (
        "<html><head><title>Prabowo Terima Anwar</title>"
        '<meta property="og:site_name" content="Warta Contoh">'
        '<meta property="article:published_time" content="2024-10-21T10:00:00+07:00">'
        "</head><body><nav>Beranda | Politik | Ekonomi</nav><article>"
        + "".join(
            f"<p>{ARTICLE.strip()} Kalimat ke-{i} tentang pertemuan itu.</p>" for i in range(4)
        )
        + "</article><footer>Hak cipta</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (record,) = read([path])
    assert "Anwar Ibrahim" in record.text
    assert "Beranda" not in record.text
    assert record.meta["publication"] == "Warta Contoh"
    assert record.meta["published"].startswith("2024-10-21")


def test_compressed_and_stdin(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "b.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(ARTICLE.encode()))
    records = read([tmp_path])
    assert [r.text for r in records] == [ARTICLE, ARTICLE]
    (from_stdin,) = list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert from_stdin.text == ARTICLE and from_stdin.source == "<stdin>"


def test_bad_inputs_become_errors_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "bad.jsonl").write_text('{"text": "ok baris satu"}\n{broken\n', encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000))
    items = read([tmp_path, tmp_path / "missing.txt"])
    failures = {str(e) for e in items if isinstance(e, InputError)}
    texts = [r.text for r in items if isinstance(r, RawRecord)]
    assert ARTICLE in texts and "ok baris satu" in texts
    assert any("empty.txt: empty input" in f for f in failures)
    assert any("binary.txt: binary content" in f for f in failures)
    assert any("bad.jsonl:2: malformed JSON" in f for f in failures)
    assert any("bomb.txt.gz" in f and "bomb" in f for f in failures)
    assert any("missing.txt: no such file" in f for f in failures)
    assert all("\n" not in f for f in failures)  # one line each


def test_latin1_text_is_decoded_and_flagged(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Menteri berkata: «Kami siap», ujar dia di Café Jakarta.".encode("latin-1"))
    (record,) = read([path])
    assert "Café" in record.text
    assert record.meta["encoding_flag"].startswith("encoding_guessed:")
