/** Stands for "a limit was hit" among the unfinished entries a computation read. */
const cutShort = Symbol("cut short");

/** How many times an entry computed from unfinished entries is recomputed before its value is kept anyway. */
const maxPartialRuns = 3;

/**
 * Memoization for values that depend on each other in cycles (a store field written from a
 * callback whose argument comes from the store). While an entry is being computed, reading it
 * again gives a placeholder; a value computed from such a placeholder may be partial, so it is
 * kept only when the placeholder was its own (or after a few tries), and is otherwise computed
 * again the next time it is asked for. Without this, the order in which files were analyzed
 * decided what was found.
 */
export class CycleMemo {
  private readonly running = new Set<unknown>();
  /** Per computation in progress: the unfinished entries it read (made on the first one). */
  private readonly frames: (Set<unknown> | undefined)[] = [];
  private readonly partialRuns = new Map<unknown, number>();

  run<T>(identity: unknown, cached: T | undefined, store: (value: T | undefined) => void, placeholder: T, compute: () => T): T {
    if (cached !== undefined) {
      if (this.running.has(identity)) this.readUnfinished(identity);
      return cached;
    }
    store(placeholder);
    this.running.add(identity);
    this.frames.push(undefined);
    let value: T;
    let read: Set<unknown> | undefined;
    try {
      value = compute();
    } finally {
      read = this.frames.pop();
      this.running.delete(identity);
    }
    read?.delete(identity);
    if (!read || read.size === 0) {
      store(value);
      return value;
    }
    // Unfinished entries further out: the caller's value depends on them too.
    for (const outer of read) this.readUnfinished(outer);
    const runs = (this.partialRuns.get(identity) ?? 0) + 1;
    this.partialRuns.set(identity, runs);
    store(runs >= maxPartialRuns ? value : undefined);
    return value;
  }

  /** Computes `compute` and tells whether it read an unfinished entry (so its value may lack what the cycle brings). */
  tracked<T>(compute: () => T): { readonly value: T; readonly partial: boolean } {
    this.frames.push(undefined);
    let read: Set<unknown> | undefined;
    let value: T;
    try {
      value = compute();
    } finally {
      read = this.frames.pop();
    }
    for (const outer of read ?? []) this.readUnfinished(outer);
    return { value, partial: read !== undefined && read.size > 0 };
  }

  /** The computation in progress stopped short (a depth limit, a caller already on the path): its value may be partial. */
  cutShort(): void {
    this.readUnfinished(cutShort);
  }

  private readUnfinished(identity: unknown): void {
    const top = this.frames.length - 1;
    if (top < 0) return;
    (this.frames[top] ??= new Set()).add(identity);
  }
}
