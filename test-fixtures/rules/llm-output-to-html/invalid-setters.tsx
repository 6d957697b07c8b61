// React state setters handed to other code: `.then(setAnswer)` and a chunk handler that receives
// the setter (anything-llm 9e2d144's shape).
import { useEffect, useState } from "react";
import { fetchEventSource } from "@microsoft/fetch-event-source";
import { handleChat } from "./lib/handle-chat";

export function Answer({ question }: { question: string }) {
  const [answer, setAnswer] = useState("");
  useEffect(() => {
    fetch("/api/ask", { method: "POST", body: question }).then((r) => r.text()).then(setAnswer);
  }, [question]);
  return <div dangerouslySetInnerHTML={{ __html: answer }} />; // expect: llm-output-to-html
}

export function History({ slug }: { slug: string }) {
  const [chatHistory, setChatHistory] = useState<{ content: string }[]>([]);
  useEffect(() => {
    void fetchEventSource(`/workspace/${slug}/stream-chat`, {
      onmessage(event) {
        handleChat(JSON.parse(event.data), setChatHistory);
      },
    });
  }, [slug]);
  return <ul>{chatHistory.map((m, i) => <li key={i} dangerouslySetInnerHTML={{ __html: m.content }} />)}</ul>; // expect: llm-output-to-html
}
