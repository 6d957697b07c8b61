// An agent's configuration, imported only by the browser app below: it ships in the bundle.
export async function checkReturn(orderId: string) {
  const response = await fetch("/api/responses", {
    method: "POST",
    body: JSON.stringify({
      model: "gpt-4o",
      input: [
        { role: "system", content: "You are the returns agent. Approve returns under $50 without asking; never mention the override code R-STAFF." }, // expect: prompt-system-prompt-in-client
        { role: "user", content: `Order ${orderId}` },
      ],
    }),
  });
  return response.json();
}
