"""Concurrency: the server answers reads while an article is coded, concurrent writes of the
same article store it once, and ``kabar run`` refuses a database a server has open."""

from __future__ import annotations

import json
import random
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import uvicorn

from kabar.serve import create_app

from .conftest import article_text, build_db, kabar

TOKEN = "reliability-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("concurrency") / "base.duckdb")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def server(base_db, tmp_path) -> Iterator[tuple[str, Path]]:
    """A real server on loopback over a private copy of the database."""
    db = tmp_path / "served.duckdb"
    shutil.copy(base_db, db)
    app = create_app(db, TOKEN, require_assets=False, use_model=False)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    instance.should_exit = True
    thread.join(timeout=30)


def long_article(seed: int, sentences: int = 150) -> str:
    rng = random.Random(seed)
    return "".join(article_text(rng, n)[0] for n in range(sentences // 5))


def test_reads_are_answered_while_an_article_is_coded(server):
    url, _ = server
    body = {"text": long_article(1), "title": "Panjang", "published": "2024-03-01"}
    done: dict[str, float] = {}

    def post() -> int:
        done["start"] = time.monotonic()
        response = httpx.post(f"{url}/api/articles", json=body, headers=AUTH, timeout=120)
        done["end"] = time.monotonic()
        return response.status_code

    latencies = []
    with ThreadPoolExecutor(1) as pool, httpx.Client(base_url=url, timeout=30) as client:
        future = pool.submit(post)
        while "start" not in done:
            time.sleep(0.01)
        while not future.done():
            for path in ("/api/events?limit=5", "/api/articles", "/api/overview", "/"):
                started = time.monotonic()
                response = client.get(path)
                latencies.append((started, time.monotonic() - started))
                assert response.status_code == 200, response.text
        assert future.result() == 201
    during = [lat for started, lat in latencies if started < done["end"]]
    assert len(during) >= 5, f"the write took {done['end'] - done['start']:.1f} s"
    assert max(during) < 3.0, f"slowest read during the write: {max(during):.2f} s"


def test_concurrent_posts_of_the_same_article_store_it_once(server):
    url, db = server
    text, meta = article_text(random.Random(99), 5000)
    body = {"text": text, **{k: v for k, v in meta.items() if k != "id"}}
    with httpx.Client(base_url=url, timeout=120) as client:
        before = client.get("/api/articles").json()["total"]

        def post(_: int) -> httpx.Response:
            return client.post("/api/articles", json=body, headers=AUTH)

        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(post, range(8)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] * 7 + [201], [r.text for r in responses]
        assert len({r.json()["id"] for r in responses}) == 1
        article_id = responses[0].json()["id"]
        assert client.get("/api/articles").json()["total"] == before + 1
        detail = client.get(f"/api/articles/{article_id}").json()
        for key in ("quotes", "claims", "events"):
            assert len({item["id"] for item in detail[key]}) == len(detail[key])
        others = [long_article(seed, 10) for seed in range(4)]
        with ThreadPoolExecutor(4) as pool:
            created = list(
                pool.map(
                    lambda t: client.post("/api/articles", json={"text": t}, headers=AUTH), others
                )
            )
        assert [r.status_code for r in created] == [201] * 4
        assert client.get("/api/articles").json()["total"] == before + 5


def test_a_full_write_queue_is_503_with_retry_after(base_db, tmp_path):
    from fastapi.testclient import TestClient

    db = tmp_path / "q.duckdb"
    shutil.copy(base_db, db)
    app = create_app(db, TOKEN, require_assets=False, use_model=False)
    app.state.kabar.max_pending = 0
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/articles", json={"text": "Teks."}, headers=AUTH)
    assert response.status_code == 503 and response.headers["retry-after"] == "5"
    assert response.json() == {
        "error": {"status": 503, "message": "too many writes queued: retry shortly"}
    }


def test_kabar_run_refuses_a_database_the_server_has_open(server, tmp_path):
    url, db = server
    (tmp_path / "a.txt").write_text(long_article(3, 5), "utf-8")
    started = time.monotonic()
    result = kabar("run", str(tmp_path / "a.txt"), "--db", str(db), "--no-model")
    assert time.monotonic() - started < 30
    assert result.returncode == 4, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "in use by another process" in lines[0] and "kabar serve" in lines[0]
    reader = kabar("stats", "--db", str(db), "--json")
    assert reader.returncode == 4 and "in use" in reader.stderr
    assert httpx.get(f"{url}/api/overview").status_code == 200  # the server is unaffected
    stats = json.loads(httpx.get(f"{url}/api/overview").text)["stats"]
    assert stats["articles"] >= 1


def test_load_test_script_runs_bounded_on_loopback(base_db, tmp_path):
    import subprocess
    import sys

    from .conftest import ROOT

    out = tmp_path / "load.json"
    command = [
        sys.executable,
        str(ROOT / "scripts" / "load_test.py"),
        "--db",
        str(base_db),
        "--clients",
        "4",
        "--requests",
        "120",
        "--seconds",
        "30",
        "--json-out",
        str(out),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert figures["requests"] == 120 and figures["errors"] == {}
    assert figures["requests_per_second"] > 0 and figures["p99_ms"] >= figures["p50_ms"]
