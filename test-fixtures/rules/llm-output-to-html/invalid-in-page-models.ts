// Models that run in the page: WebLLM (web-llm #84), transformers.js and the Prompt API.
import { CreateMLCEngine } from "@mlc-ai/web-llm";
import { pipeline } from "@huggingface/transformers";

export async function webLlm(target: HTMLElement, question: string) {
  const engine = await CreateMLCEngine("Llama-3.1-8B-Instruct-q4f32_1-MLC");
  const stream = await engine.chat.completions.create({ messages: [{ role: "user", content: question }], stream: true });
  for await (const chunk of stream) target.innerHTML += chunk.choices[0]?.delta.content ?? ""; // expect: llm-output-to-html
}

export async function transformers(target: HTMLElement, question: string) {
  const generator = await pipeline("text-generation", "onnx-community/Qwen2.5-0.5B-Instruct");
  const output = await generator(question);
  target.innerHTML = output[0].generated_text; // expect: llm-output-to-html
}

export async function promptApi(target: HTMLElement, question: string) {
  const session = await LanguageModel.create();
  target.innerHTML = await session.prompt(question); // expect: llm-output-to-html
  target.textContent = await session.prompt(question);
}
