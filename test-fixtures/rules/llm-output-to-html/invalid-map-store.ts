// Answers kept in a Map and read back elsewhere (ihub-apps keeps workflow states this way).
import OpenAI from "openai";

const client = new OpenAI();
const answers = new Map<string, string>();
const labels = new Map<string, string>([["a", "<b>A</b>"]]);

export async function ask(id: string, question: string) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  answers.set(id, completion.choices[0]?.message.content ?? "");
  labels.set(id, "<i>answered</i>");
}

export function show(id: string, el: HTMLElement) {
  el.innerHTML = answers.get(id) ?? ""; // expect: llm-output-to-html
  el.insertAdjacentHTML("beforeend", labels.get(id) ?? "");
}

export class Workflows {
  private readonly states = new Map<string, { output: string }>();

  async run(id: string) {
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "go" }] });
    this.states.set(id, { output: completion.choices[0]?.message.content ?? "" });
  }

  render(id: string, el: HTMLElement) {
    el.innerHTML = this.states.get(id)?.output ?? ""; // expect: llm-output-to-html
  }
}

// A map made from entries (a message's widgets indexed by id), and one of the app's own labels.
export async function widgetById(id: string, el: HTMLElement) {
  const completion = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Draw a widget" }] });
  const widgets = [{ widgetId: "w1", html: completion.choices[0]?.message.content ?? "" }];
  const byId = new Map(widgets.map((widget) => [widget.widgetId, widget]));
  el.innerHTML = byId.get(id)?.html ?? ""; // expect: llm-output-to-html
  el.innerHTML = new Map([["w1", "<i>loading</i>"]]).get(id) ?? "";
}
