// True positives in JSX: a key rendered into a browser bundle is public.
import { ChatWidget } from "./chat-widget";

export function App() {
  return (
    <main>
      <ChatWidget apiKey="sk-proj-TpjOnwdF9vpIJlgeP7wGp4FyGD-wmuOgZsUOL5Rl48sNdfg14vFev14NtB1DoBX_ECN7pKF2nkMKpzBnliZw0bglIw9aFCUqePR3hb1oJPe2YXr7rEETht-WW0WolJr5KNHZF5Rcv6ZOFvIakTqs2wtVBMiN" /> {/* expect: secret-llm-provider-key */}
      <ChatWidget apiKey={"AIzaGBS0nVeI2uJGnTuOEwtS0Gadl9WPTHMZEBu"} /> {/* expect: secret-llm-provider-key */}
    </main>
  );
}
