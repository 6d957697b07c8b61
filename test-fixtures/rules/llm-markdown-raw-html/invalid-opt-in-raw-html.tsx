// The same opt-in turned on by a use (Maestro before its fix: the history view passed
// `allowRawHtml` with an agent's full response), reported at the render.
import { Renderer } from "./lib/opt-in/Renderer";

export function HistoryEntry({ response }: { response: string }) {
  return <Renderer content={response} allowRawHtml />;
}
