/**
 * Library functions that hand back what they are given: React's memoizing hooks and component
 * wrappers. A value or function passed through them is the same value or function for the
 * analysis (`useMemo(() => render, [])` is `render`; `memo(Reply)` is `Reply`).
 */
export interface IdentityWrapper {
  readonly modules: readonly string[];
  readonly exportName: string;
  /** `argument`: the first argument itself; `result`: what the first argument (a callback) returns. */
  readonly gives: "argument" | "result";
}

const react = ["react", "preact/compat", "preact/hooks"];

export const identityWrappers: readonly IdentityWrapper[] = [
  { modules: react, exportName: "useMemo", gives: "result" },
  { modules: react, exportName: "useCallback", gives: "argument" },
  { modules: react, exportName: "memo", gives: "argument" },
  { modules: react, exportName: "forwardRef", gives: "argument" },
  { modules: ["solid-js"], exportName: "createMemo", gives: "result" },
];
