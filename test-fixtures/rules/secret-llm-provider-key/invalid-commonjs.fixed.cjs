// True positives in CommonJS.
const OpenAI = require("openai");

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); // expect: secret-llm-provider-key

module.exports = { client, groq: process.env.GROQ_API_KEY }; // expect: secret-llm-provider-key
