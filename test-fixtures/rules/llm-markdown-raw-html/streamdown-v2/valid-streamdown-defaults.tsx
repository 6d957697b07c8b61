// Streamdown 2 sanitizes by default: the same render with the defaults is not reported.
import { Streamdown } from "streamdown";

export function AssistantText({ text }: { text: string }) {
  return <Streamdown className="prose">{text}</Streamdown>;
}
