// Stands in for @babel/parser and source-map-js in the bundles: Vue's compiler needs them only to
// rewrite expressions and to write source maps, and llmsec only parses templates (with
// `prefixIdentifiers` off), so neither runs. Keeping them out keeps the bundles small and the
// heap of a large run lower.
function unavailable() {
  throw new Error("llmsec: not bundled (only Vue template parsing is)");
}
module.exports = { parse: unavailable, parseExpression: unavailable, SourceMapGenerator: unavailable, SourceMapConsumer: unavailable };
