// mindcraft's shape: an agent hands itself to its coder (`new Coder(this)`), the coder keeps it as a
// constructor parameter property, and asks the agent's prompter (set later, in an async method)
// for code that it then evaluates.
import OpenAI from "openai";

class Prompter {
  private readonly client = new OpenAI();

  async promptCoding(task: string): Promise<string> {
    const completion = await this.client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: task }] });
    return completion.choices[0]?.message.content ?? "";
  }
}

class Coder {
  constructor(private readonly agent: Agent) {}

  async run(task: string) {
    const code = await this.agent.prompter.promptCoding(task);
    return eval(code); // expect: llm-output-to-eval
  }
}

export class Agent {
  prompter!: Prompter;
  coder = new Coder(this);

  async start() {
    this.prompter = new Prompter();
  }
}
