// The maintained fork of snarkdown renders raw HTML as the original does (DocsGPT's widget before
// its fix: a streamed answer from a Python backend, rendered into the page).
import snarkdown from "@bpmn-io/snarkdown";

export function Answer({ response }: { response: string }) {
  return <div dangerouslySetInnerHTML={{ __html: snarkdown(response) }} />; // expect: llm-markdown-raw-html
}
