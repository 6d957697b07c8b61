import ts from "typescript";
import { blankedOutside, componentPropsFunction, componentTemplateFunction, TemplateText, type ComponentModule } from "./component-module";

/**
 * A Svelte component as one module: its `<script>` blocks in place, its markup as generated JSX
 * that keeps what matters for data flow: `{@html x}` (HTML given as it is), the props given to
 * child components, `{#each}` loops over their lists, `{#await}` values and `{@const}` names.
 * Read by a small scanner of its own rather than Svelte's compiler, which would more than double
 * the bundles; a tag it cannot read is skipped, never an error.
 */
export function isSvelteFile(file: string): boolean {
  return file.endsWith(".svelte");
}

export function svelteModule(source: string): ComponentModule {
  const scripts: { start: number; end: number }[] = [];
  let typescript = false;
  const scriptTag = /<script\b([^>]*)>/gi;
  for (let match = scriptTag.exec(source); match; match = scriptTag.exec(source)) {
    const start = match.index + match[0].length;
    const close = source.indexOf("</script>", start);
    const end = close < 0 ? source.length : close;
    if (/\blang\s*=\s*["']?ts/.test(match[1] ?? "")) typescript = true;
    scripts.push({ start, end });
    scriptTag.lastIndex = end;
  }
  const prefix = blankedOutside(source, scripts);
  const writer = new MarkupWriter(source, prefix.length);
  writer.write(`\nexport default function ${componentPropsFunction}(__props: any) {}\n`);
  const templateStart = writer.offset;
  writer.write(`export function ${componentTemplateFunction}() {\n  return (<>`);
  writer.markup();
  writer.write("</>);\n}\n");
  return { framework: "svelte", text: prefix + writer.text, kind: typescript ? ts.ScriptKind.TSX : ts.ScriptKind.JSX, originalLength: prefix.length, templateStart, setup: false, segments: writer.segments };
}

/** A block open in the markup, and what closes it in the generated JSX. */
interface OpenBlock {
  readonly name: string;
  /** An `{#await}` without `then`: its promise, for the `{:then value}` to come. */
  readonly promise?: { readonly text: string; readonly start: number };
  /** Written when the block (or the branch) ends. */
  close: () => void;
}

class MarkupWriter extends TemplateText {
  private readonly blocks: OpenBlock[] = [];

  constructor(
    private readonly source: string,
    base: number,
  ) {
    super(base);
  }

  markup(): void {
    const source = this.source;
    let i = 0;
    while (i < source.length) {
      const char = source[i];
      if (char === "<") {
        if (source.startsWith("<!--", i)) {
          const end = source.indexOf("-->", i + 4);
          i = end < 0 ? source.length : end + 3;
        } else if (/^<(script|style)\b/i.test(source.slice(i, i + 7))) {
          const name = /^<(script|style)/i.exec(source.slice(i, i + 7))?.[1]?.toLowerCase() ?? "script";
          const end = source.indexOf(`</${name}>`, i);
          i = end < 0 ? source.length : end + name.length + 3;
        } else i = this.tag(i);
      } else if (char === "{") {
        const end = matchingBrace(source, i);
        if (end < 0) break;
        this.mustache(i + 1, end);
        i = end + 1;
      } else i++;
    }
    while (this.blocks.length > 0) this.blocks.pop()?.close();
  }

  /** `{…}` with its content between `start` and `end`. */
  private mustache(start: number, end: number): void {
    const content = this.source.slice(start, end);
    const lead = content.length - content.trimStart().length;
    const body = content.trimStart();
    const at = start + lead;
    const keyword = (word: string): { text: string; start: number } | undefined => {
      if (!body.startsWith(word) || /[\w$]/.test(body[word.length] ?? "")) return undefined;
      const rest = body.slice(word.length);
      const skip = rest.length - rest.trimStart().length;
      return { text: rest.trimStart().trimEnd(), start: at + word.length + skip };
    };
    let part: { text: string; start: number } | undefined;
    if ((part = keyword("@html"))) {
      this.write("<div dangerouslySetInnerHTML={{ __html: (", at);
      this.copy(part.text, part.start);
      this.write(") }} />");
    } else if ((part = keyword("#each"))) this.each(part.text, part.start);
    else if ((part = keyword("#await"))) this.await(part.text, part.start);
    else if ((part = keyword(":then"))) this.then(part.text, part.start);
    else if ((part = keyword(":catch"))) this.branch("await");
    else if ((part = keyword("#if")) || (part = keyword("#key"))) this.open(body.startsWith("#if") ? "if" : "key", "<>", "</>");
    else if ((part = keyword("#snippet"))) this.snippet(part.text, part.start);
    else if (keyword(":else")) this.branch(this.blocks[this.blocks.length - 1]?.name ?? "");
    else if ((part = keyword("@const"))) this.constant(part.text, part.start);
    else if (body.startsWith("/")) this.closeBlock(body.slice(1).trim());
  }

  /** `{#each items as item, i (key)}` → `{(items).map((item, i) => (<>…</>))}` */
  private each(text: string, start: number): void {
    const as = /\s+as\s+/.exec(text);
    if (!as) return this.open("each", "<>", "</>");
    const list = text.slice(0, as.index);
    // `item, i (item.id)`: the keyed part is not a name.
    let names = text.slice(as.index + as[0].length).trimEnd();
    if (names.endsWith(")")) {
      let depth = 0;
      for (let k = names.length - 1; k >= 0; k--) {
        if (names[k] === ")") depth++;
        else if (names[k] === "(" && --depth === 0) {
          names = names.slice(0, k).trimEnd();
          break;
        }
      }
    }
    this.write("{(", start);
    this.copy(list, start);
    this.write(").map((");
    this.copy(names, start + as.index + as[0].length);
    this.write(") => (<><>");
    this.blocks.push({ name: "each", close: () => this.write("</></>))}") });
  }

  /** `{#await promise then value}` → `{(promise).then((value) => (<>…</>))}`; `{#await promise}` waits for its `{:then}`. */
  private await(text: string, start: number): void {
    const then = /\s+then\b\s*/.exec(text);
    if (!then) {
      this.write("<>");
      this.blocks.push({ name: "await", promise: { text, start }, close: () => this.write("</>") });
      return;
    }
    this.thenCall({ text: text.slice(0, then.index), start }, text.slice(then.index + then[0].length), start + then.index + then[0].length);
    this.blocks.push({ name: "await", close: () => this.write("</></>))}") });
  }

  /** `{:then value}` inside `{#await promise}`: the pending branch ends, the value is the promise's. */
  private then(text: string, start: number): void {
    const top = this.blocks[this.blocks.length - 1];
    if (top?.name !== "await" || !top.promise) return;
    this.write("</>");
    this.thenCall(top.promise, text, start);
    top.close = () => this.write("</></>))}");
  }

  private thenCall(promise: { readonly text: string; readonly start: number }, value: string, valueStart: number): void {
    this.write("{(", promise.start);
    this.copy(promise.text, promise.start);
    this.write(").then((");
    this.copy(value, valueStart);
    this.write(") => (<><>");
  }

  /** `{#snippet row(item)}`: a function of its parameters. */
  private snippet(text: string, start: number): void {
    const paren = text.indexOf("(");
    const close = paren >= 0 ? matchingBrace(text, paren) : -1;
    this.write("{((", start);
    if (paren >= 0 && close > paren) this.copy(text.slice(paren + 1, close), start + paren + 1);
    this.write(") => (<><>");
    this.blocks.push({ name: "snippet", close: () => this.write("</></>))}") });
  }

  /** `{@const html = marked(text)}` → `{[(marked(text))].map((html) => (<>…</>))}`: the rest of the enclosing block sees the name. */
  private constant(text: string, start: number): void {
    const equals = text.indexOf("=");
    if (equals < 0) return;
    this.write("{[(", start);
    this.copy(text.slice(equals + 1), start + equals + 1);
    this.write(")].map((");
    this.copy(text.slice(0, equals).trimEnd(), start);
    this.write(") => (<><>");
    this.blocks.push({ name: "const", close: () => this.write("</></>))}") });
  }

  private open(name: string, opening: string, closing: string): void {
    this.write(opening);
    this.blocks.push({ name, close: () => this.write(closing) });
  }

  /** `{:else}`: one more branch of the same block, in its own fragment. */
  private branch(name: string): void {
    if (!name) return;
    this.closeConstants();
    this.write("</><>");
  }

  private closeBlock(name: string): void {
    if (!this.blocks.some((b) => b.name === name)) return; // a stray closer
    for (let block = this.blocks.pop(); block; block = this.blocks.pop()) {
      block.close();
      if (block.name === name) return;
    }
  }

  private closeConstants(): void {
    while (this.blocks[this.blocks.length - 1]?.name === "const") this.blocks.pop()?.close();
  }

  /** A tag at `start`: a component's props are written out; other tags only skipped. Returns where it ends. */
  private tag(start: number): number {
    const source = this.source;
    const name = /^<\/?([A-Za-z][\w.:-]*)/.exec(source.slice(start, start + 200));
    if (!name) return start + 1;
    let i = start + name[0].length;
    const closing = source[start + 1] === "/";
    const tagName = name[1] ?? "";
    const component = !closing && /^[A-Z]/.test(tagName) && /^[\w.$]+$/.test(tagName);
    if (component) this.write(`<${tagName}`, start);
    // Attributes: `name`, `name=value`, `name="a {b}"`, `name={expr}`, `{shorthand}`, `{...spread}`.
    while (i < source.length) {
      while (i < source.length && /\s/.test(source[i] ?? "")) i++;
      const char = source[i];
      if (char === ">" || char === undefined) return i + 1;
      if (char === "/" && source[i + 1] === ">") {
        if (component) this.write(" />");
        return i + 2;
      }
      if (char === "{") {
        const end = matchingBrace(source, i);
        if (end < 0) return source.length;
        const inner = source.slice(i + 1, end).trim();
        const innerStart = source.indexOf(inner, i + 1);
        if (component && inner.startsWith("...")) {
          this.write(" {...(");
          this.copy(inner.slice(3), innerStart + 3);
          this.write(")}");
        } else if (component && /^[A-Za-z_$][\w$]*$/.test(inner)) {
          this.write(` ${inner}={(`);
          this.copy(inner, innerStart);
          this.write(")}");
        }
        i = end + 1;
        continue;
      }
      const attribute = /^[^\s=/>{"']+/.exec(source.slice(i, i + 200));
      if (!attribute) {
        i++;
        continue;
      }
      const attributeName = attribute[0];
      i += attributeName.length;
      while (i < source.length && /\s/.test(source[i] ?? "")) i++;
      if (source[i] !== "=") continue;
      i++;
      while (i < source.length && /\s/.test(source[i] ?? "")) i++;
      let valueStart = i;
      let valueEnd = i;
      const quote = source[i] === '"' || source[i] === "'" ? source[i] : undefined;
      if (quote) {
        const end = source.indexOf(quote, i + 1);
        valueEnd = end < 0 ? source.length : end;
        valueStart = i + 1;
        i = valueEnd + 1;
      } else if (source[i] === "{") {
        const end = matchingBrace(source, i);
        valueEnd = end < 0 ? source.length : end + 1;
        i = valueEnd;
      } else {
        while (i < source.length && !/[\s>]/.test(source[i] ?? "") && !(source[i] === "/" && source[i + 1] === ">")) i++;
        valueEnd = i;
      }
      const value = source.slice(valueStart, valueEnd).trim();
      // `prop={expr}` (or `bind:prop={expr}`, or `"{expr}"`): the one expression given.
      const propName = attributeName.startsWith("bind:") ? attributeName.slice(5) : attributeName;
      if (component && /^[A-Za-z_$][\w$]*$/.test(propName) && value.startsWith("{") && value.endsWith("}") && matchingBrace(value, 0) === value.length - 1) {
        const expression = value.slice(1, -1);
        this.write(` ${propName}={(`);
        this.copy(expression, source.indexOf(value, valueStart) + 1);
        this.write(")}");
      }
    }
    return i;
  }
}

/** The index of the `}` (or `)`, `]`) closing the bracket at `open`, skipping strings and template literals; -1 if none. */
export function matchingBrace(text: string, open: number): number {
  const pairs: Record<string, string> = { "{": "}", "(": ")", "[": "]" };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"' || char === "'") {
      const end = skipString(text, i, char);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (char === "`") {
      const end = skipTemplate(text, i);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (pairs[char]) stack.push(pairs[char] as string);
    else if (char === "}" || char === ")" || char === "]") {
      if (stack.pop() !== char) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

function skipString(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
    else if (text[i] === "\n") return i;
  }
  return -1;
}

function skipTemplate(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "`") return i;
    else if (text[i] === "$" && text[i + 1] === "{") {
      const end = matchingBrace(text, i + 1);
      if (end < 0) return -1;
      i = end;
    }
  }
  return -1;
}
