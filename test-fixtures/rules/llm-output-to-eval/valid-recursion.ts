// Hard negatives that exercise termination: recursion and mutual recursion over model output.
import { askModel } from "./lib/ask-model";

function depth(text: string, n: number): number {
  return n > 3 ? text.length : depth(text.slice(1), n + 1);
}

function even(n: number, text: string): boolean {
  return n === 0 ? true : odd(n - 1, text);
}
function odd(n: number, text: string): boolean {
  return n === 0 ? false : even(n - 1, text);
}

export async function run(prompt: string) {
  const reply = await askModel(prompt);
  return eval(`${depth(reply, 0)} + ${even(4, reply) ? 1 : 0}`);
}
