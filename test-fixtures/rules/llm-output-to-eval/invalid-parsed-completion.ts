// A completion streamed over XMLHttpRequest from a URL the user configures (papersgpt's Zotero
// plugin before its fix): each `data:` line parsed as JSON and read at `choices[0].delta.content`.
// Parsed JSON read at other fields (settings, a tool list) is not model output.
export function ask(apiURL: string, question: string, done: (text: string) => void) {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", apiURL);
  xhr.onprogress = () => {
    const lines = xhr.responseText.match(/data: (.+)/g) ?? [];
    const text = lines.map((line) => JSON.parse(line.replace("data: ", "")).choices[0].delta.content ?? "").join("");
    done(text);
  };
  xhr.send(JSON.stringify({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: question }] }));
}

export function run(apiURL: string, settingsText: string) {
  ask(apiURL, "write a function", (code) => {
    window.eval(code); // expect: llm-output-to-eval
  });
  const settings = JSON.parse(settingsText);
  eval(settings.startupScript);
}

// Any JSON pretty-printed: a round trip, not a completion's text.
export function pretty(content: string, el: HTMLElement) {
  el.innerHTML = `<pre>${JSON.stringify(JSON.parse(content), null, 2)}</pre>`;
  eval(String(JSON.parse(content)));
}

// Stored credentials parsed and read by computed keys: not a completion's fields.
export async function refresh(file: string, account: string, key: string) {
  const stored = JSON.parse(file) as Record<string, Record<string, string>>;
  const tokenUrl = stored[account]?.[key] ?? "";
  return fetch(tokenUrl, { method: "POST" });
}
