"""The web UI in a real headless Chromium, against `kabar serve` on a random local port.

Uses Debian's chromium through Playwright (never a downloaded browser); skipped with a
message when either is missing. Screenshots go to test-output/screenshots/.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kabar.store import Store

from .conftest import EXAMPLES, ROOT

CHROMIUM = Path(os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SHOTS = ROOT / "test-output" / "screenshots"
TOKEN = "ui-test-token-0123456789abcdef"
HOSTILE = (
    'Jakarta - Presiden <script>window.__pwned = 1; alert("x")</script> bertemu '
    '<img src=x onerror="window.__pwned = 2"> Menteri Luar Negeri Iran di Jakarta pada '
    "Senin (2/10/2023). Keduanya membahas situasi di Gaza."
)
SERVE = """
import sys, typer
from kabar.cli_views import register
app = typer.Typer()
register(app)
app(sys.argv[1:])
"""

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) not installed")
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} not found: install Debian's chromium (make browser) to run the UI tests",
        allow_module_level=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> dict:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from kabar.context import build_context
    from kabar.pipeline import run

    db = tmp_path_factory.mktemp("ui") / "demo.duckdb"
    with Store.open(db) as store:
        assert not run([str(EXAMPLES)], store, build_context()).failures
    port = free_port()
    env = {**os.environ, "KABAR_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            http(f"{base}/api/overview")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out = process.communicate()[0]
                pytest.fail(f"kabar serve did not start:\n{out}")
            time.sleep(0.3)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    """A laptop-sized page that fails the test on any console error or dialog (CSP included)."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield tab
    context.close()
    assert problems == [], problems


def shot(tab, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.evaluate("window.scrollTo(0, 0)")  # keep the sticky header at the top of the image
    tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_draws_the_chart_and_links_onward(server, page):
    page.goto(server + "/")
    page.wait_for_selector("#events-chart[data-ready]")
    assert int(page.get_attribute("#events-chart", "data-ready") or 0) > 0
    assert page.locator(".stat").count() == 6
    shot(page, "overview")
    page.locator(".rank a").first.click()
    page.wait_for_url("**/actors/act_*")
    page.wait_for_selector("#network[data-ready]")
    assert int(page.get_attribute("#network", "data-ready") or 0) >= 2
    assert page.locator(".chips li").count() >= 1
    shot(page, "actor")


def test_timeline_filters(server, page):
    page.goto(server + "/events")
    everything = page.locator(".event-card").count()
    assert everything > 0
    shot(page, "timeline")
    page.select_option("select[name=type]", "CONSULT")
    page.click(".filters button[type=submit]")
    page.wait_for_url("**/events?*type=CONSULT*")
    badges = page.locator(".event-card .badge").all_inner_texts()
    assert badges and set(badges) == {"CONSULT"}
    assert page.input_value("select[name=type]") == "CONSULT"
    page.fill("input[name=actor]", "Prabowo")
    page.press("input[name=actor]", "Enter")
    page.wait_for_url("**actor=Prabowo**")
    assert "Prabowo" in page.locator(".events").inner_text()
    shot(page, "timeline-filtered")


def test_event_page_highlights_the_evidence_in_every_source(server, page):
    events = http(f"{server}/api/events?limit=500")["items"]
    event = max(events, key=lambda e: len(e["sources"]))
    page.goto(f"{server}/events?type={event['event']}&actor={event['actor'][0]['entity_name']}")
    page.locator(f"a[href='/events/{event['id']}']").first.click()
    page.wait_for_url(f"**/events/{event['id']}")
    sources = page.locator("section.source")
    assert sources.count() == len(event["sources"])
    for index, source in enumerate(event["sources"]):
        marked = sources.nth(index).locator("mark.evidence").all_inner_texts()
        assert "".join(marked) == source["sentence"]
    toggle = sources.first.locator("details.cuts")
    toggle.locator("summary").click()
    assert toggle.get_attribute("open") is not None
    shot(page, "event")
    sources.first.locator("a.source-link").click()
    page.wait_for_url(f"**/articles/{event['sources'][0]['article_id']}")
    assert page.locator(".article-text mark.evidence").count() >= 1
    shot(page, "article")


def test_claims_contradictions_stories_search_and_docs(server, page):
    page.goto(server + "/claims?kind=killed")
    page.wait_for_selector("#claims-chart[data-ready]")
    assert page.locator("tbody tr").count() >= 1
    shot(page, "claims")
    page.goto(server + "/contradictions")
    assert page.locator("h1").inner_text() == "Contradictions"
    shot(page, "contradictions")
    page.goto(server + "/stories")
    assert page.locator(".story").count() >= 1
    shot(page, "stories")
    page.fill("header input[name=q]", "Putin")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Putin")
    assert "Putin" in page.locator("main").inner_text()
    shot(page, "search")
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    shot(page, "api-docs")


def test_phone_layout(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(server + "/")
        tab.wait_for_selector("#events-chart[data-ready]")
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"page is {width}px wide on a 390px phone"
        shot(tab, "overview-phone")
        event_id = http(f"{server}/api/events?limit=1")["items"][0]["id"]
        tab.goto(f"{server}/events/{event_id}")
        assert tab.evaluate("document.documentElement.scrollWidth") <= 390
        shot(tab, "event-phone")
    finally:
        context.close()


def test_untrusted_article_text_is_shown_never_run(server, page):
    body = json.dumps({"text": HOSTILE, "title": "<b>judul</b><script>alert(1)</script>"})
    created = http(
        f"{server}/api/articles",
        data=body.encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    page.goto(f"{server}/articles/{created['id']}")
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("main img").count() == 0 and page.locator("main h1 b").count() == 0
    assert "<script>window.__pwned" in page.locator(".article-text").inner_text()
    assert page.locator("h1").inner_text() == "<b>judul</b><script>alert(1)</script>"
    shot(page, "untrusted-article")
    for event in http(f"{server}/api/articles/{created['id']}")["events"]:
        page.goto(f"{server}/events/{event['id']}")
        assert page.evaluate("window.__pwned === undefined")
