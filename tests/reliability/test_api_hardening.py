"""API hardening: size limits, validation, token auth on writes, no file-system paths from
clients, escaped output and security headers, on every route."""

from __future__ import annotations

import shutil
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kabar.ingest import MAX_ARTICLE_CHARS
from kabar.serve import create_app

from .conftest import build_db

TOKEN = "hardening-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = "Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("hardening") / "h.duckdb", count=12)


@pytest.fixture()
def client(db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(db, path)
    app = create_app(path, TOKEN, require_assets=False, use_model=False, max_body=1_000_000)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def assert_error(response, status: int, fragment: str = "") -> None:
    assert response.status_code == status, response.text
    assert response.json() == {
        "error": {"status": status, "message": response.json()["error"]["message"]}
    }
    assert fragment in response.json()["error"]["message"], response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]


def post(client, **kwargs):
    headers = {**AUTH, **kwargs.pop("headers", {})}
    return client.post("/api/articles", headers=headers, **kwargs)


def test_request_size_limits_declared_streamed_and_bogus(client):
    assert_error(
        post(client, content=b"x" * 1_000_001, headers={"Content-Type": "text/plain"}),
        413,
        "larger than 1000000 bytes",
    )

    def chunks():
        for _ in range(30):
            yield b"kata " * 10_000

    streamed = post(client, content=chunks(), headers={"Content-Type": "text/plain"})
    assert_error(streamed, 413, "larger than")
    bogus = post(
        client, content=b"x", headers={"Content-Length": "-1", "Content-Type": "text/plain"}
    )
    assert bogus.status_code in (400, 413)
    unauthenticated = client.post("/api/articles", content=b"x" * 2_000_000)
    assert_error(unauthenticated, 413)  # refused before the body is read at all


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", "not valid JSON"),
        (b'{"text": "lone \\ud800"}', "not valid JSON"),
        (b'{"text": "a", "id": 1' + b"0" * 5000 + b"}", "not valid JSON"),
        (b'{"text": "caf\xe9"}', "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"just a string"', "JSON object"),
        (b'{"text": 5}', "must be a string"),
        (b'{"text": "a", "title": {"x": 1}}', "must be a string"),
        (b'{"text": "a", "path": "/etc/passwd"}', "unknown field"),
        (b'{"text": "a", "file": "../kabar.duckdb"}', "unknown field"),
        (b'{"text": "   "}', "no text field"),
        (b'{"html": "<html>' + b"<div>" * 5000 + b'</html>"}', "levels deep"),
    ],
)
def test_malformed_json_bodies_are_422(client, body, fragment):
    assert_error(
        post(client, content=body, headers={"Content-Type": "application/json"}), 422, fragment
    )


def test_text_bodies_and_field_limits(client):
    assert_error(
        post(client, content=b"\xff\xfe", headers={"Content-Type": "text/plain"}), 422, "UTF-8"
    )
    too_long = post(client, json={"text": "kata " * (MAX_ARTICLE_CHARS // 4)})
    assert_error(too_long, 422, f"over the {MAX_ARTICLE_CHARS:,} limit")
    long_title = post(
        client,
        content=ARTICLE.encode(),
        params={"title": "x" * 201},
        headers={"Content-Type": "text/plain"},
    )
    assert_error(long_title, 422, "title")
    bad_date = post(
        client,
        content=ARTICLE.encode(),
        params={"published": "../../etc"},
        headers={"Content-Type": "text/plain"},
    )
    assert_error(bad_date, 422, "published")
    assert_error(post(client, content=b"x", headers={"Content-Type": "multipart/form-data"}), 415)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer wrong-token-0123456789"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": f"Bearer {TOKEN.upper()}"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Cookie": f"token={TOKEN}"},
        {"X-Token": TOKEN},
    ],
)
def test_writes_need_the_bearer_token(client, headers):
    before = client.get("/api/articles").json()["total"]
    response = client.post(
        "/api/articles", json={"text": ARTICLE}, headers=headers, params={"token": TOKEN}
    )
    assert_error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/articles").json()["total"] == before


def test_every_write_route_needs_the_token_and_other_methods_are_405(client):
    from kabar.serve import api, pages

    routes = [*api.router.routes, *pages.router.routes, *client.app.routes]
    writes = {
        (route.path, method)
        for route in routes
        for method in (getattr(route, "methods", None) or set()) - {"GET", "HEAD"}
    }
    assert writes == {("/api/articles", "POST")}
    for method in ("PUT", "DELETE", "PATCH"):
        assert_error(client.request(method, "/api/articles", headers=AUTH), 405)
        assert_error(client.request(method, "/api/events", headers=AUTH), 405)


def test_no_route_takes_a_file_system_path(client):
    spec = client.get("/openapi.json").json()
    names = {
        p["name"]
        for ops in spec["paths"].values()
        for op in ops.values()
        for p in op.get("parameters", [])
    }
    assert not names & {"path", "file", "filename", "dir", "directory", "db", "database", "out"}
    from kabar.serve import api, pages

    for route in [*api.router.routes, *pages.router.routes]:  # only static mounts serve files
        assert ":path}" not in route.path, route
    assert "../" not in str(spec)
    for attempt in (
        "/static/..%2f..%2fapp.py",
        "/static/%2e%2e/%2e%2e/app.py",
        "/static/../serve/app.py",
        "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static//etc/passwd",
        "/static/..\\..\\app.py",
        "/api/articles/..%2f..%2fetc%2fpasswd",
        "/api/articles/%2e%2e%2fkabar.duckdb",
        "/articles/..%2F..%2Fpyproject.toml",
    ):
        response = client.get(attempt)
        assert response.status_code in (404, 422), (attempt, response.status_code)
        assert "import" not in response.text and "root:" not in response.text
        assert "[project]" not in response.text


def test_hostile_text_is_escaped_everywhere(client):
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"
    for path in (
        f"/search?q={hostile}",
        f"/events?q={hostile}",
        f"/articles?q={hostile}",
        f"/events?date_from={hostile}",
        f"/no-such-{hostile}",
    ):
        html = client.get(path, headers={"Accept": "text/html"}).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    created = post(client, json={"text": ARTICLE + " " + hostile, "title": hostile})
    assert created.status_code == 201, created.text
    page = client.get(f"/articles/{created.json()['id']}", headers={"Accept": "text/html"}).text
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    api = client.get(f"/api/articles/{created.json()['id']}")
    assert api.headers["content-type"] == "application/json"
    assert api.json()["title"] == hostile  # stored as written, escaped when shown
    error = client.get(f"/api/events/{hostile}")
    assert error.headers["content-type"] == "application/json"


def test_bad_query_parameters_are_422_not_500(client):
    for path in (
        "/api/events?q=" + "x" * 10_000,
        "/api/events?limit=1e9",
        "/api/events?offset=-1",
        "/api/events?limit=99999999999999999999999",
        "/api/actors?country=%00%00%00",
        "/api/events?date_from=2024-13-45x",
        "/api/search?q=",
        "/api/claims?kind=%00",
    ):
        response = client.get(path)
        assert 400 <= response.status_code < 500, (path, response.text)
        assert set(response.json()) == {"error"}


def test_security_headers_on_every_kind_of_response(client):
    responses = [
        client.get("/"),
        client.get("/api/events"),
        client.get("/api/nope"),
        client.get("/static/kabar.css"),
        client.post("/api/articles", json={"text": "x"}),
        client.request("DELETE", "/api/events"),
        client.get("/events?limit=x"),
        client.post("/api/articles", content=b"x" * 2_000_000),
    ]
    for response in responses:
        headers = response.headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in headers  # no cross-origin reads
