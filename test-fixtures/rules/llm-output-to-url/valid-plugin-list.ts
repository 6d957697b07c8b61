// NextChat's plugin store: a static list of plugins, each fetched by the schema URL the list names.
// Neither the list nor its entries are model output.
export function loadPlugins() {
  return fetch("./plugins.json")
    .then((res) => res.json())
    .then((list) => Promise.all(list.map((item: { schema: string }) => fetch(item.schema).then((r) => r.text()))));
}
