"""Memory of the fusion steps over a coded store: blocking, then fusion from scratch.

Usage: python scripts/fusion_memory.py STORE.duckdb [--workers N]

Works on a copy of STORE (which a ``kabar run`` left, e.g. the 20x benchmark's): first
``kabar.blocks.fusion_blocks`` over every article's block row (CPU seconds, peak RSS,
block count), then, in a fresh process, ``kabar.pipeline.refresh_fusion`` with every
block forgotten, so it redoes all of them as a first run does, fusing in ``--workers``
processes as ``kabar run --workers N`` does; it reports its seconds, the main process's
CPU seconds (the serial part of a first fusion) and the main process's high-water RSS
(VmHWM); with ``--profile N``, the N kabar functions taking most of the main process's
wall-clock time there (cProfile, which slows the run). The two parts run in separate
processes so the first does not raise the second's high-water mark.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def high_water_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_blocks(db: str) -> None:
    from kabar.blocks import fusion_blocks
    from kabar.config import FuseConfig
    from kabar.store import Store

    with Store.open(db, read_only=True) as store:
        rows = list(store.block_rows())
        mapping = store.actor_mapping()
    before = high_water_mb()
    started = time.process_time()
    blocks = fusion_blocks(rows, mapping, FuseConfig())
    print(
        f"fusion_blocks: {len(rows)} articles, {len(set(blocks.values()))} blocks, "
        f"{time.process_time() - started:.1f} CPU s, peak {before:.0f} -> {high_water_mb():.0f} MB"
    )


def measure_refresh(db: str, workers: int, profile: int = 0) -> None:
    from kabar.config import Config
    from kabar.context import coordinator_context
    from kabar.parallel import fuse_in_workers, open_pool
    from kabar.pipeline import refresh_fusion
    from kabar.store import Store

    config = Config()
    with Store.open(db) as store:
        for sql in ("UPDATE summaries SET block_id = NULL", "DELETE FROM actor_keys"):
            store.db.execute(sql)  # every block and actor is new again
        with open_pool(config, workers) as pool:
            fuse_blocks = fuse_in_workers(pool, workers)
            profiler = cProfile.Profile() if profile else None  # wall-clock time per call
            wall, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            stats = refresh_fusion(store, coordinator_context(config), fuse_blocks)
            if profiler:
                profiler.disable()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    status = Path("/proc/self/status").read_text().splitlines()
    hwm = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    print(
        f"refresh_fusion: {stats}; {wall:.1f} s, {cpu:.1f} CPU s in the main process; "
        f"main process high-water {int(hwm) // 1024} MB"
    )
    if profiler:  # where the main process's time goes: kabar's functions, by cumulative time
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"kabar/", profile)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also list the N kabar functions "
        "taking most wall-clock time in the main process during refresh_fusion (cProfile)",
    )
    parser.add_argument("--part", choices=("blocks", "refresh"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part == "blocks":
        measure_blocks(str(args.store))
        return 0
    if args.part == "refresh":
        measure_refresh(str(args.store), args.workers, args.profile)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.duckdb"
        shutil.copyfile(args.store, copy)
        for part in ("blocks", "refresh"):
            command = [sys.executable, __file__, str(copy), "--part", part]
            options = ["--workers", str(args.workers), "--profile", str(args.profile)]
            subprocess.run([*command, *options], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
