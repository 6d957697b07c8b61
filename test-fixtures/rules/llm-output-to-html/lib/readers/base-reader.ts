// A provider-neutral stream reader: each provider's subclass says how to read its chunks.
export abstract class BaseReader {
  protected abstract parseReply(chunk: string): { content: string };

  private onChunk: (text: string) => void = () => {};

  // Callers register the listener; the reader calls it as chunks arrive.
  onReading(listener: (text: string) => void): void {
    this.onChunk = listener;
  }

  read(chunks: readonly string[]): void {
    for (const chunk of chunks) this.onChunk(this.processChunk(chunk));
  }

  private processChunk(chunk: string): string {
    return this.parseReply(chunk).content;
  }
}
