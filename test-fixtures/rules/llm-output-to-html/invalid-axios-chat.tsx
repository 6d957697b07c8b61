// Chat front ends that read their backend's answer with axios or an axios instance; other
// endpoints (`/api/users`) are not answers.
import axios from "axios";
import { marked } from "marked";
import { useState } from "react";

const apiClient = axios.create({ baseURL: "/" });

export async function renderAnswer(el: HTMLElement, question: string) {
  const res = await axios.post("/api/chat", { question });
  el.innerHTML = res.data.answer; // expect: llm-output-to-html
  const history = await apiClient.get(`/api/conversations/${question}/messages`);
  el.innerHTML += history.data.messages[0].content; // expect: llm-output-to-html
  const user = await apiClient.get("/api/users/me");
  el.insertAdjacentHTML("afterbegin", user.data.badge);
}

// chatgpt-web (Chanzhaoyu) before its fix: the answer streamed through axios's onDownloadProgress.
export function StreamedReply() {
  const [html, setHtml] = useState("");
  axios.post("/api/chat-process", { prompt: "hi" }, {
    onDownloadProgress: ({ event }) => {
      const chunk = JSON.parse(event.target.responseText);
      setHtml(marked.parse(chunk.text) as string);
    },
  });
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: llm-output-to-html
}

// The callback handed to the app's own request helpers, which pass it on to axios (Chanzhaoyu/chatgpt-web).
import { chatProcess } from "./lib/request/http";
export function HelperStreamedReply() {
  const [html, setHtml] = useState("");
  chatProcess({
    prompt: "hi",
    onDownloadProgress: ({ event }) => {
      const chunk = JSON.parse(event.target.responseText);
      setHtml(marked.parse(chunk.text) as string);
    },
  });
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: llm-output-to-html
}
