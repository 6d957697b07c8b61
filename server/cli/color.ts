/** ANSI styling that switches off for `--no-color`, `NO_COLOR` and non-terminals. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const identity = (text: string): string => text;
const plain: Palette = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity, underline: identity };

export function paletteFor(stream: NodeJS.WriteStream, noColorFlag: boolean, env: NodeJS.ProcessEnv = process.env): Palette {
  if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return plain;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return colored;
  return stream.isTTY ? colored : plain;
}

export { plain as plainPalette };
