/* sitegen search: filters the index that search-index.js and its parts (search-index/<topic>.js,
   one array of exercises each) define, in the browser, offline and from file://. The site works
   without it: every page is reachable through the topics. */
(function () {
  "use strict";
  var index = window.SITEGEN_SEARCH_INDEX;
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) return;
  // The words, in the course's language, come from the page (search.mustache, languages/*.yml).
  function label(name, values) {
    var text = status.getAttribute("data-label-" + name) || "";
    Object.keys(values || {}).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  }
  var parts = window.SITEGEN_SEARCH_INDEX_PARTS || [];
  if (!index || !index.entries || !index.parts || parts.length !== index.parts.length) {
    status.textContent = label("missing");
    return;
  }

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // The exercises, topic by topic as the parts came, then the exams.
  var entries = [].concat.apply([], parts).concat(index.entries).map(function (entry) {
    return {
      entry: entry,
      title: fold(entry.title),
      meta: fold((entry.topic || "") + " " + entry.tags.join(" ")),
      text: fold(entry.text)
    };
  });

  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    if (at < 0) return text.slice(0, 160) + (text.length > 160 ? "…" : "");
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, start + 180) + (start + 180 < text.length ? "…" : "");
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!words.length) { status.textContent = ""; return; }
    var hits = [];
    entries.forEach(function (item, order) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var w = words[i], s = 0;
        if (item.title.indexOf(w) >= 0) s += 5;
        if (item.meta.indexOf(w) >= 0) s += 3;
        if (item.text.indexOf(w) >= 0) s += 1;
        if (!s) return;
        score += s;
      }
      hits.push({ item: item, score: score, order: order });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    status.textContent = label(hits.length === 0 ? "nothing" : hits.length === 1 ? "result" : "results",
      { n: String(hits.length), query: query });
    hits.forEach(function (hit) {
      var entry = hit.item.entry;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = entry.href;
      a.textContent = entry.title;
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " · " + (entry.kind === "exam" ? label("exam") : entry.topic || "");
      li.appendChild(meta);
      var p = document.createElement("p");
      p.textContent = snippet(entry.text, words[0]);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  search(input.value);
  input.addEventListener("input", function () { search(input.value); });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
})();
