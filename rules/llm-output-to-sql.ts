import ts from "typescript";
import { defineRule, type Fix, type TextEdit } from "../server/engine/rule";
import type { Flow } from "../server/engine/taint/flows";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

/** Placeholder style of the clients whose fix is known to be right. */
const placeholders: Readonly<Record<string, (n: number) => string>> = {
  pg: (n) => `$${n}`,
  mysql: () => "?",
  sqlite: () => "?",
};
const sqliteStatementMethods = new Set(["all", "get", "run", "iterate"]);

export default defineRule({
  meta: {
    id: "llm-output-to-sql",
    family: "llm",
    defaultSeverity: "error",
    owasp: "LLM05:2025",
    cwe: [89],
    securitySeverity: 8.8,
    description: "Model output in SQL text: a query string built from model output (pg, mysql2, SQLite, knex.raw, Sequelize, Prisma $queryRawUnsafe, TypeORM, Drizzle sql.raw).",
    rationale:
      "Text-to-SQL and 'let the model pick the filter' features put model output into queries. Concatenated or interpolated into SQL text, a value such as `' OR 1=1; DROP TABLE orders; --` changes the query. A value passed as a bound parameter (`query(text, [value])`, tagged templates such as sql`…` or Prisma's `$queryRaw`) is not a finding.",
    remediation:
      "Pass model output as a bound parameter: `pool.query(\"SELECT … WHERE status = $1\", [status])`. If the model must choose a column or table, map its choice onto an allow-list. Generated SQL should run with a read-only role.",
    fix: "safe",
    messages: { flow: flowMessage },
  },
  create: (context) => flowVisitor(context, "sql", ": a prompt can rewrite this query. Pass the value as a bound parameter.", parameterize),
});

/**
 * Rewrites `client.query(`… = '${x}' …`)` as `client.query(`… = $1 …`, [x])` for pg, mysql2
 * and better-sqlite3, when every interpolation stands where a value goes.
 */
function parameterize(flow: Flow): Fix | undefined {
  const call = flow.sinkNode;
  const placeholder = flow.receiverKind ? placeholders[flow.receiverKind] : undefined;
  if (!placeholder || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const template = call.arguments[0];
  if (!template || !ts.isTemplateExpression(template)) return undefined;
  const sourceFile = call.getSourceFile();
  const text = sourceFile.text;
  const raw = (node: ts.TemplateLiteralLikeNode, isTail: boolean): string => text.slice(node.getStart(sourceFile) + 1, node.getEnd() - (isTail ? 1 : 2));

  const pieces = [raw(template.head, false), ...template.templateSpans.map((s) => raw(s.literal, ts.isTemplateTail(s.literal)))];
  const values: string[] = [];
  for (let i = 0; i < template.templateSpans.length; i++) {
    const before = pieces[i] ?? "";
    const after = pieces[i + 1] ?? "";
    const quoted = before.endsWith("'") && after.startsWith("'");
    const beforeCore = quoted ? before.slice(0, -1) : before;
    const afterCore = quoted ? after.slice(1) : after;
    if (!/(=|<|>|\(|,|\blike|\bthen|\bis)\s*$/i.test(beforeCore) || !/^($|[\s),;])/.test(afterCore)) return undefined;
    pieces[i] = beforeCore;
    pieces[i + 1] = afterCore;
    values.push(template.templateSpans[i]?.expression.getText(sourceFile) ?? "");
  }
  let sql = pieces[0] ?? "";
  for (let i = 0; i < values.length; i++) sql += placeholder(i + 1) + (pieces[i + 1] ?? "");
  const edits: TextEdit[] = [{ start: template.getStart(sourceFile), end: template.getEnd(), newText: `\`${sql}\`` }];
  const params = `[${values.join(", ")}]`;

  const method = call.expression.name.text;
  if (flow.receiverKind === "sqlite") {
    // `db.prepare(sql).all()`: the parameters go to the statement's call.
    const access = call.parent;
    const statementCall = access?.parent;
    if (method !== "prepare" || !access || !ts.isPropertyAccessExpression(access) || !sqliteStatementMethods.has(access.name.text) || !statementCall || !ts.isCallExpression(statementCall) || statementCall.arguments.length > 0) return undefined;
    edits.push({ start: statementCall.getEnd() - 1, end: statementCall.getEnd() - 1, newText: values.join(", ") });
  } else {
    if (call.arguments.length !== 1) return undefined;
    edits.push({ start: template.getEnd(), end: template.getEnd(), newText: `, ${params}` });
  }
  return { safety: "safe", description: "Pass the model's output as bound query parameters", edits };
}
