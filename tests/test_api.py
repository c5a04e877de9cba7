"""The REST API over a database of the bundled examples: every endpoint, errors, CSV, writes."""

from __future__ import annotations

import csv
import io
import os
import shutil
import stat
import warnings

import pytest

with warnings.catch_warnings():  # starlette's notice about its httpx test transport
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kabar.serve import app as serve_app
from kabar.serve import create_app, resolve_token
from kabar.serve.render import cell, segments, to_csv
from kabar.store import Store

from .conftest import EXAMPLES

TOKEN = "test-token-0123456789abcdef"
HOSTILE = (
    'Jakarta - Presiden <script>alert("x")</script> bertemu <img src=x onerror=alert(1)> '
    "Menteri Luar Negeri Iran di Jakarta pada Senin (2/10/2023). "
    "Keduanya membahas situasi di Gaza </textarea><b>tebal</b>."
)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    from kabar.context import build_context
    from kabar.pipeline import run

    path = tmp_path_factory.mktemp("api") / "examples.duckdb"
    with Store.open(path) as store:
        assert not run([str(EXAMPLES)], store, build_context()).failures
    return path


@pytest.fixture(scope="module")
def client(examples_db):
    app = create_app(examples_db, TOKEN, require_assets=False)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture()
def writable(examples_db, tmp_path):
    """A client over a private copy of the database, for writes."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(examples_db, path)
    app = create_app(path, TOKEN, require_assets=False, max_body=50_000)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def first_id(client, path: str) -> str:
    return client.get(path, params={"limit": 1}).json()["items"][0]["id"]


def assert_error(response, status: int, fragment: str = "") -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status
    assert fragment in body["error"]["message"]


@pytest.mark.parametrize(
    ("path", "keys"),
    [
        ("/api/overview", {"stats", "events_over_time", "top_actors", "contradictions"}),
        ("/api/events", {"total", "limit", "offset", "items"}),
        ("/api/articles", {"total", "limit", "offset", "items"}),
        ("/api/actors", {"total", "limit", "offset", "items"}),
        ("/api/stories", {"total", "limit", "offset", "items"}),
        ("/api/quotes", {"total", "limit", "offset", "items"}),
        ("/api/claims?kind=killed", {"kind", "subject", "total", "claims", "series"}),
        ("/api/claims/facets", {"kinds", "subjects"}),
        ("/api/contradictions", {"total", "limit", "offset", "items"}),
        ("/api/search?q=Putin", {"q", "actors", "events", "articles", "quotes"}),
    ],
)
def test_list_endpoints(client, path, keys):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert keys <= set(response.json())


def test_every_api_route_is_tested_and_documented(client):
    spec = client.get("/openapi.json").json()
    documented = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops}
    assert documented == {
        ("GET", "/api/overview"), ("GET", "/api/events"), ("GET", "/api/events/{event_id}"),
        ("GET", "/api/articles"), ("POST", "/api/articles"), ("GET", "/api/articles/{article_id}"),
        ("GET", "/api/actors"), ("GET", "/api/actors/{actor_id}"), ("GET", "/api/stories"),
        ("GET", "/api/stories/{story_id}"), ("GET", "/api/quotes"), ("GET", "/api/claims"),
        ("GET", "/api/claims/facets"), ("GET", "/api/contradictions"), ("GET", "/api/search"),
    }  # fmt: skip
    for operations in spec["paths"].values():
        assert all(op.get("description") or op.get("summary") for op in operations.values())


def test_event_filters_and_pagination(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 5
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == everything["total"]
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][2:4]]
    event_type = everything["items"][0]["event"]
    typed = client.get("/api/events", params={"type": event_type.lower()}).json()
    assert typed["total"] >= 1 and {e["event"] for e in typed["items"]} == {event_type}
    putin = client.get("/api/events", params={"actor": "Putin"}).json()["items"]
    assert putin and all("Putin" in str(e["actor"] + e["recipient"]) for e in putin)
    dated = client.get("/api/events", params={"date_from": "2024-01", "date_to": "2024-12"})
    assert all("2024" <= e["date"][:4] <= "2024" for e in dated.json()["items"])


def test_detail_endpoints(client):
    event_id = first_id(client, "/api/events")
    event = client.get(f"/api/events/{event_id}").json()
    for source in event["sources"]:
        assert source["article"]["text"][source["start"] : source["end"]] == source["sentence"]
    article_id = first_id(client, "/api/articles")
    article = client.get(f"/api/articles/{article_id}").json()
    assert {"text", "removed", "events", "quotes", "claims"} <= set(article)
    actor_id = first_id(client, "/api/actors")
    actor = client.get(f"/api/actors/{actor_id}").json()
    assert {"aliases", "roles", "counterparts", "network", "quotes", "events"} <= set(actor)
    story_id = first_id(client, "/api/stories")
    assert client.get(f"/api/stories/{story_id}").json()["articles"]


@pytest.mark.parametrize(
    "path",
    ["/api/events/evt_nope", "/api/articles/art_nope", "/api/actors/act_nope",
     "/api/stories/sty_nope", "/api/no-such-route"],
)  # fmt: skip
def test_missing_records_are_404_in_the_error_shape(client, path):
    assert_error(client.get(path), 404, "no")


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("/api/events?limit=abc", "limit: Input should be a valid integer"),
        ("/api/events?limit=0", "limit: Input should be greater than or equal to 1"),
        ("/api/events?limit=100000", "limit: Input should be less than or equal to 500"),
        ("/api/events?offset=-3", "offset"),
        ("/api/events?type=MEET", "type must be one of AGREE"),
        ("/api/events?date_from=14-10-2023", "date_from: String should match pattern"),
        ("/api/events?country=Indonesia", "country"),
        ("/api/events?format=xml", "format: Input should be 'json' or 'csv'"),
        ("/api/actors?type=robot", "type must be one of person"),
        ("/api/claims?kind=dead", "kind must be one of killed"),
        ("/api/contradictions?severity=extreme", "severity must be one of low"),
        ("/api/quotes?kind=sung", "kind: Input should be 'direct' or 'indirect'"),
        ("/api/search", "q: Field required"),
    ],
)
def test_bad_parameters_are_422_with_a_clear_message(client, path, fragment):
    assert_error(client.get(path), 422, fragment)


def test_csv_by_parameter_and_by_accept_header(client):
    by_param = client.get("/api/events", params={"format": "csv", "limit": 5})
    assert by_param.headers["content-type"].startswith("text/csv")
    assert "attachment" in by_param.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(by_param.text)))
    assert len(rows) == 5 and rows[0]["id"].startswith("evt_") and rows[0]["event"]
    by_accept = client.get("/api/actors", params={"limit": 3}, headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(by_accept.text)))) == 3
    claims = client.get("/api/claims", params={"format": "csv"})
    assert "value" in next(csv.reader(io.StringIO(claims.text)))


def test_csv_cells_defuse_formulas_and_flatten_structures():
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and cell(-5) == "-5"
    assert cell([{"entity_name": "Iran"}, {"entity_name": "Israel"}]) == "Iran; Israel"
    assert cell({"a": 1}) == '{"a": 1}' and cell(None) == "" and cell(True) == "true"
    assert to_csv([{"a": 1}, {"b": 2}]).splitlines() == ["a,b", "1,", ",2"]


def test_segments_cover_the_text_once_with_overlapping_marks():
    pieces = segments("abcdefghij", [(2, 8, "evidence"), (4, 6, "trigger"), (7, 20, "bad")])
    assert "".join(p for p, _ in pieces) == "abcdefghij"
    assert pieces == [("ab", ""), ("cd", "evidence"), ("ef", "evidence trigger"),
                      ("gh", "evidence"), ("ij", "")]  # fmt: skip


def test_write_without_token_is_refused(writable):
    before = writable.get("/api/articles").json()["total"]
    response = writable.post("/api/articles", json={"text": HOSTILE})
    assert_error(response, 401, "missing token")
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = writable.post(
        "/api/articles", json={"text": HOSTILE}, headers={"Authorization": "Bearer wrong"}
    )
    assert_error(wrong, 401, "invalid token")
    assert writable.get("/api/articles").json()["total"] == before


def test_writes_are_disabled_without_a_configured_token(examples_db):
    app = create_app(examples_db, None, require_assets=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/articles", json={"text": HOSTILE}, headers=auth())
        assert_error(response, 403, "writes are disabled")


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


def test_bad_writes(writable):
    assert_error(
        writable.post("/api/articles", content=b"{nope", headers=auth() | json_type()), 422, "JSON"
    )
    assert_error(writable.post("/api/articles", json=["x"], headers=auth()), 422, "JSON object")
    assert_error(writable.post("/api/articles", json={"title": "t"}, headers=auth()), 422, "text")
    assert_error(
        writable.post("/api/articles", json={"text": "x", "extra": 1}, headers=auth()),
        422,
        "unknown field",
    )
    assert_error(
        writable.post(
            "/api/articles", content=b"x", headers=auth() | {"Content-Type": "image/png"}
        ),
        415,
        "unsupported content type",
    )
    big = {"text": "kata " * 20_000}
    assert_error(writable.post("/api/articles", json=big, headers=auth()), 413, "larger than")


def json_type() -> dict[str, str]:
    return {"Content-Type": "application/json"}


def test_ingest_runs_the_pipeline_and_untrusted_text_renders_as_text(writable):
    before = writable.get("/api/articles").json()["total"]
    title = "<script>alert('judul')</script> Menlu bertemu"
    body = {"text": HOSTILE, "title": title, "published": "2023-10-03", "publication": "Uji"}
    created = writable.post("/api/articles", json=body, headers=auth())
    assert created.status_code == 201, created.text
    article_id = created.json()["id"]
    assert created.json()["created"] is True
    again = writable.post("/api/articles", json=body, headers=auth())
    assert again.status_code == 200 and again.json()["created"] is False
    stored = writable.get(f"/api/articles/{article_id}").json()
    assert "<script>" in stored["text"] and stored["title"] == title  # data kept as written
    assert writable.get("/api/articles").json()["total"] == before + 1
    page = writable.get(f"/articles/{article_id}", headers={"Accept": "text/html"})
    assert page.status_code == 200
    html = page.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>tebal" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<script") == html.count("<script src=") + html.count(
        '<script type="application/json"'
    )
    assert stored["events"], "the hostile article should still be coded"
    for event in stored["events"]:
        event_page = writable.get(f"/events/{event['id']}", headers={"Accept": "text/html"}).text
        assert "<script>alert" not in event_page and "&lt;script&gt;" in event_page
    plain = writable.post(
        "/api/articles",
        content="Jakarta - Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo.",
        params={"title": "Teks biasa", "published": "2023-10-04"},
        headers=auth() | {"Content-Type": "text/plain; charset=utf-8"},
    )
    assert plain.status_code == 201, plain.text
    assert writable.get(f"/api/articles/{plain.json()['id']}").json()["title"] == "Teks biasa"


def test_search_page_escapes_the_query(client):
    html = client.get("/search", params={"q": "<script>x</script>"}).text
    assert "<script>x" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_security_headers_everywhere(client):
    for path in ("/", "/api/events", "/api/nope", "/docs", "/static/kabar.css"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def test_pages_render_and_html_errors(client):
    for path in ("/", "/events", "/actors", "/articles", "/stories", "/claims", "/contradictions",
                 "/search?q=Jokowi", "/docs"):  # fmt: skip
        response = client.get(path, headers={"Accept": "text/html"})
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
    missing = client.get("/events/evt_nope", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "no event evt_nope" in missing.text
    bad = client.get("/events?date_from=yesterday", headers={"Accept": "text/html"})
    assert bad.status_code == 422 and "date_from must be a date" in bad.text


def test_token_from_environment_or_private_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KABAR_TOKEN", "from-the-environment-123")
    assert resolve_token(tmp_path / "k.duckdb") == (
        "from-the-environment-123",
        "the KABAR_TOKEN environment variable",
    )
    monkeypatch.delenv("KABAR_TOKEN")
    token, where = resolve_token(tmp_path / "k.duckdb")
    path = tmp_path / "k.duckdb.token"
    assert where == str(path) and len(token) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert resolve_token(tmp_path / "k.duckdb")[0] == token  # reused, not regenerated
    os.chmod(path, 0o644)
    with pytest.raises(Exception, match="readable by others"):
        resolve_token(tmp_path / "k.duckdb")


def test_missing_js_libraries_fail_with_a_clear_message(examples_db, monkeypatch):
    monkeypatch.setattr(serve_app, "find_assets", lambda _=None: None)
    with pytest.raises(serve_app.AssetsMissing, match="make web"):
        create_app(examples_db, TOKEN)


def test_short_tokens_are_refused(examples_db):
    with pytest.raises(Exception, match="at least 16"):
        create_app(examples_db, "short", require_assets=False)


def test_host_check_refuses_a_rebound_name(examples_db):
    """A page whose name resolves to 127.0.0.1 must not read the local API (DNS rebinding)."""
    from kabar.cli_views import served_host_names

    hosts = served_host_names("127.0.0.1", [])
    app = create_app(examples_db, TOKEN, require_assets=False, allowed_hosts=hosts)
    with TestClient(app, base_url="http://localhost:8765") as local:
        assert local.get("/api/events", params={"limit": 1}).status_code == 200
        rebound = local.get("/api/events", headers={"Host": "evil.example:8765"})
        assert rebound.status_code == 400
    assert served_host_names("0.0.0.0", []) is None
    assert "kabar.lan" in (served_host_names("0.0.0.0", ["kabar.lan"]) or [])
