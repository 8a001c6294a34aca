// dangjian — small progressive enhancements. Without scripts every row and card is shown.
(function () {
  "use strict";

  // Filters: a form[data-filter-for=ID] with selects/inputs [data-filter-key=K] hides the items
  // (elements with data-K attributes) of #ID that do not match, and groups left empty.
  document.querySelectorAll("form[data-filter-for]").forEach(function (form) {
    var list = document.getElementById(form.getAttribute("data-filter-for"));
    if (!list) return;
    var controls = form.querySelectorAll("[data-filter-key]");
    var counter = form.querySelector("[data-filter-count]");
    var items = list.querySelectorAll("[data-township], [data-filter-item]");
    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var visible = true;
        controls.forEach(function (control) {
          var key = control.getAttribute("data-filter-key");
          var wanted = control.value.trim();
          if (!wanted) return;
          if (key === "text") {
            visible = visible && item.textContent.indexOf(wanted) !== -1;
          } else {
            visible = visible && item.getAttribute("data-" + key) === wanted;
          }
        });
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      list.querySelectorAll(".filter-group").forEach(function (group) {
        group.hidden = !group.querySelector("[data-township]:not([hidden]), [data-filter-item]:not([hidden])");
      });
      if (counter) counter.textContent = "显示 " + shown + " / " + items.length;
    }
    controls.forEach(function (control) {
      control.addEventListener("input", apply);
      control.addEventListener("change", apply);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  });
})();
