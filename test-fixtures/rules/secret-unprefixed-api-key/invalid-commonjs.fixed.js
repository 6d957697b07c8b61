// True positives in CommonJS.
const { CohereClient } = require("cohere-ai");
const Together = require("together-ai");

const cohere = new CohereClient({ token: process.env.COHERE_API_KEY }); // expect: secret-unprefixed-api-key
const together = new Together({ apiKey: process.env.TOGETHER_API_KEY }); // expect: secret-unprefixed-api-key

module.exports = { cohere, together };
