// The same script after its fix: DOMPurify, loaded by a `<script>` tag too, sanitizes the rendered
// HTML behind a check that the library is there.
(function () {
  function renderMarkdown(text) {
    if (typeof marked !== "undefined" && marked.parse) {
      var html = marked.parse(text);
      if (typeof DOMPurify !== "undefined") {
        html = DOMPurify.sanitize(html, { ADD_TAGS: ["img"] });
      }
      return html;
    }
    return escHtml(text).replace(/\n/g, "<br>");
  }

  function escHtml(s) {
    var div = document.createElement("div");
    div.textContent = s || "";
    return div.innerHTML;
  }

  async function showSummary(el) {
    var data = await (await fetch("/api/file/data/summary.md")).json();
    el.innerHTML = '<div class="summary">' + renderMarkdown(data.content || "Empty") + "</div>";
  }

  window.showSummary = showSummary;
})();
