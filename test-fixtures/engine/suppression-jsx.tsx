// Suppression inside JSX uses a JSX comment.
export function Demo() {
  return (
    <div>
      {/* llmsec-ignore-next-line secret-llm-provider-key -- public demo key with a zero quota */}
      <Widget apiKey="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" />
      <Widget apiKey="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" /> {/* expect: secret-llm-provider-key */}
    </div>
  );
}

function Widget(props: { apiKey: string }) {
  return <span>{props.apiKey.length}</span>;
}
