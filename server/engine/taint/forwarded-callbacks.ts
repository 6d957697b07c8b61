import ts from "typescript";
import type { Catalogue, EndpointSource } from "../catalogue";
import { calleeMatches, type Evaluator } from "./evaluator";
import { analysisNodes } from "./node-index";
import { propertyNameText } from "./scope";

export interface ForwardedCallback {
  readonly call: ts.CallExpression;
  readonly entry: EndpointSource;
}

/**
 * Callbacks that reach a chat endpoint's options through the project's request helpers:
 * `fetchChatAPIProcess({ onDownloadProgress: (e) => … })` → `post({ url, onDownloadProgress })` →
 * `axios.post(url, data, { onDownloadProgress })`. Built once, from the endpoint calls whose
 * options name a callback: what each option holds, followed back to the functions callers pass.
 */
export class ForwardedCallbacks {
  private byFunction: Map<ts.SignatureDeclaration, ForwardedCallback[]> | undefined;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly files: () => readonly string[],
    private readonly textOf: (file: string) => string,
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly evaluator: Evaluator,
  ) {}

  of(fn: ts.SignatureDeclaration): readonly ForwardedCallback[] {
    // Only a function written as such an option (`onDownloadProgress: (e) => …`) can be one: the
    // project's files are scanned for it the first time one is asked about.
    const holder = ts.isMethodDeclaration(fn) ? fn : fn.parent;
    const name = (ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && holder.name ? propertyNameText(holder.name) : undefined;
    if (!name || !this.catalogue.endpointSources.some((e) => e.callbacks?.names.includes(name))) return [];
    return (this.byFunction ??= this.build()).get(fn) ?? [];
  }

  private build(): Map<ts.SignatureDeclaration, ForwardedCallback[]> {
    const found = new Map<ts.SignatureDeclaration, ForwardedCallback[]>();
    const entries = this.catalogue.endpointSources.filter((e) => e.callbacks);
    const names = [...new Set(entries.flatMap((e) => e.callbacks?.names ?? []))];
    if (names.length === 0) return found;
    // Only files that hand a callback on by name are parsed: `{ onDownloadProgress }`, `onmessage: handlers.onmessage`.
    const alternatives = names.map((name) => name.replace(/[$]/g, "\\$")).join("|");
    const handsOn = new RegExp(`[{,]\\s*(${alternatives})\\s*[,}]|\\b(${alternatives})\\s*:\\s*[A-Za-z_$][\\w$.]*\\s*[,}]`);
    for (const file of this.files()) {
      const text = this.textOf(file);
      if (!names.some((name) => text.includes(name)) || !handsOn.test(text)) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node)) continue;
        for (const entry of entries) {
          const callbacks = entry.callbacks;
          const options = callbacks ? node.arguments[callbacks.argument] : undefined;
          // Only options that hand a callback on by name (`{ onDownloadProgress }`); one written in place is read where it stands.
          if (!callbacks || !options || !ts.isObjectLiteralExpression(options)) continue;
          const handedOn = options.properties.filter((p) => (ts.isShorthandPropertyAssignment(p) || (ts.isPropertyAssignment(p) && !ts.isFunctionLike(p.initializer))) && p.name !== undefined && callbacks.names.includes(p.name.getText(sourceFile)));
          if (handedOn.length === 0 || !calleeMatches(entry.callee, node, this.evaluator.evaluate(node.expression))) continue;
          for (const property of handedOn) {
            const value = ts.isShorthandPropertyAssignment(property) ? property.name : (property as ts.PropertyAssignment).initializer;
            for (const fn of this.evaluator.evaluate(value).functions) found.set(fn, [...(found.get(fn) ?? []), { call: node, entry }]);
          }
        }
      }
    }
    return found;
  }
}
