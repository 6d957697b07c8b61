// openai@3: responses wrapped in `data`.
import openaiClient from "./openai-v3-client.js";

export async function generateSql(description) {
  const response = await openaiClient.createChatCompletion({ model: "gpt-3.5-turbo", messages: [{ role: "user", content: `SQL for: ${description}` }] });
  return response.data.choices[0].message.content;
}
