const privateHost = /^(localhost|127\.|10\.|192\.168\.|169\.254\.)/;

export async function validateOutboundUrl(raw: string): Promise<string> {
  const url = new URL(raw);
  if (url.protocol !== "https:" || privateHost.test(url.hostname)) throw new Error("outbound request refused");
  return url.toString();
}
