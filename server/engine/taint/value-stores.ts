import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { analysisNodes } from "./node-index";

/** Which store an expression names (its `map(…)`/`atom(…)` call), supplied by the evaluator. */
export interface StoreResolver {
  storeOf(expression: ts.Expression): ts.CallExpression | undefined;
  /** Tells the memo that a value computed now may lack writes (the index is being built). */
  cutShort(): void;
}

/** A write to a store: `store.set(value)`, or `store.setKey(key, value)` (`key` given). */
export interface StoreWrite {
  readonly value: ts.Expression;
  readonly key?: ts.Expression;
}

/**
 * Every write to a value store (nanostores) in the run, indexed once. Only modules that import the
 * library, and the modules importing those (where the stores they export are written), are read.
 */
export class ValueStoreIndex {
  private writes: Map<ts.CallExpression, StoreWrite[]> | undefined;
  private building = false;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly files: () => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly textOf: (file: string) => string,
    private readonly importersOf: (file: string) => Iterable<string>,
    private readonly resolver: StoreResolver,
  ) {}

  writesTo(store: ts.CallExpression): readonly StoreWrite[] {
    if (this.building) {
      this.resolver.cutShort();
      return [];
    }
    return this.build().get(store) ?? [];
  }

  private build(): Map<ts.CallExpression, StoreWrite[]> {
    if (this.writes) return this.writes;
    const writes = new Map<ts.CallExpression, StoreWrite[]>();
    this.building = true;
    try {
      this.collect(writes);
    } finally {
      this.building = false;
    }
    this.writes = writes;
    return writes;
  }

  private collect(writes: Map<ts.CallExpression, StoreWrite[]>): void {
    const modules = this.catalogue.valueStores.modules;
    const libraryFiles = this.files().filter((file) => modules.some((m) => this.textOf(file).includes(`"${m}"`) || this.textOf(file).includes(`'${m}'`)));
    const candidates = new Set(libraryFiles);
    for (const file of libraryFiles) for (const importer of this.importersOf(file)) candidates.add(importer);
    for (const file of candidates) {
      const text = this.textOf(file);
      if (!text.includes(".set(") && !text.includes(".setKey(")) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) continue;
        const method = node.expression.name.text;
        const [first, second] = node.arguments;
        const write: StoreWrite | undefined = method === "set" && first && node.arguments.length === 1 ? { value: first } : method === "setKey" && first && second ? { value: second, key: first } : undefined;
        if (!write || !ts.isIdentifier(node.expression.expression)) continue;
        const store = this.resolver.storeOf(node.expression.expression);
        if (!store) continue;
        const list = writes.get(store);
        if (list) list.push(write);
        else writes.set(store, [write]);
      }
    }
  }
}
