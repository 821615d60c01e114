"""The HTML report in a real headless browser (Debian's chromium through Playwright): summary and a problem row."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import okrcoach
from okrcoach.sheets.write import write_report

from .conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        # CI installs chromium and sets OKRCOACH_REQUIRE_BROWSER=1, so there a missing browser fails the run
        message = f"chromium is not installed at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("OKRCOACH_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    return page, requests


@pytest.mark.parametrize(
    ("sheet", "lang"), [("en_1_key_result_rows.csv", "en"), ("ja_1_key_result_rows_sjis.csv", "ja")]
)
def test_html_report_shows_the_summary_and_a_problem_row(browser, tmp_path, sheet, lang):
    report = okrcoach.check_sheet(EXAMPLES / sheet)
    out = tmp_path / "report.html"
    write_report(report, out)
    page, requests = _open(browser, out)
    assert page.inner_text("#n-statements") == str(len(report.judged))
    assert page.inner_text("#n-problems") == str(report.count("problem"))
    assert page.inner_text("#sharpness") == str(report.sharpness)
    first = page.locator("#problems tr.problem").first
    text = first.inner_text()
    expected = {"en": "Redesign the welcome email sequence", "ja": "展示会に出展する"}[lang]
    assert expected in text
    assert {"en": "problem", "ja": "問題"}[lang] in text
    # the rewrite's example values are highlighted, in every problem row that has a rewrite
    rewritten = [j for j in report.judged if j.severity == "problem" and j.suggestion is not None]
    assert rewritten
    for j in rewritten:
        row = page.locator("#problems tr.problem", has_text=j.item.text).first
        assert row.locator("mark").count() >= 1, j.item.text
    assert page.locator("svg rect").count() >= 3  # the chart drew bars
    assert requests == [out.as_uri()]  # nothing but the page itself was requested
    page.close()


def test_html_report_screenshot_renders(browser, tmp_path):
    report = okrcoach.check_sheet(EXAMPLES / "en_3_typed_rows.csv")
    out = tmp_path / "report.html"
    write_report(report, out)
    page, _ = _open(browser, out)
    png = page.screenshot(full_page=False)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    page.close()
