// A unified pipeline written out by hand keeps the reply's raw HTML (remark-rehype told to allow it,
// then rehype-raw) and renders it as live elements; the processor is built by a helper and cached
// (opencode-gui's webview before its fix).
import rehypeRaw from "rehype-raw";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";

const createProcessor = () =>
  unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw) // expect: llm-markdown-raw-html
    .use(rehypeStringify);

let cached: ReturnType<typeof createProcessor> | undefined;
const getProcessor = () => {
  if (cached) return cached;
  const made = createProcessor();
  cached = made;
  return made;
};

export function Reply(props: { children: string }) {
  const processor = getProcessor();
  return <div innerHTML={String(processor.processSync(props.children))} />;
}
