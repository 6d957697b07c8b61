import type { Catalogue } from "../catalogue";
import { splitPackageSpecifier } from "../workspace-packages";

/** Read once per catalogue: engines are renewed often (every batch of files, every edit). */
const computed = new WeakMap<Catalogue, Set<string>>();

/**
 * The packages the catalogue knows by name (every `module`/`modules` entry, and the module sets
 * it keeps): an import of one of them is that SDK's API, read from the catalogue, even inside the
 * SDK's own monorepo where a workspace package of that name holds its source.
 */
export function cataloguedPackages(catalogue: Catalogue): ReadonlySet<string> {
  const known = computed.get(catalogue);
  if (known) return known;
  const names = new Set<string>();
  computed.set(catalogue, names);
  const add = (specifier: string): void => {
    const parts = splitPackageSpecifier(specifier);
    if (parts) names.add(parts.name);
  };
  const seen = new Set<unknown>();
  const visit = (value: unknown, key: string | undefined, depth: number): void => {
    if (value === null || typeof value !== "object" || seen.has(value) || depth > 8) {
      if (typeof value === "string" && key !== undefined && /^modules?$|Modules$/.test(key)) add(value);
      return;
    }
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) { if (typeof k === "string" && key !== undefined && /Modules$/.test(key)) add(k); visit(v, key, depth + 1); }
    else if (value instanceof Set || Array.isArray(value)) for (const v of value) visit(v, key, depth + 1);
    else if (!(value instanceof RegExp)) for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1);
  };
  visit(catalogue, undefined, 0);
  return names;
}
