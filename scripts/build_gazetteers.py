"""Generate src/kabar/data/places_countryinfo.tsv from CountryInfo.

CountryInfo (openeventdata/CountryInfo, ../shared/data/lexicons/countryinfo) lists
English country names, capitals and major cities with ISO codes. This script takes
those facts only, maps each country to the Indonesian canonical name of the curated
places.tsv, and skips every surface places.tsv already has, so the curated file
always wins. Names that are ordinary Indonesian words, common personal names or
historical names of another place are left out (see EXCLUDE).

Usage: python scripts/build_gazetteers.py [--countryinfo PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "kabar" / "data"
DEFAULT_SOURCE = ROOT.parent / "shared/data/lexicons/countryinfo/CountryInfo.120116.txt"
OUTPUT = DATA / "places_countryinfo.tsv"

# Left out: Indonesian words ("lima" = five, "surat" = letter, "bursa" = exchange, "baku",
# "sana", "asmara"), frequent personal or team names ("Sofia", "Jordan", "Constantine"),
# nicknames ("City of Light") and historical names that now denote another place
# ("Salisbury").
EXCLUDE = {
    "LIMA",
    "MALE",
    "SUR",
    "TANGA",
    "TARA",
    "VOLTA",
    "BALE",
    "SUSA",
    "SUSAH",
    "BIDA",
    "NAZE",
    "ORAN",
    "MORON",
    "SOLEDAD",
    "KANO",
    "GULU",
    "JINJA",
    "ARGOS",
    "BATNA",
    "SAIDA",
    "SOFIA",
    "GENT",
    "LUND",
    "CORK",
    "BRAGA",
    "PORTO",
    "BEIRA",
    "ZOMBA",
    "TABORA",
    "MBEYA",
    "KANDY",
    "SANTIAGO",
    "VICTORIA",
    "KINGSTON",
    "KINGSTOWN",
    "GEORGETOWN",
    "GEORGE TOWN",
    "SALISBURY",
    "CITY OF LIGHT",
    "ETERNAL CITY",
    "NEW FLOWER",
    "FORBIDDEN CITY",
    "CITY OF BRIDGES",
    "PALACE OF VERSAILLES",
    "JORDAN",
    "HOLLAND",
    "GRANZ",
    "ZEALAND",
    "SEELAND",
    "SANTA ANA",
    "SANTA CRUZ",
    "SAN JOSE",
    "URGA",
    "KULUN",
    "THULE",
    "NIDAROS",
    "LINDESNES",
    "MAJURO",
    "BASIA",
    "SURAT",
    "SANA",
    "BURSA",
    "ASMARA",
    "JERSEY",
    "NYALA",
    "BAKU",
    "CONSTANTINE",
    "HIPPO",
    "ST. MARY OF BETHLEHEM",
    "VIENNE",
    "TAMALE",
}
SMALL_WORDS = {"of", "the", "and", "de", "del", "la", "le", "da", "do", "des", "es", "el", "al"}
ORIGINAL_CODES = {"IL": "ISR", "JON": "JPN", "KSV": "XKX", "TMP": "TLS"}


def title(name: str) -> str:
    """CountryInfo's "RIO_DE_JANEIRO" as "Rio de Janeiro"."""
    words = []
    for i, word in enumerate(name.replace("_", " ").split()):
        parts = word.lower().split("-")
        parts = [
            p if (p in SMALL_WORDS and (i or k)) else p[:1].upper() + p[1:]
            for k, p in enumerate(parts)
        ]
        words.append("-".join(parts))
    return " ".join(words)


def field_lines(block: str, tag: str) -> list[str]:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    if not match:
        return []
    names = []
    for line in match.group(1).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line.rstrip("_").replace("_", " ").strip())
    return [n for n in names if n]


def single(block: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", block)
    return match.group(1).strip() if match else None


def curated() -> tuple[dict[str, str], set[str]]:
    """ISO3 -> Indonesian canonical country name, and every curated surface key."""
    names: dict[str, str] = {}
    keys: set[str] = set()
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, canonical, kind, country = line.split("\t")
        keys.add(" ".join(surface.casefold().split()))
        if kind == "country":
            names.setdefault(country, canonical)
    return names, keys


def iso3(block: str, known: dict[str, str]) -> str | None:
    for code in (single(block, "ISO3166-alpha3"), single(block, "CountryCode")):
        code = ORIGINAL_CODES.get(code or "", code)
        if code in known:
            return code
    return None


def build(source: Path) -> list[tuple[str, str, str, str]]:
    known, seen = curated()
    text = source.read_text(encoding="latin-1")
    rows: list[tuple[str, str, str, str]] = []
    for block in text.split("<Country>")[1:]:
        code = iso3(block, known)
        if code is None:
            continue
        name = single(block, "CountryName")
        entries = [(name.replace("_", " "), known[code], "country")] if name else []
        for tag, kind in (("Capital", "capital"), ("MajorCities", "city")):
            entries += [(n, title(n), kind) for n in field_lines(block, tag)]
        for raw, canonical, kind in entries:
            if raw.upper() in EXCLUDE or not re.fullmatch(r"[A-Z .'\-]+", raw.upper()):
                continue
            surface = title(raw)
            key = " ".join(surface.casefold().split())
            if key in seen:
                continue
            seen.add(key)
            rows.append((surface, canonical, kind, code))
    return rows


HEADER = """\
# kabar place gazetteer, generated by scripts/build_gazetteers.py: English country names,
# capitals and major cities from CountryInfo.120116.txt (openeventdata/CountryInfo,
# commit 07c9c54888ba1cf8e9bfc2c8fe5cb57887659522; the repository has no licence file,
# only names and ISO codes, which are facts, are taken). Surfaces already in places.tsv
# are left out; places.tsv wins. Do not edit by hand: fix places.tsv or the script.
# Columns (tab-separated): surface, canonical, kind (country|capital|city), country (ISO3).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countryinfo", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args(argv)
    if not args.countryinfo.is_file():
        print(f"CountryInfo not found at {args.countryinfo}", file=sys.stderr)
        return 1
    rows = build(args.countryinfo)
    body = "".join("\t".join(row) + "\n" for row in rows)
    OUTPUT.write_text(HEADER + body, encoding="utf-8")
    print(f"wrote {len(rows)} entries to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
