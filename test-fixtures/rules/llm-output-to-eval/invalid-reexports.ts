// True positives through a barrel file, a renamed re-export, and CommonJS.
import { ask, askModel } from "./lib";

export async function viaBarrel(prompt: string) {
  return eval(await askModel(prompt)); // expect: llm-output-to-eval
}

export async function viaRenamedReexport(prompt: string) {
  const { default: fallback = "0", expression = fallback } = JSON.parse(await ask(prompt));
  return eval(expression); // expect: llm-output-to-eval
}

// A namespace import of a barrel whose `export *` modules hold the helper (not the first one).
import * as runners from "./lib/runners";

export async function viaNamespaceOfBarrel(prompt: string) {
  return runners.formatResult(eval(await runners.askForCode(prompt))); // expect: llm-output-to-eval
}
