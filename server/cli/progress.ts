/**
 * A one-line file counter on stderr, shown only on a terminal and only once the scan has
 * run for a second, so short runs and piped output stay clean.
 */
export function createProgress(stream: NodeJS.WriteStream, delayMs = 1000): { update(done: number, total: number): void; clear(): void } {
  const startedAt = Date.now();
  let lastDrawn = 0;
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - startedAt < delayMs || (now - lastDrawn < 100 && done < total)) return;
      lastDrawn = now;
      shown = true;
      stream.write(`\rllmsec: ${done}/${total} files`);
    },
    clear() {
      if (shown) stream.write("\r\u001b[2K");
    },
  };
}
