/**
 * Where model output must not go: APIs that run code, shell commands or SQL, render HTML,
 * or choose a file path or URL. Each entry says which arguments are dangerous.
 */
import type { CallSink, Catalogue, KindOrigin, MemberCall, PropertySink } from "../../server/engine/catalogue";

const childProcess = ["child_process", "node:child_process"];
/** Browser automation: a method of these names on a receiver of unknown kind counts in a project that imports one. */
const browserAutomation = ["playwright", "playwright-core", "@playwright/test", "puppeteer", "puppeteer-core", "rebrowser-playwright", "patchright"];
const vm = ["vm", "node:vm"];
const fs = ["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra"];

const fsWrites = ["writeFile", "writeFileSync", "appendFile", "appendFileSync", "unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "mkdir", "mkdirSync", "createWriteStream", "copyFile", "copyFileSync", "truncate", "chmod", "outputFile", "outputFileSync", "remove", "emptyDir", "rename", "renameSync", "cp", "cpSync", "symlink", "symlinkSync", "move", "moveSync", "copy", "copySync", "ensureFile", "ensureDir", "writeJson", "outputJson"];
/** Calls that write text to a file, path first and text second (code staged there and then loaded runs as if evaluated). */
export const fileContentWrites: ReadonlySet<string> = new Set(["writeFile", "writeFileSync", "appendFile", "appendFileSync", "outputFile", "outputFileSync"]);
export const fileModules: ReadonlySet<string> = new Set(fs);
/** `open` may write too; read here, so opening a file alone does not ask for approval. */
const fsReads = ["readFile", "readFileSync", "createReadStream", "readdir", "readdirSync", "open", "openSync", "readJson", "readJsonSync"];

const sqlMethodsOfKind: readonly (readonly [string, readonly string[]])[] = [
  ["pg", ["query"]],
  ["mysql", ["query", "execute"]],
  ["sqlite", ["prepare", "exec", "run", "all", "get", "each"]],
  ["knex", ["raw", "whereRaw", "orWhereRaw", "havingRaw", "orderByRaw", "joinRaw", "fromRaw", "groupByRaw", "selectRaw"]],
  ["sequelize", ["query"]],
  ["prisma", ["$queryRawUnsafe", "$executeRawUnsafe"]],
  ["typeorm", ["query"]],
  ["postgres", ["unsafe"]],
  ["lc-sql-database", ["run"]],
];

export const callSinks: readonly CallSink[] = [
  { sink: "eval", label: "eval", callee: { global: "eval" }, args: [0] },
  { sink: "eval", label: "Function", callee: { global: "Function" }, as: "both", args: "all" },
  { sink: "eval", label: "setTimeout", callee: { global: "setTimeout" }, args: [0], when: "string" },
  { sink: "eval", label: "setInterval", callee: { global: "setInterval" }, args: [0], when: "string" },
  { sink: "eval", label: "require", callee: { global: "require" }, args: [0] },
  // AppleScript text runs with `do shell script` at hand: a shell for the model's words.
  ...["runAppleScript", "runAppleScriptSync"].map((exportName) => ({ sink: "shell" as const, label: `run-applescript ${exportName}`, callee: { modules: ["run-applescript"], exportName }, args: [0] })),
  ...["runInNewContext", "runInThisContext", "runInContext", "compileFunction"].map((name) => ({ sink: "eval" as const, label: `vm.${name}`, callee: { modules: vm, exportName: name }, args: [0] })),
  { sink: "eval", label: "vm.Script", callee: { modules: vm, exportName: "Script" }, as: "new", args: [0] },
  { sink: "eval", label: "vm2 run", callee: { method: "run", kinds: ["vm2"] }, args: [0] },
  // Pyodide is loaded with `await import("pyodide")` or a global script: its runners are known by name.
  ...["runPython", "runPythonAsync"].map((method) => ({ sink: "eval" as const, label: `pyodide.${method}`, callee: { method }, args: [0] })),

  { sink: "shell", label: "child_process.exec", callee: { modules: childProcess, exportName: "exec" }, args: [0] },
  { sink: "shell", label: "child_process.execSync", callee: { modules: childProcess, exportName: "execSync" }, args: [0] },
  ...["spawn", "spawnSync", "execFile", "execFileSync", "fork"].map((name) => ({ sink: "shell" as const, label: `child_process.${name}`, callee: { modules: childProcess, exportName: name }, args: [0, 1], when: "shell" as const })),
  // `execFile("python3", ["-c", code])`, `spawn("node", ["-e", code])`: the script is code, shell or not.
  ...["spawn", "spawnSync", "execFile", "execFileSync"].map((name) => ({ sink: "eval" as const, label: `child_process.${name}`, callee: { modules: childProcess, exportName: name }, args: [1], when: "interpreter" as const })),
  { sink: "shell", label: "execa", callee: { modules: ["execa"], exportName: "execa" }, args: [0, 1], when: "shell" },
  { sink: "shell", label: "execa", callee: { modules: ["execa"], exportName: "default" }, args: [0, 1], when: "shell" },
  { sink: "shell", label: "execaCommand", callee: { modules: ["execa"], exportName: "execaCommand" }, args: [0] },
  { sink: "shell", label: "execaCommandSync", callee: { modules: ["execa"], exportName: "execaCommandSync" }, args: [0] },
  { sink: "shell", label: "shelljs.exec", callee: { modules: ["shelljs"], exportName: "exec" }, args: [0] },

  ...sqlMethodsOfKind.flatMap(([kind, methods]) => methods.map((method) => ({ sink: "sql" as const, label: `${method}`, callee: { method, kinds: [kind] }, args: [0] }))),
  // Clients of a database's HTTP API take the SQL text as a field: `api.executeSql(projectId, { query })`.
  ...["executeSql", "executeSQL", "runSql", "runSQL", "executeQuery"].map((method) => ({ sink: "sql" as const, label: method, callee: { method }, args: [0, 1], field: "query" })),
  ...["executeSql", "executeSQL", "runSql", "runSQL", "executeQuery"].map((method) => ({ sink: "sql" as const, label: method, callee: { method }, args: [0] })),
  // Warehouses: `bigquery.query(sql)` or `({ query })`, `createQueryJob({ query })`; Snowflake's `execute({ sqlText })`;
  // Databricks' `session.executeStatement(sql)` (a session opened from the client).
  { sink: "sql" as const, label: "bigquery.query", callee: { method: "query", kinds: ["bigquery"] }, args: [0] },
  ...["query", "createQueryJob"].map((method) => ({ sink: "sql" as const, label: `bigquery.${method}`, callee: { method, kinds: ["bigquery"] }, args: [0], field: "query" })),
  { sink: "sql" as const, label: "snowflake execute", callee: { method: "execute", kinds: ["snowflake"] }, args: [0], field: "sqlText" },
  { sink: "sql" as const, label: "databricks executeStatement", callee: { method: "executeStatement" }, args: [0], fileImports: ["@databricks/sql"] },
  // Cloudflare's API client runs the SQL of a D1 database: `client.d1.database.query(databaseId, { account_id, sql })`.
  ...["query", "raw"].map((method) => ({ sink: "sql" as const, label: `d1.database.${method}`, callee: { method, receiverProperties: ["database"] }, args: [1], field: "sql", fileImports: ["cloudflare"] })),
  { sink: "sql", label: "sql.raw", callee: { modules: ["drizzle-orm"], exportName: "sql", member: "raw" }, args: [0] },
  { sink: "sql", label: "Prisma.raw", callee: { modules: ["@prisma/client"], exportName: "Prisma", member: "raw" }, args: [0] },
  ...["$queryRawUnsafe", "$executeRawUnsafe", "whereRaw", "orWhereRaw", "havingRaw", "orderByRaw", "joinRaw"].map((method) => ({ sink: "sql" as const, label: method, callee: { method }, args: [0] })),
  ...["query", "execute", "exec", "run", "all", "get", "prepare", "raw", "unsafe"].map((method) => ({ sink: "sql" as const, label: method, callee: { method }, args: [0], when: "sql-text" as const })),
  // A command run on another host over SSH (`conn.exec(command, cb)`, node-ssh's `execCommand`): a shell there.
  ...["exec", "execCommand", "shell"].map((method) => ({ sink: "shell" as const, label: `ssh ${method}`, callee: { method, kinds: ["ssh"] }, args: [0] })),
  // jsforce (Salesforce): SOQL text for `conn.query`, and these.
  ...["singleRecordQuery", "queryAll"].map((method) => ({ sink: "sql" as const, label: method, callee: { method }, args: [0], when: "sql-text" as const })),

  { sink: "html", label: "insertAdjacentHTML", callee: { method: "insertAdjacentHTML" }, args: [1] },
  ...["lit/directives/unsafe-html.js", "lit-html/directives/unsafe-html.js", "lit/directives/unsafe-html"].map((module) => ({ sink: "html" as const, label: "unsafeHTML", callee: { modules: [module], exportName: "unsafeHTML" }, args: [0] })),
  { sink: "html", label: "setHTMLUnsafe", callee: { method: "setHTMLUnsafe" }, args: [0] },
  // html-react-parser turns an HTML string into live React elements, event-handler attributes included.
  ...["default", "parse"].map((exportName) => ({ sink: "html" as const, label: "html-react-parser", callee: { modules: ["html-react-parser"], exportName }, args: [0] })),
  // Vue's render function: `h("div", { innerHTML: html })` sets the element's HTML.
  { sink: "html", label: "h({ innerHTML })", callee: { modules: ["vue"], exportName: "h" }, args: [1], field: "innerHTML" },
  { sink: "html", label: "document.write", callee: { global: "write", receiver: "document" }, args: "all" },
  { sink: "html", label: "document.writeln", callee: { global: "writeln", receiver: "document" }, args: "all" },
  // A frame's document: `iframe.contentDocument.write(html)`, `frame.contentWindow.document.write(html)`.
  { sink: "html", label: "document.write", callee: { method: "write", receiverProperties: ["contentDocument", "document"] }, args: "all" },
  { sink: "html", label: "document.writeln", callee: { method: "writeln", receiverProperties: ["contentDocument", "document"] }, args: "all" },
  ...["html", "append", "prepend", "after", "before", "replaceWith"].map((method) => ({ sink: "html" as const, label: `jQuery .${method}`, callee: { method, receiverCallee: ["$", "jQuery"] }, args: [0] })),

  ...fsWrites.map((name) => ({ sink: "path" as const, label: `fs.${name}`, callee: { modules: fs, exportName: name }, args: [0] })),
  ...fsWrites.map((name) => ({ sink: "path" as const, label: `fs.promises.${name}`, callee: { modules: fs, exportName: "promises", member: name }, args: [0] })),
  ...["rename", "renameSync", "move"].map((name) => ({ sink: "path" as const, label: `fs.${name}`, callee: { modules: fs, exportName: name }, args: [0, 1] })),
  // Deno's file API (agents built on Deno, Deno-compiled MCP servers).
  // Names as common as `create`, `open` or `remove` are left out: matching them would weigh on every `client.create(…)`.
  ...["readTextFile", "readTextFileSync", "readFile", "readFileSync", "readDir", "readDirSync", "writeTextFile", "writeTextFileSync", "writeFile", "writeFileSync", "mkdir", "mkdirSync", "removeSync"].map((name) => ({ sink: "path" as const, label: `Deno.${name}`, callee: { global: name, receiver: "Deno" }, args: [0] })),
  ...["rename", "renameSync", "copyFile", "copyFileSync"].map((name) => ({ sink: "path" as const, label: `Deno.${name}`, callee: { global: name, receiver: "Deno" }, args: [0, 1] })),
  // Veryfront's file module, Deno's API under the framework's name.
  ...["readTextFile", "readFile", "writeTextFile", "writeFile", "remove", "readDir", "mkdir"].map((exportName) => ({ sink: "path" as const, label: `veryfront/fs ${exportName}`, callee: { modules: ["veryfront/fs"], exportName }, args: [0] })),
  ...fsReads.map((name) => ({ sink: "path" as const, label: `fs.${name}`, callee: { modules: fs, exportName: name }, args: [0] })),
  ...fsReads.map((name) => ({ sink: "path" as const, label: `fs.promises.${name}`, callee: { modules: fs, exportName: "promises", member: name }, args: [0] })),
  // LangChain's NodeFileStore joins the path onto its base directory without confining it.
  ...["readFile", "writeFile"].map((method) => ({ sink: "path" as const, label: `NodeFileStore.${method}`, callee: { method, kinds: ["lc-file-store"] }, args: [0] })),

  { sink: "url", label: "fetch", callee: { global: "fetch" }, args: [0] },
  ...["get", "post", "put", "patch", "delete", "request", "head"].map((method) => ({ sink: "url" as const, label: `axios.${method}`, callee: { method, kinds: ["axios"] }, args: [0] })),
  // openapi-fetch: `client.DELETE("/groups/{groupId}/processor/{name}", { params: { path: { groupId, name } } })`.
  ...["POST", "PUT", "PATCH", "DELETE"].map((method) => ({ sink: "dot-segment" as const, label: `openapi-fetch ${method}`, callee: { method, kinds: ["openapi-fetch"] }, args: [1] })),
  ...["get", "request"].map((name) => ({ sink: "url" as const, label: `http.${name}`, callee: { modules: ["http", "https", "node:http", "node:https"], exportName: name }, args: [0] })),
  { sink: "url", label: "got", callee: { modules: ["got"], exportName: "default" }, args: [0] },
  // Lighthouse loads the page in Chrome: `lighthouse(url, flags)` visits any address, `file://` and the metadata service included.
  { sink: "url", label: "lighthouse", callee: { modules: ["lighthouse"], exportName: "default" }, args: [0] },
  { sink: "url", label: "node-fetch", callee: { modules: ["node-fetch", "cross-fetch", "isomorphic-fetch"], exportName: "default" }, args: [0] },
  ...["fetch", "request", "stream"].map((name) => ({ sink: "url" as const, label: `undici.${name}`, callee: { modules: ["undici"], exportName: name }, args: [0] })),
  { sink: "url", label: "ky", callee: { modules: ["ky"], exportName: "default" }, args: [0] },
  // A browser driven to a model-chosen address (`file:///etc/passwd`, the cloud metadata service, an intranet page).
  { sink: "url", label: "page.goto", callee: { method: "goto" }, args: [0], fileImports: browserAutomation },
  // Script run in a driven page with its session: text only (`page.evaluate(() => document.title)` runs the app's own function).
  ...["evaluate", "evaluateHandle", "_evaluateFunction", "addInitScript", "evaluateOnNewDocument"].map((method) => ({ sink: "page-script" as const, label: `page.${method}`, callee: { method }, args: [0], when: "string" as const, fileImports: browserAutomation })),
  ...["$eval", "$$eval"].map((method) => ({ sink: "page-script" as const, label: `page.${method}`, callee: { method }, args: [1], when: "string" as const, fileImports: browserAutomation })),
  { sink: "page-script", label: "page.addScriptTag", callee: { method: "addScriptTag" }, args: [0], field: "content", fileImports: browserAutomation },
  { sink: "url", label: "page.addScriptTag", callee: { method: "addScriptTag" }, args: [0], field: "url", fileImports: browserAutomation },
  // Playwright's HTTP client: `apiContext.post(url, { data })` and the like.
  ...["get", "post", "put", "patch", "delete", "fetch", "head"].map((method) => ({ sink: "url" as const, label: `APIRequestContext.${method}`, callee: { method, kinds: ["pw-api"] }, args: [0] })),
  // Files the page saves (`page.pdf({ path })`, `page.screenshot({ path })`, a download) and local files it uploads.
  ...["pdf", "screenshot"].map((method) => ({ sink: "path" as const, label: `page.${method}`, callee: { method }, args: [0], field: "path", fileImports: browserAutomation })),
  { sink: "path", label: "download.saveAs", callee: { method: "saveAs" }, args: [0], fileImports: browserAutomation },
  { sink: "path", label: "fileChooser.setFiles (reads local files into the page)", callee: { method: "setFiles" }, args: [0], reads: true, fileImports: browserAutomation },
  { sink: "path", label: "setInputFiles (reads local files into the page)", callee: { method: "setInputFiles" }, args: [1], reads: true, fileImports: browserAutomation },
  // A browser launched from a model-chosen executable runs that program.
  { sink: "shell", label: "browser launch (executablePath)", callee: { method: "launch", kinds: ["pw-browser-type"] }, args: [0], field: "executablePath", onlyWithInput: true },
  ...["get", "post", "put", "patch", "delete", "head"].map((method) => ({ sink: "url" as const, label: `ky.${method}`, callee: { modules: ["ky"], exportName: "default", member: method }, args: [0] })),
];

export const propertySinks: readonly PropertySink[] = [
  { sink: "html", property: "innerHTML", label: "innerHTML" },
  { sink: "html", property: "outerHTML", label: "outerHTML" },
  { sink: "html", property: "srcdoc", label: "srcdoc" },
];

/** `<div dangerouslySetInnerHTML={{ __html: x }} />` */
export const jsxHtmlAttributes: ReadonlySet<string> = new Set(["dangerouslySetInnerHTML"]);

/**
 * `<iframe srcDoc={html} />`: a document written into the page's own origin, unless a `sandbox`
 * attribute without `allow-same-origin` gives it an opaque one (the way artifact previews run
 * generated code safely).
 */
export const frameDocumentAttributes: readonly { readonly element: string; readonly attribute: string; readonly isolatedBy: string; readonly unlessToken: string }[] = [
  { element: "iframe", attribute: "srcDoc", isolatedBy: "sandbox", unlessToken: "allow-same-origin" },
];

/** JSX attributes that set HTML in the frameworks that own them: Solid's `<div innerHTML={x} />`. */
export const frameworkHtmlAttributes: readonly { readonly modules: readonly string[]; readonly attribute: string }[] = [
  { modules: ["solid-js", "solid-js/web"], attribute: "innerHTML" },
];

/**
 * Markdown components render raw HTML in their text when given a plugin that parses it
 * (`<ReactMarkdown rehypePlugins={[rehypeRaw]}>{text}</ReactMarkdown>`), unless a sanitizing
 * plugin runs too or the component is limited to a list of elements.
 */
export const markdownHtml = {
  pluginAttributes: new Set(["rehypePlugins"]),
  rawHtmlPlugins: new Set(["rehype-raw"]),
  /** Pipelines plugins are chained onto with `.use(…)`: a chain with a raw plugin and no sanitizing one renders raw HTML. */
  pipelineModules: new Set(["unified"]),
  sanitizingPlugins: new Set(["rehype-sanitize", "rehype-dompurify", "rehype-harden", "harden-react-markdown"]),
  limitingAttributes: new Set(["allowedElements", "skipHtml", "allowElement"]),
  /**
   * Components whose default plugins render raw HTML with no sanitizer, in the versions before
   * `beforeMajor` (the project's declared range decides): Streamdown 1.x ran rehype-raw by default.
   * Passing `rehypePlugins` replaces the defaults.
   */
  rawByDefault: [{ modules: ["streamdown"], exportName: "Streamdown", beforeMajor: 2 }],
} as const;

/**
 * Markdown-to-HTML renderers, the text being their first argument: called as a function of the
 * module (`marked(text)`, `marked.parse(text)`, `snarkdown(text)`) or as a method of an instance
 * (`md.render(text)`, `converter.makeHtml(text)`); `globals` are the names a `<script>` tag gives
 * them. Whether a renderer escapes raw HTML (markdown-it's defaults, a marked `html` hook) is
 * decided with `htmlEscapingRenderers` and `rawHtmlHooks`.
 */
export const markdownToHtmlRenderers: Catalogue["markdownToHtmlRenderers"] = [
  { label: "marked", modules: ["marked"], globals: ["marked"], functions: ["marked", "parse", "parseInline", "default"], methods: ["parse", "parseInline"] },
  { label: "markdown-it", modules: ["markdown-it"], globals: ["markdownit"], functions: [], methods: ["render", "renderInline"] },
  { label: "showdown", modules: ["showdown"], globals: ["showdown"], functions: [], methods: ["makeHtml"] },
  { label: "snarkdown", modules: ["snarkdown", "@bpmn-io/snarkdown"], globals: ["snarkdown"], functions: ["default"], methods: [] },
  { label: "micromark", modules: ["micromark"], globals: [], functions: ["micromark"], methods: [], rawHtmlOption: "allowDangerousHtml" },
];

/** zx / execa `$` tagged templates: a model-chosen command (the first word) runs as given. */
export const shellTemplateTags: readonly { readonly modules: readonly string[]; readonly exportName: string }[] = [
  { modules: ["zx"], exportName: "$" },
  { modules: ["execa"], exportName: "$" },
  { modules: ["bun"], exportName: "$" },
];

/**
 * Template tags that only lay text out (indentation, trimming): what they interpolate passes
 * through unchanged, unlike `sql```, `html``` or `$```, which quote it. `*`: every export.
 */
export const textTemplateTags: readonly { readonly modules: readonly string[]; readonly exportName: string }[] = [
  { modules: ["common-tags"], exportName: "*" },
  { modules: ["dedent", "endent", "outdent"], exportName: "default" },
  { modules: ["ts-dedent"], exportName: "dedent" },
  { modules: ["ts-dedent"], exportName: "default" },
  { modules: ["outdent"], exportName: "outdent" },
];

/** Interpreters that run the argument after one of these flags as a program. */
export const inlineCodeInterpreters: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ...["python", "python3", "python2", "py", "pypy", "pypy3"].map((p) => [p, new Set(["-c"])] as const),
    ...["node", "nodejs", "bun"].map((p) => [p, new Set(["-e", "--eval", "-p", "--print"])] as const),
    ["deno", new Set(["eval"])] as const,
    ...["ruby", "perl"].map((p) => [p, new Set(["-e"])] as const),
    ["php", new Set(["-r"])] as const,
  ],
);

/**
 * Programs whose options can run another program, read or write any file, or reach any host:
 * a model-chosen argument that starts with `-` becomes one (`rg --pre=/bin/sh`, `git
 * --upload-pack=…`, `find -exec`, `tar --to-command`, `ssh -oProxyCommand`, `curl -o`).
 */
export const optionParsingPrograms: ReadonlySet<string> = new Set([
  "rg", "grep", "git", "find", "tar", "ssh", "scp", "rsync", "curl", "wget", "zip", "unzip", "sed", "awk", "npm", "npx", "pnpm", "yarn", "pip", "docker", "kubectl", "gh", "openssl", "ffmpeg", "convert", "magick",
]);

/** Options of those programs that take the next argument as their value, whatever it starts with. */
export const valueTakingOptions: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["rg", new Set(["-e", "--regexp", "-g", "--glob", "-f", "--file", "-t", "--type", "-T", "--type-not", "-m", "--max-count", "-A", "-B", "-C"])],
  ["grep", new Set(["-e", "--regexp", "-f", "--file", "-m", "--max-count", "-A", "-B", "-C"])],
  ["git", new Set(["-m", "--message", "--author", "--grep", "-b", "-B", "--branch", "--depth", "--origin", "-o", "--reference", "--separate-git-dir", "--jobs", "-j"])],
]);

/** Packages that export the path of such a program (`import { rgPath } from "@vscode/ripgrep"`). */
export const programPathModules: ReadonlyMap<string, string> = new Map([["@vscode/ripgrep", "rg"], ["@lvce-editor/ripgrep", "rg"], ["ffmpeg-static", "ffmpeg"], ["@ffmpeg-installer/ffmpeg", "ffmpeg"]]);

/** Shell binaries that run their `-c` argument as a script. */
/**
 * Programs that hand some of their arguments to a shell elsewhere: `adb shell <words…>` joins the
 * words into one command line for the device's shell. The word after which that starts.
 */
export const remoteShellPrograms: ReadonlyMap<string, string> = new Map([["adb", "shell"]]);

export const shellBinaries: ReadonlySet<string> = new Set(["sh", "bash", "zsh", "dash", "/bin/sh", "/bin/bash", "/usr/bin/bash", "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh"]);

/** Clients recognized by how they are created, whose methods are sinks: databases (SQL), sandboxes (code), file stores (paths). */
export const databaseKindOrigins: readonly KindOrigin[] = [
  { kind: "pg", module: "pg", exportName: "Pool", how: "new" },
  { kind: "pg", module: "pg", exportName: "Client", how: "new" },
  { kind: "pg", module: "@neondatabase/serverless", exportName: "Pool", how: "new" },
  { kind: "pg", module: "@vercel/postgres", exportName: "db", how: "value" },
  { kind: "mysql", module: "mysql2", exportName: "createConnection", how: "call" },
  { kind: "mysql", module: "mysql2", exportName: "createPool", how: "call" },
  { kind: "mysql", module: "mysql2/promise", exportName: "createConnection", how: "call" },
  { kind: "mysql", module: "mysql2/promise", exportName: "createPool", how: "call" },
  { kind: "mysql", module: "mysql", exportName: "createConnection", how: "call" },
  { kind: "mysql", module: "mysql", exportName: "createPool", how: "call" },
  { kind: "sqlite", module: "better-sqlite3", exportName: "default", how: "new" },
  { kind: "sqlite", module: "sqlite3", exportName: "Database", how: "new" },
  { kind: "sqlite", module: "sqlite", exportName: "open", how: "call" },
  { kind: "sqlite", module: "bun:sqlite", exportName: "Database", how: "new" },
  { kind: "knex", module: "knex", exportName: "default", how: "call" },
  { kind: "knex", module: "knex", exportName: "knex", how: "call" },
  { kind: "sequelize", module: "sequelize", exportName: "Sequelize", how: "new" },
  { kind: "prisma", module: "@prisma/client", exportName: "PrismaClient", how: "new" },
  { kind: "typeorm", module: "typeorm", exportName: "DataSource", how: "new" },
  { kind: "typeorm", module: "typeorm", exportName: "getManager", how: "call" },
  { kind: "postgres", module: "postgres", exportName: "default", how: "call" },
  { kind: "pg", module: "@vercel/postgres", exportName: "sql", how: "value" },
  { kind: "lc-file-store", module: "langchain/stores/file/node", exportName: "NodeFileStore", how: "new" },
  { kind: "lc-file-store", module: "@langchain/community/stores/file/node", exportName: "NodeFileStore", how: "new" },
  { kind: "vm2", module: "vm2", exportName: "VM", how: "new" },
  // Warehouses an agent queries: BigQuery, Snowflake, Databricks SQL.
  { kind: "bigquery", module: "@google-cloud/bigquery", exportName: "BigQuery", how: "new" },
  { kind: "snowflake", module: "snowflake-sdk", exportName: "createConnection", how: "call" },
  { kind: "databricks", module: "@databricks/sql", exportName: "DBSQLClient", how: "new" },
  { kind: "vm2", module: "vm2", exportName: "NodeVM", how: "new" },
];

export const databaseMemberCalls: readonly MemberCall[] = [
  { kind: "pg", path: ["connect"], produces: "pg" },
  { kind: "mysql", path: ["getConnection"], produces: "mysql" },
  { kind: "mysql", path: ["promise"], produces: "mysql" },
  { kind: "typeorm", path: ["createQueryRunner"], produces: "typeorm" },
  { kind: "typeorm", path: ["initialize"], produces: "typeorm" },
  { kind: "knex", path: ["*"], produces: "knex" },
];

/** Receivers of unknown kind whose name says they are a database handle: `db.query(text)`. */
export const databaseReceiverName = /^(db|database|sql|pool|client|conn|connection|knex|prisma|pg|mysql|sqlite|tx|trx|transaction|dataSource|queryRunner|manager|sequelize)$/i;
export const databaseReceiverMethods: ReadonlySet<string> = new Set(["query", "execute", "exec", "raw", "unsafe", "run"]);
