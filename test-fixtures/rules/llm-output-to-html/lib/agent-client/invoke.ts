// A small agent client: it asks the model for a tool call and runs the tool it is given with the
// model's arguments.
export interface AgentTool {
  execute(input: { memory: string; next_goal: string }): Promise<void>;
}

export async function invokeWithTool(tool: AgentTool, prompt: string): Promise<void> {
  const response = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: prompt }] }) });
  const data = await response.json();
  const call = data.choices[0].message.tool_calls[0];
  await tool.execute(JSON.parse(call.function.arguments));
}
