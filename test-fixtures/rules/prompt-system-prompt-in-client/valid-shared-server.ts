// Hard negatives: server code that imports the shared module.
import { summarize } from "./shared/summaries";

export async function nightly(texts: string[]) {
  return Promise.all(texts.map((t) => summarize(t)));
}
