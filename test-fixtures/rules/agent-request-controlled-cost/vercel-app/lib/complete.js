// A helper: its parameter is what the function above passes, request input.
const OpenAI = require("openai");

const openai = new OpenAI();

async function complete(prompt, maxTokens) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4.1-mini",
    max_tokens: maxTokens, // expect: agent-request-controlled-cost
    messages: [{ role: "user", content: prompt }],
  });
  return completion.choices[0].message.content;
}

module.exports = { complete };
