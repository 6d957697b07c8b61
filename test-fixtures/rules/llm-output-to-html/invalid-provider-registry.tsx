// A registry of provider objects (anse's providerList, touchai's drivers): the provider found in it,
// or taken by index, answers with the model's text.
import OpenAI from "openai";
const providerOpenAI = () => ({
  id: "openai",
  async handlePrompt(q: string) {
    const c = await new OpenAI().chat.completions.create({ model: "m", messages: [{ role: "user", content: q }] });
    return c.choices[0]?.message.content ?? "";
  },
});
const providerList = [providerOpenAI()];
export const getProviderById = (id: string) => providerList.find((p) => p.id === id);
export async function send(el: HTMLElement, id: string) {
  const provider = getProviderById(id);
  el.innerHTML = (await provider?.handlePrompt?.("hi")) ?? ""; // expect: llm-output-to-html
  el.innerHTML = await providerList[0]!.handlePrompt("x"); // expect: llm-output-to-html
  el.innerHTML = providerList.filter((p) => p.id !== id).map((p) => p.id).join(", ");
}
