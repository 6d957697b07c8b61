// True positives: a browser extension puts the text of the page it visits into a prompt as it is.
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: "", dangerouslyAllowBrowser: true });

export async function nextAction(tabId: number, task: string) {
  const dom = await chrome.tabs.sendMessage(tabId, { type: "getSimplifiedDom" });
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `Task: ${task}\nCurrent page contents:\n${dom}` }], // expect: rag-unlabeled-context
  });
}

export async function summarizeTab(tabId: number) {
  const [injection] = await chrome.scripting.executeScript({ target: { tabId }, func: () => document.body.innerText });
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarize:\n${injection?.result}` }], // expect: rag-unlabeled-context
  });
}
