import ts from "typescript";
import { propertyNameText } from "../taint/scope";

/** What a tool's definition tells clients about its effects (MCP tool annotations and look-alike flags). */
export interface ToolAnnotations {
  /** `readOnlyHint: true`, or `type: "readOnly"`: the tool claims to change nothing. */
  readonly readOnly?: { readonly claimed: boolean; readonly node: ts.PropertyAssignment };
  /** `destructiveHint: false`: the tool claims its changes only add. */
  readonly destructive?: { readonly claimed: boolean; readonly node: ts.PropertyAssignment };
}

const maxDepth = 4;

/**
 * The annotations written in a tool's definition: the registration's options
 * (`server.registerTool(name, { annotations: { readOnlyHint: true } }, handler)`), a tool object or
 * its listing (`{ name, inputSchema, annotations }`, `schema: { …, type: "readOnly" }`), a tool
 * class's `annotations` field. Handler bodies are not read: a flag set there is not the definition's.
 */
export function declaredAnnotations(definition: ts.Node, definitionOf: (expression: ts.Expression) => ts.Expression): ToolAnnotations {
  let readOnly: ToolAnnotations["readOnly"];
  let destructive: ToolAnnotations["destructive"];
  const visit = (node: ts.Node, depth: number): void => {
    if (depth > maxDepth || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) return;
    if (ts.isPropertyAssignment(node)) {
      const key = propertyNameText(node.name);
      const value = node.initializer;
      const flag = value.kind === ts.SyntaxKind.TrueKeyword ? true : value.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
      if (key === "readOnlyHint" && flag !== undefined) readOnly ??= { claimed: flag, node };
      if (key === "destructiveHint" && flag !== undefined) destructive ??= { claimed: flag, node };
      // playwright-mcp's listings: `type: "readOnly" | "destructive"`, turned into the hints when listed.
      if (key === "type" && ts.isStringLiteralLike(value) && /^read-?only$/i.test(value.text)) readOnly ??= { claimed: true, node };
      if (key === "type" && ts.isStringLiteralLike(value) && value.text === "destructive") readOnly ??= { claimed: false, node };
    }
    // `{ ...databaseToolDefs.execute_sql, execute }`: the definitions spread in, held in a constant.
    if (ts.isSpreadAssignment(node)) {
      const spread = definitionOf(node.expression);
      if (spread !== node.expression && ts.isObjectLiteralExpression(spread)) visit(spread, depth + 1);
      return;
    }
    const next = ts.isObjectLiteralExpression(node) ? depth + 1 : depth;
    ts.forEachChild(node, (child) => visit(child, next));
  };
  if (ts.isCallExpression(definition) || ts.isNewExpression(definition)) for (const argument of definition.arguments ?? []) visit(argument, 0);
  else if (ts.isClassDeclaration(definition)) {
    for (const member of definition.members) if (ts.isPropertyDeclaration(member) && member.initializer && member.name && propertyNameText(member.name) === "annotations") visit(member.initializer, 0);
  } else visit(definition, 0);
  return { ...(readOnly ? { readOnly } : {}), ...(destructive ? { destructive } : {}) };
}
