// The project's types, re-exported from one place.
export * from "./slack";
