import type { ConfigString, McpServerEntry } from "./config";

/** One word of a server's command line, with the config string it is written in. */
export interface Word {
  readonly text: string;
  readonly node: ConfigString;
}

export type PackageRegistry = "npm" | "PyPI" | "Docker";

/** The registry package (or image) a server entry starts, as its command line names it. */
export interface LaunchedPackage {
  readonly registry: PackageRegistry;
  /** The launcher as written: `npx`, `uvx`, `docker run`, … */
  readonly launcher: string;
  /** The package or image name without its version. */
  readonly name: string;
  /** The spec as written (`pkg@latest`, `mcp-server-git`, `mcp/filesystem`). */
  readonly spec: string;
  readonly node: ConfigString;
  /** An exact version, tag or digest: the same code runs every time. */
  readonly pinned: boolean;
  /** The words after the package: what the server itself is given. */
  readonly serverArgs: readonly Word[];
  /** Host paths a container is given (`-v /:/host`, `--mount src=…`). */
  readonly mounts: readonly Word[];
}

/** The words of a server's command line: `command` (split when it holds a whole command line) then `args`. */
export function commandLine(server: McpServerEntry): Word[] {
  const words: Word[] = [];
  // A command with arguments beside it is one program, whatever spaces its path holds (`C:\\Program Files\\nodejs\\npx.cmd`).
  const commandWords = server.command ? (server.args.length > 0 ? [server.command.text.trim()] : splitWords(server.command.text)) : [];
  for (const text of commandWords) words.push({ text, node: server.command! });
  for (const arg of server.args) words.push({ text: arg.text, node: arg });
  return unwrapShell(words);
}

function splitWords(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w.length > 0);
}

/** `cmd /c npx …` and `sh -c "npx …"` start the same program as `npx …`. */
function unwrapShell(words: Word[]): Word[] {
  const program = programName(words[0]?.text ?? "");
  if (program === "cmd" && /^\/[ck]$/i.test(words[1]?.text ?? "")) return unwrapShell(words.slice(2));
  // `mise exec bun@1 -- bunx -y pkg`: a version manager running the real launcher after `--`.
  if ((program === "mise" || program === "rtx") && (words[1]?.text === "exec" || words[1]?.text === "x")) {
    const separator = words.findIndex((w) => w.text === "--");
    if (separator > 0) return unwrapShell(words.slice(separator + 1));
  }
  if ((program === "sh" || program === "bash" || program === "zsh") && words[1]?.text === "-c" && words[2]) {
    const script = words[2];
    return unwrapShell(splitWords(script.text).map((text) => ({ text, node: script.node })));
  }
  return words;
}

/** `C:\\Program Files\\nodejs\\npx.cmd` → `npx`. */
export function programName(command: string): string {
  const base = command.split(/[\\/]/).pop() ?? command;
  return base.toLowerCase().replace(/\.(cmd|exe|bat|ps1)$/, "");
}

export function launchedPackage(server: McpServerEntry): LaunchedPackage | undefined {
  const words = commandLine(server);
  const program = programName(words[0]?.text ?? "");
  const sub = words[1]?.text;
  if (program === "npx" || program === "bunx" || program === "pnpx") return npmPackage(program, words.slice(1));
  if ((program === "npm" && (sub === "exec" || sub === "x")) || ((program === "pnpm" || program === "yarn") && sub === "dlx") || (program === "bun" && sub === "x")) {
    return npmPackage(`${program} ${sub}`, words.slice(2));
  }
  if (program === "uvx") return pythonPackage("uvx", words.slice(1), uvValueFlags, "--from");
  if (program === "uv" && sub === "tool" && (words[2]?.text === "run" || words[2]?.text === "uvx")) return pythonPackage(`uv tool ${words[2]?.text}`, words.slice(3), uvValueFlags, "--from");
  if (program === "pipx" && sub === "run") return pythonPackage("pipx run", words.slice(2), pipxValueFlags, "--spec");
  if (program === "docker" || program === "podman" || program === "nerdctl") {
    if (sub === "run") return dockerImage(`${program} run`, words.slice(2));
    if (sub === "container" && words[2]?.text === "run") return dockerImage(`${program} container run`, words.slice(3));
  }
  return undefined;
}

interface Split {
  readonly target?: Word;
  readonly rest: readonly Word[];
  readonly values: ReadonlyMap<string, Word[]>;
}

/** Separates a launcher's own options from the first word that is not one (the package), keeping option values. */
function splitOptions(words: readonly Word[], valueFlags: ReadonlySet<string>): Split {
  const values = new Map<string, Word[]>();
  const add = (flag: string, word: Word): void => void values.set(flag, [...(values.get(flag) ?? []), word]);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.text === "--") return { ...(words[i + 1] ? { target: words[i + 1] } : {}), rest: words.slice(i + 2), values };
    if (!word.text.startsWith("-")) return { target: word, rest: words.slice(i + 1), values };
    const eq = word.text.indexOf("=");
    if (eq > 0) {
      add(word.text.slice(0, eq), { text: word.text.slice(eq + 1), node: word.node });
    } else if (valueFlags.has(word.text) && words[i + 1]) {
      add(word.text, words[i + 1]!);
      i++;
    }
  }
  return { rest: [], values };
}

const npxValueFlags: ReadonlySet<string> = new Set(["-p", "--package", "-c", "--call", "--registry", "--cache", "--userconfig", "--prefix", "-w", "--workspace"]);

function npmPackage(launcher: string, words: readonly Word[]): LaunchedPackage | undefined {
  const split = splitOptions(words, npxValueFlags);
  if (split.values.has("-c") || split.values.has("--call")) return undefined; // a script, not a package
  const fromFlag = split.values.get("-p")?.[0] ?? split.values.get("--package")?.[0];
  const word = fromFlag ?? split.target;
  if (!word) return undefined;
  const git = gitSpec(launcher, word, split.rest, "npm");
  if (git !== null) return git;
  const match = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:@(.+))?$/i.exec(word.text.replace(/^npm:/, ""));
  if (!match?.[1] || /^\d+$/.test(match[1])) return undefined; // a path, URL or git spec: not a registry package
  const version = match[2];
  // `npx tsx src/index.ts`: a runner the project installs, given the project's own code.
  if (!fromFlag && version === undefined && split.rest[0] && localCode.test(split.rest[0].text)) return undefined;
  return {
    registry: "npm",
    launcher,
    name: match[1],
    spec: word.text,
    node: word.node,
    pinned: version !== undefined && exactVersion.test(version),
    serverArgs: split.rest,
    mounts: [],
  };
}

/** A source file given to a runner (`npx tsx src/index.ts`); a directory is a server's argument (`server-filesystem /srv`). */
const localCode = /\.[cm]?[jt]sx?$|\.py$/;

/**
 * A package fetched from a Git host (`git+https://…/repo`, `github:owner/repo`): pinned only by a
 * commit or a version tag after `@` or `#`. Null when the word is no Git spec.
 */
function gitSpec(launcher: string, word: Word, rest: readonly Word[], registry: PackageRegistry): LaunchedPackage | null {
  const match = /^(?:git\+(?:https?|ssh):\/\/|github:|gitlab:|https:\/\/(?:github|gitlab)\.com\/)([^@#]+?)(?:\.git)?(?:[@#](.+))?$/.exec(word.text);
  if (!match?.[1]) return null;
  const ref = match[2]?.split("#")[0];
  const pinned = ref !== undefined && (/^[0-9a-f]{40}$/.test(ref) || exactVersion.test(ref));
  return { registry, launcher, name: match[1], spec: word.text, node: word.node, pinned, serverArgs: rest, mounts: [] };
}

const exactVersion = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

const uvValueFlags: ReadonlySet<string> = new Set([
  "--from", "--with", "--with-editable", "--with-requirements", "--python", "-p", "--index", "--index-url", "--extra-index-url",
  "--default-index", "-f", "--find-links", "--directory", "--project", "--cache-dir", "--config-file", "--constraints", "--overrides", "--env-file",
]);
const pipxValueFlags: ReadonlySet<string> = new Set(["--spec", "--python", "--pip-args", "--index-url", "-i"]);

function pythonPackage(launcher: string, words: readonly Word[], valueFlags: ReadonlySet<string>, specFlag: string): LaunchedPackage | undefined {
  const split = splitOptions(words, valueFlags);
  const word = split.values.get(specFlag)?.[0] ?? split.target;
  if (!word) return undefined;
  const git = gitSpec(launcher, word, split.rest, "PyPI");
  if (git !== null) return git;
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(word.text);
  if (!match?.[1] || /^(?:git\+|https?:|file:)/.test(word.text) || /[\\/]/.test(match[1])) return undefined;
  const constraint = match[3] ?? "";
  const pinned = /^===?\s*[\w.+!-]+$/.test(constraint) && !/\*/.test(constraint) || (/^@[\w.+!-]+$/.test(constraint) && constraint !== "@latest");
  return { registry: "PyPI", launcher, name: match[1], spec: word.text, node: word.node, pinned, serverArgs: split.rest, mounts: [] };
}

const dockerValueFlags: ReadonlySet<string> = new Set([
  "-e", "--env", "--env-file", "-v", "--volume", "--mount", "--name", "-p", "--publish", "-w", "--workdir", "-u", "--user", "--network", "--net",
  "--platform", "--entrypoint", "-l", "--label", "--add-host", "--cpus", "-m", "--memory", "--device", "-h", "--hostname", "--ipc", "--pid",
  "--restart", "--runtime", "--shm-size", "--tmpfs", "--ulimit", "--volumes-from", "--cap-add", "--cap-drop", "--security-opt", "--log-driver",
  "--log-opt", "--dns", "--gpus", "--pull", "--stop-signal", "--expose", "--link", "--group-add", "--userns", "--uts", "--cgroupns", "--cidfile",
  "--ip", "--mac-address", "--storage-opt", "--sysctl", "-a", "--attach", "--detach-keys", "--health-cmd", "--memory-swap", "--cpu-shares", "-c",
]);

function dockerImage(launcher: string, words: readonly Word[]): LaunchedPackage | undefined {
  const split = splitOptions(words, dockerValueFlags);
  const word = split.target;
  if (!word || isReferenceOnly(word.text)) return undefined;
  const mounts: Word[] = [];
  for (const volume of [...(split.values.get("-v") ?? []), ...(split.values.get("--volume") ?? [])]) {
    const source = volumeSource(volume.text);
    if (source !== undefined) mounts.push({ text: source, node: volume.node });
  }
  for (const mount of split.values.get("--mount") ?? []) {
    const source = /(?:^|,)(?:source|src)=([^,]+)/.exec(mount.text)?.[1];
    if (source !== undefined) mounts.push({ text: source, node: mount.node });
  }
  const digest = word.text.includes("@sha256:");
  const withoutDigest = word.text.split("@")[0] ?? word.text;
  const lastSegment = withoutDigest.split("/").pop() ?? withoutDigest;
  const colon = lastSegment.lastIndexOf(":");
  const tag = colon >= 0 ? lastSegment.slice(colon + 1) : undefined;
  const name = colon >= 0 ? withoutDigest.slice(0, withoutDigest.length - lastSegment.length + colon) : withoutDigest;
  return { registry: "Docker", launcher, name, spec: word.text, node: word.node, pinned: digest || (tag !== undefined && tag !== "latest" && !isReferenceOnly(tag)), serverArgs: split.rest, mounts };
}

/** `SRC:DST[:opts]`, where SRC may be a Windows path (`C:\\x:/data`); undefined for a named or anonymous volume. */
function volumeSource(value: string): string | undefined {
  const drive = /^[A-Za-z]:[\\/]/.test(value) ? 2 : 0;
  const colon = value.indexOf(":", drive);
  if (colon < 0) return undefined;
  const source = value.slice(0, colon);
  return /^[~/\\$%]|^[A-Za-z]:/.test(source) ? source : undefined;
}

function isReferenceOnly(text: string): boolean {
  return /^\$\{[^}]+\}$|^\$[A-Za-z_]\w*$/.test(text);
}
