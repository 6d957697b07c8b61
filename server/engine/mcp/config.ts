import ts from "typescript";
import { mcpConfigFormatOf, type McpConfigFormat } from "./config-files";

/** A string value of an MCP config, with its node for locations and edits. */
export type ConfigString = ts.StringLiteral;

/** One server entry of an MCP config, as the client that starts it reads it. */
export interface McpServerEntry {
  readonly name: string;
  readonly nameNode: ts.PropertyName;
  readonly entry: ts.ObjectLiteralExpression;
  /** `command`, the program the client starts (absent for a remote server). */
  readonly command?: ConfigString;
  /** `args`, in order; non-string elements are left out. */
  readonly args: readonly ConfigString[];
  /** `env` entries, name and value. */
  readonly env: readonly ConfigEntry[];
  /** `headers` entries (remote servers). */
  readonly headers: readonly ConfigEntry[];
  /** The remote server's address: `url`, `serverUrl` (Windsurf) or `httpUrl` (Gemini CLI). */
  readonly url?: ConfigString;
}

export interface ConfigEntry {
  readonly name: string;
  readonly property: ts.PropertyAssignment;
  /** The value when it is a string. */
  readonly value?: ConfigString;
}

export interface McpConfig {
  readonly format: McpConfigFormat;
  readonly root: ts.ObjectLiteralExpression;
  readonly servers: readonly McpServerEntry[];
}

/** Keys the clients keep their servers under (`mcp.servers` is VS Code's settings form). */
const serverContainers = ["mcpServers", "servers", "context_servers"] as const;
const urlKeys = ["url", "serverUrl", "httpUrl"] as const;

const parsed = new WeakMap<ts.SourceFile, McpConfig | null>();

/** The MCP config a parsed JSON file holds, or undefined when the file is not one (by name) or has no object at its root. */
export function mcpConfigOf(sourceFile: ts.SourceFile): McpConfig | undefined {
  const known = parsed.get(sourceFile);
  if (known !== undefined) return known ?? undefined;
  const config = readConfig(sourceFile);
  parsed.set(sourceFile, config ?? null);
  return config;
}

function readConfig(sourceFile: ts.SourceFile): McpConfig | undefined {
  const format = mcpConfigFormatOf(sourceFile.fileName);
  if (!format) return undefined;
  const statement = sourceFile.statements[0];
  const root = statement && ts.isExpressionStatement(statement) ? statement.expression : undefined;
  if (!root || !ts.isObjectLiteralExpression(root)) return undefined;
  const servers: McpServerEntry[] = [];
  const containers = [root, objectAt(root, "mcp")].filter((o): o is ts.ObjectLiteralExpression => o !== undefined);
  for (const container of containers) {
    for (const key of serverContainers) {
      // `"servers": [{ "id": "fs", "command": … }]`: a list of entries named by their `name` or `id`.
      const list = valueAt(container, key);
      if (list && ts.isArrayLiteralExpression(list)) {
        for (const element of list.elements) {
          if (!ts.isObjectLiteralExpression(element)) continue;
          const label = stringAt(element, "name") ?? stringAt(element, "id");
          if (label) servers.push(serverEntry(label.text, label, element));
        }
        continue;
      }
      const map = objectAt(container, key);
      if (!map) continue;
      for (const property of map.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
        const name = keyOf(property.name);
        if (name !== undefined) servers.push(serverEntry(name, property.name, property.initializer));
      }
    }
  }
  // A file of server entries alone, with no key around them.
  if (servers.length === 0) {
    for (const property of root.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const name = keyOf(property.name);
      const entry = property.initializer;
      if (name !== undefined && (valueAt(entry, "command") !== undefined || urlKeys.some((key) => valueAt(entry, key) !== undefined))) servers.push(serverEntry(name, property.name, entry));
    }
  }
  return { format, root, servers };
}

function serverEntry(name: string, nameNode: ts.PropertyName, entry: ts.ObjectLiteralExpression): McpServerEntry {
  const command = stringAt(entry, "command");
  const argsNode = valueAt(entry, "args");
  const args = argsNode && ts.isArrayLiteralExpression(argsNode) ? argsNode.elements.filter(ts.isStringLiteral) : [];
  const url = urlKeys.map((key) => stringAt(entry, key)).find((value) => value !== undefined);
  return { name, nameNode, entry, ...(command ? { command } : {}), args, env: entriesAt(entry, "env"), headers: entriesAt(entry, "headers"), ...(url ? { url } : {}) };
}

function entriesAt(object: ts.ObjectLiteralExpression, key: string): ConfigEntry[] {
  const map = objectAt(object, key);
  if (!map) return [];
  const entries: ConfigEntry[] = [];
  for (const property of map.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = keyOf(property.name);
    if (name === undefined) continue;
    entries.push({ name, property, ...(ts.isStringLiteral(property.initializer) ? { value: property.initializer } : {}) });
  }
  return entries;
}

export function valueAt(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && keyOf(property.name) === key) return property.initializer;
  }
  return undefined;
}

function objectAt(object: ts.ObjectLiteralExpression, key: string): ts.ObjectLiteralExpression | undefined {
  const value = valueAt(object, key);
  return value && ts.isObjectLiteralExpression(value) ? value : undefined;
}

function stringAt(object: ts.ObjectLiteralExpression, key: string): ConfigString | undefined {
  const value = valueAt(object, key);
  return value && ts.isStringLiteral(value) ? value : undefined;
}

function keyOf(name: ts.PropertyName): string | undefined {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** A value the client expands before use (`${input:key}`, `${env:KEY}`, `${KEY}`, `$KEY`, `%KEY%`): not a literal. */
export function isReference(value: string): boolean {
  return /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%/.test(value);
}
