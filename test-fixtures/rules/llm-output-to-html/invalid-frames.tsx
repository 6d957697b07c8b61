// Model-written pages shown in a frame (chatgpt-artifacts before its fix): written into the frame's
// document, or given as `srcDoc`, they run with the app's origin unless a sandbox isolates them.
async function generatePage(): Promise<string> {
  const res = await fetch("/api/chat", { method: "POST" });
  return res.text();
}

export async function preview(iframe: HTMLIFrameElement) {
  const html = await generatePage();
  iframe.contentDocument?.write(html); // expect: llm-output-to-html
  iframe.contentWindow!.document.write(html); // expect: llm-output-to-html
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write(html); // expect: llm-output-to-html
  doc.close();
}

export async function Preview() {
  const html = await generatePage();
  return (
    <>
      <iframe srcDoc={html} /> {/* expect: llm-output-to-html */}
      <iframe sandbox="allow-scripts allow-same-origin" srcDoc={html} /> {/* expect: llm-output-to-html */}
      <iframe sandbox="allow-scripts" srcDoc={html} />
      <iframe sandbox="" srcDoc={html} />
    </>
  );
}

export async function save(stream: { write(chunk: string): void }) {
  stream.write(await generatePage());
}
