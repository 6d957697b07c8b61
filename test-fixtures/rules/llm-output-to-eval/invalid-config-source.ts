// True positive through a team's own wrapper declared in llmsec.config.json ("sources").
import { complete } from "./lib/in-house-llm";

export async function run(task: string) {
  const code = await complete(task);
  return eval(code); // expect: llm-output-to-eval
}
