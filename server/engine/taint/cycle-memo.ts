/** Stands for "a limit was hit" among the unfinished entries a computation read. */
const cutShort = Symbol("cut short");

/** How many more passes a cycle gets once its first pass found something. */
const maxRounds = 2;

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
    let value: T;
    let read: Set<unknown> | undefined;
    try {
      this.frames.push(undefined);
      try {
        value = compute();
      } finally {
        read = this.frames.pop();
      }
      // The entry read itself (a cycle closes here): go round again with what the first pass found,
      // so what flows around the cycle reaches the places read before it was known.
      for (let round = 0; round < maxRounds && read?.has(identity) && this.grew(value, placeholder); round++) {
        const previous = value;
        placeholder = value;
        store(value);
        this.frames.push(undefined);
        try {
          value = compute();
        } finally {
          const again = this.frames.pop();
          read = new Set([...(read ?? []), ...(again ?? [])]);
        }
        if (!this.grew(value, previous)) break;
      }
    } finally {
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

  /** Whether a second pass can add anything: the value is not the same object as before. */
  private grew<T>(value: T, before: T): boolean {
    return value !== before && this.size(value) > this.size(before);
  }

  private size(value: unknown): number {
    if (Array.isArray(value)) return value.length;
    if (value && typeof value === "object" && "facts" in value && Array.isArray((value as { facts: unknown }).facts)) return (value as { facts: unknown[] }).facts.length;
    return 0;
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
