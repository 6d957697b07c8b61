import { useSelector } from "react-redux";

/** The typed selector hook apps define once. */
export const useAppSelector = useSelector.withTypes<{ chat: { messages: { content: string }[]; banner: string; lastAnswer: string } }>();
