"""Read articles from whatever a crawler produced: text, HTML, JSONL, CSV, WARC.

Inputs may be files, directories (read recursively), glob patterns or ``-`` for
standard input, optionally gzip- or zstd-compressed. Every failure becomes an
``InputError`` yielded in the stream, so one bad file or record never stops a run.

Input is read as a stream with bounded memory: JSONL, JSON arrays, CSV and WARC
record by record, never the whole file at once. Limits guard against hostile
or broken input (each refusal is an error naming the input and the reason):

- ``IngestConfig.max_bytes`` (200 MB): the most read from one input, decompressed;
- ``MAX_RECORD_BYTES``: one record (a .txt or .html file, a JSONL line, a CSV
  row, a WARC response body); longer JSONL lines are skipped to the next line;
- ``MAX_ARTICLE_CHARS``: the text of one article (the longest of 4,403 real
  news articles is 18k characters; the coder slows down sharply on far longer);
- ``MAX_DECOMPRESSED_RATIO``: decompression bombs stop as soon as they pass it.

Text is decoded as UTF-8 first; otherwise with the encoding the input declares
(a byte-order mark, an HTML ``charset``, a WARC ``Content-Type``), else the
detected one, and the record is flagged ``encoding_declared:...`` or
``encoding_guessed:...``.
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, cast

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
MAX_RECORD_BYTES = 8_000_000  # one article file, JSONL line, CSV row or WARC body
MAX_ARTICLE_CHARS = 100_000  # the text of one article
MAX_HTML_DEPTH = 255  # lxml gives up on deeper trees; say so instead of "no text"
CHUNK = 1 << 20
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
VOID_TAGS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source")
    + ("track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd")
)  # void elements and those whose end tag is optional do not count towards depth


@dataclass
class RawRecord:
    """One article as read, before any processing."""

    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    html: str | None = None


class Reader:
    """A byte stream with a total-size limit, ``peek``, and line reading of bounded length.

    ``limit_reason`` is the error raised when more than ``limit`` bytes come out.
    """

    def __init__(
        self, read: Callable[[int], bytes], source: str, limit: int, limit_reason: str
    ) -> None:
        self._read = read
        self.source = source
        self.limit = limit
        self.limit_reason = limit_reason
        self.buffer = b""
        self.total = 0
        self.eof = False

    def _fill(self, wanted: int) -> None:
        while len(self.buffer) < wanted and not self.eof:
            chunk = self._read(max(CHUNK, wanted - len(self.buffer)))
            if not chunk:
                self.eof = True
                break
            self.total += len(chunk)
            if self.total > self.limit:
                raise InputError(self.source, self.limit_reason)
            self.buffer += chunk

    def peek(self, size: int) -> bytes:
        self._fill(size)
        return self.buffer[:size]

    def read(self, size: int) -> bytes:
        self._fill(size)
        out, self.buffer = self.buffer[:size], self.buffer[size:]
        return out

    def readline(self, limit: int) -> tuple[bytes, bool]:
        """The next line (with its newline) and whether it was cut at ``limit`` bytes."""
        start = 0
        while True:
            end = self.buffer.find(b"\n", start)
            if end != -1 and end < limit:
                line, self.buffer = self.buffer[: end + 1], self.buffer[end + 1 :]
                return line, False
            if len(self.buffer) >= limit:
                line, self.buffer = self.buffer[:limit], self.buffer[limit:]
                return line, True
            if self.eof:
                line, self.buffer = self.buffer, b""
                return line, False
            start = len(self.buffer)
            self._fill(len(self.buffer) + CHUNK)

    def skip_line(self) -> None:
        """Discard the rest of an over-long line, without keeping it."""
        while True:
            end = self.buffer.find(b"\n")
            if end != -1:
                self.buffer = self.buffer[end + 1 :]
                return
            self.buffer = b""
            if self.eof:
                return
            self._fill(CHUNK)

    def rest(self, limit: int, reason: str) -> bytes:
        """Everything left, refusing more than ``limit`` bytes."""
        data = self.read(limit + 1)
        if len(data) > limit:
            raise InputError(self.source, reason)
        return data


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Turn CLI arguments into file paths (or ``-``); unmatched inputs become errors."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        try:
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
        except (OSError, ValueError) as error:  # permissions, names the OS refuses
            yield InputError(item, f"cannot list: {error}")


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
        if item == "-":
            handle = stdin or sys.stdin.buffer
            yield from reported(item, partial(read_stream, handle.read, "<stdin>", "", config))
        else:
            yield from reported(item, partial(read_file, Path(item), config))


def reported(
    source: str, records: Callable[[], Iterator[RawRecord | InputError]]
) -> Iterator[RawRecord | InputError]:
    """The records of one input; a failure reading it ends that input with one
    InputError naming it, and the run goes on with the next input."""
    try:
        yield from records()
    except InputError as error:
        yield error
    except RecursionError:
        yield InputError(source, "input is nested too deeply to read")
    except (OSError, ValueError, EOFError, UnicodeError, csv.Error, zlib.error) as error:
        yield InputError(source, f"{type(error).__name__}: {error}")


def read_file(path: Path, config: IngestConfig) -> Iterator[RawRecord | InputError]:
    size = path.stat().st_size
    if size > config.max_bytes:
        raise InputError(str(path), f"file is {size:,} bytes, over the {config.max_bytes:,} limit")
    name = path.name.lower()
    plain = not name.endswith(tuple(COMPRESSED_SUFFIXES))
    if plain and size > MAX_RECORD_BYTES and Path(name).suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise InputError(str(path), record_too_large(size, "a text or HTML file is one article"))
    with path.open("rb") as handle:
        yield from read_stream(handle.read, str(path), path.name, config)


def record_too_large(size: int | None, what: str) -> str:
    shown = f"{size:,} bytes" if size is not None else "larger"
    return f"{what}; it is {shown}, over the {MAX_RECORD_BYTES:,}-byte limit of one record"


def read_bytes(
    data: bytes, source: str, name: str, config: IngestConfig
) -> Iterator[RawRecord | InputError]:
    """Read an input held in memory (the same rules as a file named ``name``)."""
    position = 0

    def read(size: int) -> bytes:
        nonlocal position
        chunk = data[position : position + size]
        position += len(chunk)
        return chunk

    yield from reported(source, lambda: read_stream(read, source, name, config))


def read_stream(
    read: Callable[[int], bytes], source: str, name: str, config: IngestConfig
) -> Iterator[RawRecord | InputError]:
    """Decompress if needed, then dispatch on the name's suffix, or sniff the content."""
    lower = name.lower()
    raw = Reader(read, source, config.max_bytes, over_limit(config))
    head = raw.peek(4)
    if lower.endswith(".gz") or head[:2] == GZIP_MAGIC:
        lower = lower.removesuffix(".gz")
        reader = decompressing(gzip_reader(raw), source, config, raw)
    elif lower.endswith((".zst", ".zstd")) or head[:4] == ZSTD_MAGIC:
        lower = lower.removesuffix(".zst").removesuffix(".zstd")
        reader = decompressing(zstd_reader(raw, source), source, config, raw)
    else:
        reader = raw
    start = reader.peek(8192)
    if not start.strip() and reader.eof and len(reader.buffer) == len(start):
        raise InputError(source, "empty input")
    suffix = Path(lower).suffix if lower else sniff_suffix(start)
    if suffix in WARC_SUFFIXES:
        yield from read_warc(reader, source)
        return
    bom = next((enc for mark, enc in BOMS if start.startswith(mark)), None)
    if bom:  # UTF-16/32 text: decode it whole, then read it as UTF-8
        try:
            decoded = reader.rest(config.max_bytes, over_limit(config)).decode(bom)
        except UnicodeDecodeError as error:
            raise InputError(source, f"undecodable bytes: marked {bom} but is not") from error
        encoded = decoded.encode("utf-8")
        del decoded
        reader = Reader(replay(encoded, lambda _: b""), source, config.max_bytes, "")
        start = reader.peek(8192)
    if looks_binary(start):
        raise InputError(source, "binary content, not text")
    if suffix in JSONL_SUFFIXES:
        if start.lstrip().startswith(b"["):
            yield from read_json_array(reader, source, config)
        else:
            yield from read_jsonl(reader, source, config)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(reader, source, config, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        too_long = record_too_large(None, "a text or HTML input is one article")
        data = reader.rest(MAX_RECORD_BYTES, too_long)
        if not data.strip():
            raise InputError(source, "empty input")
        is_html = suffix in HTML_SUFFIXES
        text, flag = decode(data, source, declared_charset(data) if is_html else None)
        if not text.strip():
            raise InputError(source, "empty input")
        meta: dict[str, Any] = {"encoding_flag": flag} if flag else {}
        if is_html:
            yield html_record(text, source, meta)
        else:
            yield make_record(source, text, meta)


def over_limit(config: IngestConfig) -> str:
    return f"input is over the {config.max_bytes:,} byte limit"


def replay(head: bytes, read: Callable[[int], bytes]) -> Callable[[int], bytes]:
    """A ``read`` that returns ``head`` first, then the rest of the stream."""
    pending = [head]

    def again(size: int) -> bytes:
        if pending and pending[0]:
            chunk = pending.pop()
            return chunk
        pending.clear()
        return read(size)

    return again


def gzip_reader(raw: Reader) -> Callable[[int], bytes]:
    handle = gzip.GzipFile(fileobj=cast(BinaryIO, raw))
    return handle.read


def zstd_reader(raw: Reader, source: str) -> Callable[[int], bytes]:
    import zstandard

    stream = zstandard.ZstdDecompressor().stream_reader(
        cast(BinaryIO, raw), read_across_frames=True
    )

    def read(size: int) -> bytes:
        try:
            return bytes(stream.read(size))
        except zstandard.ZstdError as error:
            raise InputError(source, f"corrupt zstd data: {error}") from error

    return read


def decompressing(
    read: Callable[[int], bytes], source: str, config: IngestConfig, raw: Reader
) -> Reader:
    """The decompressed stream, stopped once it outgrows ``MAX_DECOMPRESSED_RATIO`` times the
    compressed bytes read so far (plus a little slack), or ``max_bytes``."""
    bomb = "decompressed size over the limit (possible decompression bomb)"

    def checked(size: int) -> bytes:
        try:
            chunk = read(size)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(source, f"corrupt compressed data: {error}") from error
        reader.limit = min(config.max_bytes, max(raw.total, 1) * MAX_DECOMPRESSED_RATIO + CHUNK)
        return chunk

    reader = Reader(checked, source, config.max_bytes, bomb)
    return reader


def sniff_suffix(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return ".warc"
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    if head.startswith((b"{", b"[")):
        return ".jsonl"
    return ".txt"


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset=...>``)."""
    found = CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str | None]:
    """UTF-8 first; then the declared encoding, then the detected one, flagged as such."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if declared and declared.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
        try:
            return data.decode(declared), f"encoding_declared:{codecs.lookup(declared).name}"
        except (LookupError, UnicodeDecodeError):
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


def make_record(source: str, text: str, meta: dict[str, Any], html: str | None = None) -> RawRecord:
    """A record, refused when its text is longer than one article can be."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            source,
            f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit "
            "of one article (is it several articles in one?)",
        )
    return RawRecord(source=source, text=text, meta=meta, html=html)


def scalar(value: Any) -> str | None:
    """A metadata value as text: strings and numbers; anything else is refused (None)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def record_from_mapping(
    row: dict[str, Any], source: str, key: str, config: IngestConfig
) -> RawRecord | InputError:
    names = field_names(config)
    text = pick(row, names["text"])
    html = pick(row, names["html"])
    record_id = pick(row, names["id"])
    if record_id is not None and scalar(record_id) is None:
        return InputError(f"{source}:{key}", f"record id must be text, got {kind(record_id)}")
    where = f"{source}#{scalar(record_id)}" if record_id is not None else f"{source}:{key}"
    meta: dict[str, Any] = {}
    for name in ("id", "title", "published", "publication", "url"):
        value = pick(row, names[name])
        if value is None:
            continue
        if scalar(value) is None:
            return InputError(where, f"field {name} must be text, got {kind(value)}")
        meta[name] = scalar(value)
    try:
        if not isinstance(text, str) or not text.strip():
            if isinstance(html, str) and html.strip():
                return html_record(html, where, meta)
            wanted = "/".join(names["text"])
            return InputError(where, f"record has no text field ({wanted})")
        return make_record(where, text, meta)
    except InputError as error:
        return error


def kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "true/false"}.get(type(value), "not text")


def lines(reader: Reader, source: str) -> Iterator[tuple[int, bytes | InputError]]:
    """Numbered lines of at most ``MAX_RECORD_BYTES``; longer ones become errors and are
    skipped without being held in memory."""
    number = 0
    while True:
        line, cut = reader.readline(MAX_RECORD_BYTES)
        if not line:
            return
        number += 1
        if cut:
            reader.skip_line()
            yield number, InputError(f"{source}:{number}", record_too_large(None, "line skipped"))
        else:
            yield number, line


def decode_line(line: bytes, where: str, state: dict[str, str]) -> tuple[str, str | None]:
    """A line as UTF-8, else in the encoding guessed for this input (once, then reused)."""
    try:
        return line.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if "encoding" in state:
        try:
            return line.decode(state["encoding"]), f"encoding_guessed:{state['encoding']}"
        except UnicodeDecodeError:
            pass
    text, flag = decode(line, where)
    if flag:
        state["encoding"] = flag.partition(":")[2]
    return text, flag


def read_jsonl(
    reader: Reader, source: str, config: IngestConfig
) -> Iterator[RawRecord | InputError]:
    import orjson

    state: dict[str, str] = {}
    for number, line in lines(reader, source):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{source}:{number}"
        flag = None
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            try:
                row = orjson.loads(line)  # fast, and refuses nesting past 1024 levels
            except orjson.JSONDecodeError:
                text, flag = decode_line(line, where, state)
                if flag is None:
                    raise
                row = orjson.loads(text)
        except orjson.JSONDecodeError as error:
            yield InputError(where, f"malformed JSON: {error}")
            continue
        except InputError as error:
            yield error
            continue
        record = check_row(row, source, f"line {number}", config)
        if flag and isinstance(record, RawRecord):
            record.meta["encoding_flag"] = flag
        yield record


def read_json_array(
    reader: Reader, source: str, config: IngestConfig
) -> Iterator[RawRecord | InputError]:
    """A JSON array of records, parsed item by item from the stream (UTF-8, as JSON must be)."""
    decoder = json.JSONDecoder()
    text_decoder = codecs.getincrementaldecoder("utf-8-sig")()
    buffer, position, index = "", 0, 0

    def more() -> bool:
        nonlocal buffer, position
        chunk = reader.read(CHUNK)
        try:
            buffer = buffer[position:] + text_decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            reason = f"JSON must be UTF-8: {error.reason} at byte {error.start}"
            raise InputError(source, reason) from error
        position = 0
        return bool(chunk)

    def skip_space() -> bool:
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position].isspace():
                position += 1
            if position < len(buffer):
                return True
            if not more():
                return False

    skip_space()
    position += 1  # the opening bracket, sniffed before
    while True:
        if not skip_space():
            yield InputError(source, f"malformed JSON: the array ends after item {index}")
            return
        if buffer[position] == "]":
            return
        if index and buffer[position] == ",":
            position += 1
            if not skip_space():
                yield InputError(source, f"malformed JSON: the array ends after item {index}")
                return
        elif index:
            yield InputError(source, f"malformed JSON: expected ',' or ']' after item {index}")
            return
        while True:
            try:
                row, end = decoder.raw_decode(buffer, position)
                if end < len(buffer) or reader.eof and not reader.buffer:
                    break  # a number at the buffer's end might continue in the next chunk
            except json.JSONDecodeError as error:
                if len(buffer) - position > MAX_RECORD_BYTES:
                    yield InputError(f"{source}:item {index + 1}", record_too_large(None, "item"))
                    return
                if reader.eof and not reader.buffer:
                    yield InputError(f"{source}:item {index + 1}", f"malformed JSON: {error.msg}")
                    return
            except (RecursionError, ValueError) as error:
                yield InputError(f"{source}:item {index + 1}", f"malformed JSON: {error}")
                return
            if not more():
                continue
        index += 1
        position = end
        yield check_row(row, source, f"item {index}", config)


def check_row(row: Any, source: str, key: str, config: IngestConfig) -> RawRecord | InputError:
    if not isinstance(row, dict):
        return InputError(f"{source}:{key}", "record is not a JSON object")
    return record_from_mapping(row, source, key, config)


def read_csv(
    reader: Reader, source: str, config: IngestConfig, delimiter: str = ","
) -> Iterator[RawRecord | InputError]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    state: dict[str, str] = {}
    flags: set[str] = set()

    skipped: list[InputError] = []

    def text_lines() -> Iterator[str]:
        for number, line in lines(reader, source):
            if isinstance(line, InputError):  # reported, and left out of the CSV
                skipped.append(line)
                continue
            text, flag = decode_line(line, f"{source}:{number}", state)
            if flag:
                flags.add(flag)
            yield text

    rows = csv.reader(text_lines(), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    failed_in_a_row = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            yield from skipped
            break
        except csv.Error as error:  # the reader resumes at the next line
            yield InputError(f"{source}:{rows.line_num}", f"malformed CSV: {error}")
            failed_in_a_row += 1
            if failed_in_a_row >= 20:
                yield InputError(source, "malformed CSV: 20 bad rows in a row, file abandoned")
                return
            continue
        failed_in_a_row = 0
        yield from skipped
        skipped.clear()
        if header is None:
            header = values
            continue
        if not any(v.strip() for v in values):
            continue
        row = dict(zip(header, values, strict=False))
        record = record_from_mapping(row, source, f"row {rows.line_num}", config)
        if flags and isinstance(record, RawRecord):
            record.meta["encoding_flag"] = sorted(flags)[0]
        yield record
    if header is None:
        raise InputError(source, "empty input")


def html_depth(html: str) -> int:
    """How deep the elements of a page nest, counting explicitly closed elements only."""
    depth = deepest = 0
    for closing, name, self_closing in TAG.findall(html):
        if self_closing or name.lower() in VOID_TAGS:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def html_record(html: str, source: str, meta: dict[str, Any]) -> RawRecord:
    """Main text and metadata of a news page, extracted with trafilatura."""
    import trafilatura

    if len(html) > MAX_RECORD_BYTES:
        raise InputError(source, record_too_large(len(html), "HTML page"))
    try:
        extracted = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True
        )
    except RecursionError as error:
        raise InputError(source, "HTML nested too deeply to read") from error
    if extracted is None:
        data: dict[str, Any] = {}
    else:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    if not text.strip():
        depth = html_depth(html)
        if depth > MAX_HTML_DEPTH:
            raise InputError(
                source, f"HTML nested {depth:,} levels deep, over {MAX_HTML_DEPTH}: no text read"
            )
        raise InputError(source, "no article text found in HTML")
    found = {
        "title": data.get("title"),
        "published": data.get("date"),
        "publication": data.get("sitename"),
        "url": data.get("url"),
    }
    merged = {**{k: v for k, v in found.items() if v}, **meta}
    return make_record(source, text, merged, html=html)


def read_warc(reader: Reader, source: str) -> Iterator[RawRecord | InputError]:
    """HTML responses from a WARC crawl, each with its target URI and crawl date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(reader):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            content_type = (
                (record.http_headers.get_header("Content-Type") or "")
                if record.http_headers
                else ""
            )
            if "html" not in content_type.lower():
                continue
            found += 1
            where = f"{source}#{uri}"
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            try:
                if len(body) > MAX_RECORD_BYTES:
                    raise InputError(where, record_too_large(None, "WARC response skipped"))
                declared = CHARSET.search(content_type.encode("latin-1", "replace"))
                charset = declared.group(1).decode() if declared else declared_charset(body)
                html, flag = decode(body, where, charset)
                meta = {"url": uri}
                crawl_date = record.rec_headers.get_header("WARC-Date")
                if crawl_date:
                    meta["crawled"] = crawl_date
                if flag:
                    meta["encoding_flag"] = flag
                yield html_record(html, where, meta)
            except InputError as error:
                yield error
    except ArchiveLoadFailed as error:
        yield InputError(source, f"malformed WARC: {error}")
        return
    except (ValueError, EOFError, OSError, zlib.error, IndexError, KeyError) as error:
        yield InputError(source, f"malformed WARC: {type(error).__name__}: {error}")
        return
    if not found:
        yield InputError(source, "WARC holds no HTML responses")
