// A dashboard script that loads marked from a `<script>` tag (TeamHero before its fix): the render's
// output rewritten by a `replace` with a callback is still the render's raw HTML, and the fallback
// branch escapes with a `textContent` helper, which is not the flaw.
(function () {
  function renderMarkdown(text) {
    if (typeof marked !== "undefined" && marked.parse) {
      var html = marked.parse(text);
      html = html.replace(/(^|\s)(data\/\S+\.png)/g, function (m, pre, path) {
        return pre + '<img src="/api/raw/' + path + '">';
      });
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
    el.innerHTML = '<div class="summary">' + renderMarkdown(data.content || "Empty") + "</div>"; // expect: llm-markdown-raw-html
  }

  window.showSummary = showSummary;
})();
