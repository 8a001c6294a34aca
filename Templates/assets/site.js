// dangjian — small progressive enhancements, no libraries. With scripts off every row and card
// is shown and every table keeps its printed order.
(function () {
  "use strict";

  var labels = {
    population: "三有企业", category: "类别", mode: "组建方式", size: "从业人员达到", members: "有党员",
    eligible: "正式党员达到组建条件", above: "规上企业", instructor: "选派指导员", due: "应建未建", township: "乡镇",
    counted: "计入分子", uncounted: "在分母中、未计入分子"
  };

  // Filters given in the address (#population=1&mode=未建), as the figures on region pages link.
  function hashFilters() {
    var result = {};
    var hash = window.location.hash.replace(/^#/, "");
    if (!hash || hash.indexOf("=") === -1) return result;
    hash.split("&").forEach(function (part) {
      var pair = part.split("=");
      if (pair.length === 2) result[decodeURIComponent(pair[0])] = decodeURIComponent(pair[1]);
    });
    return result;
  }

  // An item matches a wanted value when its data attribute holds it as one of its space-separated words.
  function matches(item, key, wanted) {
    if (key === "text") return item.textContent.indexOf(wanted) !== -1;
    var value = item.getAttribute("data-" + key);
    return value !== null && value.split(" ").indexOf(wanted) !== -1;
  }

  // A long list (a county's, a city's) holds its first rows; the rest come from its townships'
  // row files, classic scripts (which load from disk too), each adding its rows' HTML to
  // window.dangjianRows. Filters and sorting start once every file has loaded; a file that fails
  // to load leaves the first rows and the links to the townships' lists.
  function loadRows(done) {
    var body = document.querySelector("tbody[data-rows-from]");
    if (!body) return done();
    var sources = body.getAttribute("data-rows-from").split(" ").filter(Boolean);
    var index = 0;
    window.dangjianRows = [];
    (function next() {
      if (index === sources.length) {
        body.innerHTML = window.dangjianRows.join("");
        var name = function (row) { var link = row.cells[0].querySelector("a"); return link ? link.textContent : ""; };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) { var x = name(a), y = name(b); return x < y ? -1 : x > y ? 1 : 0; });
        rows.forEach(function (row) { body.appendChild(row); });
        var notice = document.querySelector("[data-rows-notice]");
        if (notice) notice.hidden = true;
        return done();
      }
      var script = document.createElement("script");
      script.src = sources[index];
      index += 1;
      script.onload = next;
      script.onerror = function () { done(); };
      document.head.appendChild(script);
    })();
  }

  // The photo viewer of a demonstration site: ← and → step through the photos, Esc closes.
  // Without scripts the ‹ › links and × do the same.
  document.addEventListener("keydown", function (event) {
    var open = document.querySelector(".lightbox:target");
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return;
    var step = { ArrowLeft: "previous", ArrowRight: "next" }[event.key];
    var link = step ? open.querySelector('[data-step="' + step + '"]') : null;
    if (event.key === "Escape") link = open.querySelector(".lightbox-close");
    if (!link) return;
    event.preventDefault();
    window.location.hash = link.getAttribute("href");
  });

  // The meeting-room screen: a clock, panels that cycle through their items, and with
  // #rotate=20 in the address each township's figures in turn, then the county's again. The
  // figures are written into the page (#screen-data): nothing is fetched, so it runs from disk.
  (function screen() {
    var stage = document.querySelector("[data-screen]");
    if (!stage) return;
    var clock = stage.querySelector("[data-screen-clock]");
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    function tick() {
      var now = new Date();
      clock.textContent = (now.getMonth() + 1) + "月" + now.getDate() + "日 " +
        pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds());
    }
    if (clock) { tick(); setInterval(tick, 1000); }

    // Panels with several items show one (the honor band: four) at a time.
    stage.querySelectorAll("[data-screen-cycle]").forEach(function (panel) {
      var items = Array.prototype.slice.call(panel.querySelectorAll(".showcase-slide, .honor-chip"));
      var page = items.length && items[0].classList.contains("honor-chip") ? 4 : 1;
      if (items.length <= page) return;
      var first = 0;
      function show() {
        items.forEach(function (item, index) {
          var offset = (index - first + items.length) % items.length;
          item.classList.toggle("is-current", offset < page);
          item.style.order = offset;
        });
      }
      panel.setAttribute("data-cycling", "");
      show();
      setInterval(function () { first = (first + page) % items.length; show(); },
        1000 * Number(panel.getAttribute("data-screen-cycle")));
    });

    var match = /(?:^|[#&])rotate=(\d+)/.exec(window.location.hash);
    var source = document.getElementById("screen-data");
    if (!match || !source) return;
    var frames = JSON.parse(source.textContent);
    var seconds = Math.max(5, Number(match[1]));
    var index = 0;
    var cards = stage.querySelectorAll("[data-screen-card]");
    var tallies = stage.querySelectorAll("[data-screen-tally] [data-value]");
    var region = stage.querySelector("[data-screen-region]");
    var due = stage.querySelector("[data-screen-due]");
    var rotation = stage.querySelector("[data-screen-rotation]");
    function apply(frame) {
      region.textContent = frame.name;
      frame.cards.forEach(function (card, i) {
        if (!cards[i]) return;
        cards[i].querySelector(".kpi-value [data-value]").textContent = card.value;
        cards[i].classList.toggle("kpi-below", card.below);
        cards[i].querySelector(".pair").textContent = card.pair;
        var change = cards[i].querySelector(".kpi-change");
        change.className = "kpi-change " + card.direction;
        change.querySelector("[data-arrow]").textContent = card.arrow;
        change.querySelector("[data-change]").textContent = card.change;
      });
      frame.tallies.forEach(function (value, i) { if (tallies[i]) tallies[i].textContent = value; });
      if (due) due.textContent = frame.due;
      stage.querySelectorAll(".township-tile").forEach(function (tile) {
        tile.classList.toggle("is-current", tile.getAttribute("data-code") === frame.code);
      });
      rotation.hidden = false;
      rotation.textContent = index === 0 ? "轮播：全县（每 " + seconds + " 秒）" :
        "轮播 " + index + "/" + (frames.length - 1);
    }
    apply(frames[0]);
    setInterval(function () { index = (index + 1) % frames.length; apply(frames[index]); }, seconds * 1000);
  })();

  loadRows(function () {
    document.querySelectorAll("form[data-filter-for]").forEach(function (form) {
      var list = document.getElementById(form.getAttribute("data-filter-for"));
      if (!list) return;
      var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter-key]"));
      var counter = form.querySelector("[data-filter-count]");
      var notice = form.querySelector("[data-filter-active]");
      var items = list.querySelectorAll("[data-filter-item], .card[data-township]");
      var fromAddress = hashFilters();
      // Indicator titles by id (I1=组织覆盖率;…), for the notice of a numerator's drill-down.
      var rateTitles = {};
      (form.getAttribute("data-rate-titles") || "").split(";").forEach(function (pair) {
        var parts = pair.split("=");
        if (parts.length === 2) rateTitles[parts[0]] = parts[1];
      });
      controls.forEach(function (control) {
        var key = control.getAttribute("data-filter-key");
        if (fromAddress[key] !== undefined) {
          control.value = fromAddress[key];
          delete fromAddress[key];
        }
      });

      // The year switch carries the filters in use, so another year opens the same selection.
      var switches = Array.prototype.slice.call(document.querySelectorAll(".year-switch a"));
      switches.forEach(function (link) { link.setAttribute("data-base", link.getAttribute("href").split("#")[0]); });
      function carry() {
        var parts = Object.keys(fromAddress).map(function (key) {
          return encodeURIComponent(key) + "=" + encodeURIComponent(fromAddress[key]);
        });
        controls.forEach(function (control) {
          var wanted = control.value.trim();
          if (wanted) parts.push(encodeURIComponent(control.getAttribute("data-filter-key")) + "=" + encodeURIComponent(wanted));
        });
        switches.forEach(function (link) {
          link.setAttribute("href", link.getAttribute("data-base") + (parts.length ? "#" + parts.join("&") : ""));
        });
      }

      function apply() {
        var shown = 0;
        items.forEach(function (item) {
          var visible = Object.keys(fromAddress).every(function (key) { return matches(item, key, fromAddress[key]); });
          controls.forEach(function (control) {
            var wanted = control.value.trim();
            if (wanted) visible = visible && matches(item, control.getAttribute("data-filter-key"), wanted);
          });
          item.hidden = !visible;
          if (visible) shown += 1;
        });
        list.querySelectorAll(".filter-group").forEach(function (group) {
          group.hidden = !group.querySelector("[data-filter-item]:not([hidden]), .card[data-township]:not([hidden])");
        });
        if (counter) counter.textContent = "显示 " + shown + " / " + items.length;
        carry();
        if (notice) {
          var keys = Object.keys(fromAddress);
          notice.textContent = "";
          if (keys.length) {
            notice.appendChild(document.createTextNode("按链接筛选：" + keys.map(function (key) {
              var value = fromAddress[key];
              if (key === "counted" || key === "uncounted") return "“" + (rateTitles[value] || value) + "”" + labels[key];
              return (labels[key] || key) + (value === "1" ? "" : (key === "size" ? value + "人以上" : "：" + value));
            }).join("，") + " "));
            var clear = document.createElement("a");
            clear.href = "#";
            clear.textContent = "清除";
            clear.addEventListener("click", function (event) {
              event.preventDefault();
              fromAddress = {};
              history.replaceState(null, "", window.location.pathname + window.location.search);
              apply();
            });
            notice.appendChild(clear);
          }
        }
      }
      controls.forEach(function (control) {
        control.addEventListener("input", apply);
        control.addEventListener("change", apply);
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });

    // A table wider than the screen (phones) says it scrolls sideways.
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      if (box.scrollWidth <= box.clientWidth + 4) return;
      var hint = document.createElement("p");
      hint.className = "scroll-hint";
      hint.textContent = "表格较宽，可左右滑动查看全部列";
      box.parentNode.insertBefore(hint, box);
    });

    // Sortable tables: a click on a header sorts by that column, numbers as numbers; again reverses.
    function sortKey(cell) {
      var text = (cell ? cell.textContent : "").trim();
      var number = parseFloat(text.replace(/[,%％]/g, ""));
      return isNaN(number) || !/^[-+]?[\d,.]+%?/.test(text) ? { text: text } : { number: number };
    }
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var body = table.tBodies[0];
      if (!body) return;
      table.querySelectorAll("thead th").forEach(function (header, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        while (header.firstChild) button.appendChild(header.firstChild);
        header.appendChild(button);
        header.setAttribute("aria-sort", "none");
        button.addEventListener("click", function () {
          var ascending = header.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("thead th").forEach(function (other) { other.setAttribute("aria-sort", "none"); });
          header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = sortKey(a.cells[column]), y = sortKey(b.cells[column]);
            var order;
            if (x.number !== undefined && y.number !== undefined) order = x.number - y.number;
            else if (x.number !== undefined) order = -1;
            else if (y.number !== undefined) order = 1;
            else order = x.text.localeCompare(y.text, "zh-Hans-CN");
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  });
})();
