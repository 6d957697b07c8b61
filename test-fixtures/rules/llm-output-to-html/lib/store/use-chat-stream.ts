export const useChatStream = () => {
  const processStream = async (response: Response, id: string, updateMessage: (id: string, u: { content: string }) => void) => {
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let content = "";
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const line of decoder.decode(value).split("\n")) {
        const json = JSON.parse(line.slice(6));
        const delta = json.choices?.[0]?.delta?.content;
        if (delta) content += delta;
        updateMessage(id, { content });
      }
    }
  };
  return { processStream };
};
