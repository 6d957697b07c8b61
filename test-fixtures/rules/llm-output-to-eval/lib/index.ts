// A barrel: re-exports are followed to the function they name.
export * from "./ask-model";
export { askModel as ask } from "./ask-model";
