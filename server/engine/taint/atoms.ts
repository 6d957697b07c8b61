import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { analysisNodes } from "./node-index";

/** Which atom an expression names (its `atom(…)` call), and what a hook call is, supplied by the evaluator. */
export interface AtomResolver {
  atomOf(expression: ts.Expression): ts.CallExpression | undefined;
  hookOf(call: ts.CallExpression): "readWrite" | "read" | "write" | undefined;
  /** The declaration a name refers to (for a destructured name, the variable declaration holding the pattern). */
  declarationOf(name: ts.Identifier): ts.Node | undefined;
  /** Tells the memo that a value computed now may lack writes (the index is being built). */
  cutShort(): void;
}

/**
 * Every write to a Jotai atom in the run, indexed once: the values passed to setters bound to it
 * (`const [, setMessages] = useAtom(messagesAtom)`, `const setMessages = useSetAtom(messagesAtom)`)
 * and to `store.set(messagesAtom, x)`. An updater function is a write of what it returns.
 */
export class AtomIndex {
  private writes: Map<ts.CallExpression, ts.Expression[]> | undefined;
  private building = false;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly files: () => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly textOf: (file: string) => string,
    private readonly resolver: AtomResolver,
  ) {}

  writesTo(atom: ts.CallExpression): readonly ts.Expression[] {
    if (this.building) {
      this.resolver.cutShort();
      return [];
    }
    return this.build().get(atom) ?? [];
  }

  private build(): Map<ts.CallExpression, ts.Expression[]> {
    if (this.writes) return this.writes;
    const writes = new Map<ts.CallExpression, ts.Expression[]>();
    this.building = true;
    try {
      this.collect(writes);
    } finally {
      this.building = false;
    }
    this.writes = writes;
    return writes;
  }

  /** Hooks and stores are imported names: only calls of those are looked at, so indexing evaluates no app code. */
  private isImported(expression: ts.Expression): boolean {
    const root = ts.isPropertyAccessExpression(expression) ? expression.expression : expression;
    const declaration = ts.isIdentifier(root) ? this.resolver.declarationOf(root) : undefined;
    return declaration !== undefined && (ts.isImportSpecifier(declaration) || ts.isImportClause(declaration) || ts.isNamespaceImport(declaration));
  }

  private collect(writes: Map<ts.CallExpression, ts.Expression[]>): void {
    const add = (atom: ts.CallExpression | undefined, value: ts.Expression | undefined): void => {
      if (!atom || !value) return;
      const list = writes.get(atom);
      if (list) list.push(value);
      else writes.set(atom, [value]);
    };
    const modules = this.catalogue.atomLibraries.flatMap((library) => library.modules);
    for (const file of this.files()) {
      const text = this.textOf(file);
      // Setters come from hooks imported from the library; `store.set` from a store it made.
      if (!modules.some((m) => text.includes(`"${m}"`) || text.includes(`'${m}'`))) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      const setters: { readonly name: string; readonly declaration: ts.VariableDeclaration; readonly atom: ts.CallExpression }[] = [];
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node)) continue;
        const hook = this.isImported(node.expression) ? this.resolver.hookOf(node) : undefined;
        const target = node.arguments[0];
        if (hook && target) {
          const atom = this.resolver.atomOf(target);
          const holder = node.parent;
          if (atom && ts.isVariableDeclaration(holder) && holder.initializer === node) {
            if (hook === "write" && ts.isIdentifier(holder.name)) setters.push({ name: holder.name.text, declaration: holder, atom });
            const second = hook === "readWrite" && ts.isArrayBindingPattern(holder.name) ? holder.name.elements[1] : undefined;
            if (second && ts.isBindingElement(second) && ts.isIdentifier(second.name)) setters.push({ name: second.name.text, declaration: holder, atom });
          }
        }
        // `store.set(messagesAtom, value)`
        if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "set" && node.arguments.length === 2 && node.arguments[0] && this.isImported(node.arguments[0])) {
          add(this.resolver.atomOf(node.arguments[0]), node.arguments[1]);
        }
      }
      if (setters.length === 0) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) continue;
        const callee = node.expression;
        const setter = setters.find((s) => s.name === callee.text && this.resolver.declarationOf(callee) === s.declaration);
        if (setter) add(setter.atom, node.arguments[0]);
      }
    }
  }
}
