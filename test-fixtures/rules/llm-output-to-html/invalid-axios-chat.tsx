// Chat front ends that read their backend's answer with axios or an axios instance; other
// endpoints (`/api/users`) are not answers.
import axios from "axios";

const apiClient = axios.create({ baseURL: "/" });

export async function renderAnswer(el: HTMLElement, question: string) {
  const res = await axios.post("/api/chat", { question });
  el.innerHTML = res.data.answer; // expect: llm-output-to-html
  const history = await apiClient.get(`/api/conversations/${question}/messages`);
  el.innerHTML += history.data.messages[0].content; // expect: llm-output-to-html
  const user = await apiClient.get("/api/users/me");
  el.insertAdjacentHTML("afterbegin", user.data.badge);
}
