// Hard negatives: model-chosen path parameters, encoded, filled into a route template after a base
// URL the user configured in the request (a tool defined by an OpenAPI schema): the model picks no host.
import OpenAI from "openai";

const openai = new OpenAI();

export async function POST(request: Request) {
  const { messages, schema } = await request.json();
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages }); // expect: prompt-client-message-roles
  const args = JSON.parse(completion.choices[0]?.message.tool_calls?.[0]?.function.arguments ?? "{}");
  const routeTemplate = Object.keys(schema.routeMap)[0] ?? "/";
  const path = routeTemplate.replace(/:(\w+)/g, (_match: string, name: string) => encodeURIComponent(String(args.parameters[name])));
  const response = await fetch(schema.url + path, { method: "GET" });
  return Response.json(await response.json());
}
