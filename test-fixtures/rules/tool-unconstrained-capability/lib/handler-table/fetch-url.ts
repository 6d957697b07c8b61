// A tool's definition and its handler, exported apart; a table elsewhere pairs them.
export const fetchUrlTool = { // expect: tool-unconstrained-capability
  name: "fetch_url",
  description: "Fetch a page",
  inputSchema: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
};

export async function fetchUrl(args: { url?: string }) {
  const res = await fetch(String(args?.url || "")); // expect: llm-output-to-url
  return { content: [{ type: "text", text: await res.text() }] };
}

export async function ping() {
  const res = await fetch("https://status.example.com/");
  return { content: [{ type: "text", text: String(res.status) }] };
}
