// A chat request whose URL depends on a setting (silverbullet-ai's proxy switch): either branch may
// be the one requested, and one is a chat endpoint.
export async function answer(baseUrl: string, useProxy: boolean, el: HTMLElement) {
  const url = useProxy ? `/proxy?target=${encodeURIComponent(`${baseUrl}/chat/completions`)}` : `${baseUrl}/chat/completions`;
  const res = await fetch(url, { method: "POST" });
  el.innerHTML = (await res.json()).answer; // expect: llm-output-to-html
  const profile = await fetch(useProxy ? "/proxy/users/me" : "/api/users/me");
  el.insertAdjacentHTML("beforeend", (await profile.json()).badge);
}
