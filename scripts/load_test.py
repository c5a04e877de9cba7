"""A bounded load test of ``kabar serve`` on loopback.

Starts the server on 127.0.0.1 (a free port) over a database (the demo database by
default; built from ``examples/`` into a temporary directory when absent), then runs
``--clients`` concurrent httpx clients that send GETs over a mix of API routes and
pages until ``--requests`` are done or ``--seconds`` have passed. Prints requests/s,
p50/p99 latency and errors; ``--json-out`` writes the figures.

    .venv/bin/python scripts/load_test.py --clients 16 --requests 2000 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEMO_DB = ROOT / "demo-output" / "kabar.duckdb"
SERVER = """
import sys, uvicorn
from kabar.serve import create_app
app = create_app(sys.argv[1], None, require_assets=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def demo_database(work: Path) -> Path:
    if DEMO_DB.exists():
        return DEMO_DB
    db = work / "demo.duckdb"
    kabar = Path(sys.executable).parent / "kabar"
    subprocess.run([str(kabar), "run", str(ROOT / "examples"), "--db", str(db)], check=True)
    return db


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start within 60 s")


def paths(base: str) -> list[str]:
    """A mix of list, detail, search and page requests over ids that exist."""
    with httpx.Client(base_url=base, timeout=30) as client:
        events = client.get("/api/events", params={"limit": 20}).json()["items"]
        articles = client.get("/api/articles", params={"limit": 20}).json()["items"]
        actors = client.get("/api/actors", params={"limit": 20}).json()["items"]
    mix = [
        "/api/overview",
        "/api/events?limit=50",
        "/api/articles",
        "/api/actors",
        "/api/quotes",
        "/api/claims?kind=killed",
        "/api/contradictions",
        "/api/search?q=Iran",
        "/api/events?type=CONSULT&format=csv",
        "/",
        "/events",
    ]
    mix += [f"/api/events/{e['id']}" for e in events[:5]]
    mix += [f"/api/articles/{a['id']}" for a in articles[:5]]
    mix += [f"/api/actors/{a['id']}" for a in actors[:5]]
    return mix


async def load(base: str, mix: list[str], clients: int, requests: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    issued = 0
    deadline = time.monotonic() + seconds
    rng = random.Random(1)

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal issued
        while issued < requests and time.monotonic() < deadline:
            issued += 1
            path = rng.choice(mix)
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
            except httpx.HTTPError as error:
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "requests": len(latencies),
        "seconds": round(elapsed, 2),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database (default: the demo database)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        db = args.db or demo_database(Path(work))
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            result = asyncio.run(load(base, paths(base), args.clients, args.requests, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    result |= {"database": str(db), "cpus": os.cpu_count()}
    print(
        f"{result['requests']} requests from {result['clients']} clients in {result['seconds']} s: "
        f"{result['requests_per_second']} req/s, p50 {result['p50_ms']} ms, "
        f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms, errors {result['errors'] or 0}"
    )
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
