// Tools declared for Gemini's API (`functionDeclarations`, upper-case types) and dispatched by name:
// the model-chosen URL is fetched with no check.
const DECLARATIONS = [
  { name: "web_fetch", description: "Fetch a web page", parameters: { type: "OBJECT", properties: { url: { type: "STRING" } }, required: ["url"] } }, // expect: tool-unconstrained-capability
  { name: "get_time", description: "The current time", parameters: { type: "OBJECT", properties: { zone: { type: "STRING", enum: ["UTC", "local"] } } } },
];

async function executeTool(name: string, args: { url?: string; zone?: string }): Promise<string> {
  switch (name) {
    case "web_fetch":
      return (await fetch(String(args.url))).text();
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
