import ts from "typescript";
import type { ImplementedTool } from "../catalogue";
import { propertyNameText } from "./scope";

/** A class or object the application implements for an SDK's tool, and the methods the SDK calls with the model's arguments. */
export interface ImplementedToolInfo {
  readonly entry: ImplementedTool;
  readonly implementation: ts.ClassLikeDeclaration | ts.ObjectLiteralExpression;
  readonly handlers: readonly ts.FunctionLikeDeclaration[];
}

/** The module a type name is imported from (a package's own relative import as its users write it) and its exported name. */
export type ImportedType = (name: ts.EntityName) => { readonly module: string; readonly ownName: string } | undefined;

/**
 * `class LocalMemory implements MemoryToolHandlers { async view(command) { … } }`,
 * `const shell: Shell = { async run(action) { … } }`, `{ … } satisfies Editor`.
 */
export function implementedToolOf(node: ts.ClassLikeDeclaration | ts.ObjectLiteralExpression, entries: readonly ImplementedTool[], importedType: ImportedType): ImplementedToolInfo | undefined {
  const types = ts.isObjectLiteralExpression(node) ? declaredTypes(node) : (node.heritageClauses ?? []).filter((h) => h.token === ts.SyntaxKind.ImplementsKeyword).flatMap((h) => h.types.map((t) => t.expression));
  for (const type of types) {
    const name = entityName(type);
    const imported = name && importedType(name);
    const entry = imported && entries.find((e) => e.typeName === imported.ownName && e.modules.some((m) => imported.module === m || imported.module.startsWith(`${m}/`)));
    if (!entry) continue;
    const handlers = ts.isObjectLiteralExpression(node) ? objectHandlers(node, entry) : classHandlers(node, entry);
    if (handlers.length > 0) return { entry, implementation: node, handlers };
  }
  return undefined;
}

/** The implementation a method belongs to, when the SDK calls it with the model's arguments. */
export function implementedToolOfHandler(fn: ts.Node, entries: readonly ImplementedTool[], importedType: ImportedType): ImplementedToolInfo | undefined {
  const holder = ts.isMethodDeclaration(fn) ? fn.parent : ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent) ? fn.parent.parent : undefined;
  if (!holder || !(ts.isClassLike(holder) || ts.isObjectLiteralExpression(holder))) return undefined;
  const tool = implementedToolOf(holder, entries, importedType);
  return tool?.handlers.includes(fn as ts.FunctionLikeDeclaration) ? tool : undefined;
}

function classHandlers(cls: ts.ClassLikeDeclaration, entry: ImplementedTool): ts.FunctionLikeDeclaration[] {
  const handlers: ts.FunctionLikeDeclaration[] = [];
  for (const member of cls.members) {
    const name = member.name ? propertyNameText(member.name) : undefined;
    const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
    if (!name || modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword || m.kind === ts.SyntaxKind.PrivateKeyword) || ts.isPrivateIdentifier(member.name!)) continue;
    if (entry.methods && !entry.methods.includes(name)) continue;
    const fn = ts.isMethodDeclaration(member) ? member : ts.isPropertyDeclaration(member) && member.initializer && (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer)) ? member.initializer : undefined;
    if (fn?.body && fn.parameters.length > 0) handlers.push(fn);
  }
  return handlers;
}

function objectHandlers(object: ts.ObjectLiteralExpression, entry: ImplementedTool): ts.FunctionLikeDeclaration[] {
  const handlers: ts.FunctionLikeDeclaration[] = [];
  for (const property of object.properties) {
    const name = property.name ? propertyNameText(property.name) : undefined;
    if (!name || (entry.methods && !entry.methods.includes(name))) continue;
    const fn = ts.isMethodDeclaration(property) ? property : ts.isPropertyAssignment(property) && (ts.isArrowFunction(property.initializer) || ts.isFunctionExpression(property.initializer)) ? property.initializer : undefined;
    if (fn?.body && fn.parameters.length > 0) handlers.push(fn);
  }
  return handlers;
}

/** The types an object literal is declared with: its variable's annotation, `satisfies T`, `as T`. */
function declaredTypes(object: ts.ObjectLiteralExpression): ts.Node[] {
  const types: ts.Node[] = [];
  let node: ts.Node = object;
  while (ts.isParenthesizedExpression(node.parent) || ts.isSatisfiesExpression(node.parent) || ts.isAsExpression(node.parent)) {
    node = node.parent;
    if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node)) types.push(node.type);
  }
  if (ts.isVariableDeclaration(node.parent) && node.parent.type) types.push(node.parent.type);
  return types;
}

function entityName(node: ts.Node): ts.EntityName | undefined {
  if (ts.isTypeReferenceNode(node)) return node.typeName;
  if (ts.isIdentifier(node)) return node;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) return ts.factory.createQualifiedName(node.expression, node.name.text);
  return undefined;
}

/**
 * `shellTool({ shell: new LocalShell(), needsApproval: true })`: the SDK's factory that takes the
 * implementation asks the user before each call, wherever in the file the implementation is handed to it.
 */
export function approvedWhereHandedOver(node: ts.ClassLikeDeclaration | ts.ObjectLiteralExpression, declarationOf: (identifier: ts.Identifier) => ts.Node | undefined): boolean {
  const asksApproval = (options: ts.ObjectLiteralExpression): boolean =>
    options.properties.some((p) => p.name !== undefined && propertyNameText(p.name) === "needsApproval" && !(ts.isPropertyAssignment(p) && p.initializer.kind === ts.SyntaxKind.FalseKeyword));
  // What may be handed over: the implementation, the class's instances, and constants holding one (`const shell = new LocalShell()`).
  const named = (declaration: ts.Node): ts.Identifier | undefined => (ts.isClassDeclaration(declaration) || ts.isVariableDeclaration(declaration)) && declaration.name && ts.isIdentifier(declaration.name) ? declaration.name : undefined;
  const targets: ts.Node[] = [ts.isClassDeclaration(node) ? node : node.parent];
  let found = false;
  for (let round = 0; round < 2 && !found; round++) {
    const holders: ts.Node[] = [];
    const visit = (child: ts.Node): void => {
      if (found) return;
      // A reference, not a property's name that happens to match (`shellTool({ shell: new Other() })`).
      const isPropertyName = ts.isIdentifier(child) && (ts.isPropertyAssignment(child.parent) || ts.isPropertyAccessExpression(child.parent)) && child.parent.name === child;
      const handedOver = (round === 0 && child === node) || (ts.isIdentifier(child) && !isPropertyName && targets.some((t) => named(t) !== child && named(t)?.text === child.text && declarationOf(child) === t));
      if (handedOver) {
        const value: ts.Node = ts.isNewExpression(child.parent) && child.parent.expression === child ? child.parent : child;
        const holder = value.parent;
        if ((ts.isPropertyAssignment(holder) || ts.isShorthandPropertyAssignment(holder)) && ts.isObjectLiteralExpression(holder.parent) && asksApproval(holder.parent)) found = true;
        if (ts.isVariableDeclaration(holder) && holder.initializer === value) holders.push(holder);
      }
      ts.forEachChild(child, visit);
    };
    visit(node.getSourceFile());
    targets.splice(0, targets.length, ...holders);
    if (holders.length === 0) break;
  }
  return found;
}
