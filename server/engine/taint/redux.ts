import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { analysisNodes } from "./node-index";
import { propertyNameText } from "./scope";

/** A reducer and the state it writes: the state's path and the value written there. */
export interface ReducerWrite {
  readonly reducer: ts.SignatureDeclaration;
  /** Field names, `[]` for an element, from the slice's state down. */
  readonly path: readonly string[];
  readonly value: ts.Expression;
}

export interface Slice {
  readonly name: string;
  readonly initialState: ts.Expression | undefined;
  readonly writes: readonly ReducerWrite[];
  /** What each reducer's `action.payload` is: the arguments of its action creator's calls, or what a thunk returns. */
  readonly payloads: Map<ts.SignatureDeclaration, { readonly arguments: ts.Expression[]; readonly thunks: ts.SignatureDeclaration[] }>;
}

/** What the index asks the evaluator: which module exports a callee, what an expression is defined as. */
export interface ReduxResolver {
  isExport(callee: ts.Expression, modules: readonly string[], exportName: string): boolean;
  definitionOf(expression: ts.Expression): ts.Expression;
  importersOf(file: string): readonly string[];
}

/**
 * The Redux Toolkit slices of a run, found once: each slice's reducers, the paths of state they
 * write, and the calls that give their actions a payload (action creators called anywhere in the
 * slice's importers and theirs, `builder.addCase(thunk.fulfilled, …)` for async thunks).
 */
export class ReduxIndex {
  private slices: Slice[] | undefined;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly files: () => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly textOf: (file: string) => string,
    private readonly resolver: ReduxResolver,
  ) {}

  all(): readonly Slice[] {
    if (this.slices) return this.slices;
    const slices: Slice[] = [];
    this.slices = slices;
    const toolkit = this.catalogue.reduxToolkit;
    for (const file of this.files()) {
      if (!toolkit.modules.some((m) => this.textOf(file).includes(m))) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node) || !this.resolver.isExport(node.expression, toolkit.modules, toolkit.createSlice)) continue;
        const options = node.arguments[0];
        if (options && ts.isObjectLiteralExpression(options)) slices.push(this.slice(options, file));
      }
    }
    return slices;
  }

  private slice(options: ts.ObjectLiteralExpression, file: string): Slice {
    const property = (name: string): ts.Expression | undefined => {
      for (const p of options.properties) if (ts.isPropertyAssignment(p) && propertyNameText(p.name) === name) return p.initializer;
      return undefined;
    };
    const nameNode = property("name");
    const name = nameNode && ts.isStringLiteralLike(nameNode) ? nameNode.text : "state";
    const reducers: { name: string; fn: ts.SignatureDeclaration }[] = [];
    const reducerObject = property("reducers");
    for (const p of reducerObject && ts.isObjectLiteralExpression(reducerObject) ? reducerObject.properties : []) {
      const key = p.name ? propertyNameText(p.name) : undefined;
      const fn = ts.isMethodDeclaration(p) ? p : ts.isPropertyAssignment(p) && (ts.isArrowFunction(p.initializer) || ts.isFunctionExpression(p.initializer)) ? p.initializer : undefined;
      if (key && fn) reducers.push({ name: key, fn });
    }
    const payloads = new Map<ts.SignatureDeclaration, { arguments: ts.Expression[]; thunks: ts.SignatureDeclaration[] }>();
    for (const reducer of reducers) payloads.set(reducer.fn, { arguments: this.creatorArguments(reducer.name, file), thunks: [] });
    // `extraReducers: (builder) => builder.addCase(sendMessage.fulfilled, (state, action) => …)`
    const extra = property("extraReducers");
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "addCase") {
        const [matcher, fn] = n.arguments;
        if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && matcher && ts.isPropertyAccessExpression(matcher) && matcher.name.text === "fulfilled") {
          const thunk = this.resolver.definitionOf(matcher.expression);
          const creator = ts.isCallExpression(thunk) && this.resolver.isExport(thunk.expression, this.catalogue.reduxToolkit.modules, this.catalogue.reduxToolkit.createAsyncThunk) ? thunk.arguments[1] : undefined;
          const payloadCreator = creator && (ts.isArrowFunction(creator) || ts.isFunctionExpression(creator)) ? creator : undefined;
          reducers.push({ name: "", fn });
          payloads.set(fn, { arguments: [], thunks: payloadCreator ? [payloadCreator] : [] });
        }
      }
      ts.forEachChild(n, visit);
    };
    if (extra) visit(extra);
    return { name, initialState: property("initialState"), writes: reducers.flatMap((r) => stateWrites(r.fn)), payloads };
  }

  /** Arguments of calls to the action creator `name` (`addMessage(x)`, `chatSlice.actions.addMessage(x)`) near the slice. */
  private creatorArguments(name: string, sliceFile: string): ts.Expression[] {
    const files = new Set([sliceFile]);
    for (const importer of this.resolver.importersOf(sliceFile)) {
      files.add(importer);
      for (const next of this.resolver.importersOf(importer)) files.add(next);
    }
    const found: ts.Expression[] = [];
    for (const file of files) {
      if (!this.textOf(file).includes(name)) continue;
      const sourceFile = this.load(file);
      for (const node of sourceFile ? analysisNodes(sourceFile) : []) {
        if (!ts.isCallExpression(node) || !node.arguments[0]) continue;
        const callee = node.expression;
        const called = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === "actions" ? callee.name.text : undefined;
        if (called === name) found.push(node.arguments[0]);
      }
    }
    return found;
  }
}

/** `state.messages.push(x)`, `state.text = x`, `state.items[i].content += x`, `return { …state, x }`. */
function stateWrites(reducer: ts.SignatureDeclaration): ReducerWrite[] {
  const state = reducer.parameters[0];
  const body = "body" in reducer ? (reducer.body as ts.Node | undefined) : undefined;
  if (!state || !ts.isIdentifier(state.name) || !body) return [];
  const stateName = state.name.text;
  /** The path from `state` to what an expression names, or undefined when it is not inside the state. */
  const pathOf = (expression: ts.Expression): string[] | undefined => {
    if (ts.isIdentifier(expression)) return expression.text === stateName ? [] : undefined;
    if (ts.isPropertyAccessExpression(expression)) {
      const base = pathOf(expression.expression);
      return base && [...base, expression.name.text];
    }
    if (ts.isElementAccessExpression(expression)) {
      const base = pathOf(expression.expression);
      const key = expression.argumentExpression;
      return base && [...base, ts.isStringLiteralLike(key) ? key.text : "[]"];
    }
    if (ts.isParenthesizedExpression(expression) || ts.isNonNullExpression(expression)) return pathOf(expression.expression);
    return undefined;
  };
  const writes: ReducerWrite[] = [];
  if (!ts.isBlock(body)) writes.push({ reducer, path: [], value: body as ts.Expression });
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && node !== reducer) return;
    if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)) {
      const path = pathOf(node.left);
      if (path && path.length > 0) writes.push({ reducer, path, value: node.right });
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["push", "unshift"].includes(node.expression.name.text)) {
      const path = pathOf(node.expression.expression);
      if (path) for (const argument of node.arguments) writes.push({ reducer, path: [...path, "[]"], value: ts.isSpreadElement(argument) ? argument.expression : argument });
    }
    if (ts.isReturnStatement(node) && node.expression) writes.push({ reducer, path: [], value: node.expression });
    ts.forEachChild(node, visit);
  };
  if (ts.isBlock(body)) ts.forEachChild(body, visit);
  return writes;
}
