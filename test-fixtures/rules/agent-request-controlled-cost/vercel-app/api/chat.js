// A Vercel function: `api/` beside the project's package.json, exported as the module.
const OpenAI = require("openai");
const { complete } = require("../lib/complete");

const openai = new OpenAI();

module.exports = async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: req.body.model || "gpt-4.1-mini", // expect: agent-request-controlled-cost
    max_tokens: req.body.max_tokens || 150, // expect: agent-request-controlled-cost
    messages: [{ role: "user", content: String(req.body.message) }],
  });
  res.json({ reply: completion.choices[0].message.content, other: await complete(String(req.body.message), req.body.tokens) });
};
