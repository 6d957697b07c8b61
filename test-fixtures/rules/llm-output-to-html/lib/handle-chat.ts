/** anything-llm's shape: a chunk handler that writes the chat history through the setter it is given. */
export function handleChat(chunk: { textResponse: string }, setChatHistory: (history: { content: string }[]) => void) {
  setChatHistory([{ content: chunk.textResponse }]);
}
