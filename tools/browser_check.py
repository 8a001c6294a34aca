#!/usr/bin/env python3
"""The site checked as users open it: headless Chromium loads the dashboard, a township, an
enterprise, a demonstration site and their index, a report, the honor roll (all years and the
latest) and the meeting-room screen, from disk (file://) and from
`dangjian serve` under a sub-path, and fails on any failed request, error response, console error
or uncaught exception; it checks that the enterprise list's filters and sorting work and that the
year switch carries the filter, that every card link (numerator, denominator, 其余) of the
dashboard and a township opens a list of exactly that many rows as site.js filters it, that no
table cell is squeezed to a character a line and no page is wider than the screen at 390 px, and
saves screenshots at 1366×768 and 390×844; the screen also at 1920×1080 and 3840×2160 with its
carousel running, before and 20 seconds (of virtual time) later.

Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe): no port,
no websocket library, and every console message, exception and network failure arrives as an
event tied to the page, where --dump-dom would only show stderr lines to be parsed.

Usage: browser_check.py --site public --dangjian .build/release/dangjian --screens .build/screens
(--dangjian starts `dangjian serve --base /dangjian/` on a free port and stops it with Ctrl-C's
signal at the end, which must end it cleanly; --serve-url checks a server already running.)
"""

import argparse
import base64
import html.parser
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
from pathlib import Path

SIZES = [(1366, 768), (390, 844)]


class Browser:
    """One headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="dangjian-chromium-")
        to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_write = os.pipe()

        def wire():  # Chromium reads commands on fd 3 and writes answers on fd 4.
            reading, writing = os.dup(to_chrome_read), os.dup(from_chrome_write)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
             "--disable-extensions", "--disable-background-networking", "--disable-component-update",
             "--lang=zh-CN", f"--user-data-dir={self.profile}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Page", "Runtime", "Log", "Network"]:
            self.call(domain + ".enable", session=True)

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, message):
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self.to_chrome, data):]

    def receive(self, timeout):
        """The next message, or None after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.from_chrome], [], [], left)[0]:
                return None
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.send(message)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self.receive(deadline - time.monotonic())
            if reply is None:
                break
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise RuntimeError(f"{method}: no answer within {timeout} s")

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(index)
            message = self.receive(deadline - time.monotonic())
            if message and "method" in message:
                self.events.append(message)
        raise RuntimeError(f"{method} did not come within {timeout} s")

    def settle(self, quiet=0.4):
        """Collects events until none comes for `quiet` seconds (scripts and row files loaded)."""
        while True:
            message = self.receive(quiet)
            if message is None:
                return
            if "method" in message:
                self.events.append(message)

    def open(self, url, width, height):
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=True)
        self.events = []
        result = self.call("Page.navigate", {"url": url}, session=True)
        if result.get("errorText"):
            return [f"navigation failed: {result['errorText']}"]
        self.wait_for("Page.loadEventFired")
        self.settle()
        return self.problems()

    def problems(self):
        """Every failed request, error response, console error and exception since the page opened."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                found.append("exception: " + details.get("exception", {}).get("description", details.get("text", "")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console error: " + " ".join(str(a.get("value", a.get("description", "")))
                                                         for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"request failed: {params.get('errorText')} ({params.get('type')})")
            elif method == "Network.responseReceived" and params["response"].get("status", 200) >= 400:
                found.append(f"HTTP {params['response']['status']}: {params['response']['url']}")
        return found

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        path.write_bytes(base64.b64decode(data))


def pages_of(site):
    """The pages to open, as paths below the site's root, found from the built site."""
    indicators = json.loads((site / "data/indicators.json").read_text(encoding="utf-8"))
    root = next(r["region"] for r in indicators["regions"] if r.get("parent") is None)
    township = next(r["region"] for r in indicators["regions"] if r.get("parent") == root)

    def first(folder):
        names = sorted(p.name for p in (site / folder).iterdir() if (p / "index.html").is_file())
        if not names:
            sys.exit(f"browser check: no page under {folder}/ in {site}")
        return f"{folder}/{names[0]}/index.html"

    return {
        "dashboard": "index.html",
        "township": f"regions/{township}/index.html",
        "enterprise": first("enterprises"),
        "showcase": first("showcase"),
        "report": first("reports"),
        "honors": "honors/index.html",
        "honors-year": f"honors/{max(int(p.name) for p in (site / 'honors').iterdir() if p.name.isdigit())}/index.html",
        "showcases": "showcase/index.html",
        "screen": "screen/index.html",
        "regions": "regions/index.html",
        "list": f"regions/{root}/enterprises/index.html",
        "search": "search/index.html",
    }, f"regions/{root}/enterprises/index.html"


LIST_STATE = """(() => {
  const rows = Array.from(document.querySelectorAll('#enterprise-rows [data-filter-item]'));
  const shown = rows.filter(r => !r.hidden);
  return {total: rows.length, shown: shown.length, modes: shown.map(r => r.cells[7].textContent.trim()),
          formVisible: !document.querySelector('form[data-filter-for]').hidden};
})()"""

SET_FILTER = """(() => {
  const select = document.querySelector('select[data-filter-key="mode"]');
  select.value = %s;
  select.dispatchEvent(new Event('change'));
})()"""

YEAR_LINKS = """Array.from(document.querySelectorAll('.year-switch a')).map(a => a.getAttribute('href'))"""

# Table cells squeezed to one character per line: the first two characters of a cell's text fall
# on two lines. Returns the offending cells' texts (visible tables only).
SQUEEZED_CELLS = """(() => {
  const squeezed = [];
  document.querySelectorAll('table th, table td').forEach(cell => {
    if (!cell.offsetParent) return;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const text = node.textContent;
      const start = text.search(/\\S\\S/);
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 2);
      const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
      if (rects.length > 1 && Math.abs(rects[0].top - rects[1].top) > 2) squeezed.push(cell.textContent.trim().slice(0, 20));
      break;
    }
  });
  return squeezed;
})()"""

SORT_BY_STAFF = """(() => {
  const table = document.querySelector('table.sortable');
  const column = Array.from(table.tHead.rows[0].cells).findIndex(c => c.textContent.trim() === '从业人员');
  table.tHead.rows[0].cells[column].querySelector('button.sort').click();
  return Array.from(table.tBodies[0].rows).filter(r => !r.hidden)
    .map(r => parseFloat(r.cells[column].textContent.replace(/,/g, ''))).filter(n => !isNaN(n));
})()"""


CARD_LINKS = """Array.from(document.querySelectorAll('.kpi')).flatMap(card => {
  const title = card.querySelector('.kpi-title').firstChild.textContent.trim();
  const links = [];
  card.querySelectorAll('a[title="查看计入分子的企业"], a[title="查看分母中的企业"]').forEach(a =>
    links.push({title: title + ' ' + a.title, href: a.href, expected: parseInt(a.textContent, 10)}));
  const rest = card.querySelector('.kpi-rest a');
  if (rest) links.push({title: title + ' 其余', href: rest.href, expected: parseInt(rest.textContent.replace(/\\D/g, ''), 10)});
  return links;
})"""


def check_cards(browser, url):
    """Every card link of the page at `url` (numerator, denominator, 其余) opens a list showing
    exactly that many rows, filtered by site.js itself."""
    failures = []
    browser.open(url, *SIZES[0])
    links = browser.evaluate(CARD_LINKS)
    if not links:
        return [f"{url}: no card links found"]
    for link in links:
        # From a blank page: a link differing from the last only in its #filters would not reload.
        browser.open("about:blank", *SIZES[0])
        problems = browser.open(link["href"], *SIZES[0])
        failures += [f"{link['href']}: {problem}" for problem in problems]
        state = browser.evaluate(LIST_STATE)
        deadline = time.monotonic() + 10
        while not state["formVisible"] and time.monotonic() < deadline:
            time.sleep(0.1)
            state = browser.evaluate(LIST_STATE)
        if state["shown"] != link["expected"]:
            failures.append(f"{url}: the card link “{link['title']}” says {link['expected']} but its list shows "
                            f"{state['shown']} rows ({link['href']})")
    print(f"browser check: {len(links)} card links of {url} open lists of as many rows")
    return failures


def check_list(browser, url):
    """The enterprise list's filter and sorting, on a page already open."""
    failures = []
    state = browser.evaluate(LIST_STATE)
    if not state["formVisible"] or state["total"] < 2:
        return [f"{url}: the filter form is not shown ({state['formVisible']}) or the list is empty "
                f"({state['total']} rows)"]
    browser.evaluate(SET_FILTER % json.dumps("未建"))
    filtered = browser.evaluate(LIST_STATE)
    # Another year opens with the same filter.
    years = browser.evaluate(YEAR_LINKS)
    if len(years) < 2 or not all(href.endswith("#mode=%E6%9C%AA%E5%BB%BA") for href in years):
        failures.append(f"{url}: the year switch does not carry the filter 组建方式 未建: {years}")
    if not (0 < filtered["shown"] < filtered["total"]) or set(filtered["modes"]) != {"未建"}:
        failures.append(f"{url}: filtering by 组建方式 未建 shows {filtered['shown']} of {filtered['total']} "
                        f"with modes {sorted(set(filtered['modes']))}")
    browser.evaluate(SET_FILTER % json.dumps(""))
    if browser.evaluate(LIST_STATE)["shown"] != state["total"]:
        failures.append(f"{url}: clearing the filter does not show every row again")
    ascending = browser.evaluate(SORT_BY_STAFF)
    descending = browser.evaluate(SORT_BY_STAFF)
    if len(ascending) < 2 or ascending != sorted(ascending) or descending != sorted(descending, reverse=True):
        failures.append(f"{url}: sorting by 从业人员 does not order the rows ({ascending[:5]} …, {descending[:5]} …)")
    return failures


# ---- Search: the results of typed queries against the pages' own text ----

SKIPPED = {"script", "style", "svg", "template", "nav", "noscript"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class MainText(html.parser.HTMLParser):
    """The text of a page's <main> as the search defines it (README, "Search"), written apart from
    the build's own extraction so that the two check each other."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside, self.skipping, self.out, self.space = False, [], [], False

    def handle_starttag(self, tag, attrs):
        if tag == "main" and not self.inside:
            self.inside = True
            return
        if not self.inside:
            return
        if self.skipping:
            if tag == self.skipping[0] and tag not in VOID:
                self.skipping.append(tag)
            return
        if tag not in INLINE:
            self.space = True
        if tag not in VOID and (tag in SKIPPED or any(name == "data-nosearch" for name, _ in attrs)):
            self.skipping.append(tag)

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if self.skipping:
            if tag == self.skipping[0]:
                self.skipping.pop()
            return
        if tag == "main":
            self.inside = False
        elif tag not in INLINE:
            self.space = True

    def handle_data(self, data):
        if not self.inside or self.skipping:
            return
        for char in data:
            if char.isspace():
                self.space = True
            else:
                if self.space and self.out:
                    self.out.append(" ")
                self.space = False
                self.out.append(char)


def fold(text):
    return unicodedata.normalize("NFKC", text).lower()


def searched_pages(site, read=True):
    """Every page the search covers, path → folded text (None unless `read`): enterprises, regions
    (every year), demonstration sites, each year's honor roll and the reports."""
    patterns = [r"enterprises/[^/]+/index\.html", r"regions/[^/]+/(\d{4}/)?index\.html",
                r"showcase/[^/]+/index\.html", r"honors/\d{4}/index\.html", r"reports/[^/]+/index\.html"]
    pages = {}
    for path in site.rglob("index.html"):
        relative = path.relative_to(site).as_posix()
        if any(re.fullmatch(pattern, relative) for pattern in patterns):
            if not read:
                pages[relative] = None
                continue
            parser = MainText()
            parser.feed(path.read_text(encoding="utf-8"))
            pages[relative] = fold("".join(parser.out))
    return pages


def search_queries(site, pages):
    """党组织, a township's name, part of an enterprise's name, a credit-code prefix and markup."""
    indicators = json.loads((site / "data/indicators.json").read_text(encoding="utf-8"))
    root = next(r for r in indicators["regions"] if r.get("parent") is None)
    township = next(r for r in indicators["regions"] if r.get("parent") == root["region"])
    codes = sorted(p.split("/")[1] for p in pages if p.startswith("enterprises/") and len(p.split("/")[1]) == 18)
    first = (site / f"enterprises/{codes[0]}/index.html").read_text(encoding="utf-8")
    name = re.search(r"<h1>([^<]+)</h1>", first).group(1)
    queries = ["党组织", township["name"], name[len(name) // 3:len(name) // 3 + 3], codes[len(codes) // 2][:8],
               "<img src=x onerror=alert(1)>"]
    # The page named exactly as the query comes first: the township's own page of the latest year.
    return queries, {township["name"]: f"regions/{township['region']}/index.html"}


RESULTS = """(() => {
  const list = document.querySelector('[data-search-results]');
  return {state: list.getAttribute('data-state'), more: !document.querySelector('[data-search-more]').hidden,
          links: Array.from(list.querySelectorAll('.search-result a.search-title')).map(a => a.href),
          images: list.querySelectorAll('img').length, status: document.querySelector('[data-search-status]').textContent};
})()"""


def type_query(browser, query):
    browser.evaluate("(() => { const i = document.getElementById('search-q'); i.value = ''; i.focus(); })()")
    time.sleep(0.35)  # a pause, as between two queries a person types
    browser.call("Input.insertText", {"text": query}, session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = browser.evaluate(RESULTS)
        if state["state"] in ("done", "error"):
            if not state["more"]:
                return state
            browser.evaluate("document.querySelector('[data-search-more]').click()")
        time.sleep(0.05)
    raise RuntimeError(f"search for {query!r} did not finish within 60 s")


def check_search(browser, site, base):
    """Types each query into the search page and compares the listed pages with every page whose
    text holds the query; then opens a result with the keyboard."""
    failures = []
    pages = searched_pages(site)
    url = base + "search/index.html"
    failures += [f"{url}: {problem}" for problem in browser.open(url, *SIZES[0])]
    queries, firsts = search_queries(site, pages)
    for query in queries:
        state = type_query(browser, query)
        wanted = fold(" ".join(query.split()))
        expected = sorted(path for path, text in pages.items() if wanted in text)
        listed = [urllib.parse.unquote(link[len(site.as_uri()) + 1:]) for link in state["links"]]
        if state["state"] != "done" or sorted(listed) != expected or len(set(listed)) != len(listed):
            missing, extra = sorted(set(expected) - set(listed)), sorted(set(listed) - set(expected))
            failures.append(f"search {query!r}: state {state['state']} ({state['status']}), {len(listed)} listed, "
                            f"{len(expected)} expected; missing {missing[:5]}, not containing it {extra[:5]}")
        if query in firsts and listed[:1] != [firsts[query]]:
            failures.append(f"search {query!r}: the first result is {listed[:1]}, not {firsts[query]}")
        if state["images"]:
            failures.append(f"search {query!r}: the result list holds an <img>")
        print(f"browser check: search {query!r}: {len(listed)} results, {len(expected)} pages hold it")
    failures += [f"{url} while searching: {problem}" for problem in browser.problems()]
    # Keyboard: ArrowDown selects the first result, Enter opens it.
    state = type_query(browser, queries[1])
    for key in ["ArrowDown", "Enter"]:
        for kind in ["keyDown", "keyUp"]:
            browser.call("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key,
                                                    "windowsVirtualKeyCode": 40 if key == "ArrowDown" else 13},
                         session=True)
    time.sleep(0.5)
    opened = browser.evaluate("location.href")
    if not state["links"] or opened != state["links"][0]:
        failures.append(f"search: ArrowDown and Enter opened {opened}, not the first result {state['links'][:1]}")
    # A query in the address runs at once, from disk as ?q= and #q=.
    for address in ["search/index.html#q=%E5%85%9A", "search/index.html?q=" + urllib.parse.quote("党组织")]:
        failures += [f"{base + address}: {problem}" for problem in browser.open(base + address, *SIZES[0])]
        deadline = time.monotonic() + 30
        while browser.evaluate(RESULTS)["state"] != "done" and time.monotonic() < deadline:
            time.sleep(0.05)
        if not browser.evaluate(RESULTS)["links"]:
            failures.append(f"{base + address}: the query in the address shows no results")
    # The header's box: "/" focuses it, typing shows the panel.
    browser.open(base + "index.html", *SIZES[1])
    browser.call("Input.dispatchKeyEvent", {"type": "keyDown", "key": "/", "code": "Slash", "text": "/"},
                 session=True)
    browser.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": "/", "code": "Slash"}, session=True)
    if browser.evaluate("document.activeElement && document.activeElement.id") != "site-search-q":
        failures.append("pressing / does not put the cursor in the header's search box")
    browser.call("Input.insertText", {"text": "党"}, session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not browser.evaluate(
            "document.querySelectorAll('#site-search-results .search-result').length"):
        time.sleep(0.05)
    if browser.evaluate("document.querySelector('.search-panel').hidden"):
        failures.append("typing in the header's box shows no results")
    browser.screenshot(Path(os.environ.get("SCREENS", ".build/screens")) / "file-header-search-390x844.png")
    failures += [f"header search: {problem}" for problem in browser.problems()]
    return failures


class Preview:
    """`dangjian serve` on a free port of 127.0.0.1 under /dangjian/, building into its own folder."""

    def __init__(self, executable, output):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/dangjian/"
        self.process = subprocess.Popen(
            [executable, "serve", "--port", str(port), "--base", "/dangjian/", "--output", str(output),
             "--content", "content", "--templates", "Templates"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit("browser check: dangjian serve stopped:\n" + self.process.stdout.read())
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        self.process.kill()
        sys.exit("browser check: dangjian serve did not start listening within 180 s")

    def stop(self):
        """Ctrl-C; returns a problem when the server does not end cleanly within 10 s."""
        self.process.send_signal(signal.SIGINT)
        try:
            output, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return "dangjian serve did not stop within 10 s of SIGINT"
        if self.process.returncode != 0:
            return f"dangjian serve exited with {self.process.returncode} on SIGINT:\n{output}"
        return None


SCREEN_STATE = """(() => ({
  region: document.querySelector('[data-screen-region]').textContent,
  overflows: document.scrollingElement.scrollWidth > innerWidth || document.scrollingElement.scrollHeight > innerHeight,
  value: document.querySelector('[data-screen-card] .kpi-value').textContent
}))()"""


def check_screen(chromium, url, screens, source):
    """The meeting-room screen at 1920×1080 and 3840×2160 with the carousel running: nothing
    scrolls, and 20 seconds later (virtual time) it shows the first township's figures. Each size
    gets its own browser: once virtual time has run, a page's clock stays virtual."""
    failures = []
    for width, height in [(1920, 1080), (3840, 2160)]:
        browser = Browser(chromium)
        try:
            problems = browser.open(url + "#rotate=20", width, height)
            failures += [f"{url} at {width}×{height}: {problem}" for problem in problems]
            before = browser.evaluate(SCREEN_STATE)
            browser.screenshot(screens / f"{source}-screen-{width}x{height}-0s.png")
            browser.call("Emulation.setVirtualTimePolicy", {"policy": "advance", "budget": 21000}, session=True)
            browser.wait_for("Emulation.virtualTimeBudgetExpired")
            after = browser.evaluate(SCREEN_STATE)
            browser.screenshot(screens / f"{source}-screen-{width}x{height}-20s.png")
            if before["overflows"] or after["overflows"]:
                failures.append(f"{url} at {width}×{height}: the screen scrolls")
            if after["region"] == before["region"]:
                failures.append(f"{url} at {width}×{height}: the carousel did not move on after 20 s")
            failures += [f"{url} at {width}×{height}: {problem}" for problem in browser.problems()]
        finally:
            browser.close()
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, type=Path, help="the built site, opened from disk")
    parser.add_argument("--serve-url", help="the same site from dangjian serve, e.g. http://127.0.0.1:8123/dangjian/")
    parser.add_argument("--dangjian", help="the dangjian executable: start its serve command for the check")
    parser.add_argument("--screens", required=True, type=Path, help="where screenshots are saved")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()

    site = args.site.resolve()
    pages, enterprise_list = pages_of(site)
    sources = [("file", site.as_uri() + "/")]
    preview = None
    if args.dangjian:
        preview = Preview(args.dangjian, Path(".build/browser-check-site"))
        args.serve_url = preview.url
    if args.serve_url:
        sources.append(("serve", args.serve_url.rstrip("/") + "/"))
    args.screens.mkdir(parents=True, exist_ok=True)

    browser = Browser(args.chromium)
    failures, opened = [], 0
    try:
        for source, base in sources:
            for name, path in pages.items():
                for width, height in SIZES:
                    url = base + path
                    problems = browser.open(url, width, height)
                    opened += 1
                    failures += [f"{url} at {width}×{height}: {problem}" for problem in problems]
                    if source == "serve" and browser.evaluate("!!document.getElementById('dangjian-preview-overlay')"):
                        failures.append(f"{url}: the preview shows a failed build")
                    if width < 600:
                        overflow = browser.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                        if overflow > 1:
                            failures.append(f"{url} at {width}×{height}: the page is {overflow} px wider than "
                                            "the screen")
                        squeezed = browser.evaluate(SQUEEZED_CELLS)
                        if squeezed:
                            failures.append(f"{url} at {width}×{height}: table cells squeezed to one character "
                                            f"a line: {squeezed[:5]}")
                    browser.screenshot(args.screens / f"{source}-{name}-{width}x{height}.png")
            failures += check_screen(args.chromium, base + "screen/index.html", args.screens, source)
            opened += 2
            url = base + enterprise_list
            problems = browser.open(url, *SIZES[0])
            failures += [f"{url}: {problem}" for problem in problems]
            failures += check_list(browser, url)
            if source == "file":
                failures += check_cards(browser, base + pages["dashboard"])
                failures += check_cards(browser, base + pages["township"])
                os.environ["SCREENS"] = str(args.screens)
                failures += check_search(browser, site, base)
    finally:
        browser.close()
        if preview:
            problem = preview.stop()
            if problem:
                failures.append(problem)

    for failure in failures:
        print("browser check: " + failure, file=sys.stderr)
    print(f"browser check: {opened} page loads from {', '.join(s for s, _ in sources)}, "
          f"{len(failures)} problems; screenshots in {args.screens}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
