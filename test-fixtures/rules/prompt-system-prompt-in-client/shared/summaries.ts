// Hard negative: a module the server imports too is not browser code.
export async function summarize(text: string) {
  const response = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    body: JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "Summarize the text in three sentences, plainly, for a busy reader." }, { role: "user", content: text }] }),
  });
  return response.json();
}
