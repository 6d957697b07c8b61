// A state holding either a fetched answer or a literal the app writes itself (ihub-apps' workflow
// page): reading a field of it keeps the fetched answer's field, not only the literal's.
import { useEffect, useState } from "react";

export function Execution({ id }: { id: string }) {
  const [state, setState] = useState<{ data: { output?: string } }>({ data: {} });
  useEffect(() => {
    fetch(`/api/chat/${id}`, { method: "POST" })
      .then((res) => res.json())
      .then((json) => setState(json));
  }, [id]);
  const reset = () => setState((prev) => ({ ...prev, data: {} }));
  return (
    <div onClick={reset}>
      <div dangerouslySetInnerHTML={{ __html: state.data.output ?? "" }} /> {/* expect: llm-output-to-html */}
    </div>
  );
}
