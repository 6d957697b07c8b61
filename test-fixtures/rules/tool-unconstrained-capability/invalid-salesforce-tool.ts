// Salesforce's MCP providers write tools as classes: `getName()`, `getConfig()` with the input
// schema, `exec(input)`. Before its fix, a work item's project id went into SOQL as it was.
import { McpTool, type McpToolConfig } from "@salesforce/mcp-provider-api";
import { z } from "zod";

const inputSchema = z.object({ projectId: z.string(), limit: z.number() });
type InputArgs = z.infer<typeof inputSchema>;

interface Connection { query<T>(soql: string): Promise<{ records: T[] }> }
declare function connect(): Promise<Connection>;

export class ListWorkItems extends McpTool<typeof inputSchema.shape> { // expect: tool-unconstrained-capability, tool-missing-approval
  public getName(): string {
    return "list_work_items";
  }

  public getConfig(): McpToolConfig<typeof inputSchema.shape> {
    return { title: "List work items", description: "Lists a project's work items", inputSchema: inputSchema.shape };
  }

  public async exec(input: InputArgs) {
    const connection = await connect();
    const result = await connection.query<{ Name: string }>(`SELECT Name FROM WorkItem WHERE Project = '${input.projectId}' LIMIT ${input.limit}`); // expect: llm-output-to-sql
    return { content: [{ type: "text" as const, text: result.records.map((r) => r.Name).join("\n") }] };
  }
}

// After the fix: the id is checked against Salesforce's id format first.
function isValidSalesforceId(id: string): boolean {
  if (typeof id !== "string") return false;
  const trimmed = id.trim();
  const idPattern = /^[a-zA-Z0-9]{15}$|^[a-zA-Z0-9]{18}$/;
  return idPattern.test(trimmed);
}

function validateSalesforceId(id: string): string {
  if (!isValidSalesforceId(id)) throw new Error(`Invalid Salesforce ID: ${id}`);
  return id.trim();
}

export class ListWorkItemsFixed extends McpTool<typeof inputSchema.shape> { // a validated id in a read-only query: nothing to approve
  public getName(): string {
    return "list_work_items_fixed";
  }

  public getConfig(): McpToolConfig<typeof inputSchema.shape> {
    return { title: "List work items", description: "Lists a project's work items", inputSchema: inputSchema.shape };
  }

  public async exec(input: InputArgs) {
    const connection = await connect();
    const projectId = validateSalesforceId(input.projectId);
    const result = await connection.query<{ Name: string }>(`SELECT Name FROM WorkItem WHERE Project = '${projectId}'`);
    return { content: [{ type: "text" as const, text: result.records.map((r) => r.Name).join("\n") }] };
  }
}

// A username checked against an anchored e-mail pattern before it is quoted into SOQL.
function isValidUsername(username: string): boolean {
  if (typeof username !== "string") return false;
  const trimmed = username.trim();
  if (!trimmed.includes("@")) return false;
  const emailPattern = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
  if (!emailPattern.test(trimmed)) return false;
  return true;
}

export class AssignUser extends McpTool<typeof inputSchema.shape> { // a checked username in a read-only query: nothing to approve
  public getName(): string {
    return "assign_user";
  }

  public getConfig(): McpToolConfig<typeof inputSchema.shape> {
    return { title: "Assign", description: "Assigns a user", inputSchema: inputSchema.shape };
  }

  public async exec(input: InputArgs) {
    const connection = await connect();
    let username: string;
    try {
      if (!isValidUsername(input.projectId)) throw new Error("invalid");
      username = input.projectId.trim();
    } catch {
      return { content: [{ type: "text" as const, text: "invalid user" }] };
    }
    const result = await connection.query<{ Name: string }>(`SELECT Id FROM User WHERE Username='${username}'`);
    return { content: [{ type: "text" as const, text: result.records.map((r) => r.Name).join("\n") }] };
  }
}
