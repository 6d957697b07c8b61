// Code run by an interpreter rather than eval: Pyodide (Flowise CSV agent, PR #5701) and
// `python -c` / `node -e` through execFile, which needs no shell to run what the model wrote.
import { execFile, spawnSync } from "node:child_process";
import OpenAI from "openai";

const openai = new OpenAI();

export async function analyse(question: string, pyodide: { runPythonAsync(code: string): Promise<unknown> }) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const code = completion.choices[0]?.message.content?.replace(/```python|```/g, "") ?? "";
  const wrapped = `import pandas as pd\n${code}`;
  await pyodide.runPythonAsync(wrapped); // expect: llm-output-to-eval
  execFile("python3", ["-c", code], () => undefined); // expect: llm-output-to-eval
  spawnSync("node", ["-e", code]); // expect: llm-output-to-eval
}
