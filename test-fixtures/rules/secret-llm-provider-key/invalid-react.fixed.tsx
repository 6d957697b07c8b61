// True positives in JSX: a key rendered into a browser bundle is public.
import { ChatWidget } from "./chat-widget";

export function App() {
  return (
    <main>
      <ChatWidget apiKey={process.env.OPENAI_API_KEY!} /> {/* expect: secret-llm-provider-key */}
      <ChatWidget apiKey={process.env.GOOGLE_API_KEY!} /> {/* expect: secret-llm-provider-key */}
    </main>
  );
}
