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

// chatgpt-artifacts before its fix: the state's setter handed to a child as a prop, which fills it
// from the chat endpoint; another child renders the state.
function Fetcher({ setPage }: { setPage: (html: string) => void }) {
  const go = async () => {
    const res = await fetch("/api/chat", { method: "POST" });
    setPage(await res.text());
  };
  return <button onClick={go}>go</button>;
}
function Banner(props: { setNotice: (html: string) => void }) {
  props.setNotice("<b>Welcome</b>");
  return null;
}
function PageView({ page, notice }: { page: string; notice: string }) {
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: page }} /> {/* expect: llm-output-to-html */}
      <div dangerouslySetInnerHTML={{ __html: notice }} />
    </>
  );
}
export function Artifacts() {
  const [page, setPage] = useState("");
  const [notice, setNotice] = useState("");
  return (
    <>
      <Fetcher setPage={setPage} />
      <Banner setNotice={setNotice} />
      <PageView page={page} notice={notice} />
    </>
  );
}
