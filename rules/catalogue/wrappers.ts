import type { Catalogue, IdentityWrapper } from "../../server/engine/catalogue";
import type { StateGraphSpec } from "../../server/engine/taint/graph-state";
const react = ["react", "preact/compat", "preact/hooks"];
const vue = ["vue", "@vue/reactivity", "@vue/runtime-core", "@vue/composition-api"];

/** LangGraph: node functions of one graph share its state (one writes the documents, another reads them into a prompt). */
export const stateGraphs: readonly StateGraphSpec[] = [{ modules: ["@langchain/langgraph", "@langchain/langgraph/web"], exportName: "StateGraph", addNode: "addNode" }];

export const identityWrappers: readonly IdentityWrapper[] = [
  { modules: react, exportName: "useMemo", gives: "result" },
  { modules: react, exportName: "useCallback", gives: "argument" },
  { modules: react, exportName: "memo", gives: "argument" },
  { modules: react, exportName: "forwardRef", gives: "argument" },
  { modules: ["solid-js"], exportName: "createMemo", gives: "result" },
  // Vue's reactive wrappers hold what they are given (a template reads through them).
  ...["ref", "shallowRef", "toRef"].map((exportName) => ({ modules: vue, exportName, gives: "argument" as const, box: "value" })),
  ...["reactive", "shallowReactive", "readonly", "unref", "markRaw", "toRaw"].map((exportName) => ({ modules: vue, exportName, gives: "argument" as const })),
  { modules: vue, exportName: "computed", gives: "result", box: "value" },
  { modules: ["@vueuse/core"], exportName: "computedAsync", gives: "result", box: "value" },
  { modules: ["@vueuse/core"], exportName: "asyncComputed", gives: "result", box: "value" },
  // Pinia setup stores: `useChat = defineStore("chat", () => { …; return { messages } })`, so
  // `useChat()` is what the setup function returns; `storeToRefs(store)` is the store.
  { modules: ["pinia"], exportName: "defineStore", gives: "argument", argument: 1 },
  { modules: ["pinia"], exportName: "storeToRefs", gives: "argument" },
];

/**
 * State stores whose hook returns the state an initializer builds and its `set` calls write:
 * zustand's `create((set) => ({ messages: [], add: (m) => set(…) }))`, read as `useStore()` or
 * `useStore((s) => s.messages)` or `useStore.getState()`.
 */
export const stateStores: readonly { readonly module: string; readonly exportName: string }[] = [
  { module: "zustand", exportName: "create" },
  { module: "zustand", exportName: "createStore" },
  { module: "zustand/vanilla", exportName: "createStore" },
  { module: "zustand/traditional", exportName: "createWithEqualityFn" },
];

/**
 * Component state as a pair of a reader and a setter: React's `useState` gives the value itself,
 * Solid's `createSignal` a getter called as `messages()`. What any setter call passes (or an
 * updater returns) is the state.
 */
export const stateHooks: readonly { readonly modules: readonly string[]; readonly exportName: string; readonly read: "value" | "call" }[] = [
  { modules: react, exportName: "useState", read: "value" },
  { modules: ["solid-js"], exportName: "createSignal", read: "call" },
];

/**
 * Value stores (nanostores): `atom(initial)` / `map(initial)` hold what `store.set(v)` and
 * `store.setKey(key, v)` write anywhere, also through an action (`action(store, "name", (store,
 * …args) => store.setKey(…))`, whose arguments are what the action is called with); `store.get()`
 * and `useStore(store)` read it (Solid's `useStore` gives an accessor to call).
 */
export const valueStores = {
  modules: ["nanostores"],
  creators: ["atom", "map", "deepMap"],
  action: "action",
  read: "get",
  hooks: [
    { modules: ["@nanostores/react", "@nanostores/preact", "@nanostores/vue"], exportName: "useStore", read: "value" },
    { modules: ["@nanostores/solid"], exportName: "useStore", read: "call" },
  ],
} as const;

/**
 * Markdown components whose `components` overrides are called with props made from the Markdown
 * text: react-markdown's `code: ({ children }) => …` receives a code block's content, as do
 * Streamdown's overrides.
 */
export const markdownComponents: readonly { readonly modules: readonly string[]; readonly exportNames: readonly string[]; readonly overridesProp: string; readonly textProp: string }[] = [
  { modules: ["react-markdown"], exportNames: ["default", "Markdown", "MarkdownHooks", "MarkdownAsync"], overridesProp: "components", textProp: "children" },
  { modules: ["streamdown"], exportNames: ["Streamdown"], overridesProp: "components", textProp: "children" },
];

/**
 * Chat UI components that render a message with a component the app gives them: the component's
 * props hold the model's text at `receives` (CopilotKit's `<CopilotChat AssistantMessage={Mine} />`
 * gets `{ message }`; assistant-ui's `<MessagePrimitive.Parts components={{ Text: Mine }} />` gets
 * `{ text }`). `member`: the key of the components object the prop is (`*`: any).
 */
export const chatRenderers: Catalogue["chatRenderers"] = [
  ...["AssistantMessage", "RenderTextMessage", "RenderMessage"].map((prop) => ({ modules: ["@copilotkit/react-ui"], exportNames: ["CopilotChat", "CopilotSidebar", "CopilotPopup"], prop, receives: ["message.content", "message.text"] })),
  // Markdown overrides inside the reply: `markdownTagRenderers={{ code: ({ children }) => … }}`.
  { modules: ["@copilotkit/react-ui"], exportNames: ["CopilotChat", "CopilotSidebar", "CopilotPopup", "Markdown"], prop: "markdownTagRenderers", member: "*", receives: ["children"] },
  { modules: ["@assistant-ui/react"], exportNames: ["MessagePrimitive"], prop: "components", member: "Text", receives: ["text"] },
  { modules: ["@assistant-ui/react"], exportNames: ["MessagePrimitive"], prop: "components", member: "Reasoning", receives: ["text"] },
];

/** Components that call their child function with each element of a list prop: Solid's `<For each={list}>{(item) => …}</For>`. */
export const listComponents: readonly { readonly modules: readonly string[]; readonly exportName: string; readonly listProp: string }[] = [
  { modules: ["solid-js"], exportName: "For", listProp: "each" },
];

/**
 * Atom state (Jotai): `atom(initial)` holds what every setter bound to it writes, wherever the
 * setter comes from (`useAtom(a)[1]`, `useSetAtom(a)`, `store.set(a, x)`), and is read through
 * `useAtom(a)[0]`, `useAtomValue(a)` or `store.get(a)`.
 */
export const atomLibraries: readonly { readonly modules: readonly string[]; readonly create: string; readonly readWrite: string; readonly read: string; readonly write: string }[] = [
  { modules: ["jotai", "jotai/vanilla", "jotai/react"], create: "atom", readWrite: "useAtom", read: "useAtomValue", write: "useSetAtom" },
];

/**
 * Redux Toolkit: a slice's state is its initial state plus what its reducers write (`state.messages
 * .push(action.payload)`), where `action.payload` is what the app passes to the action creator of
 * that reducer (`dispatch(addMessage(text))`) or what an async thunk returns; `useSelector(fn)`
 * and `store.getState()` read the state of every slice under its name.
 */
export const reduxToolkit = {
  modules: ["@reduxjs/toolkit"],
  createSlice: "createSlice",
  createAsyncThunk: "createAsyncThunk",
  selectorModules: ["react-redux"],
  selector: "useSelector",
  /** `builder.addCase(thunk.fulfilled, (state, action) => …)`: reducers whose action the index gives. */
  caseMethods: ["addCase", "addMatcher", "addDefaultCase"],
} as const;

/**
 * Vue's APIs a component may use without importing them (unplugin-auto-import, Nuxt): in a `.vue`
 * file, an unbound `ref` or `computed` is Vue's.
 */
export const vueAutoImports: ReadonlySet<string> = new Set(["ref", "shallowRef", "computed", "reactive", "shallowReactive", "readonly", "toRef", "toRefs", "unref", "watch", "watchEffect"]);
