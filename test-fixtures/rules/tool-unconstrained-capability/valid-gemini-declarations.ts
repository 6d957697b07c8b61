// The same Gemini tools after the fix: the fetched host is refused when it is loopback, private or
// the link-local metadata range, checked inline before the request.
const DECLARATIONS = [
  { name: "web_fetch", description: "Fetch a web page", parameters: { type: "OBJECT", properties: { url: { type: "STRING" } }, required: ["url"] } },
  { name: "get_time", description: "The current time", parameters: { type: "OBJECT", properties: { zone: { type: "STRING", enum: ["UTC", "local"] } } } },
];

async function executeTool(name: string, args: { url?: string; zone?: string }): Promise<string> {
  switch (name) {
    case "web_fetch":
      {
        const url = new URL(String(args.url));
        const hostname = url.hostname.toLowerCase();
        if (hostname === "localhost" || hostname.startsWith("127.") || hostname.startsWith("10.") || hostname.startsWith("192.168.") || hostname.startsWith("169.254.")) return "blocked";
        return (await fetch(url.href)).text();
      }
    case "get_time":
      return new Date().toISOString();
    default:
      return "unknown tool";
  }
}

export async function run(contents: unknown[], key: string): Promise<void> {
  const response = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent?key=${key}`, { method: "POST", body: JSON.stringify({ contents, tools: [{ functionDeclarations: DECLARATIONS }] }) });
  const data = await response.json();
  for (const part of data.candidates[0].content.parts) {
    if (part.functionCall) await executeTool(part.functionCall.name, part.functionCall.args);
  }
}
