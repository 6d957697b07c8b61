// Forms a call takes on the way: a model request raced against a timeout (`Promise.race`), a `fetch`
// bound to `globalThis` and called later, and tool entries made by a factory looked up by a
// model-chosen name (`tools[name].execute(args)`: page-agent's panel).
interface Tool { execute(input: { memory: string }): void }

const boundFetch = fetch.bind(globalThis);

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms));
}

async function ask(prompt: string): Promise<string> {
  const response = await boundFetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ prompt }) });
  const data = await response.json();
  return data.choices[0].message.content;
}

export async function translate(node: HTMLElement, text: string) {
  const translated = await Promise.race([ask(text), timeout(10_000)]);
  node.innerHTML = translated; // expect: llm-output-to-html
}

function makeOutputTool(panel: HTMLElement): Tool {
  return {
    execute(input) {
      panel.innerHTML += `<li>${input.memory}</li>`; // expect: llm-output-to-html
    },
  };
}

export async function step(panel: HTMLElement) {
  const tools: Record<string, Tool> = { AgentOutput: makeOutputTool(panel) };
  const response = await boundFetch("https://api.openai.com/v1/chat/completions", { method: "POST" });
  const call = (await response.json()).choices[0].message.tool_calls[0];
  tools[call.function.name]?.execute(JSON.parse(call.function.arguments));
}
