// dangjian — search over the index the build writes into search/ (see README, "Search").
// The index is split into classic scripts loaded on demand: a page opened from disk (file://)
// may not fetch() the files beside it, but it may load scripts. Every string taken from the
// index is put into the page as text (text nodes, textContent), never as HTML.
(function () {
  "use strict";

  var data = (window.dangjianSearchData = window.dangjianSearchData || {});
  var loading = {};
  var base = null; // the URL of the search/ folder
  var meta = null;
  var postingCache = {};
  var foldedTexts = [];
  var averageLength = 1;
  var K1 = 1.2;
  var B = 0.75;

  // ---- Loading the parts of the index ----

  function load(name) {
    if (data[name]) return Promise.resolve(data[name]);
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + name + ".js";
        script.onload = function () {
          if (data[name]) resolve(data[name]);
          else reject(new Error("搜索索引文件 " + name + ".js 内容不完整"));
        };
        script.onerror = function () {
          delete loading[name];
          reject(new Error("无法载入搜索索引文件 " + name + ".js"));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function loadMeta() {
    return load("meta").then(function (value) {
      if (!meta) {
        meta = value;
        var total = 0;
        meta.pages.forEach(function (page) { total += page[5]; });
        averageLength = Math.max(1, total / Math.max(1, meta.pages.length));
      }
      return meta;
    });
  }

  // ---- Folding, grams and postings (the same rules as the build: SearchText, SearchIndex) ----

  function fold(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function foldQuery(text) {
    return fold(text).replace(/\s+/g, " ").trim();
  }

  // A query's grams: its pairs of adjacent characters without a space, else its characters.
  function queryGrams(query) {
    var chars = Array.from(query);
    if (chars.length === 1) return chars;
    var seen = {};
    var grams = [];
    for (var i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === " " || chars[i + 1] === " ") continue;
      var pair = chars[i] + chars[i + 1];
      if (!seen[pair]) { seen[pair] = true; grams.push(pair); }
    }
    if (grams.length) return grams;
    chars.forEach(function (c) { if (c !== " " && !seen[c]) { seen[c] = true; grams.push(c); } });
    return grams;
  }

  // FNV-1a over UTF-16 units, as SearchIndex.hash.
  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h >>> 0;
  }

  function gramPart(gram) {
    return "index-" + (hash(gram) % meta.gramParts);
  }

  // A posting list: page ids (ascending) and counts, decoded from SearchIndex.encode's text.
  function postings(gram) {
    if (postingCache[gram]) return postingCache[gram];
    var text = data[gramPart(gram)][gram] || "";
    var pages = [];
    var counts = [];
    var value = 0;
    var page = 0;
    var countFollows = false;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var digit = code > 0x5c ? code - 0x24 : code - 0x23;
      if (digit >= 46) { value = value * 45 + digit - 46; continue; }
      var number = value * 46 + digit;
      value = 0;
      if (countFollows) { counts[counts.length - 1] = number + 2; countFollows = false; continue; }
      page += Math.floor(number / 2);
      pages.push(page);
      counts.push(1);
      countFollows = number % 2 === 1;
    }
    return (postingCache[gram] = { pages: pages, counts: counts });
  }

  // The pages on every list, with the smallest count of each (an upper bound of the query's count).
  function intersect(lists) {
    lists.sort(function (a, b) { return a.pages.length - b.pages.length; });
    var pages = lists[0].pages.slice();
    var counts = lists[0].counts.slice();
    for (var l = 1; l < lists.length && pages.length; l++) {
      var other = lists[l];
      var keptPages = [];
      var keptCounts = [];
      var j = 0;
      for (var i = 0; i < pages.length; i++) {
        while (j < other.pages.length && other.pages[j] < pages[i]) j++;
        if (j === other.pages.length) break;
        if (other.pages[j] === pages[i]) {
          keptPages.push(pages[i]);
          keptCounts.push(Math.min(counts[i], other.counts[j]));
        }
      }
      pages = keptPages;
      counts = keptCounts;
    }
    return { pages: pages, counts: counts };
  }

  // The text part holding a page: the last part starting at or before it.
  function textPart(id) {
    var starts = meta.textStarts;
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= id) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  function text(id) {
    var part = textPart(id);
    var texts = data["text-" + part];
    return texts ? texts[id - meta.textStarts[part]] : "";
  }

  function foldedText(id) {
    if (foldedTexts[id] === undefined) foldedTexts[id] = fold(text(id));
    return foldedTexts[id];
  }

  function loadTexts(ids) {
    var parts = {};
    ids.forEach(function (id) { parts[textPart(id)] = true; });
    return Promise.all(Object.keys(parts).map(function (part) { return load("text-" + part); }));
  }

  function occurrences(haystack, needle) {
    var count = 0;
    var at = haystack.indexOf(needle);
    while (at !== -1) {
      count++;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return count;
  }

  // ---- Ranking: exact name, then name contains (enterprises, regions and demonstration sites
  // before the rest), then BM25 of the query in the text; newer first on ties. ----

  var BOOSTED = { 0: true, 1: true, 2: true };

  function folded(page) {
    return page[6] !== undefined ? page[6] : page[1];
  }

  function tier(id, query) {
    var page = meta.pages[id];
    var name = folded(page);
    if (name === query) return 0;
    if (name.indexOf(query) !== -1) return BOOSTED[page[2]] ? 1 : 2;
    return 3;
  }

  function bm25(count, length, idf) {
    return idf * (count * (K1 + 1)) / (count + K1 * (1 - B + B * length / averageLength));
  }

  // Pages named by the query: the newer first (a region's page of each year has the same name);
  // the rest by BM25, the newer first on a tie.
  function compare(a, b) {
    if (a.tier !== b.tier) return a.tier - b.tier;
    var ya = meta.pages[a.id][4];
    var yb = meta.pages[b.id][4];
    if (a.tier < 3 && ya !== yb) return yb - ya;
    if (a.score !== b.score) return b.score - a.score;
    if (ya !== yb) return yb - ya;
    var na = meta.pages[a.id][1];
    var nb = meta.pages[b.id][1];
    if (na !== nb) return na < nb ? -1 : 1;
    return a.id - b.id;
  }

  // ---- One search: calls update(results, done, checked, candidates) as results become certain ----

  function search(query, filter, update, isCurrent) {
    return loadMeta().then(function () {
      var grams = queryGrams(query);
      var parts = {};
      grams.forEach(function (gram) { parts[gramPart(gram)] = true; });
      return Promise.all(Object.keys(parts).map(load)).then(function () {
        if (!isCurrent()) return;
        var found = intersect(grams.map(postings));
        var exact = grams.length === 1 && grams[0] === query;
        var candidates = [];
        for (var i = 0; i < found.pages.length; i++) {
          var id = found.pages[i];
          var page = meta.pages[id];
          if (filter.kind !== "" && String(page[2]) !== filter.kind) continue;
          if (filter.year !== "" && String(page[4]) !== filter.year) continue;
          candidates.push({ id: id, count: found.counts[i], tier: tier(id, query), score: 0 });
        }
        var total = meta.pages.length;
        function idf(df) { return Math.log(1 + (total - df + 0.5) / (df + 0.5)); }
        if (exact) {
          var weight = idf(found.pages.length);
          candidates.forEach(function (c) { c.score = bm25(c.count, meta.pages[c.id][5], weight); });
          candidates.sort(compare);
          update(candidates, true, candidates.length, candidates.length);
          return;
        }
        // Longer queries: the candidates hold every pair; each is checked against its text, in the
        // order of its best possible rank, a few text parts at a time.
        var estimate = idf(found.pages.length);
        candidates.forEach(function (c) { c.score = bm25(c.count, meta.pages[c.id][5], estimate); });
        candidates.sort(compare);
        var order = [];
        var byPart = {};
        candidates.forEach(function (c) {
          var part = textPart(c.id);
          if (!byPart[part]) { byPart[part] = []; order.push(part); }
          byPart[part].push(c);
        });
        var verified = [];
        var checked = 0;
        var next = 0;
        function step() {
          if (!isCurrent()) return;
          if (next >= order.length) {
            var weight = idf(verified.length);
            verified.forEach(function (c) { c.score = bm25(c.count, meta.pages[c.id][5], weight); });
            verified.sort(compare);
            update(verified, true, checked, candidates.length);
            return;
          }
          var batch = order.slice(next, next + (next === 0 ? 2 : 8));
          next += batch.length;
          return Promise.all(batch.map(function (part) { return load("text-" + part); })).then(function () {
            if (!isCurrent()) return;
            batch.forEach(function (part) {
              byPart[part].forEach(function (c) {
                var count = occurrences(foldedText(c.id), query);
                checked++;
                if (count > 0) {
                  c.count = count;
                  c.score = bm25(count, meta.pages[c.id][5], estimate);
                  verified.push(c);
                }
              });
            });
            if (next < order.length) {
              verified.sort(compare);
              update(verified, false, checked, candidates.length);
            }
            return step();
          });
        }
        return step();
      });
    });
  }

  // ---- Showing results (text nodes only) ----

  function foldedLength(ch) {
    var code = ch.charCodeAt(0);
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) return 1;
    return fold(ch).length;
  }

  // The range of the original text whose folded form is [start, start + length) of the folded text.
  function originalRange(original, start, length) {
    var o = 0;
    var f = 0;
    var from = -1;
    while (o < original.length) {
      if (from === -1 && f >= start) from = o;
      if (f >= start + length) break;
      var ch = String.fromCodePoint(original.codePointAt(o));
      f += foldedLength(ch);
      o += ch.length;
    }
    if (from === -1) from = original.length;
    return [from, o];
  }

  // Appends `text` to `node`, the first occurrence of the folded query marked.
  function appendMarked(node, original, query) {
    var at = fold(original).indexOf(query);
    if (at === -1) { node.appendChild(document.createTextNode(original)); return; }
    var range = originalRange(original, at, query.length);
    node.appendChild(document.createTextNode(original.slice(0, range[0])));
    var mark = document.createElement("mark");
    mark.textContent = original.slice(range[0], range[1]);
    node.appendChild(mark);
    node.appendChild(document.createTextNode(original.slice(range[1])));
  }

  function textLoaded(id) {
    return !!data["text-" + textPart(id)];
  }

  // The passage holding the query, marked; empty until the page's text part has loaded.
  function snippet(id, query) {
    var paragraph = document.createElement("p");
    paragraph.className = "search-snippet";
    if (!textLoaded(id)) {
      paragraph.setAttribute("data-snippet-for", id);
      return paragraph;
    }
    var original = text(id);
    var at = foldedText(id).indexOf(query);
    if (!original) return paragraph;
    if (at === -1) { paragraph.textContent = original.slice(0, 90); return paragraph; }
    var range = originalRange(original, at, query.length);
    var start = Math.max(0, range[0] - 32);
    var end = Math.min(original.length, range[1] + 64);
    paragraph.appendChild(document.createTextNode((start > 0 ? "…" : "") + original.slice(start, range[0])));
    var mark = document.createElement("mark");
    mark.textContent = original.slice(range[0], range[1]);
    paragraph.appendChild(mark);
    paragraph.appendChild(document.createTextNode(original.slice(range[1], end) + (end < original.length ? "…" : "")));
    return paragraph;
  }

  function resultItem(result, query, number, prefix) {
    var page = meta.pages[result.id];
    var item = document.createElement("li");
    item.className = "search-result";
    item.id = prefix + number;
    item.setAttribute("role", "option");
    var link = document.createElement("a");
    link.className = "search-title";
    link.href = base + "../" + page[0] + (page[0] === "" || page[0].slice(-1) === "/" ? "index.html" : "");
    link.tabIndex = -1;
    appendMarked(link, page[1], query);
    item.appendChild(link);
    var line = document.createElement("p");
    line.className = "search-meta";
    var kind = document.createElement("span");
    kind.className = "tag";
    kind.textContent = meta.kinds[page[2]];
    line.appendChild(kind);
    var details = [];
    if (page[3] >= 0) details.push(meta.regions[page[3]]);
    if (page[4]) details.push(page[4] + "年");
    line.appendChild(document.createTextNode(details.length ? " " + details.join(" · ") : ""));
    item.appendChild(line);
    item.appendChild(snippet(result.id, query));
    return item;
  }

  // ---- A search box and its result list ----

  function Searcher(options) {
    this.input = options.input;
    this.list = options.list;
    this.status = options.status;
    this.more = options.more;
    this.pageSize = options.pageSize;
    this.moreSize = options.moreSize || options.pageSize;
    this.prefix = options.prefix;
    this.filter = options.filter || function () { return { kind: "", year: "" }; };
    this.onShow = options.onShow || function () {};
    this.generation = 0;
    this.results = [];
    this.shown = 0;
    this.active = -1;
    this.query = "";
    this.lastInput = 0;
    this.timer = null;
    var self = this;
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.list.id = this.list.id || options.prefix + "list";
    this.list.setAttribute("role", "listbox");
    this.input.setAttribute("aria-controls", this.list.id);
    this.input.addEventListener("focus", function () { loadMeta().catch(function () {}); });
    this.input.addEventListener("input", function (event) {
      if (event.isComposing) return;
      self.schedule();
    });
    this.input.addEventListener("compositionend", function () { self.schedule(); });
    this.input.addEventListener("keydown", function (event) { self.key(event); });
    if (this.more) this.more.addEventListener("click", function () { self.showMore(); });
  }

  // The first keystroke after a pause searches at once; keystrokes in quick succession wait
  // until typing pauses for 80 ms (a search still running for an earlier one is abandoned).
  Searcher.prototype.schedule = function () {
    var now = Date.now();
    var quick = now - this.lastInput < 300;
    this.lastInput = now;
    clearTimeout(this.timer);
    var self = this;
    if (quick) this.timer = setTimeout(function () { self.run(); }, 80);
    else this.run();
  };

  Searcher.prototype.run = function () {
    var self = this;
    var query = foldQuery(this.input.value);
    var generation = ++this.generation;
    this.query = query;
    this.onQuery(query);
    if (!query) { this.clear(); return Promise.resolve(); }
    this.setStatus("正在搜索…", "busy");
    return search(query, this.filter(), function (results, done, checked, candidates) {
      if (generation !== self.generation) return;
      self.show(results, done, checked, candidates);
    }, function () { return generation === self.generation; }).catch(function (error) {
      if (generation !== self.generation) return;
      self.setStatus(error.message + "（请确认网站的 search 文件夹完整）", "error");
    });
  };

  Searcher.prototype.onQuery = function () {};

  Searcher.prototype.clear = function () {
    this.results = [];
    this.shown = 0;
    this.active = -1;
    while (this.list.firstChild) this.list.removeChild(this.list.firstChild);
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    if (this.more) this.more.hidden = true;
    this.setStatus("", "idle");
    this.onShow(false);
  };

  Searcher.prototype.setStatus = function (message, state) {
    if (this.status) this.status.textContent = message;
    this.list.setAttribute("data-state", state);
  };

  Searcher.prototype.show = function (results, done, checked, candidates) {
    var self = this;
    var query = this.query;
    var keepShown = Math.max(this.pageSize, Math.min(this.shown, results.length));
    var visible = results.slice(0, keepShown);
    // A later update (the same query, more results checked) replaces one still loading its texts.
    // The list is drawn once the first results' texts are there; the other passages follow.
    var ticket = (this.ticket = (this.ticket || 0) + 1);
    var ids = visible.map(function (r) { return r.id; });
    var current = function () { return query === self.query && ticket === self.ticket; };
    return loadTexts(ids.slice(0, 3)).then(function () {
      if (!current()) return;
      self.results = results;
      while (self.list.firstChild) self.list.removeChild(self.list.firstChild);
      self.shown = 0;
      self.active = -1;
      self.input.removeAttribute("aria-activedescendant");
      self.append(visible);
      var count = results.length.toLocaleString("zh-CN");
      if (done) {
        self.setStatus(results.length ? "共 " + count + " 个结果" : "没有找到包含“" + self.input.value.trim() + "”的页面", "done");
      } else {
        self.setStatus("已找到 " + count + " 个结果，正在核对其余页面（" + checked + "/" + candidates + "）…", "busy");
      }
      if (self.more) self.more.hidden = !(done && self.shown < results.length);
      self.input.setAttribute("aria-expanded", results.length ? "true" : "false");
      self.onShow(true, results.length, done);
      return loadTexts(ids).then(function () {
        if (!current()) return;
        Array.prototype.forEach.call(self.list.querySelectorAll("[data-snippet-for]"), function (empty) {
          empty.parentNode.replaceChild(snippet(Number(empty.getAttribute("data-snippet-for")), query), empty);
        });
      });
    });
  };

  Searcher.prototype.append = function (results) {
    var self = this;
    var fragment = document.createDocumentFragment();
    results.forEach(function (result) {
      fragment.appendChild(resultItem(result, self.query, self.shown, self.prefix));
      self.shown++;
    });
    this.list.appendChild(fragment);
  };

  Searcher.prototype.showMore = function () {
    var self = this;
    var next = this.results.slice(this.shown, this.shown + this.moreSize);
    return loadTexts(next.map(function (r) { return r.id; })).then(function () {
      self.append(next);
      if (self.more) self.more.hidden = self.shown >= self.results.length;
    });
  };

  Searcher.prototype.select = function (index) {
    var items = this.list.children;
    if (!items.length) return;
    if (this.active >= 0 && items[this.active]) {
      items[this.active].classList.remove("active");
      items[this.active].removeAttribute("aria-selected");
    }
    this.active = Math.max(-1, Math.min(index, items.length - 1));
    if (this.active === -1) { this.input.removeAttribute("aria-activedescendant"); return; }
    var item = items[this.active];
    item.classList.add("active");
    item.setAttribute("aria-selected", "true");
    this.input.setAttribute("aria-activedescendant", item.id);
    item.scrollIntoView({ block: "nearest" });
  };

  Searcher.prototype.key = function (event) {
    if (event.isComposing) return;
    if (event.key === "ArrowDown") { event.preventDefault(); this.select(this.active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); this.select(this.active - 1); }
    else if (event.key === "Escape") { this.input.value = ""; this.run(); }
    else if (event.key === "Enter") {
      var items = this.list.children;
      var chosen = this.active >= 0 ? items[this.active] : this.opensFirst ? items[0] : null;
      if (chosen) {
        event.preventDefault();
        window.location.href = chosen.querySelector("a").href;
      }
    }
  };

  // ---- Wiring: the search page, or the header's box with its panel ----

  function queryFromAddress() {
    var found = {};
    [window.location.search.slice(1), window.location.hash.slice(1)].forEach(function (part) {
      part.split("&").forEach(function (pair) {
        var at = pair.indexOf("=");
        if (at <= 0) return;
        try {
          found[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
        } catch (error) { /* a malformed address part is ignored */ }
      });
    });
    return found;
  }

  function setupPage(form) {
    base = new URL(form.getAttribute("data-search-meta"), window.location.href).href.replace(/meta\.js$/, "");
    var input = form.querySelector("input[name=q]");
    var kind = form.querySelector("[data-search-kind]");
    var year = form.querySelector("[data-search-year]");
    var searcher = new Searcher({
      input: input, list: document.querySelector("[data-search-results]"),
      status: document.querySelector("[data-search-status]"), more: document.querySelector("[data-search-more]"),
      pageSize: 20, moreSize: 50, prefix: "search-result-",
      filter: function () { return { kind: kind.value, year: year.value }; }
    });
    searcher.opensFirst = true;
    searcher.onQuery = function (query) { remember(input.value, kind.value, year.value); };
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    [kind, year].forEach(function (select) { select.addEventListener("change", function () { searcher.run(); }); });
    var wanted = queryFromAddress();
    loadMeta().then(function () {
      var years = {};
      meta.pages.forEach(function (page) { if (page[4]) years[page[4]] = true; });
      Object.keys(years).sort(function (a, b) { return b - a; }).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value + "年";
        year.appendChild(option);
      });
      if (wanted.kind) kind.value = wanted.kind;
      if (wanted.year) year.value = wanted.year;
      if (wanted.q) { input.value = wanted.q; searcher.run(); }
    }).catch(function (error) { searcher.setStatus(error.message, "error"); });
    window.addEventListener("hashchange", function () {
      var changed = queryFromAddress();
      if (changed.q !== undefined && changed.q !== input.value) { input.value = changed.q; searcher.run(); }
    });
    window.dangjianSearch = searcher;
    return input;
  }

  // The query in the address, so that a result page's back button returns to it: ?q= over
  // http(s); #q= from disk, where browsers may refuse to change a file's query.
  function remember(q, kind, year) {
    var parts = [];
    if (q) parts.push("q=" + encodeURIComponent(q));
    if (kind) parts.push("kind=" + encodeURIComponent(kind));
    if (year) parts.push("year=" + encodeURIComponent(year));
    var joined = parts.join("&");
    try {
      if (window.location.protocol === "file:") {
        window.history.replaceState(null, "", window.location.pathname + (joined ? "#" + joined : ""));
      } else {
        window.history.replaceState(null, "", window.location.pathname + (joined ? "?" + joined : ""));
      }
    } catch (error) { /* the address stays as it was */ }
  }

  function setupHeader(form) {
    base = form.action.replace(/index\.html(?:[?#].*)?$/, "");
    var input = form.querySelector("input[name=q]");
    var panel = document.createElement("div");
    panel.className = "search-panel";
    panel.hidden = true;
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    var list = document.createElement("ol");
    list.className = "search-results";
    list.id = "site-search-results";
    var all = document.createElement("a");
    all.className = "search-all";
    panel.appendChild(status);
    panel.appendChild(list);
    panel.appendChild(all);
    form.appendChild(panel);
    var searcher = new Searcher({
      input: input, list: list, status: status, pageSize: 8, prefix: "site-search-result-",
      onShow: function (visible, count, done) {
        panel.hidden = !visible;
        all.hidden = !(done && count > 8);
        all.textContent = "查看全部 " + (count || 0).toLocaleString("zh-CN") + " 个结果 →";
        all.href = base + "index.html?q=" + encodeURIComponent(input.value.trim());
      }
    });
    searcher.run = (function (run) {
      return function () {
        if (foldQuery(input.value)) panel.hidden = false;
        return run.call(searcher);
      };
    })(searcher.run);
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) panel.hidden = true;
    });
    input.addEventListener("focus", function () { if (searcher.results.length) panel.hidden = false; });
    window.dangjianSearch = searcher;
    return input;
  }

  function start() {
    var page = document.querySelector("form[data-search-page]");
    var header = document.querySelector("form[data-search-box]");
    var input = page ? setupPage(page) : header ? setupHeader(header) : null;
    if (!input) return;
    // "/" anywhere but in a field puts the cursor in the search box.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      var target = event.target;
      var tag = target && target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
