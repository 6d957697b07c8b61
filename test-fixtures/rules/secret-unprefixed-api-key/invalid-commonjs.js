// True positives in CommonJS.
const { CohereClient } = require("cohere-ai");
const Together = require("together-ai");

const cohere = new CohereClient({ token: "cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3" }); // expect: secret-unprefixed-api-key
const together = new Together({ apiKey: "3b3ef5c8e43905e1296274de4b12ba8bc72cda46d07cc2c28494a158b8a13eaa" }); // expect: secret-unprefixed-api-key

module.exports = { cohere, together };
