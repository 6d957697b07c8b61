// An awaited render held in a constant (worldmonitor's deduction panel before its fix: an analysis
// from the app's RPC service, rendered with marked into the panel).
import { marked } from "marked";

export async function showAnalysis(container: HTMLElement, id: string) {
  const response = await (await fetch(`/api/intelligence/v1/analysis/${id}`)).json();
  const parsed = await marked.parse(response.analysis);
  container.innerHTML = parsed; // expect: llm-markdown-raw-html
}
