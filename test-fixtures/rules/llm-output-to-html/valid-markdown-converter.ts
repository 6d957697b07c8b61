// A hand-written Markdown converter that escapes every piece of text it puts in its HTML. It reads
// the line in many ways (the heading's level is a match's length, a number): those paths are
// merged past a bound, and a length merged into its line must not turn the line back into raw text.
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(text: string): string {
  let out = escapeHtml(text);
  if (out.includes("**")) out = out.replace(/\*\*(.*?)\*\*/g, "<strong>$1</strong>");
  if (out.includes("*")) out = out.replace(/\*(.*?)\*/g, "<em>$1</em>");
  if (out.includes("~~")) out = out.replace(/~~(.*?)~~/g, "<del>$1</del>");
  if (out.includes("@")) out = out.replace(/@(\w+)/g, "<span class=\"mention\">@$1</span>");
  return out;
}

export function toHtml(markdown: string): string {
  let html = "";
  for (const line of markdown.split("\n")) {
    const heading = line.match(/^(#{1,6})\s+(.*)/);
    if (heading) {
      const level = heading[1].length;
      html += `<h${level} style="margin-top:${level * 2}px">${inline(heading[2])}</h${level}>`;
      continue;
    }
    if (line.startsWith("> ")) {
      html += `<blockquote>${inline(line.slice(2))}</blockquote>`;
      continue;
    }
    if (line.includes("|")) {
      const cells = line.split("|").map((cell) => cell.trim()).filter((cell) => cell.length > 0);
      html += `<tr>${cells.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`;
      continue;
    }
    const bullet = line.match(/^(\s*)[*+-]\s+(.*)/);
    if (bullet) {
      html += `<li style="margin-left:${bullet[1].length * 8}px">${inline(bullet[2])}</li>`;
      continue;
    }
    const numbered = line.match(/^(\s*)\d+\.\s+(.*)/);
    if (numbered) {
      html += `<li style="margin-left:${numbered[1].length * 8}px">${inline(numbered[2])}</li>`;
      continue;
    }
    const facts = [line.length, line.search(/\S/), line.indexOf("#"), line.lastIndexOf("|"), line.trim().length, line.split(" ").length, line.charCodeAt(0), line.startsWith("!"), line.endsWith(":"), line.includes("`")];
    html += `<p data-facts="${facts.join(",")}">${inline(line)}</p>`;
  }
  return html;
}

export function showAnswer(target: HTMLElement) {
  const socket = new WebSocket("wss://example.com/ws/chat/1");
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    target.innerHTML = toHtml(message.content);
  };
}
