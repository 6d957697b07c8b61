import mermaid from "mermaid";
import { useEffect, useState } from "react";

// "loose" lets a diagram's labels carry HTML and click handlers.
mermaid.initialize({ startOnLoad: false, securityLevel: "loose" });

export function DiagramLoose({ chart }: { chart: string }) {
  const [svg, setSvg] = useState("");
  useEffect(() => {
    void mermaid.render("diagram", chart).then(({ svg: rendered }) => setSvg(rendered));
  }, [chart]);
  return <div dangerouslySetInnerHTML={{ __html: svg }} />; // expect: llm-output-to-html
}
