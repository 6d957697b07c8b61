// Dashboards whose model runs in a backend written in another language (WRAI.TH, gpt-researcher,
// ihub-apps before their fixes): the text comes over a socket or an API llmsec cannot see behind,
// is rendered with marked or showdown, and the HTML goes into the page as it is.
import { marked } from "marked";
import showdown from "showdown";
import { markdownToHtml } from "./lib/markdown";

interface Task { id: string; description: string }

export async function showTask(card: HTMLElement, id: string) {
  const task: Task = await (await fetch(`/api/tasks/${id}`)).json();
  card.innerHTML = marked.parse(task.description) as string; // expect: llm-markdown-raw-html
}

const converter = new showdown.Converter();
export function onReport(container: HTMLElement, socket: WebSocket) {
  socket.onmessage = (event) => {
    const data = JSON.parse(event.data);
    const html = converter.makeHtml(data.output);
    container.innerHTML += html; // expect: llm-markdown-raw-html
  };
}

export function WorkflowOutput({ value }: { value: string }) {
  const html = markdownToHtml(value);
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: llm-markdown-raw-html
}

// micromark keeps raw HTML only when told to.
import { micromark } from "micromark";
export function AgentMessage({ text }: { text: string }) {
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: micromark(text, { allowDangerousHtml: true }) }} /> {/* expect: llm-markdown-raw-html */}
      <div dangerouslySetInnerHTML={{ __html: micromark(text) }} />
    </>
  );
}
