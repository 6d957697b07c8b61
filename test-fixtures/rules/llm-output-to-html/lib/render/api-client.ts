/** The app's one fetch helper, shared by its components. */
export async function apiFetch(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
}
