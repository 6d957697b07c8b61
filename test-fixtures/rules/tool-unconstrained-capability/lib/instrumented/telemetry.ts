type Handler = (...args: unknown[]) => Promise<unknown>;

// Times a handler: calls it with whatever it is given and returns what it returns.
export function instrumentTool(toolName: string, handler: Handler): Handler {
  return async (...callArgs: unknown[]) => {
    const started = Date.now();
    const result = await handler(...callArgs);
    console.error(toolName, Date.now() - started);
    return result;
  };
}
