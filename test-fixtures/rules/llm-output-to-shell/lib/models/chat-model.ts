// The app's model interface: callers hold models only through it.
export interface ChatModel {
  streamChat(prompt: string): AsyncGenerator<{ role: string; content: string }, { completion: string }>;
}
