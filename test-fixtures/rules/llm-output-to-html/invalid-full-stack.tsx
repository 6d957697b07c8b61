// Full stack: the browser asks the app's own routes, which answer with model output
// (lib/fullstack: a Next.js route file and an Express route), and renders the answer as HTML.
"use client";
import { useState } from "react";

export function Summary({ text }: { text: string }) {
  const [summary, setSummary] = useState("");
  const run = async () => {
    const res = await fetch("/api/summarize", { method: "POST", body: JSON.stringify({ text }) });
    setSummary(await res.text());
  };
  return <div onClick={run} dangerouslySetInnerHTML={{ __html: summary }} />; // expect: llm-output-to-html
}

export async function explain(id: string, target: HTMLElement) {
  const res = await fetch(`${process.env.NEXT_PUBLIC_API}/api/explain/${id}`, { method: "POST" });
  target.innerHTML = (await res.json()).explanation; // expect: llm-output-to-html
}

export async function showWorkflowResult(id: string, target: HTMLElement) {
  const res = await fetch(`/api/workflows/${id}/result`);
  target.innerHTML = (await res.json()).output; // expect: llm-output-to-html
}
