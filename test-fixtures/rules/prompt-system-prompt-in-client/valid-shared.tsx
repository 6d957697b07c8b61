"use client";
// Hard negatives: ./shared/summaries is imported by this component and by server code.
import { summarize } from "./shared/summaries";

export function Summary({ text }: { text: string }) {
  return <button onClick={() => void summarize(text)}>Summarize</button>;
}
