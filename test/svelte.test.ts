import "../server/ruleset";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ts from "typescript";
import { originalOffset } from "../server/engine/component-module";
import { svelteModule } from "../server/engine/svelte";

const component = `<script lang="ts">
  import Row from "./Row.svelte";
  let { items, load } = $props();
</script>

<style>
  p { color: red; }
</style>

{#each items as { id, text }, i (id)}
  <Row {id} label={text} bind:value={items[i]} on:click={() => load(i > 0 ? "{" : "}")} {...$$restProps} />
  {@const html = render(text)}
  {@html html}
{:else}
  <p>Nothing yet</p>
{/each}
{#await load() then reply}
  {@html reply}
{:catch error}
  <p>{error.message}</p>
{/await}
{#await load()}
  <p>…</p>
{:then answer}
  {@html answer.text}
{/await}
{#if items.length > 2}<hr>{:else if items.length}<br>{:else}<img src="a.png">{/if}
{#snippet row(entry)}<Row label={entry.text} />{/snippet}
{@render row(items[0])}
<!-- {@html commented} -->
`;

function generatedErrors(source: string): string[] {
  const module = svelteModule(source);
  const file = ts.createSourceFile("C.tsx", module.text, ts.ScriptTarget.Latest, true, module.kind);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => `${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("Svelte components as modules", () => {
  it("keeps the script at its own offsets and blanks the rest", () => {
    const module = svelteModule(component);
    assert.equal(module.text.slice(0, component.indexOf("</script>")), component.slice(0, component.indexOf("</script>")).replace(/<script lang="ts">/, (m) => " ".repeat(m.length)));
    assert.equal(module.framework, "svelte");
    assert.equal(module.kind, ts.ScriptKind.TSX);
    assert.doesNotMatch(module.text.slice(0, module.originalLength), /color: red/);
  });

  it("writes every block, branch and tag as well-formed JSX", () => {
    assert.deepEqual(generatedErrors(component), []);
    const generated = svelteModule(component).text;
    assert.match(generated, /\(items\)\.map\(\(\{ id, text \}, i\) => /);
    assert.match(generated, /<Row id=\{\(id\)\} label=\{\(text\)\} value=\{\(items\[i\]\)\} \{\.\.\.\(\$\$restProps\)\} \/>/);
    assert.match(generated, /\[\( render\(text\)\)\]\.map\(\(html\) => /);
    assert.match(generated, /\(load\(\)\)\.then\(\(reply\) => /);
    assert.match(generated, /\(load\(\)\)\.then\(\(answer\) => /);
    assert.doesNotMatch(generated, /commented/);
  });

  it("maps copied template expressions back to where they stand", () => {
    const module = svelteModule(component);
    const generatedAt = module.text.indexOf("answer.text", module.originalLength);
    assert.equal(originalOffset(module, generatedAt), component.indexOf("answer.text"));
  });

  it("survives unclosed blocks, stray closers and broken tags", () => {
    for (const broken of ["{#each items as item}<p>{@html item}", "{/if}{/each}<div", "<Comp a={b", "{@html }", "{#await p then}{/await}", "<script>let a = 1;", "{#each x}{:else}{/each}"]) {
      assert.doesNotThrow(() => svelteModule(broken));
      assert.deepEqual(generatedErrors(broken).filter((e) => !broken.includes("{@html }") && !broken.includes("<Comp a={b")), [], broken);
    }
  });
});
