"""Bad input where input enters: each becomes one error line naming the input and the reason,
the other inputs are still read, memory and time stay bounded."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest
import zstandard

from kabar.config import IngestConfig
from kabar.errors import InputError
from kabar.ingest import (
    MAX_ARTICLE_CHARS,
    MAX_RECORD_BYTES,
    RawRecord,
    html_record,
    read_bytes,
    read_inputs,
)

from .conftest import ROOT, kabar

ARTICLE = (
    "Jakarta, Warta Contoh - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar "
    "Ibrahim di Istana Merdeka, Jakarta, pada Senin (3/2/2025). Keduanya membahas kerja sama "
    "perlindungan pekerja migran.\n"
)
MB = 1_000_000


def read(*paths: Path | str, **kwargs) -> list[RawRecord | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def errors_of(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def texts_of(items) -> list[str]:
    return [i.text for i in items if isinstance(i, RawRecord)]


def one_error(items, *fragments: str) -> str:
    (error,) = errors_of(items)
    assert "\n" not in error
    for fragment in fragments:
        assert fragment in error, error
    return error


def html_page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Judul</title>{head}</head>"
        f"<body><article>{body}</article></body></html>"
    )


def paragraphs(n: int = 4) -> str:
    return "".join(
        f"<p>{ARTICLE.strip()} Kalimat ke-{i} tentang pertemuan itu.</p>" for i in range(n)
    )


# -- binary, empty, undecodable ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", bytes(range(256)) * 40, "binary content"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 4000, "binary content"),
        ("zeros.jsonl", b"\x00" * 10_000, "binary content"),
        ("controls.csv", b"a,b\n" + b"\x01\x02\x03\x04" * 1000, "binary content"),
        ("empty.txt", b"", "empty input"),
        ("blank.jsonl", b"  \n\n\t \r\n", "empty input"),
        ("empty.txt.gz", gzip.compress(b""), "empty input"),
        ("noext", b"", "empty input"),
        ("utf16-broken.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "not"),
    ],
)
def test_binary_and_empty_inputs(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    one_error(read(path), name, reason)


def test_undecodable_bytes_use_the_declared_then_the_detected_encoding_and_are_flagged(tmp_path):
    latin = "Menteri berkata: «Kami siap», ujar dia di Café Jakarta pada Senin pagi.".encode(
        "cp1252"
    )
    (tmp_path / "a.txt").write_bytes(latin)
    page = html_page(paragraphs(), '<meta charset="windows-1252">').replace("Jakarta", "Jakarté")
    (tmp_path / "b.html").write_bytes(page.encode("cp1252"))
    line = json.dumps({"text": "Pertemuan di Café Jakarta.", "id": "l1"}, ensure_ascii=False)
    (tmp_path / "c.jsonl").write_bytes((line + "\n").encode("latin-1"))
    utf16 = ARTICLE.encode("utf-16")  # with its byte-order mark
    (tmp_path / "d.txt").write_bytes(utf16)
    records = {Path(r.source.split("#")[0]).name: r for r in read(tmp_path)}
    assert "Café" in records["a.txt"].text
    assert records["a.txt"].meta["encoding_flag"].startswith("encoding_guessed:")
    assert "Jakarté" in records["b.html"].text
    assert records["b.html"].meta["encoding_flag"] == "encoding_declared:cp1252"
    assert records["c.jsonl"].text == "Pertemuan di Café Jakarta."
    assert records["c.jsonl"].meta["encoding_flag"].startswith("encoding_guessed:")
    assert records["d.txt"].text == ARTICLE


# -- malformed formats -----------------------------------------------------------------------


def test_malformed_json_lines_and_arrays(tmp_path):
    good = json.dumps({"id": "ok", "text": ARTICLE})
    lines = [
        good,
        "{broken",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ARTICLE + "x", "url": ["a", "b"]}),
        json.dumps({"text": ARTICLE + "y", "id": {"x": 1}}),
        '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}",  # past any recursion limit
        '{"text": "lone \\ud800 surrogate"}',
        '{"text": "big", "id": 1' + "0" * 5000 + "}",
        json.dumps({"id": "ok2", "text": ARTICLE + "z", "title": 7}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    assert len(texts_of(items)) == 2
    assert [r.meta.get("title") for r in items if isinstance(r, RawRecord)] == [None, "7"]
    failures = errors_of(items)
    assert len(failures) == 8 and all("\n" not in f for f in failures)
    assert any("mixed.jsonl:2: malformed JSON" in f for f in failures)
    assert any("line 3: record is not a JSON object" in f for f in failures)
    assert any("record has no text field" in f for f in failures)
    assert any("field url must be text, got a list" in f for f in failures)
    assert any("record id must be text" in f for f in failures)
    assert any("mixed.jsonl:7: malformed JSON" in f for f in failures)

    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"text": ARTICLE}, 5, {"text": ARTICLE + "b"}])[:-2], "utf-8")
    items = read(array)
    assert len(texts_of(items)) == 1  # the last item is cut off
    assert any("item 2: record is not a JSON object" in f for f in errors_of(items))
    assert any("array.json:item 3: malformed JSON" in f for f in errors_of(items))
    nested = tmp_path / "nested.json"
    nested.write_text("[" + "[" * 100_000 + "]" * 100_000 + "]", "utf-8")
    one_error(read(nested), "nested.json", "malformed JSON")


def test_json_array_streams_many_items_across_chunks(tmp_path):
    rows = [
        {"id": f"r{i}", "text": f"{ARTICLE} Nomor {i}. " + "kata " * (i % 700)} for i in range(3000)
    ]
    path = tmp_path / "many.json"
    path.write_text(" [\n" + ",\n".join(json.dumps(r) for r in rows) + "\n] ", "utf-8")
    items = read(path)
    assert not errors_of(items)
    assert [r.meta["id"] for r in items] == [r["id"] for r in rows]  # type: ignore[union-attr]


def test_malformed_csv(tmp_path):
    rows = "".join(f'T{i},"{ARTICLE.strip()} {i}"\n' for i in range(80))
    (tmp_path / "bad.csv").write_text(f'title,text\n{rows}"A"B,"x"\n{rows}x,"unterminated\n')
    (tmp_path / "ragged.csv").write_text(f'text\n"{ARTICLE.strip()}",extra,columns\n,\n', "utf-8")
    (tmp_path / "header.csv").write_text("\n", "utf-8")
    (tmp_path / "nul.csv").write_text(f'text\n"{ARTICLE.strip()}\x00"\n', "utf-8")
    items = read(tmp_path)
    failures = errors_of(items)
    assert any("bad.csv:82: malformed CSV" in f for f in failures), failures
    assert any("bad.csv:163: malformed CSV: unexpected end of data" in f for f in failures)
    assert any("header.csv: empty input" in f for f in failures)
    by_file = [r.source.split(":")[0] for r in items if isinstance(r, RawRecord)]
    assert by_file.count(str(tmp_path / "bad.csv")) == 160  # the rows around the bad ones
    assert str(tmp_path / "ragged.csv") in by_file
    assert any("nul.csv: binary content" in f for f in failures)
    assert len(failures) == 4


def test_malformed_html(tmp_path):
    broken = (
        "<html><body><div><p>" + ARTICLE + " <b>tebal <i>miring</b> &nbsp; &#xZZZ; &bogus;"
        "<p>" + ARTICLE.replace("Senin", "Selasa") + "<table><tr><td>sel</div></span></html>"
    )
    (tmp_path / "broken.html").write_text(broken, "utf-8")
    (tmp_path / "noise.html").write_text("<<<>>><!-- --><script>var x=1;</script>", "utf-8")
    (tmp_path / "tags.html").write_text("<html>" + "<br>" * 50_000 + "</html>", "utf-8")
    items = read(tmp_path)
    assert any("Anwar Ibrahim" in t for t in texts_of(items))
    failures = errors_of(items)
    assert any("noise.html: no article text found in HTML" in f for f in failures)
    assert any("tags.html: no article text" in f for f in failures)


def warc_record(uri: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-10-21T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032d}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def test_warc_good_malformed_and_truncated(tmp_path):
    good = warc_record("http://contoh.id/a", html_page(paragraphs()).encode())
    latin = html_page(paragraphs()).replace("Jakarta", "Jakarté").encode("cp1252")
    declared = warc_record("http://contoh.id/b", latin, "text/html; charset=windows-1252")
    (tmp_path / "good.warc").write_bytes(good + declared)
    (tmp_path / "garbage.warc").write_bytes(b"WARC/1.0\r\nthis is not a header\r\n\r\n" * 3)
    (tmp_path / "cut.warc").write_bytes(good + good[: len(good) // 2])
    (tmp_path / "nothing.warc").write_bytes(b"")
    (tmp_path / "good.warc.gz").write_bytes(gzip.compress(good))
    items = read(tmp_path)
    records = [r for r in items if isinstance(r, RawRecord)]
    assert {r.meta["url"] for r in records} >= {"http://contoh.id/a", "http://contoh.id/b"}
    assert any(r.meta.get("encoding_flag") == "encoding_declared:cp1252" for r in records)
    failures = errors_of(items)
    assert any("garbage.warc" in f and "WARC" in f for f in failures), failures
    assert any("nothing.warc" in f for f in failures)
    assert all("\n" not in f for f in failures)


# -- compression -----------------------------------------------------------------------------


def gzip_bomb(path: Path, size: int) -> None:
    """``size`` bytes of zeros, gzip-compressed in a stream (never held in memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"a" * MB
    with path.open("wb") as handle:
        for _ in range(size // MB):
            handle.write(compressor.compress(block))
        handle.write(compressor.flush())


def zstd_bomb(path: Path, size: int) -> None:
    with path.open("wb") as handle, zstandard.ZstdCompressor(level=3).stream_writer(handle) as w:
        block = b"a" * MB
        for _ in range(size // MB):
            w.write(block)


@pytest.mark.timeout(120)  # a hang guard: reading 1 GB bombs through would take far longer
def test_decompression_bombs_stop_early_with_bounded_memory(tmp_path):
    gzip_bomb(tmp_path / "bomb.txt.gz", 1000 * MB)  # 1 GB of text in ~1 MB
    zstd_bomb(tmp_path / "bomb.jsonl.zst", 1000 * MB)
    gzip_bomb(tmp_path / "bomb.csv", 300 * MB)  # no suffix: sniffed by magic bytes
    tracemalloc.start()
    items = read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    failures = errors_of(items)
    assert len(failures) == 3 and not texts_of(items)
    assert sum("decompression bomb" in f for f in failures) == 2, failures
    assert any("bomb.txt.gz" in f and "limit of one record" in f for f in failures)
    assert peak < 60 * MB, f"peak {peak / MB:.0f} MB"


def test_corrupt_and_multi_frame_compression(tmp_path):
    whole = gzip.compress(ARTICLE.encode() * 3)
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "noise.txt.zst").write_bytes(b"\x28\xb5\x2f\xfd" + b"\xff" * 200)
    frames = zstandard.ZstdCompressor().compress(b'{"text": "satu dua tiga"}\n') * 3
    (tmp_path / "frames.jsonl.zst").write_bytes(frames)
    members = gzip.compress(b'{"text": "empat"}\n') + gzip.compress(b'{"text": "lima"}\n')
    (tmp_path / "members.jsonl.gz").write_bytes(members)
    items = read(tmp_path)
    assert texts_of(items) == ["satu dua tiga"] * 3 + ["empat", "lima"]
    failures = errors_of(items)
    assert any("cut.txt.gz" in f and "corrupt" in f for f in failures), failures
    assert any("noise.txt.zst" in f and "corrupt" in f for f in failures), failures


# -- size: 100 MB files, long lines, deep nesting ---------------------------------------------


def write_big(path: Path, head: bytes, filler: bytes, size: int, tail: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(head)
        block = filler * (MB // len(filler))
        for _ in range(size // len(block)):
            handle.write(block)
        handle.write(tail)


@pytest.mark.timeout(300)  # a hang guard; throughput is measured by make bench, not here
def test_100_mb_files_are_refused_or_streamed_in_bounded_time_and_memory(tmp_path):
    good = json.dumps({"id": "after", "text": ARTICLE}).encode() + b"\n"
    write_big(tmp_path / "line.txt", b"", b"kata ", 100 * MB, b"\n")
    write_big(tmp_path / "page.html", b"<html><body><p>", b"kata ", 100 * MB, b"</p></body></html>")
    write_big(tmp_path / "line.jsonl", b'{"text": "', b"kata ", 100 * MB, b'"}\n' + good)
    write_big(
        tmp_path / "cell.csv",
        b'title,text\nA,"',
        b"kata ",
        100 * MB,
        b'"\nB,"' + ARTICLE.encode() + b'"\n',
    )
    body = b"<html><body><p>" + b"kata " * (100 * MB // 5) + b"</p></body></html>"
    ok = warc_record("http://contoh.id/ok", html_page(paragraphs()).encode())
    (tmp_path / "big.warc").write_bytes(warc_record("http://contoh.id/big", body) + ok)
    del body
    many = tmp_path / "many.jsonl"  # 100 MB of ordinary records, streamed
    row = json.dumps({"text": ARTICLE * 4}).encode() + b"\n"
    write_big(many, b"", row, 100 * MB, b"")

    tracemalloc.start()
    failures, sources = [], []
    for item in read_inputs([str(tmp_path)], IngestConfig(max_bytes=200 * MB)):  # as run() does
        if isinstance(item, InputError):
            failures.append(str(item))
        else:
            sources.append(item.source)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    named = {Path(f.split(":")[0].split("#")[0]).name for f in failures}
    assert named == {"line.txt", "page.html", "line.jsonl", "cell.csv", "big.warc"}, failures
    assert all("limit" in f and "\n" not in f for f in failures), failures
    assert any(s.endswith("line.jsonl#after") for s in sources)
    assert any(s.endswith("big.warc#http://contoh.id/ok") for s in sources)
    assert any("cell.csv" in s for s in sources)
    assert sum("many.jsonl" in s for s in sources) > 20_000
    assert peak < 60 * MB, f"peak {peak / MB:.0f} MB"


def test_over_max_bytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.truncate(300 * MB)  # sparse: costs no disk or time
    one_error(read(path), "huge.jsonl", "over the 200,000,000 limit")
    stdin = io.BytesIO(json.dumps({"text": ARTICLE}).encode() + b"\n" + b" " * (3 * MB))
    items = list(read_inputs(["-"], IngestConfig(max_bytes=2 * MB), stdin=stdin))
    assert texts_of(items) == [ARTICLE]
    one_error(items, "<stdin>", "over the 2,000,000 byte limit")


def test_long_lines_and_long_articles(tmp_path):
    long_ok = ("Presiden Joko Widodo bertemu Anwar Ibrahim di Jakarta " * 1500)[
        : MAX_ARTICLE_CHARS - 10
    ]
    (tmp_path / "long.txt").write_text(long_ok, "utf-8")
    (tmp_path / "toolong.txt").write_text("kata " * (MAX_ARTICLE_CHARS // 4), "utf-8")
    (tmp_path / "longline.jsonl").write_text(
        json.dumps({"text": "kata " * (MAX_RECORD_BYTES // 4)})
        + "\n"
        + json.dumps({"text": ARTICLE})
        + "\n"
    )
    items = read(tmp_path)
    assert sorted(len(t) for t in texts_of(items)) == [len(ARTICLE), len(long_ok)]
    failures = errors_of(items)
    assert any(
        "toolong.txt" in f and f"over the {MAX_ARTICLE_CHARS:,} limit" in f for f in failures
    )
    assert any("longline.jsonl:1" in f and "limit" in f for f in failures), failures


@pytest.mark.timeout(60)  # a hang guard against super-linear cleaning or segmenting
def test_very_long_single_line_is_cleaned_and_segmented_quickly():
    from kabar.clean import clean_text
    from kabar.segment import split_sentences, tokenize

    text = ("Presiden Joko Widodo bertemu Anwar Ibrahim di Jakarta pada Senin " * 2000)[
        :MAX_ARTICLE_CHARS
    ]
    cleaned, _ = clean_text(text)
    sentences = split_sentences(cleaned)
    tokens = tokenize(cleaned)
    assert sentences and tokens and all(0 <= s.start < s.end <= len(cleaned) for s in sentences)


@pytest.mark.timeout(120)  # a hang guard: lxml must refuse the nesting, not walk it
@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_html_is_an_error_not_a_crash(tmp_path, depth):
    page = "<html><body>" + "<div>" * depth + paragraphs() + "</div>" * depth + "</body></html>"
    path = tmp_path / f"nested{depth}.html"
    path.write_text(page, "utf-8")
    one_error(read(path), path.name, "levels deep, over 255")
    with pytest.raises(InputError, match="levels deep"):
        html_record(page, "api", {})


def test_shallow_pages_with_unclosed_tags_still_read():
    page = "<html><body>" + "<p>x<br>" * 5000 + "<b>x</b>" * 5000 + paragraphs() + "</body></html>"
    assert "Anwar Ibrahim" in html_record(page, "x", {}).text


def test_directory_listing_problems(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "notes.md").write_text("x")
    items = read(tmp_path, tmp_path / "nope" / "*.jsonl", tmp_path / "missing.txt")
    failures = errors_of(items)
    assert any("directory holds no readable" in f for f in failures)
    assert any("glob matched no files" in f for f in failures)
    assert any("missing.txt: no such file" in f for f in failures)


def test_read_bytes_of_a_broken_array_is_an_error_line():
    items = list(read_bytes(b'[{"text": "a"}, {"text": ', "api", "x.json", IngestConfig()))
    assert texts_of(items) == ["a"]
    assert "malformed JSON" in errors_of(items)[0]


# -- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "good.txt").write_text(ARTICLE, "utf-8")
    (root / "good.jsonl").write_text(
        json.dumps({"id": "[/red] [bold]x", "text": ARTICLE.replace("Senin", "Selasa")})
        + "\n"
        + json.dumps({"id": "[/bold]\x1b[31mred\nline", "title": "t"})
        + "\n",
        "utf-8",
    )
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (root / "empty.html").write_bytes(b"")
    (root / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 30 * MB))
    (root / "nested.html").write_text("<div>" * 50_000 + paragraphs() + "</div>" * 50_000)
    (root / "deep.jsonl").write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    (root / "bad.warc").write_bytes(b"WARC/1.0\r\nnonsense\r\n\r\n")
    (root / "bad.csv").write_text("text\n" + "x\x00y\n" * 3000)
    write_big(root / "huge.txt", b"", b"kata ", 100 * MB, b"")
    return root


@pytest.mark.timeout(300)  # a hang guard
def test_cli_reports_each_bad_input_on_one_line_and_stores_the_rest(hostile_dir, tmp_path):
    db = tmp_path / "k.duckdb"
    result = kabar("run", str(hostile_dir), "[/x]*.nope", "--db", str(db), "--no-model")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert all(line.startswith("error: ") for line in lines), lines
    for name in (
        "binary.txt",
        "empty.html",
        "bomb.txt.gz",
        "nested.html",
        "deep.jsonl",
        "bad.warc",
        "bad.csv",
        "huge.txt",
        "[/x]*.nope",
        "record has no text",
    ):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert "\x1b" not in result.stderr  # control characters in ids are shown escaped
    assert "2 articles coded" in result.stdout
    stats = json.loads(kabar("stats", "--db", str(db), "--json").stdout)
    assert stats["articles"] == 2 and stats["failures"] == len(lines)


def test_cli_usage_and_database_exit_codes(tmp_path):
    assert kabar("run").returncode == 2
    assert kabar("run", "x", "--no-such-option").returncode == 2
    (tmp_path / "not.duckdb").write_text("not a database")
    result = kabar("stats", "--db", str(tmp_path / "not.duckdb"))
    assert result.returncode == 4 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    from kabar import cli

    readme = (ROOT / "README.md").read_text("utf-8")
    for documented in (cli.__doc__ or "", readme):
        assert all(code in documented for code in ("1", "2", "4", "70")), documented[:200]


def test_internal_errors_are_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    import kabar.pipeline
    from kabar import cli

    def broken(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(kabar.pipeline, "run", broken)
    for debug, expected in ((False, 70), (True, None)):
        cli.DEBUG["on"] = False
        argv = ["kabar", *(["--debug"] if debug else []), "run", "x.txt", "--db", ":memory:"]
        monkeypatch.setattr(sys, "argv", argv)
        if debug:
            with pytest.raises(RuntimeError, match="simulated bug"):
                cli.entry()
            continue
        with pytest.raises(SystemExit) as exit_info:
            cli.entry()
        assert exit_info.value.code == expected
        err = capsys.readouterr().err
        lines = [line for line in err.splitlines() if line.strip()]
        assert lines == [
            "internal error: RuntimeError: simulated bug (run with --debug for details)"
        ]
    cli.DEBUG["on"] = False
