"""The HTML report in a real browser: headless Chromium driven by selenium.

Needs the `chromium` and `chromium-driver` Debian packages (`.ci/run` installs them); skipped, saying so,
only where neither binary exists. The page is opened from a file, as a reader opens it: no server, no network.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from render_records import EXPECTED, error, record

from wireclaims.models import ArticleResult, Record
from wireclaims.render.html import report_html

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed: pip install -e '.[dev]'"
)


def _which(*names: str) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


CHROMIUM = _which("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DRIVER = _which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no chromium/chromedriver binary: apt-get install chromium chromium-driver (.ci/run does)",
)

HOSTILE = record(
    '"Trust us," Cole said. <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">',
    ["Cole"],
    quotes=[("Trust us,", 0, "said")],
    article_id="hostile.txt",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # an explicit driver path: selenium would otherwise try to download one
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def records() -> list[Record]:
    samples = [
        ArticleResult.model_validate_json(p.read_bytes()) for p in sorted(EXPECTED.glob("samples/*.json"))
    ]
    return [*samples, HOSTILE, error()]


def test_report_in_chromium_shows_every_quote_and_logs_no_errors(
    browser: Any, records: list[Record], tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(report_html(records), encoding="utf-8")
    browser.get(page.as_uri())

    quotes = browser.find_elements(By.CSS_SELECTOR, ".text .q")
    quote_ids = {q.get_attribute("title").split()[1] for q in quotes}
    assert len(quote_ids) >= max(len(r.quotes) for r in records if isinstance(r, ArticleResult))
    assert all(q.is_displayed() for q in quotes)
    assert "cue “" in quotes[0].get_attribute("title") and "confidence" in quotes[0].get_attribute("title")

    hostile = browser.find_element(By.ID, f"story-{len(records) - 1}")
    assert "<script>window.pwned = 1</script>" in hostile.text
    assert browser.execute_script("return window.pwned === undefined")
    assert "not-a-story: the input is empty" in browser.find_element(By.ID, "index").text

    # the page's own script: hovering a speaker's row outlines that speaker's marks
    row = browser.find_element(By.CSS_SELECTOR, "#story-1 tr[data-speaker]")
    ActionChains(browser).move_to_element(row).perform()
    assert browser.find_elements(By.CSS_SELECTOR, "#story-1 .hl")

    problems = [entry for entry in browser.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}]
    assert problems == []
