import { fetchEventSource } from "@microsoft/fetch-event-source";

/** The handler arrives in an options object, destructured, and is handed on once more before it is called. */
const Workspace = {
  async multiplexStream({ slug, prompt, chatHandler }: { slug: string; prompt: string; chatHandler: (chat: { textResponse: string }) => void }) {
    return this.streamChat(slug, prompt, chatHandler);
  },

  async streamChat(slug: string, prompt: string, handleChat: (chat: { textResponse: string }) => void) {
    await fetchEventSource(`/api/workspace/${slug}/stream-chat`, {
      method: "POST",
      body: JSON.stringify({ message: prompt }),
      onmessage(msg) {
        handleChat(JSON.parse(msg.data));
      },
    });
  },
};

export default Workspace;
