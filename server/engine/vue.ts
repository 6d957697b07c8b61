import type { ElementNode, DirectiveNode, ExpressionNode, TemplateChildNode } from "@vue/compiler-dom";
import { ElementTypes, NodeTypes } from "./vue-node-types";
import ts from "typescript";

/**
 * A Vue single-file component seen as one TSX module. Its `<script>` blocks stay where they are
 * (everything else is blanked, newlines kept, so every script offset is the file's own); its
 * template follows as JSX that says what the template does with values: `v-html` becomes
 * `dangerouslySetInnerHTML`, a child component gets its bound props as attributes, `v-for` maps
 * its list. Template expressions are copied verbatim and mapped back to where they stand.
 */
export interface VueModule {
  readonly text: string;
  readonly kind: ts.ScriptKind;
  /** The component file's length: offsets from here on are generated. */
  readonly originalLength: number;
  /** Where the generated template function begins. */
  readonly templateStart: number;
  /** Whether the script is `<script setup>` (template names are its bindings and its props). */
  readonly setup: boolean;
  /** Generated ranges and where they stand in the component file. */
  readonly segments: readonly Segment[];
}

interface Segment {
  readonly generatedStart: number;
  readonly generatedEnd: number;
  readonly originalStart: number;
  /** A copy maps offset for offset; otherwise the whole range maps to `originalStart`. */
  readonly copy: boolean;
}

/** Name of the generated function whose first parameter is what parents pass a `<script setup>` component. */
export const vuePropsFunction = "__llmsecVueProps";
/** Name of the generated template function. */
export const vueTemplateFunction = "__llmsecVueTemplate";

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

export function vueModule(source: string): VueModule {
  // Code unit for code unit, so every script offset is the file's own.
  const blank: string[] = Array.from({ length: source.length }, (_, i) => (source[i] === "\n" || source[i] === "\r" ? (source[i] as string) : " "));
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
    for (let i = start; i < end; i++) blank[i] = source[i] ?? " ";
    if (/\bexport\s+default\b/.test(source.slice(start, end))) hasDefaultExport = true;
  }
  const prefix = blank.join("");
  const generator = new TemplateWriter(source, prefix.length);
  generator.write("\n");
  if (setup && !hasDefaultExport) generator.write(`export default function ${vuePropsFunction}(__props: any) {}\n`);
  const templateStart = generator.offset;
  generator.write(`export function ${vueTemplateFunction}() {\n  return (<>`);
  for (const child of template?.children ?? []) generator.child(child);
  generator.write("</>);\n}\n");
  return { text: prefix + generator.text, kind: typescript ? ts.ScriptKind.TSX : ts.ScriptKind.JSX, originalLength: prefix.length, templateStart, setup, segments: generator.segments };
}

/** Where a generated offset stands in the component file. */
export function originalOffset(module: VueModule, offset: number): number {
  if (offset < module.originalLength) return offset;
  for (const segment of module.segments) {
    if (offset >= segment.generatedStart && offset <= segment.generatedEnd) return segment.copy ? segment.originalStart + (offset - segment.generatedStart) : segment.originalStart;
  }
  const before = module.segments.filter((s) => s.generatedStart <= offset).pop();
  return before ? before.originalStart : module.originalLength;
}

class TemplateWriter {
  text = "";
  readonly segments: Segment[] = [];

  constructor(
    private readonly source: string,
    private readonly base: number,
  ) {}

  get offset(): number {
    return this.base + this.text.length;
  }

  write(text: string, anchor?: number): void {
    const start = this.offset;
    this.text += text;
    if (anchor !== undefined) this.segments.push({ generatedStart: start, generatedEnd: this.offset, originalStart: anchor, copy: false });
  }

  /** A template expression, in parentheses, at its own offsets. */
  expression(node: ExpressionNode): void {
    if (node.type !== NodeTypes.SIMPLE_EXPRESSION) return this.write("undefined");
    this.write("(");
    const start = this.offset;
    this.text += node.content;
    this.segments.push({ generatedStart: start, generatedEnd: this.offset, originalStart: node.loc.start.offset, copy: true });
    this.write(")");
  }

  child(node: TemplateChildNode): void {
    if (node.type !== NodeTypes.ELEMENT) return;
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
          const start = this.offset;
          this.text += name.content;
          this.segments.push({ generatedStart: start, generatedEnd: this.offset, originalStart: name.loc.start.offset, copy: true });
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
    for (const child of node.children) this.child(child);
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
