"use client";
// Hard negatives: the browser sends the user's input and a preset's id; the prompt stays on the server.
import { useState } from "react";

const PLACEHOLDER = "Ask anything about Acme products, orders and shipping times.";

export function SupportChat() {
  const [input, setInput] = useState("");

  async function ask() {
    const response = await fetch("/api/chat", {
      method: "POST",
      body: JSON.stringify({ persona: "support", messages: [{ role: "user", content: input }] }),
    });
    return response.json();
  }

  return (
    <form onSubmit={() => void ask()}>
      <input placeholder={PLACEHOLDER} value={input} onChange={(e) => setInput(e.target.value)} />
    </form>
  );
}
