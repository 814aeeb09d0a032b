"""In a real browser (JupyterLab + Debian's chromium): the tuner's and the review queue's layout at
1400x900 and at 900 px wide, and a review done with the keyboard, saved and read back.

Layout is checked by measuring boxes, not pixels: no tab title or button is cut (its text fits its
box), nothing runs past the widget's right edge, the editors stack above the views when narrow,
and the highlights start within the first screen. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_tuner_browser import ARTIFACTS, CHROMIUM_ARGS, RUN_ALL_S, lab  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: measured in the page: boxes of the widget, its tabs, buttons and inputs
MEASURE = """(root) => {
  const box = (el) => el.getBoundingClientRect();
  const r = document.querySelector(root);
  const rb = box(r);
  const visible = (el) => el.offsetParent !== null && box(el).width > 0;
  const cut = [];
  for (const el of r.querySelectorAll('.lm-TabBar-tab, button')) {
    if (!visible(el)) continue;
    const label = el.querySelector('.lm-TabBar-tabLabel') || el;
    if (label.scrollWidth > label.clientWidth + 1 || box(el).width < 8)
      cut.push((el.textContent || el.title || '?').trim() + ' ' + label.scrollWidth + '>' + label.clientWidth);
  }
  const outside = [];
  for (const el of r.querySelectorAll('input, textarea, select, button, .lm-TabBar-tab')) {
    if (!visible(el)) continue;
    // inside its panel (the editor tab or the views), which is inside the widget
    const panel = el.parentElement.closest('.lm-TabPanel-stack, .widget-tab-contents, .kit-views') || r;
    const pb = box(panel);
    if (box(el).right > Math.min(pb.right, rb.right) + 1 || box(el).left < pb.left - 1)
      outside.push((el.placeholder || el.textContent || el.tagName).trim().slice(0, 40) + ' ' +
                   Math.round(box(el).right) + '>' + Math.round(Math.min(pb.right, rb.right)));
  }
  const q = (sel) => { const el = r.querySelector(sel); return el && visible(el) ? box(el) : null; };
  return {width: rb.width, height: rb.height, top: rb.top, scroll: r.scrollWidth, client: r.clientWidth,
          cut, outside, editors: q('.kit-editors'), views: q('.kit-views'), render: q('.kit-render')};
}"""


def _run_all(page, lab: dict, notebook: str, ready: str):
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect

    page.set_default_timeout(60_000)
    page.goto(lab["url"].replace("03-rule-tuning.ipynb", notebook), wait_until="domcontentloaded")
    expect(page.locator(".jp-NotebookPanel").first).to_be_visible(timeout=120_000)
    expect(page.locator(".jp-StatusBar-Widget", has_text="| Idle").first).to_be_visible(timeout=120_000)
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel").get_by_text("Run All Cells", exact=True).click()
    try:
        page.locator(".jp-Dialog").get_by_role("button", name="Select", exact=True).click(timeout=5_000)
    except PlaywrightTimeoutError:
        pass
    expect(page.locator(ready).first).to_be_visible(timeout=RUN_ALL_S * 1000)


def _check_layout(page, root: str, name: str) -> dict:
    m = page.evaluate(MEASURE, root)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    assert m["cut"] == [], f"{name}: cut tab titles or buttons: {m['cut']}"
    assert m["outside"] == [], f"{name}: past the right edge: {m['outside']}"
    assert m["scroll"] <= m["client"] + 1, f"{name}: horizontal overflow {m['scroll']} > {m['client']}"
    return m


def test_tuner_layout_at_1400_and_900(chromium: Path, lab: dict) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            _run_all(page, lab, "03-rule-tuning.ipynb", ".kit-tuner .kit-render")
            page.locator(".kit-tuner").first.scroll_into_view_if_needed()
            wide = _check_layout(page, ".kit-tuner", "tuner-1400")
            # side by side: the views start beside the editors, the highlights within one screen
            assert wide["views"]["left"] >= wide["editors"]["right"] - 1
            assert wide["render"]["top"] - wide["top"] < 900
            assert wide["height"] < 1300, f"the tuner is {wide['height']} px tall at 1400x900"
            page.set_viewport_size({"width": 900, "height": 900})
            page.wait_for_timeout(1500)
            narrow = _check_layout(page, ".kit-tuner", "tuner-900")
            assert narrow["views"]["top"] >= narrow["editors"]["bottom"] - 1  # stacked
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "tuner-layout-failure.png"))
            print(lab["log"].read_text(errors="replace")[-5000:])
            raise
        finally:
            browser.close()


def test_review_three_quotes_with_the_keyboard(chromium: Path, lab: dict) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    gold = lab["notebooks"] / "review.jsonl"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            _run_all(page, lab, "05-review.ipynb", ".kit-review .kit-render")
            _check_layout(page, ".kit-review", "review-1400")
            keys = page.get_by_placeholder("keys: a accept", exact=False)
            header = page.locator(".kit-review-header").first
            expect(header).to_contain_text("0 reviewed")
            keys.click()
            keys.press("a")
            expect(header).to_contain_text("1 reviewed")
            keys.press("x")
            expect(header).to_contain_text("2 reviewed")
            keys.press("1")
            expect(page.locator(".kit-tuner-status", has_text="speaker:").first).to_be_visible()
            keys.press("a")
            expect(header).to_contain_text("3 reviewed")
            page.screenshot(path=str(ARTIFACTS / "review.png"))
            articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
            statuses = sorted([q["review"] for a in articles for q in a["quotes"] if q["review"] != "pending"]
                              + ["rejected" for a in articles for _ in a["rejected"]])
            assert statuses == ["accepted", "corrected", "rejected"]
            assert all(set(a) >= {"id", "title", "text", "quotes", "entities"} for a in articles)
            # read back: the queue opened again starts from the file
            page.set_viewport_size({"width": 900, "height": 900})
            _check_layout(page, ".kit-review", "review-900")
            _run_all(page, lab, "05-review.ipynb", ".kit-review .kit-render")
            expect(page.locator(".kit-tuner-status", has_text="3 already reviewed").first).to_be_visible()
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "review-failure.png"))
            print(lab["log"].read_text(errors="replace")[-5000:])
            raise
        finally:
            browser.close()
