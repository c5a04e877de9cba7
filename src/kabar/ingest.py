"""Read articles from whatever a crawler produced: text, HTML, JSONL, CSV, WARC.

Inputs may be files, directories (read recursively), glob patterns or ``-`` for
standard input, optionally gzip- or zstd-compressed. Every failure becomes an
``InputError`` yielded in the stream, so one bad file never stops a run.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from kabar.config import IngestConfig
from kabar.errors import InputError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
WARC_SUFFIXES = {".warc", ".arc"}
COMPRESSED_SUFFIXES = {".gz", ".zst", ".zstd"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | WARC_SUFFIXES

# Article field -> input field names tried in order, for JSONL and CSV records.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "title": ("title", "judul", "headline"),
    "text": ("text", "content", "body", "isi", "isi_berita", "article"),
    "published": ("published", "date", "tanggal", "published_at", "pubdate"),
    "publication": ("publication", "outlet", "source", "media", "site_name"),
    "url": ("url", "link"),
    "html": ("html", "raw_html"),
}
MAX_DECOMPRESSED_RATIO = 200  # refuse decompression bombs


@dataclass
class RawRecord:
    """One article as read, before any processing."""

    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    html: str | None = None


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Turn CLI arguments into file paths (or ``-``); unmatched inputs become errors."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and is_readable(p))
            if not files:
                yield InputError(item, "directory holds no readable article files")
            yield from (str(p) for p in files)
        elif path.exists():
            yield str(path)
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield InputError(item, "glob matched no files")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield InputError(item, "no such file or directory")


def is_readable(path: Path) -> bool:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in READABLE_SUFFIXES


def read_inputs(
    inputs: Iterable[str], config: IngestConfig | None = None, stdin: BinaryIO | None = None
) -> Iterator[RawRecord | InputError]:
    """Yield every article in ``inputs``, and an InputError for each input that fails."""
    config = config or IngestConfig()
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == "-":
                data = (stdin or sys.stdin.buffer).read(config.max_bytes + 1)
                yield from read_bytes(data, "<stdin>", "", config)
            else:
                yield from read_file(Path(item), config)
        except InputError as error:
            yield error
        except (OSError, ValueError, UnicodeError, csv.Error) as error:
            yield InputError(item, f"{type(error).__name__}: {error}")


def read_file(path: Path, config: IngestConfig) -> Iterator[RawRecord | InputError]:
    size = path.stat().st_size
    if size > config.max_bytes:
        raise InputError(str(path), f"file is {size:,} bytes, over the {config.max_bytes:,} limit")
    yield from read_bytes(path.read_bytes(), str(path), path.name, config)


def read_bytes(
    data: bytes, source: str, name: str, config: IngestConfig
) -> Iterator[RawRecord | InputError]:
    """Dispatch on the (decompressed) name's suffix; sniff the content when there is none."""
    lower = name.lower()
    if lower.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = decompress_gzip(data, source, config)
        lower = lower.removesuffix(".gz")
    elif lower.endswith((".zst", ".zstd")) or data[:4] == b"\x28\xb5\x2f\xfd":
        data = decompress_zstd(data, source, config)
        lower = lower.removesuffix(".zst").removesuffix(".zstd")
    if len(data) > config.max_bytes:
        raise InputError(source, f"input is over the {config.max_bytes:,} byte limit")
    suffix = Path(lower).suffix if lower else sniff_suffix(data)
    if suffix in WARC_SUFFIXES:
        yield from read_warc(data, source)
        return
    if not data.strip():
        raise InputError(source, "empty input")
    if looks_binary(data):
        raise InputError(source, "binary content, not text")
    text, encoding_flag = decode(data, source)
    meta: dict[str, Any] = {"encoding_flag": encoding_flag} if encoding_flag else {}
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, source, config)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(text, source, config, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix in HTML_SUFFIXES:
        yield html_record(text, source, meta)
    else:
        yield RawRecord(source=source, text=text, meta=meta)


def sniff_suffix(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return ".warc"
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith(b"{"):
        return ".jsonl"
    return ".txt"


def decompress_gzip(data: bytes, source: str, config: IngestConfig) -> bytes:
    limit = min(config.max_bytes, max(len(data), 1) * MAX_DECOMPRESSED_RATIO)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(limit + 1)
    except (OSError, EOFError) as error:
        raise InputError(source, f"corrupt gzip data: {error}") from error
    if len(out) > limit:
        raise InputError(source, "decompressed size over the limit (possible decompression bomb)")
    return out


def decompress_zstd(data: bytes, source: str, config: IngestConfig) -> bytes:
    import zstandard

    limit = min(config.max_bytes, max(len(data), 1) * MAX_DECOMPRESSED_RATIO)
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(limit + 1)
    except zstandard.ZstdError as error:
        raise InputError(source, f"corrupt zstd data: {error}") from error
    if len(out) > limit:
        raise InputError(source, "decompressed size over the limit (possible decompression bomb)")
    return out


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """UTF-8 first; otherwise the detected encoding, flagged so users can see it was guessed."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "undecodable bytes: not UTF-8 and no encoding detected")
    return str(best), f"encoding_guessed:{best.encoding}"


def field_names(config: IngestConfig) -> dict[str, tuple[str, ...]]:
    names = dict(DEFAULT_FIELDS)
    for article_field, input_field in config.fields:  # the user's name first, then ours
        names[article_field] = (input_field, *names.get(article_field, ()))
    return names


def pick(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def record_from_mapping(
    row: dict[str, Any], source: str, key: str, config: IngestConfig
) -> RawRecord | InputError:
    names = field_names(config)
    text = pick(row, names["text"])
    html = pick(row, names["html"])
    record_id = pick(row, names["id"])
    where = f"{source}#{record_id}" if record_id is not None else f"{source}:{key}"
    if not isinstance(text, str) or not text.strip():
        if isinstance(html, str) and html.strip():
            return html_record(html, where, {})
        wanted = "/".join(names["text"])
        return InputError(where, f"record has no text field ({wanted})")
    meta = {
        name: value
        for name in ("id", "title", "published", "publication", "url")
        if (value := pick(row, names[name])) is not None
    }
    return RawRecord(source=where, text=text, meta=meta)


def read_jsonl(text: str, source: str, config: IngestConfig) -> Iterator[RawRecord | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as error:
            yield InputError(source, f"malformed JSON: {error}")
            return
        for index, row in enumerate(rows, 1):
            yield check_row(row, source, f"item {index}", config)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(f"{source}:{number}", f"malformed JSON: {error.msg}")
            continue
        yield check_row(row, source, f"line {number}", config)


def check_row(row: Any, source: str, key: str, config: IngestConfig) -> RawRecord | InputError:
    if not isinstance(row, dict):
        return InputError(f"{source}:{key}", "record is not a JSON object")
    return record_from_mapping(row, source, key, config)


def read_csv(
    text: str, source: str, config: IngestConfig, delimiter: str = ","
) -> Iterator[RawRecord | InputError]:
    csv.field_size_limit(config.max_bytes)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    for number, row in enumerate(reader, 2):
        yield record_from_mapping(dict(row), source, f"row {number}", config)


def html_record(html: str, source: str, meta: dict[str, Any]) -> RawRecord:
    """Main text and metadata of a news page, extracted with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if extracted is None:
        raise InputError(source, "no article text found in HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(source, "no article text found in HTML")
    found = {
        "title": data.get("title"),
        "published": data.get("date"),
        "publication": data.get("sitename"),
        "url": data.get("url"),
    }
    merged = {**{k: v for k, v in found.items() if v}, **meta}
    return RawRecord(source=source, text=text, meta=merged, html=html)


def read_warc(data: bytes, source: str) -> Iterator[RawRecord | InputError]:
    """HTML responses from a WARC crawl, each with its target URI and crawl date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            content_type = (
                (record.http_headers.get_header("Content-Type") or "")
                if (record.http_headers)
                else ""
            )
            if "html" not in content_type.lower():
                continue
            where = f"{source}#{uri}"
            body = record.content_stream().read()
            try:
                html, _ = decode(body, where)
                meta = {"url": uri}
                crawl_date = record.rec_headers.get_header("WARC-Date")
                if crawl_date:
                    meta["crawled"] = crawl_date
                yield html_record(html, where, meta)
            except InputError as error:
                yield error
    except ArchiveLoadFailed as error:
        yield InputError(source, f"malformed WARC: {error}")
