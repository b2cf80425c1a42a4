"""The page in a real browser: Playwright driving Debian's Chromium (headless).

The server runs in a thread on a free loopback port over a store holding the
hand-built records (fixtures.py: deterministic highlights, a merged conflict, a
hostile article) and the bundled sample corpus when this build has it. Screenshots
go to tests/web/artifacts/ (git-ignored), with the page's load time.

Skips cleanly without /usr/bin/chromium (scripts/services.sh installs it as root)
or without the ``playwright`` package. Never runs ``playwright install``.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.store import open_store
from marsad.web import Settings, create_app

from .conftest import fill
from .fixtures import MARKERS, XSS_DOC

CHROMIUM = os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 10_000

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (scripts/services.sh installs it as root)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


class _Server:
    """uvicorn in a thread, on a loopback port the OS picks."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = fill(open_store(tmp_path_factory.mktemp("browser") / "web.db"))
    try:
        from marsad.commands.demo import corpus_dir
        from marsad.ingest import ingest

        corpus = corpus_dir()
        if corpus is not None:
            ingest([corpus], store, progress=False, on_error=lambda err: None)
    except ImportError:  # a build without the observatory's ingest: the hand-built records suffice
        pass
    with _Server(create_app(store, Settings(token=None))) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A fresh page that records script errors and any request that leaves the server.

    The page's Content-Security-Policy is bypassed: Playwright's waits need eval, and the
    hostile-article test must prove the escaping itself, not the policy behind it
    (test_api.py checks the policy is sent).
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ar", bypass_csp=True)
    pg = context.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.errors, pg.foreign = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: None if r.url.startswith(base_url) or r.url.startswith("data:") else pg.foreign.append(r.url))
    yield pg
    assert not pg.errors, f"script errors: {pg.errors}"
    assert not pg.foreign, f"requests to elsewhere: {pg.foreign}"
    context.close()


def shot(pg: Any, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_page_loads_events_table(page: Any, base_url: str) -> None:
    t0 = time.perf_counter()
    page.goto(base_url + "/")
    page.wait_for_selector("#events-table tbody tr")
    page.wait_for_function("document.body.dataset.ready === '1'")
    load_s = time.perf_counter() - t0
    timing = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0].toJSON())")
    nav = json.loads(timing)
    rows = page.locator("#events-table tbody tr").count()
    stats = page.locator("#stats").inner_text()
    (ARTIFACTS / "load_time.json").write_text(json.dumps({
        "events_view_ready_s": round(load_s, 3), "dom_content_loaded_ms": round(nav["domContentLoadedEventEnd"]),
        "load_event_ms": round(nav["loadEventEnd"]), "rows": rows, "stats": stats}, ensure_ascii=False, indent=1))
    assert rows >= 5
    assert page.locator("html").get_attribute("dir") == "rtl"
    shot(page, "events")


def test_filter_events(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/events")
    page.wait_for_selector("#events-table tbody tr")
    page.select_option("#f-type", "RETREAT")
    page.fill("input[name=place]", "قاعدة عين الأسد")
    page.click("#event-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('type=RETREAT')")
    page.wait_for_function("[...document.querySelectorAll('#events-table tbody tr')].every(r => r.dataset.type === 'RETREAT')")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 2
    types = {rows.nth(i).get_attribute("data-type") for i in range(rows.count())}
    assert types == {"RETREAT"}
    assert page.locator("#events-table .tag.conflict").count() >= 1  # the denied withdrawal
    shot(page, "events-filtered")


def test_article_highlights_and_details(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/doc/w-1")
    text = page.locator("#article-text")
    text.wait_for()
    expected = {"ORG": "القوات الأميركية", "FAC": "قاعدة عين الأسد", "LOC": "العراق", "PER": "حسين علاوي",
                "TIME": "أمس الاثنين", "QTY": "نحو 2500 جندي", "EVENT": "الانسحاب"}
    for kind, surface in expected.items():
        marks = text.locator(f"mark.k-{kind}")
        assert surface in [marks.nth(i).inner_text() for i in range(marks.count())], kind
    assert "Ain al-Asad Air Base" in text.locator("mark.k-FAC").first.get_attribute("title")
    text.locator("mark.k-TIME").first.click()
    details = page.locator("#details")
    assert "2025-08-18" in details.inner_text()
    text.locator("mark.k-FAC").first.click()
    assert "Ain al-Asad Air Base" in details.inner_text() and "33.800" in details.inner_text()
    side = page.locator(".side").inner_text()
    assert "حسين علاوي" in side and "الانسحاب يجري وفق الجدول" in side and "بعض المراقبين" in side
    page.locator("[data-event=V1]").click()
    assert page.locator("#article-text .focus-span").count() >= 1
    shot(page, "article")


def test_event_row_links_to_its_source(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/events?type=MOBILIZE&place=" + "قاعدة حرير الجوية")
    page.wait_for_selector("#events-table tbody tr")
    page.locator('#events-table tbody tr .sources a[href^="#/doc/w-1"]').first.click()
    page.wait_for_selector("#article-text mark")
    assert page.evaluate("location.hash").startswith("#/doc/w-1")
    assert page.locator("mark.selected").count() == 1  # the event's trigger, picked


def test_timeline_and_posture(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/timeline")
    page.wait_for_selector("#timeline svg circle.dot")
    assert page.locator("#timeline svg circle.dot").count() >= 4  # every fixture event with a place
    page.locator("#timeline svg circle.dot").first.dispatch_event("click")
    assert page.locator("#tl-detail .sources a").count() >= 1
    page.select_option("#tl-form select[name=by]", "actor")
    page.wait_for_function("[...document.querySelectorAll('#timeline svg text')].some(t => t.textContent.includes('القوات الأميركية'))")
    series = page.locator('#po-series option[data-key="marsad:actor:usa-mil|geonames:99237"]')
    assert "القوات الأميركية" in series.inner_text() and "العراق" in series.inner_text()
    page.select_option("#po-series", series.get_attribute("value"))
    page.wait_for_load_state("networkidle")  # the chart redraws after its fetch; click the new dots, not stale ones
    dots = page.locator("#posture svg circle.dot")
    assert dots.count() == 3
    dots.nth(1).dispatch_event("click")
    page.wait_for_function("document.querySelector('#po-detail').innerText.trim().length > 0")
    detail = page.locator("#po-detail").inner_text()
    assert "نفي عراقي للانسحاب" in detail and "قرابة 2000 جندي" in detail
    shot(page, "timeline")


def test_map(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/map")
    page.wait_for_selector("#map path.event-marker")
    assert page.locator("#map .leaflet-pane path").count() > 100  # country and province outlines
    assert page.locator("#map path.event-marker").count() >= 2
    page.wait_for_timeout(300)  # fitBounds settles
    page.locator("#map path.event-marker").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".sources a").count() >= 1
    page.wait_for_timeout(300)  # the popup's fade-in, for the screenshot
    shot(page, "map")


def test_switch_language(page: Any, base_url: str) -> None:
    page.goto(base_url + "/#/events?type=MOBILIZE")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("nav.tabs a[data-view=events]").inner_text() == "الأحداث"
    page.click("#lang-toggle")
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("nav.tabs a[data-view=events]").inner_text() == "Events"
    page.wait_for_function("document.querySelector('#events-table tbody').innerText.includes('Harir Air Base')")
    assert "Mobilize" in page.locator("#events-table tbody").inner_text()
    page.goto(base_url + "/#/doc/w-1")
    page.wait_for_selector("#article-text mark")
    assert "US forces" in page.locator(".side").inner_text()
    assert page.locator("#article-text").get_attribute("dir") == "rtl"  # the article stays Arabic
    shot(page, "english")
    page.click("#lang-toggle")
    page.wait_for_function("document.documentElement.lang === 'ar'")


def test_hostile_article_is_shown_as_text(page: Any, base_url: str) -> None:
    """Markup in an article's text, title, outlet, names and summary never runs or renders."""
    for hash_, ready in ((f"#/doc/{XSS_DOC}", "#article-text mark"), ("#/events", "#events-table tbody tr"),
                         ("#/timeline", "#timeline svg circle.dot")):
        page.goto(base_url + "/" + hash_)
        page.wait_for_selector(ready)
    page.goto(base_url + f"/#/doc/{XSS_DOC}")
    page.wait_for_selector("#article-text mark")
    page.locator("mark.k-ORG").first.click()
    page.goto(base_url + "/#/map")
    page.wait_for_selector("#map path.event-marker")
    for i in range(page.locator("#map path.event-marker").count()):
        page.locator("#map path.event-marker").nth(i).dispatch_event("click")
    ran = page.evaluate(f"[{', '.join(f'window.{m}' for m in MARKERS)}].filter(x => x !== undefined)")
    assert ran == []
    page.goto(base_url + f"/#/doc/{XSS_DOC}")
    page.wait_for_selector("#article-text mark")
    assert page.locator("#reader script, #reader img, #reader svg, #reader b").count() == 0
    assert "<script>window.__xss1=1</script>" in page.locator("#article-text").inner_text()
    assert '<img src=x onerror="window.__xss5=1">' in page.locator("#reader h1").inner_text()
    shot(page, "hostile-article")
