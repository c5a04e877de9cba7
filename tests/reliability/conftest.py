"""Shared helpers of the reliability suite: a generated corpus and the ``kabar`` command."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KABAR = [str(Path(sys.executable).parent / "kabar")]  # the installed console script

PEOPLE = [
    ("Presiden", "Joko Widodo"),
    ("Menteri Luar Negeri", "Retno Marsudi"),
    ("Menteri Pertahanan", "Prabowo Subianto"),
    ("Gubernur Jawa Barat", "Ridwan Kamil"),
    ("Perdana Menteri Malaysia", "Anwar Ibrahim"),
    ("Menteri Keuangan", "Sri Mulyani"),
    ("Kapolri", "Listyo Sigit Prabowo"),
    ("Ketua DPR", "Puan Maharani"),
    ("Wali Kota Surabaya", "Eri Cahyadi"),
    ("Menteri Luar Negeri Singapura", "Vivian Balakrishnan"),
]
PLACES = [
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Denpasar",
    "Semarang",
    "Yogyakarta",
    "Palembang",
    "Balikpapan",
    "Kuala Lumpur",
    "Singapura",
]
TOPICS = [
    "kerja sama perdagangan",
    "keamanan perbatasan",
    "penanganan banjir",
    "harga beras",
    "perlindungan pekerja migran",
    "pembangunan jalan tol",
]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]
OUTLETS = ["Warta Contoh", "Kabar Uji", "Berita Sampel"]


def article_text(rng: random.Random, number: int) -> tuple[str, dict[str, str]]:
    """One small news article from templates, with varied people, places and numbers."""
    (role_a, a), (role_b, b) = rng.sample(PEOPLE, 2)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    day, month = rng.randint(1, 28), rng.randint(1, 8)
    killed, hurt = rng.randint(2, 900), rng.randint(1, 50) * number % 997 + 3
    outlet = rng.choice(OUTLETS)
    text = (
        f"{place}, {outlet} - {role_a} {a} bertemu {role_b} {b} di {place} pada "
        f"{day} {MONTHS[month - 1]} 2024 untuk membahas {topic}. Pertemuan ke-{number} itu "
        f"berlangsung selama {rng.randint(1, 9)} jam.\n"
        f"“Kami sepakat memperkuat {topic},” kata {a} kepada wartawan.\n"
        f"Menurut polisi setempat, sedikitnya {killed} orang tewas dan {hurt} orang luka-luka "
        f"dalam kecelakaan di {rng.choice(PLACES)} sepekan sebelumnya.\n"
        f"{b} mengatakan pemerintahnya akan mengirim bantuan senilai Rp {number + 10} miliar.\n"
    )
    meta = {
        "id": f"gen-{number:04d}",
        "title": f"{a} bertemu {b} di {place} ({number})",
        "published": f"2024-{month:02d}-{day:02d}",
        "publication": outlet,
    }
    return text, meta


def write_corpus(directory: Path, count: int, seed: int = 7, files: int = 4) -> list[str]:
    """``count`` articles in ``files`` JSONL files; returns the file paths."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"part-{i}.jsonl" for i in range(files)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    for number in range(count):
        text, meta = article_text(rng, number)
        handles[number % files].write(json.dumps({**meta, "text": text}) + "\n")
    for handle in handles:
        handle.close()
    return [str(p) for p in paths]


def kabar(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run the ``kabar`` command as a user would, in a fresh process."""
    env = {**os.environ, "COLUMNS": "200", **kwargs.pop("env", {})}
    return subprocess.run(
        [*KABAR, *args], capture_output=True, text=True, timeout=timeout, env=env, **kwargs
    )


def exported(out: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(out.glob("*.jsonl"))}


def build_db(path: Path, count: int = 30, seed: int = 2) -> Path:
    """A database of ``count`` generated articles, coded in this process without the model."""
    from kabar.config import Config, NlpConfig
    from kabar.context import build_context
    from kabar.pipeline import run
    from kabar.store import Store

    inputs = write_corpus(path.parent / f"{path.stem}-corpus", count, seed=seed, files=1)
    ctx = build_context(Config(nlp=NlpConfig(use_model=False)))
    with Store.open(path) as store:
        assert not run(inputs, store, ctx).failures
    return path
