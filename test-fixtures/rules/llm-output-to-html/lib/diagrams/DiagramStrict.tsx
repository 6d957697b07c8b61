import mermaid from "mermaid";
import { useEffect, useState } from "react";

export function DiagramStrict({ chart }: { chart: string }) {
  const [svg, setSvg] = useState("");
  useEffect(() => {
    void (async () => {
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      const { svg: rendered } = await mermaid.render("diagram", chart);
      setSvg(rendered);
    })();
  }, [chart]);
  return <div dangerouslySetInnerHTML={{ __html: svg }} />;
}
