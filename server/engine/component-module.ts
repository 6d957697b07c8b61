import type ts from "typescript";

/**
 * A single-file component (Vue, Svelte) seen as one TS/TSX module. Its `<script>` blocks stay
 * where they are (everything else is blanked, newlines kept, so every script offset is the file's
 * own); its template follows as generated JSX that says what the template does with values: raw
 * HTML becomes `dangerouslySetInnerHTML`, a child component gets its bound props as attributes, a
 * loop maps its list. Template expressions are copied verbatim and mapped back to where they stand.
 */
export interface ComponentModule {
  readonly framework: "vue" | "svelte";
  readonly text: string;
  readonly kind: ts.ScriptKind;
  /** The component file's length: offsets from here on are generated. */
  readonly originalLength: number;
  /** Where the generated template function begins. */
  readonly templateStart: number;
  /** Whether the script is Vue's `<script setup>` (template names are its bindings and its props). */
  readonly setup: boolean;
  /** Generated ranges and where they stand in the component file. */
  readonly segments: readonly Segment[];
}

export interface Segment {
  readonly generatedStart: number;
  readonly generatedEnd: number;
  readonly originalStart: number;
  /** A copy maps offset for offset; otherwise the whole range maps to `originalStart`. */
  readonly copy: boolean;
}

/** Name of the generated function whose first parameter is what parents pass the component. */
export const componentPropsFunction = "__llmsecProps";
/** Name of the generated template function. */
export const componentTemplateFunction = "__llmsecTemplate";

/** Where a generated offset stands in the component file. */
export function originalOffset(module: ComponentModule, offset: number): number {
  if (offset < module.originalLength) return offset;
  // A copy wins over generated text that ends where it starts.
  for (const segment of module.segments) {
    if (segment.copy && offset >= segment.generatedStart && offset <= segment.generatedEnd) return segment.originalStart + (offset - segment.generatedStart);
  }
  for (const segment of module.segments) {
    if (!segment.copy && offset >= segment.generatedStart && offset <= segment.generatedEnd) return segment.originalStart;
  }
  const before = module.segments.filter((s) => s.generatedStart <= offset).pop();
  return before ? before.originalStart : module.originalLength;
}

/** The component's text with everything but the script blocks blanked, newlines kept. */
export function blankedOutside(source: string, scripts: readonly { readonly start: number; readonly end: number }[]): string {
  const blank: string[] = Array.from({ length: source.length }, (_, i) => (source[i] === "\n" || source[i] === "\r" ? (source[i] as string) : " "));
  for (const { start, end } of scripts) for (let i = start; i < end; i++) blank[i] = source[i] ?? " ";
  return blank.join("");
}

/** Generated text after the component's own, with the segments that map it back. */
export class TemplateText {
  text = "";
  readonly segments: Segment[] = [];

  constructor(private readonly base: number) {}

  get offset(): number {
    return this.base + this.text.length;
  }

  /** Generated text; with an anchor, the whole of it maps to that offset of the component. */
  write(text: string, anchor?: number): void {
    const start = this.offset;
    this.text += text;
    if (anchor !== undefined) this.segments.push({ generatedStart: start, generatedEnd: this.offset, originalStart: anchor, copy: false });
  }

  /** The component's own text, copied so each offset maps to its own. */
  copy(text: string, originalStart: number): void {
    const start = this.offset;
    this.text += text;
    this.segments.push({ generatedStart: start, generatedEnd: this.offset, originalStart, copy: true });
  }
}
