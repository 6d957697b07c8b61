// Routes of the same app that answer without model output, and a model route rendered as text.
"use client";
import { useEffect, useState } from "react";

export function Usage() {
  const [plan, setPlan] = useState("");
  useEffect(() => {
    fetch("/api/usage").then((r) => r.json()).then((u) => setPlan(u.plan));
  }, []);
  return <span dangerouslySetInnerHTML={{ __html: plan }} />;
}

export async function motd(target: HTMLElement) {
  const res = await fetch("/api/motd");
  target.innerHTML = (await res.json()).message;
}

export async function summaryAsText(target: HTMLElement, text: string) {
  const res = await fetch("/api/summarize", { method: "POST", body: JSON.stringify({ text }) });
  target.textContent = await res.text();
}
