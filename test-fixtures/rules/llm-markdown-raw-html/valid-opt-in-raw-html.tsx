// A renderer whose raw HTML is an opt-in prop that no use turns on (Maestro's fix removed the last
// `allowRawHtml` from its callers): rehype-raw is never in the plugin list.
import { SafeRenderer } from "./lib/opt-in/Renderer";

export function Synopsis({ synopsis }: { synopsis: string }) {
  return <SafeRenderer content={synopsis} />;
}

export function Notes({ notes }: { notes: string }) {
  return <SafeRenderer content={notes} unsafeHtml={false} />;
}
