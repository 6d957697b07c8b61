import ts from "typescript";
import type { SinkKind } from "../catalogue";
import type { Binding, ScopeResolver } from "./scope";
import { forwardedValidators, throwsOnlyOnMatches } from "./validator-bodies";
import { isLiteralLike, isMember, resolveConstInitializer, unwrap } from "./constant-values";
import { barePrefixCheck, endsWithSeparator, escapesRoot, refusesParentSegments, refusesSeparatorsAndParent } from "./path-guards";


/**
 * Sanitization by control flow: a reference to a variable is safe where the code has checked
 * it against a constant allow-list or constant values (`ALLOWED.includes(x)`, `x === "a"`, a
 * `switch` case, an anchored pattern test), either around the reference or by exiting early
 * when the check fails. A prefix check (`p.startsWith(ROOT)`) confines paths and URLs only.
 */
export type GuardPredicates = readonly { readonly pattern: RegExp; readonly protects: readonly SinkKind[] | "all" }[];

/** The functions a callee may be, across files (the evaluator's view); guards read a predicate's body through it. */
export type FunctionResolver = (callee: ts.Expression) => readonly ts.SignatureDeclaration[];

export function guardedKinds(reference: ts.Identifier, binding: Binding, scopes: ScopeResolver, predicates: GuardPredicates = [], resolveFunctions?: FunctionResolver): readonly SinkKind[] | "all" | undefined {
  const isVariable = (n: ts.Node): boolean => ts.isIdentifier(n) && n.text === binding.name && scopes.resolve(n)?.declaration === binding.declaration;
  // `const full = path.resolve(p); if (!full.startsWith(root + sep)) throw …; fs.writeFile(p, …)`:
  // the file system resolves `p` as `path.resolve(p)` does, so a check of the one confines the other.
  const refersToBinding = mentionsWhole((n) => isVariable(n) || (ts.isIdentifier(n) && isResolvedCopy(n, isVariable, scopes)));
  /** Exactly the variable (not a field of it: `block.type === "text"` says nothing of `block.text`). */
  const isBinding = (node: ts.Node): boolean => {
    let expr = node;
    while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
    return isVariable(expr);
  };
  const isSamePath = (node: ts.Node): boolean => isBinding(node) || (ts.isIdentifier(unwrap(node as ts.Expression)) && isResolvedCopy(unwrap(node as ts.Expression) as ts.Identifier, isVariable, scopes));
  return guardsAbove(reference, { isBinding, refersToBinding, isSamePath, predicates, ...(resolveFunctions ? { resolveFunctions } : {}) }, scopes);
}

/** A constant holding `path.resolve(p)` or `path.normalize(p)` of the variable alone: the same file as `p`. */
function isResolvedCopy(identifier: ts.Identifier, isVariable: (node: ts.Node) => boolean, scopes: ScopeResolver): boolean {
  const initializer = resolveConstInitializer(identifier, scopes);
  if (!initializer || !ts.isCallExpression(initializer) || initializer.arguments.length !== 1 || !isVariable(unwrap(initializer.arguments[0]!))) return false;
  return isPathModuleFunction(initializer.expression, ["resolve", "normalize"], scopes);
}

/** `path.resolve`, or `resolve` imported or destructured from the path module (`const { resolve } = await import("node:path")`). */
function isPathModuleFunction(callee: ts.Expression, names: readonly string[], scopes: ScopeResolver): boolean {
  const fromPathModule = (specifier: ts.Expression | undefined): boolean => {
    let expr = specifier && unwrap(specifier);
    if (expr && ts.isAwaitExpression(expr)) expr = unwrap(expr.expression);
    const module = expr && ts.isCallExpression(expr) && (expr.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(expr.expression) && expr.expression.text === "require")) ? expr.arguments[0] : expr;
    return module !== undefined && ts.isStringLiteralLike(module) && pathModules.has(module.text);
  };
  const declarationFromPath = (identifier: ts.Identifier): boolean => {
    const declaration = scopes.resolve(identifier)?.declaration;
    if (!declaration) return false;
    if (ts.isImportSpecifier(declaration)) return fromPathModule(declaration.parent.parent.parent.moduleSpecifier);
    if (ts.isImportClause(declaration) || ts.isNamespaceImport(declaration)) return fromPathModule(ts.findAncestor(declaration, ts.isImportDeclaration)?.moduleSpecifier);
    return ts.isVariableDeclaration(declaration) && fromPathModule(declaration.initializer);
  };
  if (ts.isPropertyAccessExpression(callee)) return names.includes(callee.name.text) && ts.isIdentifier(callee.expression) && declarationFromPath(callee.expression);
  return ts.isIdentifier(callee) && names.includes(callee.text) && declarationFromPath(callee);
}

const pathModules: ReadonlySet<string> = new Set(["path", "node:path", "path/posix", "node:path/posix", "path/win32", "node:path/win32"]);

/**
 * `args.filePath` checked by `if (args.filePath.includes("..")) return …`: a field read of a
 * variable is guarded by checks of that same field, as a variable is by checks of itself.
 */
export function guardedFieldKinds(reference: ts.PropertyAccessExpression, binding: Binding, scopes: ScopeResolver, predicates: GuardPredicates = [], resolveFunctions?: FunctionResolver): readonly SinkKind[] | "all" | undefined {
  const field = reference.name.text;
  const isField = (node: ts.Node): boolean => {
    let expr = node;
    while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
    if (!ts.isPropertyAccessExpression(expr) || expr.name.text !== field) return false;
    const object = expr.expression;
    return ts.isIdentifier(object) && object.text === binding.name && scopes.resolve(object)?.declaration === binding.declaration;
  };
  const refersToBinding = mentionsWhole(isField);
  return guardsAbove(reference, { isBinding: isField, refersToBinding, predicates, ...(resolveFunctions ? { resolveFunctions } : {}) }, scopes);
}

/** Fields of a URL that say where the whole of it goes: checking `url.hostname` confines `url`. */
const destinationFields: ReadonlySet<string> = new Set(["hostname", "host", "origin", "href"]);

/**
 * A test of whether an expression checks the variable `isTarget` names as a whole. A field read
 * (`params.name`) checks that field, not the rest of the variable (`params.arguments`); a method
 * called on it (`cmd.trim()`) or a field that says where a URL goes (`url.hostname`) stands for the whole.
 */
function mentionsWhole(isTarget: (node: ts.Node) => boolean): (node: ts.Node) => boolean {
  return (node) => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAccessExpression(n) && isTarget(unwrap(n.expression)) && !(ts.isCallExpression(n.parent) && n.parent.expression === n) && !destinationFields.has(n.name.text)) return;
      if (isTarget(n)) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
}

/** The checks above a use, in the conditions and early exits around it, that guard it. */
function guardsAbove(reference: ts.Node, tests: BindingTests, scopes: ScopeResolver): readonly SinkKind[] | "all" | undefined {
  const { isBinding } = tests;
  const check = (condition: ts.Expression, positive: boolean): readonly SinkKind[] | "all" | undefined => guardOf(condition, positive, tests, scopes);

  let child: ts.Node = reference;
  for (let node: ts.Node | undefined = reference.parent; node; child = node, node = node.parent) {
    if (ts.isFunctionLike(node) && node !== reference.parent) break;
    if (ts.isIfStatement(node) && child !== node.expression) {
      const result = check(node.expression, child === node.thenStatement);
      if (result) return result;
    } else if (ts.isConditionalExpression(node) && child !== node.condition) {
      const result = check(node.condition, child === node.whenTrue);
      if (result) return result;
    } else if (ts.isBinaryExpression(node) && child === node.right && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
      const result = check(node.left, node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken);
      if (result) return result;
    } else if (ts.isCaseClause(node) && isLiteralLike(node.expression)) {
      const switchStatement = node.parent.parent;
      if (isBinding(switchStatement.expression)) return "all";
    } else if ((ts.isBlock(node) || ts.isSourceFile(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) && ts.isStatement(child)) {
      // An earlier `if (!check) return/throw;` in the same block.
      for (const statement of node.statements) {
        if (statement === child) break;
        const asserted = assertingCall(statement, isBinding, scopes, tests.resolveFunctions);
        if (asserted) return asserted;
        if (!ts.isIfStatement(statement) || !exits(statement.thenStatement)) continue;
        const result = check(statement.expression, false);
        if (result) return result;
      }
    }
  }
  return undefined;
}

/** The kinds a condition protects the binding for when it is `positive` (true) where the reference is. */
interface BindingTests {
  /** The expression is the variable itself. */
  readonly isBinding: (node: ts.Node) => boolean;
  /** The expression reads the variable somewhere (`new URL(u).hostname`). */
  readonly refersToBinding: (node: ts.Node) => boolean;
  /** The expression names the same file as the variable (the variable, or `path.resolve` of it). */
  readonly isSamePath?: (node: ts.Node) => boolean;
  readonly predicates: GuardPredicates;
  readonly resolveFunctions?: FunctionResolver;
}

function guardOf(condition: ts.Expression, positive: boolean, tests: BindingTests, scopes: ScopeResolver): readonly SinkKind[] | "all" | undefined {
  const { isBinding, refersToBinding } = tests;
  let expr = condition;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return guardOf(expr.operand, !positive, tests, scopes);
  // `const isWithin = !rel.startsWith(\`..${sep}\`) && …; if (!isWithin) throw`: the check the constant holds.
  if (ts.isIdentifier(expr) && !tests.isBinding(expr)) {
    const held = resolveConstInitializer(expr, scopes);
    if (held && held !== expr && (ts.isBinaryExpression(held) || ts.isPrefixUnaryExpression(held) || ts.isCallExpression(held))) return guardOf(held, positive, tests, scopes);
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
      // Both hold where positive: either side may be the guard.
      if (positive) return guardOf(expr.left, true, tests, scopes) ?? guardOf(expr.right, true, tests, scopes);
      // `if (args && !ok(args)) throw`: past it, args is empty or checked.
      if (isBinding(expr.left)) return guardOf(expr.right, false, tests, scopes);
      // `if (!p.startsWith(root + sep) && p !== root) throw`: past it, one of the two holds; what both guard.
      const left = guardOf(expr.left, false, tests, scopes);
      const right = left ? guardOf(expr.right, false, tests, scopes) : undefined;
      return left && right ? commonKinds(left, right) : undefined;
    }
    if (op === ts.SyntaxKind.BarBarToken) {
      // `if (host === "localhost" || host.startsWith("169.254.") || …) return`: internal addresses refused inline.
      if (!positive && refusesInternalHostsInline(expr, refersToBinding, scopes)) return ["url", "api-path", "dot-segment"];
      // `!a || !b` false means both a and b hold.
      if (!positive) return guardOf(expr.left, false, tests, scopes) ?? guardOf(expr.right, false, tests, scopes);
      // `isWithin(root, p) || extraRoots.some((r) => isWithin(r, p))`: either way the value was checked.
      const left = guardOf(expr.left, true, tests, scopes);
      const right = left ? guardOf(expr.right, true, tests, scopes) : undefined;
      return left && right ? commonKinds(left, right) : bothEquality(expr, isBinding);
    }
    const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
    const notEqual = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    // `(await containingRoot(roots, p)) !== undefined`: a lookup that finds something only for a checked value.
    if (notEqual && positive && isNothing(expr.right)) {
      const found = lookupGuard(expr.left, tests, scopes);
      if (found) return found;
    }
    if ((equal && positive) || (notEqual && !positive)) {
      if ((isLiteralLike(expr.right) && isBinding(expr.left)) || (isLiteralLike(expr.left) && isBinding(expr.right))) return "all";
      // `p === root`: the path is the root itself (the other half of `p === root || p.startsWith(root + sep)`).
      const isSamePath = tests.isSamePath ?? isBinding;
      if ((isSamePath(expr.left) && !refersToBinding(expr.right)) || (isSamePath(expr.right) && !refersToBinding(expr.left))) return ["path"];
    }
    // `ALLOWED.indexOf(x) !== -1` / `>= 0`
    if (ts.isCallExpression(expr.left) && isMember(expr.left.expression, "indexOf") && allowListCheck(expr.left, isBinding, scopes)) {
      const minusOne = ts.isPrefixUnaryExpression(expr.right) && expr.right.operator === ts.SyntaxKind.MinusToken;
      if ((notEqual && minusOne && positive) || (equal && minusOne && !positive)) return "all";
      if (op === ts.SyntaxKind.GreaterThanEqualsToken && positive) return "all";
    }
    if (op === ts.SyntaxKind.InKeyword && positive && isBinding(expr.left) && isConstantObject(expr.right, scopes)) return "all";
    // `if (teamSize > 1)`: only a number, or text that reads as one, passes a comparison with a number.
    const relational = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken || op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
    if (relational && positive && ((isBinding(expr.left) && ts.isNumericLiteral(unwrap(expr.right))) || (isBinding(expr.right) && ts.isNumericLiteral(unwrap(expr.left))))) return "all";
    return undefined;
  }
  if (!positive && ts.isCallExpression(expr) && escapesRoot(expr, refersToBinding, scopes)) return ["path"];
  // `if (p.includes("..")) return …`: with no parent segment, a path joined onto a root stays under it.
  if (!positive && ts.isCallExpression(expr) && (refusesParentSegments(expr, isBinding) || refusesSeparatorsAndParent(expr, isBinding))) return ["path"];
  // `if (pattern.startsWith("-")) throw …`: what is left cannot be read as an option.
  if (!positive && ts.isCallExpression(expr) && isMember(expr.expression, "startsWith") && ts.isPropertyAccessExpression(expr.expression) && isBinding(expr.expression.expression) && expr.arguments[0] && ts.isStringLiteralLike(expr.arguments[0]) && expr.arguments[0].text === "-") return ["option"];
  // `if (/[;&|$`\n]/.test(args)) throw …`: no shell metacharacter is left to start another command.
  if (!positive && ts.isCallExpression(expr) && isMember(expr.expression, "test") && ts.isPropertyAccessExpression(expr.expression) && expr.arguments.some(isBinding) && deniesShellMetacharacters(resolveConstInitializer(expr.expression.expression, scopes) ?? expr.expression.expression)) return ["shell"];
  // `if (isPrivateIp(new URL(u).hostname)) throw …`: refusing internal addresses is the SSRF mitigation.
  if (!positive && ts.isCallExpression(expr) && refusesInternalHost(expr, refersToBinding, scopes)) return ["url", "api-path", "dot-segment"];
  // `const v = validatePythonCode(code); if (!v.valid) throw …`: the project's validator vouches for the value.
  if (positive) {
    const vouched = validatorVerdict(expr, refersToBinding, scopes);
    if (vouched) return vouched;
  }
  if (!positive || !ts.isCallExpression(expr)) return undefined;
  const callee = expr.expression;
  if (isMember(callee, "includes") || isMember(callee, "has")) {
    if (allowListCheck(expr, isBinding, scopes)) return "all";
    // A check of a part of the value (`ALLOWED_HOSTS.includes(new URL(u).hostname)`) confines where it points —
    // unless the part is the scheme: `["http:", "https:"].includes(url.protocol)` admits every host.
    const checked = expr.arguments[0] ? unwrap(expr.arguments[0]) : undefined;
    const schemeOnly = checked !== undefined && ts.isPropertyAccessExpression(checked) && ["protocol", "scheme"].includes(checked.name.text);
    if (!schemeOnly && allowListCheck(expr, refersToBinding, scopes)) return ["url", "api-path", "dot-segment", "path"];
  }
  // `/^[a-z0-9-]+$/.test(x)`, or the pattern held in a constant (`const re = /…/; re.test(x)`).
  if (isMember(callee, "test") && ts.isPropertyAccessExpression(callee) && isSafeAnchoredPattern(resolveConstInitializer(callee.expression, scopes) ?? callee.expression) && expr.arguments.some(isBinding)) return "all";
  if (isMember(callee, "startsWith") && ts.isPropertyAccessExpression(callee) && refersToBinding(callee.expression)) {
    // `p.startsWith("/srv/app")` also admits "/srv/app-secrets" (CVE-2025-53110): only a prefix
    // that ends in a separator confines a path.
    const prefix = expr.arguments[0];
    // A URL is confined by a prefix that fixes its host (`https://api.example.com/`); `"http"` or
    // `"https://"` only says which scheme.
    const known = prefix ? constantPrefix(prefix, scopes) : undefined;
    const urls: readonly SinkKind[] = known === undefined || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(known) ? ["url", "api-path", "dot-segment"] : [];
    const kinds: SinkKind[] = [...urls, ...(prefix && endsWithSeparator(prefix, scopes) ? (["path"] as const) : [])];
    return kinds.length > 0 ? kinds : undefined;
  }
  // `roots.some((r) => isWithin(r, p))`: the callback's check, for some element.
  if ((isMember(callee, "some") || isMember(callee, "every")) && expr.arguments[0] && (ts.isArrowFunction(expr.arguments[0]) || ts.isFunctionExpression(expr.arguments[0]))) {
    const result = returnedExpression(expr.arguments[0]);
    if (result) return guardOf(result, true, tests, scopes);
  }
  // A named predicate: `isAllowedCommand(cmd)`, `isPathWithinAllowedDirectories(p, dirs)`.
  const predicateName = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (predicateName && /^(is|has|can|check)[A-Z_]/.test(predicateName) && expr.arguments.some(refersToBinding)) {
    // What the body shows outweighs the name: `checkSafe(code)` that refuses a list of patterns
    // is a deny-list, and no list of words makes code, SQL or HTML safe.
    const bodies = tests.resolveFunctions?.(callee) ?? [];
    // `isValidSalesforceId(id)` whose body says yes only when an anchored pattern matches: nothing free is left.
    if (bodies.length > 0 && bodies.every((body) => answersByAnchoredPattern(body, scopes))) return "all";
    const denyList = bodies.length > 0 && bodies.every(isDenyList);
    if (denyList) return bodies.every(deniesShellInBody) ? ["shell"] : undefined;
    return tests.predicates.find((p) => p.pattern.test(predicateName))?.protects;
  }
  return undefined;
}

/** The text a prefix certainly is: a literal, or a constant holding one. */
function constantPrefix(expression: ts.Expression, scopes: ScopeResolver): string | undefined {
  const expr = resolveConstInitializer(expression, scopes) ?? unwrap(expression);
  return ts.isStringLiteralLike(expr) ? expr.text : undefined;
}

function commonKinds(a: readonly SinkKind[] | "all", b: readonly SinkKind[] | "all"): readonly SinkKind[] | "all" | undefined {
  if (a === "all") return b;
  if (b === "all") return a;
  const both = a.filter((kind) => b.includes(kind));
  return both.length > 0 ? both : undefined;
}

function isNothing(expression: ts.Expression): boolean {
  const expr = unwrap(expression);
  return expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === "undefined");
}

/** What a one-expression callback gives: `(r) => isWithin(r, p)`, or `{ return … }` alone. */
function returnedExpression(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression | undefined {
  if (!ts.isBlock(fn.body)) return fn.body;
  const only = fn.body.statements.length === 1 ? fn.body.statements[0] : undefined;
  return only && ts.isReturnStatement(only) ? only.expression : undefined;
}

/**
 * `containingRoot(roots, p)` of a function in this file that returns something only from inside a
 * check of that argument (`for (const r of roots) if (isWithin(r, p)) return r; return undefined`):
 * a result means the check held.
 */
function lookupGuard(expression: ts.Expression, tests: BindingTests, scopes: ScopeResolver): readonly SinkKind[] | "all" | undefined {
  let call = expression;
  while (ts.isAwaitExpression(call) || ts.isParenthesizedExpression(call)) call = call.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  const index = call.arguments.findIndex((a) => tests.isBinding(a));
  const declaration = scopes.resolve(call.expression)?.declaration;
  const fn = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
  if (index < 0 || !fn || !ts.isFunctionLike(fn)) return undefined;
  const parameter = fn.parameters[index];
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!parameter || !ts.isIdentifier(parameter.name) || !body) return undefined;
  const name = parameter.name.text;
  const isParameter = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === name && scopes.resolve(node)?.declaration === parameter;
  const inner: BindingTests = {
    isBinding: (node) => isParameter(unwrap(node as ts.Expression)),
    refersToBinding: mentionsWhole(isParameter),
    predicates: tests.predicates,
    ...(tests.resolveFunctions ? { resolveFunctions: tests.resolveFunctions } : {}),
  };
  let kinds: readonly SinkKind[] | "all" | undefined = "all";
  let returns = 0;
  const visit = (node: ts.Node): void => {
    if (kinds === undefined || (ts.isFunctionLike(node) && node !== fn)) return;
    if (ts.isReturnStatement(node) && node.expression && !isNothing(node.expression)) {
      returns++;
      let guard: readonly SinkKind[] | "all" | undefined;
      for (let child: ts.Node = node, parent = node.parent; parent && parent !== fn; child = parent, parent = parent.parent) {
        if (ts.isIfStatement(parent) && child === parent.thenStatement) guard = guardOf(parent.expression, true, inner, scopes);
        if (guard) break;
      }
      kinds = guard && kinds ? commonKinds(kinds, guard) : undefined;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return returns > 0 ? kinds : undefined;
}

/**
 * A check that a URL's host is private, internal or loopback (`is_ip_private(url.hostname)`,
 * `isPrivateAddress(host)`), read through a constant built from the value (`const parsed = new URL(u)`).
 */
function refusesInternalHost(call: ts.CallExpression, refersToBinding: (node: ts.Node) => boolean, scopes: ScopeResolver): boolean {
  const name = ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : "";
  if (!/(private|internal|loopback|local)_?(ip|address|host|url|network)|^is_?ip_?private$/i.test(name)) return false;
  const derived = (node: ts.Node): boolean => {
    if (refersToBinding(node)) return true;
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n)) {
        const initializer = resolveConstInitializer(n, scopes);
        if (initializer && initializer !== n && refersToBinding(initializer)) found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  return call.arguments.some(derived);
}

/**
 * `hostname === "localhost" || hostname === "127.0.0.1" || hostname.startsWith("169.254.") || …` on
 * the value's host: a disjunction that refuses loopback and the link-local metadata range.
 */
function refusesInternalHostsInline(disjunction: ts.BinaryExpression, refersToBinding: (node: ts.Node) => boolean, scopes: ScopeResolver): boolean {
  const derived = (node: ts.Node, depth = 0): boolean => {
    if (refersToBinding(node)) return true;
    if (depth > 3) return false;
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n)) {
        const initializer = resolveConstInitializer(n, scopes);
        if (initializer && initializer !== n && derived(initializer, depth + 1)) found = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  const literals: string[] = [];
  const collect = (node: ts.Expression): void => {
    const expr = unwrap(node);
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      collect(expr.left);
      collect(expr.right);
      return;
    }
    if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(expr.operatorToken.kind)) {
      const [side, other] = ts.isStringLiteralLike(expr.right) ? [expr.left, expr.right] : [expr.right, expr.left];
      if (ts.isStringLiteralLike(other) && derived(side)) literals.push(other.text);
    } else if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ["startsWith", "endsWith", "includes"].includes(expr.expression.name.text) && expr.arguments[0] && ts.isStringLiteralLike(expr.arguments[0]) && derived(expr.expression.expression)) {
      literals.push(expr.arguments[0].text);
    }
  };
  collect(disjunction);
  const loopback = literals.some((l) => l === "localhost" || l.startsWith("127."));
  const metadata = literals.some((l) => l.startsWith("169.254"));
  return loopback && metadata;
}

/** What a validator's verdict on the value guards: `v.valid` / `ok` with `const v = validateSql(q)`, or `const ok = isSafeCode(c)`. */
function validatorVerdict(expression: ts.Expression, refersToBinding: (node: ts.Node) => boolean, scopes: ScopeResolver): readonly SinkKind[] | undefined {
  let holder = expression;
  if (ts.isPropertyAccessExpression(holder) && /^(valid|isValid|ok|success|safe|isSafe|allowed)$/.test(holder.name.text)) holder = holder.expression;
  if (!ts.isIdentifier(holder)) return undefined;
  const verdict = resolveConstInitializer(holder, scopes);
  let call = verdict;
  while (call && (ts.isAwaitExpression(call) || ts.isParenthesizedExpression(call))) call = call.expression;
  if (!call || !ts.isCallExpression(call) || !call.arguments.some(refersToBinding)) return undefined;
  const name = ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : "";
  if (!/^(validate|verify|check|is|assert)/i.test(name)) return undefined;
  return validatedKinds(name);
}

/**
 * A validator called for its throw, its result unused: `validateOutputPath(saveTo);` guards
 * `saveTo` below it for what its name says it checks, unless its body is visibly a bare prefix
 * test.
 */
function assertingCall(statement: ts.Statement, isBinding: (node: ts.Node) => boolean, scopes: ScopeResolver, resolveFunctions?: FunctionResolver): readonly SinkKind[] | "all" | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  let call = statement.expression;
  while (ts.isAwaitExpression(call) || ts.isParenthesizedExpression(call)) call = call.expression;
  if (!ts.isCallExpression(call) || !call.arguments.some(isBinding)) return undefined;
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  if (!/^(validate|verify|check|assert|ensure)/i.test(name)) return undefined;
  const declaration = ts.isIdentifier(callee) ? scopes.resolve(callee)?.declaration : undefined;
  const fn = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
  const local = fn && ts.isFunctionLike(fn) ? fn : undefined;
  // `validateWorkerName(name)` whose body throws unless an anchored pattern matches: what the check guards.
  const index = call.arguments.findIndex(isBinding);
  // An imported helper or a method (`validateIdentifier(role)` from another module): its bodies, when every one shows its check,
  // read through validators that only forward their argument.
  const direct = local ? [local] : (resolveFunctions?.(callee) ?? []);
  const resolved = resolveFunctions ? forwardedValidators(direct, index, resolveFunctions) : direct.map((f) => ({ fn: f, index }));
  const byBodies = resolved.map(({ fn, index: at }) => throwsUnlessGuarded(fn, at, scopes));
  let byBody: readonly SinkKind[] | "all" | undefined = byBodies[0];
  for (const kinds of byBodies.slice(1)) byBody = byBody && kinds ? commonKinds(byBody, kinds) : undefined;
  // A bare prefix test confines nothing (`/root-evil` starts with `/root`), unless a whole-value check stands beside it.
  if (byBody !== "all" && resolved.some(({ fn }) => barePrefixCheck(fn, scopes))) return undefined;
  if (byBody) return byBody;
  // The name is believed only where the body does not show a deny-list.
  if (resolved.length > 0 && resolved.every(({ fn }) => throwsOnlyOnMatches(fn))) return undefined;
  return validatedKinds(name);
}

/** The kinds a function's leading `if (!check(param)) throw …` statements guard its parameter at `index` for. */
function throwsUnlessGuarded(fn: ts.SignatureDeclaration, index: number, scopes: ScopeResolver): readonly SinkKind[] | "all" | undefined {
  const parameter = fn.parameters[index];
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!parameter || !ts.isIdentifier(parameter.name) || !body || !ts.isBlock(body)) return undefined;
  const name = parameter.name.text;
  const isParameter = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === name && scopes.resolve(node)?.declaration === parameter;
  const isBinding = (node: ts.Node): boolean => isParameter(unwrap(node as ts.Expression));
  const refersToBinding = mentionsWhole(isParameter);
  // Each exit the value passes adds what it checks: `startsWith("$")` then an anchored pattern is the pattern's "all".
  let guarded: readonly SinkKind[] | "all" | undefined;
  for (const statement of body.statements) {
    if (!ts.isIfStatement(statement) || !exits(statement.thenStatement)) continue;
    const result = guardOf(statement.expression, false, { isBinding, refersToBinding, predicates: [] }, scopes);
    if (result === "all") return "all";
    if (result) guarded = guarded === undefined ? result : [...new Set([...(guarded as readonly SinkKind[]), ...result])];
  }
  return guarded;
}

/** The sink a validator's name says it checks for: `validatePythonCode` → code, `checkSql` → SQL. */
function validatedKinds(name: string): readonly SinkKind[] | undefined {
  if (/code|script|python|javascript|expression/i.test(name)) return ["eval"];
  if (/sql|query/i.test(name)) return ["sql"];
  if (/command|cmd|shell/i.test(name)) return ["shell"];
  if (/path|file|dir/i.test(name)) return ["path"];
  if (/url|uri|host/i.test(name)) return ["url", "api-path", "dot-segment"];
  return undefined;
}

/** `x === "a" || x === "b"`: every alternative compares the binding with a literal. */
function bothEquality(expr: ts.BinaryExpression, refersToBinding: (node: ts.Node) => boolean): "all" | undefined {
  const alternatives: ts.Expression[] = [];
  const collect = (e: ts.Expression): void => {
    if (ts.isParenthesizedExpression(e)) return collect(e.expression);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      collect(e.left);
      collect(e.right);
    } else alternatives.push(e);
  };
  collect(expr);
  const allEqualities = alternatives.every(
    (a) =>
      ts.isBinaryExpression(a) &&
      (a.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || a.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken) &&
      ((isLiteralLike(a.right) && refersToBinding(a.left)) || (isLiteralLike(a.left) && refersToBinding(a.right))),
  );
  return allEqualities ? "all" : undefined;
}

/** `LIST.includes(x)` / `SET.has(x)` / `LIST.indexOf(x)` where LIST is a constant collection of literals. */
function allowListCheck(call: ts.CallExpression, refersToBinding: (node: ts.Node) => boolean, scopes: ScopeResolver): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !call.arguments.some(refersToBinding)) return false;
  return isConstantCollection(callee.expression, scopes);
}

export function isConstantCollection(expression: ts.Expression, scopes: ScopeResolver): boolean {
  const expr = resolveConstInitializer(expression, scopes);
  if (!expr) return false;
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.every(isLiteralLike);
  if (ts.isNewExpression(expr) && ts.isIdentifier(expr.expression) && expr.expression.text === "Set") {
    const arg = expr.arguments?.[0];
    return arg !== undefined && isConstantCollection(arg, scopes);
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "keys") {
    const arg = expr.arguments[0];
    return arg !== undefined && isConstantObject(arg, scopes);
  }
  // `TOOLS.filter((t) => t.name !== "help").map((t) => t.name)`: a field every entry of a constant table holds as a literal.
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "map") {
    const field = mappedField(expr.arguments[0]);
    let table: ts.Expression = expr.expression.expression;
    while (ts.isCallExpression(table) && ts.isPropertyAccessExpression(table.expression) && ["filter", "slice", "sort", "toSorted", "reverse"].includes(table.expression.name.text)) table = table.expression.expression;
    const entries = resolveConstInitializer(table, scopes);
    return (
      field !== undefined &&
      entries !== undefined &&
      ts.isArrayLiteralExpression(entries) &&
      entries.elements.length > 0 &&
      entries.elements.every((e) => ts.isObjectLiteralExpression(e) && e.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === field && isLiteralLike(p.initializer)))
    );
  }
  return false;
}

/** `(t) => t.name`: the field a `map` callback reads of its element. */
function mappedField(callback: ts.Expression | undefined): string | undefined {
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
  const parameter = callback.parameters[0];
  const body = ts.isBlock(callback.body) ? undefined : callback.body;
  return parameter && ts.isIdentifier(parameter.name) && body && ts.isPropertyAccessExpression(body) && ts.isIdentifier(body.expression) && body.expression.text === parameter.name.text ? body.name.text : undefined;
}

export function isConstantObject(expression: ts.Expression, scopes: ScopeResolver): boolean {
  const expr = resolveConstInitializer(expression, scopes);
  return expr !== undefined && ts.isObjectLiteralExpression(expr);
}

/** `/^[a-z0-9_-]+$/`: anchored at both ends, no wildcard, no negated or whitespace class. */
/** A predicate that returns `false` or the verdict of an anchored pattern (`return /^[a-z0-9]{18}$/.test(id)`), nothing else. */
function answersByAnchoredPattern(fn: ts.SignatureDeclaration, scopes: ScopeResolver): boolean {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return false;
  const returned: ts.Expression[] = [];
  if (!ts.isBlock(body)) returned.push(body as ts.Expression);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) returned.push(node.expression ?? ts.factory.createFalse());
    ts.forEachChild(node, visit);
  };
  if (ts.isBlock(body)) ts.forEachChild(body, visit);
  const isPatternTest = (e: ts.Expression): boolean => ts.isCallExpression(e) && isMember(e.expression, "test") && ts.isPropertyAccessExpression(e.expression) && isSafeAnchoredPattern(resolveConstInitializer(e.expression.expression, scopes) ?? e.expression.expression);
  // `if (!emailPattern.test(v)) return false; … return true`: a yes that comes after the pattern said yes.
  const refusedUnlessPattern = ts.isBlock(body) && body.statements.some((st) => ts.isIfStatement(st) && ts.isPrefixUnaryExpression(st.expression) && st.expression.operator === ts.SyntaxKind.ExclamationToken && isPatternTest(unwrap(st.expression.operand)) && exits(st.thenStatement));
  const verdicts = returned.map(unwrap).filter((e) => e.kind !== ts.SyntaxKind.FalseKeyword);
  return verdicts.length > 0 && verdicts.every((e) => isPatternTest(e) || (refusedUnlessPattern && e.kind === ts.SyntaxKind.TrueKeyword));
}

function isSafeAnchoredPattern(pattern: ts.Expression): boolean {
  const expression = unwrap(pattern);
  if (!ts.isRegularExpressionLiteral(expression)) return false;
  const source = expression.text.slice(1, expression.text.lastIndexOf("/"));
  if (!source.startsWith("^") || !source.endsWith("$")) return false;
  // A `.` inside a character class is a literal dot (`[\w.-]`); outside one it is any character.
  const outsideClasses = source.replace(/\[(?!\^)(?:\\.|[^\]\\])*\]/g, "x");
  return !/(^|[^\\])\.|\[\^|\\S|\\s|\\W|\\D/.test(outsideClasses) && !/\\s|\\S|\\W|\\D/.test(source);
}

/**
 * A predicate that answers true unless something matches: its last statement is `return true`
 * and it returns false where a `test`/`includes`/`match` call succeeds (`for (const p of
 * patterns) if (p.test(code)) return false;`), or it returns `!patterns.some(…)`.
 */
function isDenyList(fn: ts.SignatureDeclaration): boolean {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return false;
  const matches = (node: ts.Node): boolean => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(n) && (isMember(n.expression, "test") || isMember(n.expression, "includes") || isMember(n.expression, "match") || isMember(n.expression, "some"))) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  if (!ts.isBlock(body)) return ts.isPrefixUnaryExpression(body) && body.operator === ts.SyntaxKind.ExclamationToken && matches(body.operand);
  const last = body.statements[body.statements.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression) return false;
  if (ts.isPrefixUnaryExpression(last.expression) && last.expression.operator === ts.SyntaxKind.ExclamationToken) return matches(last.expression.operand);
  if (last.expression.kind !== ts.SyntaxKind.TrueKeyword) return false;
  let refuses = false;
  const visit = (node: ts.Node): void => {
    if (refuses || (ts.isFunctionLike(node) && node !== fn)) return;
    if (ts.isIfStatement(node) && matches(node.expression) && returnsFalse(node.thenStatement)) refuses = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return refuses;
}

function returnsFalse(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement)) return statement.expression?.kind === ts.SyntaxKind.FalseKeyword;
  return ts.isBlock(statement) && statement.statements.some((s) => ts.isReturnStatement(s) && s.expression?.kind === ts.SyntaxKind.FalseKeyword);
}

/** Whether a deny-list's patterns include one that refuses every shell metacharacter. */
function deniesShellInBody(fn: ts.SignatureDeclaration): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isRegularExpressionLiteral(node) && deniesShellMetacharacters(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

/**
 * `arg.replace(/[\r\n]/g, "").replace(/[`$(){}|;&<>]/g, "")`: a chain of replacements that delete
 * character classes, which together remove every character that ends or nests a shell command.
 */
export function stripsShellMetacharacters(call: ts.CallExpression): boolean {
  let members = "";
  for (let expr: ts.Expression = call; ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression); expr = expr.expression.expression) {
    const method = expr.expression.name.text;
    if (method !== "replace" && method !== "replaceAll") continue;
    const [pattern, replacement] = expr.arguments;
    const regex = pattern && unwrap(pattern);
    if (!regex || !ts.isRegularExpressionLiteral(regex) || !/g[a-z]*$/.test(regex.text) || !replacement || !ts.isStringLiteralLike(replacement) || replacement.text !== "") continue;
    const source = regex.text.slice(1, regex.text.lastIndexOf("/"));
    const match = /^\[([^\]^](?:\\.|[^\]\\])*)\]$/.exec(source);
    if (match?.[1]) members += match[1];
  }
  return [";", "&", "|", "$", "`"].every((c) => members.includes(c)) && (members.includes("\\n") || members.includes("\n"));
}

export function deniesShellMetacharacters(pattern: ts.Expression): boolean {
  const expression = unwrap(pattern);
  if (!ts.isRegularExpressionLiteral(expression)) return false;
  const source = expression.text.slice(1, expression.text.lastIndexOf("/"));
  const match = /^\[([^\]^](?:\\.|[^\]\\])*)\]$/.exec(source);
  if (!match?.[1]) return false;
  const members = match[1];
  return [";", "&", "|", "$", "`"].every((c) => members.includes(c)) && (members.includes("\\n") || members.includes("\n"));
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isContinueStatement(statement) || ts.isBreakStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}
