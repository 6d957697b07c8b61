// True positives in CommonJS.
const OpenAI = require("openai");

const client = new OpenAI({ apiKey: "sk-IJjMETYdT3YiiGnznFWoHbE4JihFHGXwkGi4NzYP3PUqA9es" }); // expect: secret-llm-provider-key

module.exports = { client, groq: "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" }; // expect: secret-llm-provider-key
