import type { ElementNode, DirectiveNode, ExpressionNode, TemplateChildNode } from "@vue/compiler-dom";
import { ElementTypes, NodeTypes } from "./vue-node-types";
import ts from "typescript";
import { blankedOutside, componentPropsFunction, componentTemplateFunction, TemplateText, type ComponentModule } from "./component-module";

/** Vue's names for the generated functions (the engine finds them by these). */
export { componentPropsFunction as vuePropsFunction, componentTemplateFunction as vueTemplateFunction } from "./component-module";

/**
 * Vue's compiler, loaded when the first component is parsed: a project without `.vue` files never
 * pays for it (on a 2,000-file run with a 256 MB heap, loading it up front was the difference).
 */
let compiler: typeof import("@vue/compiler-dom") | undefined;
function vueCompiler(): typeof import("@vue/compiler-dom") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compiler ??= require("@vue/compiler-dom") as typeof import("@vue/compiler-dom");
  return compiler;
}

export function isVueFile(file: string): boolean {
  return file.endsWith(".vue");
}

export function vueModule(source: string): ComponentModule {
  const scripts: { start: number; end: number }[] = [];
  let root: ReturnType<typeof import("@vue/compiler-dom").parse> | undefined;
  try {
    root = vueCompiler().parse(source, { parseMode: "sfc", onError: () => undefined, onWarn: () => undefined });
  } catch {
    root = undefined;
  }
  let typescript = false;
  let setup = false;
  let hasDefaultExport = false;
  let template: ElementNode | undefined;
  for (const block of root?.children ?? []) {
    if (block.type !== NodeTypes.ELEMENT) continue;
    if (block.tag === "template" && !template) template = block;
    if (block.tag !== "script") continue;
    const attribute = (name: string): string | undefined => {
      for (const p of block.props) if (p.type === NodeTypes.ATTRIBUTE && p.name === name) return p.value?.content ?? "";
      return undefined;
    };
    if (attribute("src") !== undefined) continue;
    const lang = attribute("lang");
    if (lang === "ts" || lang === "tsx") typescript = true;
    if (attribute("setup") !== undefined) setup = true;
    const content = block.children[0];
    if (!content) continue;
    const start = content.loc.start.offset;
    const end = content.loc.end.offset;
    scripts.push({ start, end });
    if (/\bexport\s+default\b/.test(source.slice(start, end))) hasDefaultExport = true;
  }
  // Code unit for code unit, so every script offset is the file's own.
  const prefix = blankedOutside(source, scripts);
  const generator = new TemplateWriter(prefix.length);
  generator.write("\n");
  if (setup && !hasDefaultExport) generator.write(`export default function ${componentPropsFunction}(__props: any) {}\n`);
  const templateStart = generator.offset;
  generator.write(`export function ${componentTemplateFunction}() {\n  return (<>`);
  generator.children(template?.children ?? []);
  generator.write("</>);\n}\n");
  return { framework: "vue", text: prefix + generator.text, kind: typescript ? ts.ScriptKind.TSX : ts.ScriptKind.JSX, originalLength: prefix.length, templateStart, setup, segments: generator.segments };
}

/** Vue's template as JSX. */
class TemplateWriter extends TemplateText {

  /** A template expression, in parentheses, at its own offsets. */
  expression(node: ExpressionNode): void {
    if (node.type !== NodeTypes.SIMPLE_EXPRESSION) return this.write("undefined");
    this.write("(");
    this.copy(node.content, node.loc.start.offset);
    this.write(")");
  }

  /** The props bound on the components around, innermost last: what their scoped slots may hand out. */
  private readonly slotSources: ExpressionNode[][] = [];

  /**
   * Siblings, with `v-if` / `v-else-if` / `v-else` written as the conditions they are:
   * `{(ok) && (<>…</>)}`, `{!(ok) && (<>…</>)}`, so a sink knows when it is rendered.
   */
  children(nodes: readonly TemplateChildNode[]): void {
    let chain: ExpressionNode[] = [];
    for (const node of nodes) {
      if (node.type !== NodeTypes.ELEMENT) continue;
      const directive = (name: string): DirectiveNode | undefined => node.props.find((p): p is DirectiveNode => p.type === NodeTypes.DIRECTIVE && p.name === name);
      const test = directive("if")?.exp ?? directive("else-if")?.exp;
      const otherwise = directive("else-if") !== undefined || directive("else") !== undefined;
      const negated = otherwise ? chain : [];
      if (!test && negated.length === 0) {
        chain = [];
        this.child(node);
        continue;
      }
      this.write("{", node.loc.start.offset);
      for (const previous of negated) {
        this.write("!");
        this.expression(previous);
        this.write(" && ");
      }
      if (test) {
        this.expression(test);
        this.write(" && ");
      }
      this.write("(<>");
      this.child(node);
      this.write("</>)}");
      chain = test ? [...negated, test] : [];
    }
  }

  child(node: TemplateChildNode): void {
    if (node.type !== NodeTypes.ELEMENT) return;
    const slot = node.tag === "template" ? node.props.find((p): p is DirectiveNode => p.type === NodeTypes.DIRECTIVE && p.name === "slot" && p.exp !== undefined) : undefined;
    const sources = this.slotSources[this.slotSources.length - 1] ?? [];
    if (slot?.exp && slot.exp.type === NodeTypes.SIMPLE_EXPRESSION && sources.length > 0) {
      // `<draggable :list="messages"><template #item="{ element }">`: a library component's scoped slot
      // hands out the elements of the lists it is bound to, under the names such components use.
      this.write("{[", slot.loc.start.offset);
      sources.forEach((source, i) => {
        if (i > 0) this.write(", ");
        this.write("...");
        this.expression(source);
      });
      this.write("].map((__slotItem) => [{ element: __slotItem, item: __slotItem, row: __slotItem, data: __slotItem }].map((");
      this.copy(slot.exp.content, slot.exp.loc.start.offset);
      this.write(") => (<>");
      this.children(node.children);
      this.write("</>)))}");
      return;
    }
    const loop = node.props.find((p): p is DirectiveNode => p.type === NodeTypes.DIRECTIVE && p.name === "for");
    const parsed = loop?.forParseResult;
    if (loop && parsed) {
      // `v-for="(msg, i) in messages"` → `{(messages).map(((msg), (i)) => (…))}`
      this.write("{", loop.loc.start.offset);
      this.expression(parsed.source);
      this.write(".map((");
      const names = [parsed.value, parsed.key, parsed.index];
      names.forEach((name, i) => {
        if (i > 0) this.write(", ");
        if (name && name.type === NodeTypes.SIMPLE_EXPRESSION && name.content.trim()) {
          this.copy(name.content, name.loc.start.offset);
        } else this.write(`__unused${i}`);
      });
      this.write(") => (");
      this.element(node);
      this.write("))}");
      return;
    }
    this.element(node);
  }

  private element(node: ElementNode): void {
    const component = node.tagType === ElementTypes.COMPONENT ? componentName(node.tag) : undefined;
    const tag = component ?? "div";
    this.write(`<${tag}`, node.loc.start.offset);
    for (const prop of node.props) {
      if (prop.type !== NodeTypes.DIRECTIVE || !prop.exp) continue;
      const argument = prop.arg && prop.arg.type === NodeTypes.SIMPLE_EXPRESSION ? prop.arg.content : undefined;
      if (prop.name === "html" || (prop.name === "bind" && argument === "innerHTML" && !component)) {
        this.write(" dangerouslySetInnerHTML={{ __html: ", prop.loc.start.offset);
        this.expression(prop.exp);
        this.write(" }}", prop.loc.start.offset);
      } else if (component && prop.name === "bind" && argument && /^[A-Za-z_$][\w$-]*$/.test(argument)) {
        this.write(` ${camelize(argument)}={`, prop.loc.start.offset);
        this.expression(prop.exp);
        this.write("}");
      } else if (component && prop.name === "bind" && !argument) {
        this.write(" {...", prop.loc.start.offset);
        this.expression(prop.exp);
        this.write("}");
      }
    }
    this.write(">");
    const bound = node.tagType === ElementTypes.COMPONENT ? node.props.flatMap((p) => (p.type === NodeTypes.DIRECTIVE && p.name === "bind" && p.exp ? [p.exp] : [])) : [];
    if (node.tagType === ElementTypes.COMPONENT) this.slotSources.push(bound);
    this.children(node.children);
    if (node.tagType === ElementTypes.COMPONENT) this.slotSources.pop();
    this.write(`</${tag}>`);
  }
}

/** `<chat-content>` and `<ChatContent>` name the component `ChatContent`; built-ins are not components to follow. */
function componentName(tag: string): string | undefined {
  const name = tag.includes("-") ? tag.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("") : tag;
  if (!/^[A-Z][A-Za-z0-9_$]*$/.test(name)) return undefined;
  if (["Transition", "TransitionGroup", "KeepAlive", "Teleport", "Suspense", "Component", "Slot", "RouterView", "RouterLink"].includes(name)) return undefined;
  return name;
}

function camelize(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
