#!/usr/bin/env python3
"""make search-bench: the search index's size against the HTML it covers, and the time from a
keystroke to the first result painted, in headless Chromium from disk (file://).

For each built site given: the bytes of search/*.js against the bytes of the pages the search
covers (enterprises, regions of every year, demonstration sites, each year's honor roll, reports)
and against every HTML page; then, in a fresh page each time, a two-character query typed at the
moment the box takes the focus (nothing of the index loaded: "cold"), and the same query typed
again into that page after another query has finished ("warm": the page list is loaded). The time runs from the input event to the
first frame after the first result is in the list (requestAnimationFrame, then a task), and to the
end of the search (every result known). Median of --runs runs.

Usage: search_bench.py --site public --site .bench/city-site [--runs 5]
"""

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser_check import Browser, searched_pages  # noqa: E402

TYPE = """((query, box, results) => {
  const list = document.getElementById(results);
  const input = document.getElementById(box);
  const m = window.__measure = {start: 0, first: 0, paint: 0, done: 0};
  const observer = new MutationObserver(() => {
    if (!m.first && list.querySelector('.search-result')) {
      m.first = performance.now();
      requestAnimationFrame(() => setTimeout(() => { m.paint = performance.now(); }, 0));
    }
    if (!m.done && list.getAttribute('data-state') === 'done') {
      m.done = performance.now();
      if (!m.first) requestAnimationFrame(() => setTimeout(() => { m.paint = performance.now(); }, 0));
    }
  });
  observer.observe(list, {childList: true, attributes: true, attributeFilter: ['data-state']});
  input.value = '';
  input.focus();
  input.value = query;
  m.start = performance.now();
  input.dispatchEvent(new InputEvent('input', {bubbles: true, data: query, inputType: 'insertText'}));
})(%s, %s, %s)"""


def measure(browser, query, header=False):
    time.sleep(0.4)  # a pause before typing, as a person makes between two queries
    box, results = ("site-search-q", "site-search-results") if header else ("search-q", "search-results")
    browser.evaluate(TYPE % (json.dumps(query), json.dumps(box), json.dumps(results)))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        m = browser.evaluate("window.__measure")
        if m["paint"] and m["done"]:
            count = browser.evaluate(f"document.getElementById('{results}').previousElementSibling.textContent")
            return m["paint"] - m["start"], m["done"] - m["start"], count
        time.sleep(0.02)
    raise RuntimeError(f"no result for {query!r} within 60 s")


def sizes(site):
    index = sum(p.stat().st_size for p in (site / "search").glob("*.js"))
    covered = sum((site / path).stat().st_size for path in searched_pages_paths(site))
    every = sum(p.stat().st_size for p in site.rglob("*.html"))
    return index, covered, every


def searched_pages_paths(site):
    return list(searched_pages(site, read=False))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", action="append", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--query", action="append", help="two-character queries (default 党组, 街道, 恒达)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    queries = args.query or ["党组", "街道", "恒达"]
    print("| site | pages searched | index | covered HTML | index ÷ covered | index ÷ all HTML | query "
          "| header box, nothing loaded: first result painted | search page: first painted | search page: all "
          "| again: first painted | again: all | results |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for site in args.site:
        site = site.resolve()
        index, covered, every = sizes(site)
        pages = len(searched_pages_paths(site))
        url = site.as_uri() + "/search/index.html"
        for query in queries:
            header, cold, cold_done, warm, warm_done = [], [], [], [], []
            results = ""
            for _ in range(args.runs):
                browser = Browser(args.chromium)
                try:
                    browser.call("Network.setCacheDisabled", {"cacheDisabled": True}, session=True)
                    problems = browser.open(site.as_uri() + "/index.html", 1366, 768)
                    if problems:
                        sys.exit(f"{url}: {problems}")
                    header.append(measure(browser, query, header=True)[0])
                    browser.close()
                    browser = Browser(args.chromium)
                    browser.call("Network.setCacheDisabled", {"cacheDisabled": True}, session=True)
                    problems = browser.open(url, 1366, 768)
                    if problems:
                        sys.exit(f"{url}: {problems}")
                    paint, done, _ = measure(browser, query)
                    cold.append(paint)
                    cold_done.append(done)
                    measure(browser, "组织" if query != "组织" else "党组")
                    paint, done, results = measure(browser, query)
                    warm.append(paint)
                    warm_done.append(done)
                finally:
                    browser.close()
            ms = lambda values: f"{statistics.median(values):.0f} ms"
            print(f"| {site.name} | {pages:,} | {index / 1e6:.1f} MB | {covered / 1e6:.1f} MB | {index / covered:.0%} "
                  f"| {index / every:.0%} | {query} | {ms(header)} | {ms(cold)} | {ms(cold_done)} | {ms(warm)} | {ms(warm_done)} "
                  f"| {results} |", flush=True)


if __name__ == "__main__":
    main()
