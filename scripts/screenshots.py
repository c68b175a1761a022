"""Screenshots for the README: `wireclaims show` and `wireclaims report` on the sample stories, as PNG.

    python scripts/screenshots.py        # writes docs/img/show.png and docs/img/report.png

Both are taken in headless Chromium (Debian: chromium, chromium-driver; selenium from the dev extras). The
terminal view is rendered by rich to SVG (`Console.export_svg`) and the SVG photographed, so no terminal is
needed. Nothing is fetched from the network: rich's SVG asks for a web font, and that rule is dropped.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

from wireclaims.models import ArticleResult, Record
from wireclaims.render.html import report_html
from wireclaims.render.records import SourceOptions, iter_records
from wireclaims.render.terminal import render_story

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHOW_STORY = SAMPLES / "reuters-harbour-tolls.txt"
OUT = ROOT / "docs" / "img"
SHOW_WIDTH = 100  # terminal columns
REPORT_WIDTH = 1100  # pixels


def _browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        sys.exit("error: needs chromium and chromedriver (Debian: apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


def _photograph(browser: Any, url: str, width: int, height: int, target: Path) -> None:
    """The page at `url` in a viewport of exactly width x height CSS pixels, saved as PNG."""
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    browser.get(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(browser.get_screenshot_as_png())


def show_svg(result: ArticleResult) -> str:
    """`wireclaims show` of this record in a 256-colour terminal, as SVG without web fonts."""
    console = Console(
        record=True, file=io.StringIO(), width=SHOW_WIDTH, force_terminal=True, color_system="256"
    )
    console.print(render_story(result))
    svg = console.export_svg(title=f"wireclaims show {SHOW_STORY.relative_to(ROOT)}")
    return re.sub(r"@font-face\s*\{[^}]*\}", "", svg)


def _records(paths: list[Path]) -> list[Record]:
    return list(iter_records([str(p) for p in paths], SourceOptions(jobs=1)))


def main() -> None:
    """Write both screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for show.png and report.png")
    args = parser.parse_args()
    shown = _records([SHOW_STORY])[0]
    assert isinstance(shown, ArticleResult), shown
    svg = show_svg(shown)
    box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
    assert box is not None, "rich's SVG has no viewBox"
    width, height = (int(float(n)) for n in box.groups())
    page = report_html(_records([SAMPLES]), title="wireclaims report: data/samples", top=5)
    browser = _browser()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "show.svg").write_text(svg, encoding="utf-8")
            (Path(tmp) / "report.html").write_text(page, encoding="utf-8")
            _photograph(browser, (Path(tmp) / "show.svg").as_uri(), width, height, args.out / "show.png")
            # the report down to the end of its first story: index, corpus tables and one marked story
            browser.get((Path(tmp) / "report.html").as_uri())
            bottom = browser.execute_script(
                "var r = document.getElementById('story-1').getBoundingClientRect(); return r.bottom + 24;"
            )
            url = (Path(tmp) / "report.html").as_uri()
            _photograph(browser, url, REPORT_WIDTH, int(bottom), args.out / "report.png")
    finally:
        browser.quit()
    print(f"wrote {args.out / 'show.png'} and {args.out / 'report.png'}", file=sys.stderr)


if __name__ == "__main__":
    main()
