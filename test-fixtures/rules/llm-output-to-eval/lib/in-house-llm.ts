// Calls the company's model gateway; no SDK is visible here, so the config declares it as a source.
declare function gatewayRequest(body: unknown): Promise<string>;

export async function complete(prompt: string): Promise<string> {
  return gatewayRequest({ prompt });
}
