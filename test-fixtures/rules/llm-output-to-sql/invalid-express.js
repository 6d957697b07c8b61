// True positive: an Express route runs SQL generated with the openai@3 SDK, three files away.
import express from "express";
import mysql from "mysql2";
import { generateSql } from "./lib/generate-v3.js";

const app = express();
const connection = mysql.createConnection({ host: "localhost" });

app.post("/generate", async (req, res) => {
  const sqlQuery = await generateSql(req.body.description);
  connection.query(sqlQuery, (err, results) => res.json({ err, results })); // expect: llm-output-to-sql
});
