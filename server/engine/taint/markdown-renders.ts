import ts from "typescript";
import { declaredMajorVersion } from "../workspace-packages";
import { isPresenceCheck } from "./presence-checks";
import type { Catalogue } from "../catalogue";
import { refNames, type Evaluator } from "./evaluator";
import { analysisNodes } from "./node-index";
import { propertyNameText, returnedExpressions } from "./scope";

/**
 * A Markdown component that lets raw HTML in its text through to the page:
 * `<ReactMarkdown rehypePlugins={[rehypeRaw]}>{text}</ReactMarkdown>` with no sanitizing plugin,
 * or markdown-to-jsx's `<Markdown>{text}</Markdown>` without `disableParsingRawHTML`.
 */
export interface RawMarkdownRender {
  /** Where the raw HTML is let through: the `rehypePlugins` attribute, the markdown-to-jsx element, or a unified chain's `.use(rehypeRaw)`. */
  readonly node: ts.JsxAttribute | ts.JsxOpeningLikeElement | ts.CallExpression;
  readonly renderer: "rehype-raw" | "markdown-to-jsx" | "unified";
  /** How a flow names the sink. */
  readonly label: string;
  /** The Markdown text rendered (children). */
  readonly texts: readonly ts.Expression[];
  /** For rehype-raw: the plugin array written in place and its rehype-raw element, after which a sanitizer goes. */
  readonly pluginList?: ts.ArrayLiteralExpression;
  readonly rawPlugin?: ts.Expression;
  /** For a unified chain: the `.use(rehypeRaw)` call a `.use(rehypeSanitize)` goes after. */
  readonly rawUse?: ts.CallExpression;
  /** For markdown-to-jsx: the `options` object written in place, if any. */
  readonly options?: ts.ObjectLiteralExpression;
  /** Every text reported was sanitized as HTML before the render, which builds HTML anew from it. */
  readonly sanitizedFirst?: true;
}

const renders = new WeakMap<ts.SourceFile, readonly RawMarkdownRender[]>();

/** The raw-HTML Markdown renders of a file, whatever the text they render. */
export function rawMarkdownRenders(sourceFile: ts.SourceFile, evaluator: Evaluator, catalogue: Catalogue): readonly RawMarkdownRender[] {
  const cached = renders.get(sourceFile);
  if (cached) return cached;
  const found: RawMarkdownRender[] = [];
  const mentionsMarkdownToJsx = sourceFile.text.includes("markdown-to-jsx");
  const mentionsUnified = sourceFile.text.includes("unified") && sourceFile.text.includes(".use(");
  for (const node of analysisNodes(sourceFile)) {
    if (mentionsUnified && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "use") {
      const render = unifiedRender(node, evaluator, catalogue);
      if (render) found.push(render);
      continue;
    }
    if (ts.isJsxAttribute(node) && catalogue.markdownHtml.pluginAttributes.has(node.name.getText(sourceFile))) {
      const render = rehypeRawRender(node, evaluator, catalogue);
      if (render) found.push(render);
    } else if (mentionsMarkdownToJsx && (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node))) {
      const render = markdownToJsxRender(node, evaluator);
      if (render) found.push(render);
    } else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && catalogue.markdownHtml.rawByDefault.some((c) => sourceFile.text.includes(c.exportName))) {
      const render = defaultRawRender(node, evaluator, catalogue);
      if (render) found.push(render);
    }
  }
  renders.set(sourceFile, found);
  return found;
}

/** `<Streamdown>{text}</Streamdown>` with Streamdown 1.x declared: its default plugins render raw HTML. */
function defaultRawRender(element: ts.JsxOpeningLikeElement, evaluator: Evaluator, catalogue: Catalogue): RawMarkdownRender | undefined {
  const config = catalogue.markdownHtml;
  const refs = evaluator.evaluate(element.tagName as ts.Expression).refs;
  const component = config.rawByDefault.find((c) => refs.some((r) => (c.modules as readonly string[]).includes(r.module) && r.exportName === c.exportName));
  if (!component) return undefined;
  // Plugins given replace the defaults (and are judged as written); a limited element list renders no raw HTML.
  if (element.attributes.properties.some((a) => ts.isJsxSpreadAttribute(a) || (ts.isJsxAttribute(a) && (config.pluginAttributes.has(a.name.getText()) || config.limitingAttributes.has(a.name.getText()))))) return undefined;
  const major = component.modules.map((m) => declaredMajorVersion(element.getSourceFile().fileName, m)).find((v) => v !== undefined);
  if (major === undefined || major >= component.beforeMajor) return undefined;
  const texts: ts.Expression[] = [];
  for (const attribute of element.attributes.properties) {
    if (ts.isJsxAttribute(attribute) && attribute.name.getText() === "children" && attribute.initializer && ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression) texts.push(attribute.initializer.expression);
  }
  if (ts.isJsxOpeningElement(element)) {
    for (const child of element.parent.children) if (ts.isJsxExpression(child) && child.expression) texts.push(child.expression);
  }
  return { node: element, renderer: "rehype-raw", label: `Markdown rendered by ${component.exportName} ${major}.x, whose default plugins include rehype-raw`, texts };
}

function rehypeRawRender(node: ts.JsxAttribute, evaluator: Evaluator, catalogue: Catalogue): RawMarkdownRender | undefined {
  const config = catalogue.markdownHtml;
  const plugins = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
  if (!plugins) return undefined;
  const modules = pluginModules(plugins, evaluator, catalogue);
  if (!modules.some((m) => config.rawHtmlPlugins.has(m)) || modules.some((m) => config.sanitizingPlugins.has(m))) return undefined;
  const element = node.parent.parent;
  if (element.attributes.properties.some((a) => ts.isJsxAttribute(a) && config.limitingAttributes.has(a.name.getText()))) return undefined;
  const texts: ts.Expression[] = [];
  for (const attribute of element.attributes.properties) {
    if (ts.isJsxAttribute(attribute) && attribute.name.getText() === "children" && attribute.initializer && ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression) texts.push(attribute.initializer.expression);
  }
  if (ts.isJsxOpeningElement(element)) {
    for (const child of element.parent.children) if (ts.isJsxExpression(child) && child.expression) texts.push(child.expression);
  }
  const written = unwrap(plugins);
  const rawPlugin = ts.isArrayLiteralExpression(written) ? written.elements.find((e) => !ts.isSpreadElement(e) && pluginModules(e, evaluator, catalogue).some((m) => config.rawHtmlPlugins.has(m))) : undefined;
  return { node, renderer: "rehype-raw", label: "Markdown rendered with rehype-raw", texts, ...(ts.isArrayLiteralExpression(written) && rawPlugin ? { pluginList: written, rawPlugin } : {}) };
}

/**
 * A unified pipeline written out: `unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml:
 * true }).use(rehypeRaw)…` with no sanitizing plugin after the raw one, and the texts it processes
 * (`processor.parse(text)`, `.process(text)`), also through the helpers that build and cache it.
 */
function unifiedRender(use: ts.CallExpression, evaluator: Evaluator, catalogue: Catalogue): RawMarkdownRender | undefined {
  const config = catalogue.markdownHtml;
  const plugin = use.arguments[0];
  if (!plugin || !pluginModules(plugin, evaluator, catalogue).some((m) => config.rawHtmlPlugins.has(m))) return undefined;
  // The whole chain: its root must be `unified()`, and no plugin in it may sanitize.
  let top: ts.CallExpression = use;
  while (ts.isPropertyAccessExpression(top.parent) && top.parent.name.text === "use" && ts.isCallExpression(top.parent.parent) && top.parent.parent.expression === top.parent) top = top.parent.parent;
  const uses: ts.CallExpression[] = [];
  let root: ts.Expression = top;
  while (ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression) && root.expression.name.text === "use") {
    uses.push(root);
    root = root.expression.expression;
  }
  if (!ts.isCallExpression(root) || !evaluator.evaluate(root.expression).refs.some((r) => config.pipelineModules.has(r.module))) return undefined;
  if (uses.some((u) => u.arguments[0] !== undefined && pluginModules(u.arguments[0], evaluator, catalogue).some((m) => config.sanitizingPlugins.has(m)))) return undefined;
  return { node: use, renderer: "unified", label: "Markdown rendered with rehype-raw (unified)", texts: processedTexts(top, evaluator, 0), rawUse: use };
}

/** Methods of a unified processor whose first argument is the Markdown text. */
const processMethods: ReadonlySet<string> = new Set(["parse", "process", "processSync"]);

/** The texts a processor built by `expression` processes: where it is used at once, held in a constant, or returned by a helper. */
function processedTexts(expression: ts.Expression, evaluator: Evaluator, depth: number): ts.Expression[] {
  if (depth > 3) return [];
  const parent = expression.parent;
  // `unified().use(…).processSync(text)`
  if (ts.isPropertyAccessExpression(parent) && processMethods.has(parent.name.text) && ts.isCallExpression(parent.parent) && parent.parent.arguments[0]) return [parent.parent.arguments[0]];
  // `const processor = unified()…` (or `= createProcessor(options)`): its uses, and where it is returned.
  if (ts.isVariableDeclaration(parent) && parent.initializer === expression && ts.isIdentifier(parent.name)) {
    const { texts, returned } = usesOfProcessor(parent, evaluator);
    return [...texts, ...returned.flatMap((reference) => processedTexts(reference, evaluator, depth + 1))];
  }
  // `return unified()…` / `(options) => unified()…`: the helper's calls in the file.
  const fn = ts.isReturnStatement(parent) ? ts.findAncestor(parent, ts.isFunctionLike) : ts.isArrowFunction(parent) && parent.body === expression ? parent : undefined;
  if (!fn) return [];
  const texts: ts.Expression[] = [];
  for (const node of analysisNodes(expression.getSourceFile())) {
    if (ts.isCallExpression(node) && evaluator.evaluate(node.expression).functions.includes(fn as ts.SignatureDeclaration)) texts.push(...processedTexts(node, evaluator, depth + 1));
  }
  return texts;
}

function usesOfProcessor(declaration: ts.VariableDeclaration, evaluator: Evaluator): { texts: ts.Expression[]; returned: ts.Identifier[] } {
  const texts: ts.Expression[] = [];
  const returned: ts.Identifier[] = [];
  const held = (node: ts.Node): node is ts.Identifier => ts.isIdentifier(node) && evaluator.scopes.resolve(node)?.declaration === declaration;
  // Returns are statements, which the analysis index leaves out: the declaring scope is walked.
  const scope = ts.findAncestor(declaration, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n)) ?? declaration.getSourceFile();
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression && held(node.expression)) returned.push(node.expression);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && processMethods.has(node.expression.name.text) && node.arguments[0] && held(node.expression.expression)) texts.push(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return { texts, returned };
}

/** markdown-to-jsx parses the raw HTML in its text into elements (`<iframe srcdoc>`, forms, images that leak) unless told not to. */
function markdownToJsxRender(element: ts.JsxOpeningLikeElement, evaluator: Evaluator): RawMarkdownRender | undefined {
  const tag = evaluator.evaluate(element.tagName as ts.Expression);
  if (!tag.refs.some((r) => r.module === "markdown-to-jsx" && (r.exportName === "default" || r.exportName === "Markdown") && r.members.length === 0)) return undefined;
  const options = element.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText() === "options");
  const written = options?.initializer && ts.isJsxExpression(options.initializer) && options.initializer.expression ? options.initializer.expression : undefined;
  const object = written ? evaluator.definitionOf(written) : undefined;
  const disabled = object !== undefined && ts.isObjectLiteralExpression(object) && object.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "disableParsingRawHTML" && p.initializer.kind === ts.SyntaxKind.TrueKeyword);
  if (disabled) return undefined;
  // Options that are not an object written here may disable it where llmsec cannot see.
  if (options && !(object && ts.isObjectLiteralExpression(object))) return undefined;
  const texts: ts.Expression[] = [];
  for (const attribute of element.attributes.properties) {
    if (ts.isJsxAttribute(attribute) && attribute.name.getText() === "children" && attribute.initializer && ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression) texts.push(attribute.initializer.expression);
  }
  if (ts.isJsxOpeningElement(element)) {
    for (const child of element.parent.children) if (ts.isJsxExpression(child) && child.expression) texts.push(child.expression);
  }
  const inPlace = written ? unwrap(written) : undefined;
  return { node: element, renderer: "markdown-to-jsx", label: "markdown-to-jsx (raw HTML parsed)", texts, ...(inPlace && ts.isObjectLiteralExpression(inPlace) ? { options: inPlace } : {}) };
}

/**
 * The packages of a plugin list: `[rehypeRaw, [rehypeSanitize, schema]]`, a constant holding one,
 * one spread in (`...(extra ?? [])`), or one built by `useMemo(() => [rehypeRaw], deps)`.
 */
function pluginModules(expression: ts.Expression, evaluator: Evaluator, catalogue: Catalogue, depth = 0): string[] {
  if (depth > 4) return [];
  const expr = evaluator.definitionOf(expression);
  if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((e) => pluginModules(ts.isSpreadElement(e) ? e.expression : e, evaluator, catalogue, depth + 1));
  if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...pluginModules(expr.left, evaluator, catalogue, depth + 1), ...pluginModules(expr.right, evaluator, catalogue, depth + 1)];
  }
  if (ts.isConditionalExpression(expr)) {
    // `allowRawHtml ? [rehypeRaw] : undefined` with a prop no use of the component turns on.
    if (propNeverSet(expr.condition, evaluator)) return pluginModules(expr.whenFalse, evaluator, catalogue, depth + 1);
    return [...pluginModules(expr.whenTrue, evaluator, catalogue, depth + 1), ...pluginModules(expr.whenFalse, evaluator, catalogue, depth + 1)];
  }
  if (ts.isCallExpression(expr)) {
    const built = memoizedResult(expr, evaluator, catalogue);
    if (built) return pluginModules(built, evaluator, catalogue, depth + 1);
  }
  return evaluator.evaluate(expr).refs.map((r) => r.module);
}

/**
 * A component's opt-in prop (`({ content, allowRawHtml = false })`, `props.allowRawHtml`) that no
 * element rendering the component sets: every use is found, none passes the attribute (or spreads
 * props), and its default is absent or `false`. A component no code here renders is used elsewhere,
 * where the prop may be set.
 */
function propNeverSet(condition: ts.Expression, evaluator: Evaluator): boolean {
  const expr = unwrap(condition);
  let name: string | undefined;
  let component: ts.SignatureDeclaration | undefined;
  if (ts.isIdentifier(expr)) {
    // A name destructured from the props parameter: `({ allowRawHtml = false }: Props)`.
    const binding = evaluator.scopes.resolve(expr);
    const parameter = binding?.declaration;
    const [step] = binding?.pattern ?? [];
    if (!binding || !parameter || !ts.isParameter(parameter) || parameter.parent.parameters[0] !== parameter || binding.pattern.length !== 1 || step?.kind !== "prop") return false;
    if (binding.defaults.some((d) => d.kind !== ts.SyntaxKind.FalseKeyword)) return false;
    name = step.name;
    component = parameter.parent;
  } else if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
    const declaration = evaluator.scopes.resolve(expr.expression)?.declaration;
    if (!declaration || !ts.isParameter(declaration) || declaration.parent.parameters[0] !== declaration) return false;
    name = expr.name.text;
    component = declaration.parent;
  }
  if (!name || !component || !evaluator.componentUses) return false;
  const uses = evaluator.componentUses(component);
  return uses.length > 0 && uses.every((use) => use.attributes.properties.every((a) => ts.isJsxAttribute(a) && (a.name.getText() !== name || (a.initializer !== undefined && ts.isJsxExpression(a.initializer) && a.initializer.expression?.kind === ts.SyntaxKind.FalseKeyword))));
}

/** The callback of `useMemo(() => …, deps)` (or another wrapper that gives what its callback returns). */
function memoCallback(call: ts.CallExpression, evaluator: Evaluator, catalogue: Catalogue): ts.ArrowFunction | ts.FunctionExpression | undefined {
  const callee = evaluator.evaluate(call.expression);
  const wrapper = catalogue.identityWrappers.find((w) => w.gives !== "argument" && callee.refs.some((ref) => w.modules.some((module) => refNames(ref, module, w.exportName))));
  const callback = wrapper ? call.arguments[wrapper.argument ?? 0] : undefined;
  return callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) ? callback : undefined;
}

/** `useMemo(() => [rehypeRaw, …], deps)`: the expression the callback returns. */
function memoizedResult(call: ts.CallExpression, evaluator: Evaluator, catalogue: Catalogue): ts.Expression | undefined {
  const callback = memoCallback(call, evaluator, catalogue);
  if (!callback) return undefined;
  if (!ts.isBlock(callback.body)) return callback.body;
  const returns = callback.body.statements.filter(ts.isReturnStatement);
  return returns.length === 1 ? returns[0]?.expression : undefined;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let expr = expression;
  // `await marked.parse(text)`: marked 5 types `parse` as a string or a promise of one.
  while (ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isAwaitExpression(expr)) expr = expr.expression;
  return expr;
}

const ownTextModule = /\.(md|mdx|markdown|txt)(\?raw)?$|\?raw$/;

/**
 * Whether a render's text is safe whatever its origin: the app's own (a literal, text built only
 * from literals, Markdown imported from a file of the project) or sanitized for HTML already.
 * Anything else may be text from outside.
 */
export function isOwnText(text: ts.Expression, evaluator: Evaluator, depth = 0): boolean {
  if (depth > 4) return false;
  if (evaluator.constantString(text) !== undefined) return true;
  const expr = unwrap(text);
  if (ts.isTemplateExpression(expr)) return expr.templateSpans.every((span) => isOwnText(span.expression, evaluator, depth + 1));
  if (ts.isConditionalExpression(expr)) return isOwnText(expr.whenTrue, evaluator, depth + 1) && isOwnText(expr.whenFalse, evaluator, depth + 1);
  if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expr.operatorToken.kind)) {
    return isOwnText(expr.left, evaluator, depth + 1) && isOwnText(expr.right, evaluator, depth + 1);
  }
  if (ts.isNumericLiteral(expr)) return true;
  const value = evaluator.evaluate(expr);
  if (value.literal !== undefined) return true;
  return value.refs.length > 0 && value.refs.every((ref) => ownTextModule.test(ref.module));
}

/**
 * Whether the Markdown text was sanitized as HTML before it is rendered: `DOMPurify.sanitize(content)`,
 * or a `useMemo` that sanitizes and then reshapes it. That is not enough: Markdown builds HTML anew
 * from the sanitized text (links, raw HTML blocks, the app's own rewrites), and ragflow's
 * GHSA-jv5f-3mqh-cxwf was exploited through exactly such a render. Only the rendered result can be sanitized.
 */
export function sanitizedBeforeRendering(text: ts.Expression, evaluator: Evaluator): boolean {
  const defined = unwrap(evaluator.definitionOf(text));
  if (!ts.isCallExpression(defined)) return false;
  if (evaluator.sanitizesHtml(defined)) return true;
  const callback = memoCallback(defined, evaluator, evaluator.catalogue);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || (ts.isFunctionLike(node) && node !== callback)) return;
    if (ts.isCallExpression(node) && evaluator.sanitizesHtml(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  if (callback) ts.forEachChild(callback, visit);
  return found;
}

/** HTML a Markdown renderer made (`marked.parse(text)`), and the Markdown text it was made from. */
export interface RenderedMarkdown {
  /** The renderer, as messages name it: "marked". */
  readonly renderer: string;
  readonly text: ts.Expression;
  /** The text's HTML is escaped, but a link's address is taken from it as it is (`href="$2"`): `javascript:` runs when clicked. */
  readonly linkAddresses?: true;
}

/**
 * The Markdown an HTML value was rendered from: `marked.parse(text)` itself, through constants,
 * templates and concatenations, or through a project helper that returns a render of its
 * parameter (`renderMarkdown(task.description)`). Renders that escape raw HTML are not.
 */
export function renderedMarkdownOf(expression: ts.Expression, evaluator: Evaluator, catalogue: Catalogue, depth = 0): RenderedMarkdown | undefined {
  if (depth > 5) return undefined;
  let expr = unwrap(expression);
  if (ts.isAwaitExpression(expr)) expr = unwrap(expr.expression);
  expr = unwrap(ts.isIdentifier(expr) ? (lastReassignment(expr) ?? evaluator.definitionOf(expr)) : evaluator.definitionOf(expr));
  const inner = (e: ts.Expression): RenderedMarkdown | undefined => renderedMarkdownOf(e, evaluator, catalogue, depth + 1);
  if (ts.isTemplateExpression(expr)) return firstOf(expr.templateSpans.map((span) => span.expression), inner);
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return inner(expr.left) ?? inner(expr.right);
  if (ts.isConditionalExpression(expr)) return inner(expr.whenTrue) ?? inner(expr.whenFalse);
  if (!ts.isCallExpression(expr)) return undefined;
  // `computed(() => marked(props.text))`, `useMemo(() => …, deps)`: what the callback returns.
  const memo = memoCallback(expr, evaluator, catalogue);
  if (memo) return firstOf(returnedExpressions(memo), inner);
  // `parts.join("")` of a local list: what was pushed into it (`parts.push(\`<p>${formatInline(line)}</p>\`)`).
  const pushed = pushedPieces(expr, evaluator);
  if (pushed) return firstOf(pushed, inner);
  const handWritten = handWrittenMarkupOf(expr, evaluator);
  if (handWritten !== undefined && typeof handWritten === "object" && "receiver" in handWritten) return inner(handWritten.receiver);
  if (handWritten !== "not-a-chain") return handWritten;
  const renderer = markdownRendererOf(expr, evaluator, catalogue);
  if (renderer) {
    const text = expr.arguments[0];
    const escapes = renderer.rawHtmlOption ? !setsOption(expr.arguments[1], renderer.rawHtmlOption, evaluator) : evaluator.escapesMarkdownHtml(expr);
    return text && !escapes ? { renderer: renderer.label, text } : undefined;
  }
  // A project helper: what it returns, its parameters read as this call's arguments.
  for (const fn of evaluator.evaluate(expr.expression).functions.slice(0, 2)) {
    const rendered = firstOf(returnedExpressions(fn), inner);
    if (!rendered) continue;
    const text = unwrap(rendered.text);
    const declaration = ts.isIdentifier(text) ? evaluator.scopes.resolve(text)?.declaration : undefined;
    const index = declaration && ts.isParameter(declaration) && declaration.parent === fn ? fn.parameters.indexOf(declaration) : -1;
    if (index < 0) return rendered;
    const argument = expr.arguments[index];
    return argument ? { ...rendered, text: argument } : undefined;
  }
  return undefined;
}

/**
 * Markdown converted by hand: bold to `<strong>$1</strong>`, newlines to `<br>`, by a chain of `replace` calls.
 * Tags put in by the replacements make the result HTML; the text between them stays raw unless a
 * link of the chain (or of the chain that made its receiver) escapes `<` first.
 */
function handWrittenMarkupOf(call: ts.CallExpression, evaluator: Evaluator): RenderedMarkdown | undefined | "not-a-chain" | { readonly receiver: ts.CallExpression } {
  let insertsTags = false;
  // A replacement applied after the escaping that puts a captured piece in a link's address.
  let linksFromText = false;
  const linkOf = (text: ts.Expression): RenderedMarkdown | undefined => (linksFromText ? { renderer: "a hand-written Markdown converter", text, linkAddresses: true } : undefined);
  let current: ts.Expression = call;
  for (let links = 0; links < 24; links++) {
    const link = unwrap(current);
    const method = ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression) ? link.expression.name.text : undefined;
    if (!ts.isCallExpression(link) || (method !== "replace" && method !== "replaceAll")) {
      if (links === 0) return "not-a-chain";
      // The receiver of the chain: a constant made by another chain (`const escaped = text.replace(/</g, "&lt;")`) is followed.
      const defined = unwrap(ts.isIdentifier(link) ? (lastReassignment(link) ?? evaluator.definitionOf(link)) : evaluator.definitionOf(link));
      if (defined !== link && ts.isCallExpression(defined) && ts.isPropertyAccessExpression(defined.expression) && ["replace", "replaceAll"].includes(defined.expression.name.text)) {
        current = defined;
        continue;
      }
      // `let formatted = sanitizedText;`: the variable it was copied from.
      if (defined !== link && ts.isIdentifier(defined)) {
        current = defined;
        continue;
      }
      if (ts.isCallExpression(defined) && evaluator.escapesForHtml(defined)) return linkOf(firstArgument(defined) ?? link);
      if (insertsTags) return { renderer: "a hand-written Markdown converter", text: link };
      // `html = marked.parse(text); html = html.replace(…, (m) => …)`: rewrites of a render's output; the render is what counts.
      return ts.isCallExpression(defined) ? { receiver: defined } : undefined;
    }
    if (evaluator.escapesAngleBrackets(link)) return linkOf(link);
    const replacement = link.arguments[1];
    if (replacement && ts.isStringLiteralLike(replacement) && /<[a-z][a-z0-9]*[\s>/]/i.test(replacement.text)) insertsTags = true;
    if (replacement && ts.isStringLiteralLike(replacement) && /\b(href|src|action|formaction)\s*=\s*["']?\$[1-9&]/i.test(replacement.text)) linksFromText = true;
    current = (link.expression as ts.PropertyAccessExpression).expression;
  }
  return undefined;
}

/** The arguments of `list.push(…)` in the function of `list.join(…)`, for a local array. */
function pushedPieces(call: ts.CallExpression, evaluator: Evaluator): ts.Expression[] | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "join" || !ts.isIdentifier(call.expression.expression)) return undefined;
  const list = call.expression.expression;
  const declaration = evaluator.scopes.resolve(list)?.declaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isArrayLiteralExpression(unwrap(declaration.initializer))) return undefined;
  const scope = ts.findAncestor(declaration, ts.isFunctionLike) ?? declaration.getSourceFile();
  const pieces: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (pieces.length >= 12) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["push", "unshift"].includes(node.expression.name.text) && ts.isIdentifier(node.expression.expression) && evaluator.scopes.resolve(node.expression.expression)?.declaration === declaration) {
      pieces.push(...node.arguments.filter((a): a is ts.Expression => !ts.isSpreadElement(a)));
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return pieces;
}

function firstArgument(call: ts.CallExpression): ts.Expression | undefined {
  const first = call.arguments[0];
  return first && !ts.isSpreadElement(first) ? first : undefined;
}

/** `text = text.replaceAll("\n", "<br>"); el.innerHTML = text;`: the value a statement just before the use gave the variable. */
function lastReassignment(identifier: ts.Identifier): ts.Expression | undefined {
  let statement: ts.Node = identifier;
  while (statement.parent && !ts.isBlock(statement.parent) && !ts.isSourceFile(statement.parent)) {
    if (ts.isFunctionLike(statement.parent)) return undefined;
    statement = statement.parent;
  }
  const block = statement.parent;
  if (!block || (!ts.isBlock(block) && !ts.isSourceFile(block))) return undefined;
  const index = block.statements.indexOf(statement as ts.Statement);
  for (let i = index - 1; i >= 0; i--) {
    const previous = block.statements[i];
    // `let s = escapeHtml(text)`: the declaration, when no write came after it.
    if (previous && ts.isVariableStatement(previous)) {
      const declared = previous.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === identifier.text);
      if (declared) return declared.initializer;
    }
    // `if (typeof DOMPurify !== "undefined") { html = DOMPurify.sanitize(html); }`: the page loads the library, the branch runs.
    if (previous && ts.isIfStatement(previous) && !previous.elseStatement && isPresenceCheck(previous.expression)) {
      const branch = ts.isBlock(previous.thenStatement) ? previous.thenStatement.statements[previous.thenStatement.statements.length - 1] : previous.thenStatement;
      const written = branch && ts.isExpressionStatement(branch) ? branch.expression : undefined;
      if (written && ts.isBinaryExpression(written) && written.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(written.left) && written.left.text === identifier.text) return written.right;
    }
    if (!previous || !ts.isExpressionStatement(previous)) continue;
    const assignment = previous.expression;
    if (ts.isBinaryExpression(assignment) && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(assignment.left) && assignment.left.text === identifier.text) return assignment.right;
  }
  return undefined;
}

/** `{ allowDangerousHtml: true }` given as options (written in place or held in a constant). */
function setsOption(options: ts.Expression | undefined, option: string, evaluator: Evaluator): boolean {
  const object = options ? unwrap(evaluator.definitionOf(options)) : undefined;
  if (!object || !ts.isObjectLiteralExpression(object)) return false;
  return object.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === option && p.initializer.kind === ts.SyntaxKind.TrueKeyword);
}

function markdownRendererOf(call: ts.CallExpression, evaluator: Evaluator, catalogue: Catalogue): Catalogue["markdownToHtmlRenderers"][number] | undefined {
  const refs = evaluator.evaluate(call.expression).refs;
  for (const renderer of catalogue.markdownToHtmlRenderers) {
    for (const ref of refs) {
      const ofModule = renderer.modules.includes(ref.module) || (ref.module === "<global>" && renderer.globals.includes(ref.exportName));
      if (!ofModule) continue;
      const last = ref.members[ref.members.length - 1];
      if (ref.members.length === 0 ? renderer.functions.includes(ref.exportName) || (ref.module === "<global>" && renderer.functions.length > 0) : last !== undefined && (renderer.methods.includes(last) || (ref.members.length === 1 && renderer.functions.includes(last)))) return renderer;
    }
  }
  return undefined;
}

function firstOf<T>(expressions: readonly ts.Expression[], find: (e: ts.Expression) => T | undefined): T | undefined {
  for (const expression of expressions) {
    const found = find(expression);
    if (found) return found;
  }
  return undefined;
}
