// A barrel of several modules: the export a caller names may be in any of them.
export * from "./format";
export * from "./ask";
