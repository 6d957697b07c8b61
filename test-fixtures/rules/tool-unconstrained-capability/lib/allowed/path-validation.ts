import path from "node:path";

// Whether a path lies inside one of the roots: normalized, compared segment by segment.
export function isPathWithinAllowedDirectories(candidate: string, roots: readonly string[]): boolean {
  const parts = path.normalize(candidate).split(path.sep);
  for (const root of roots) {
    const rootParts = path.normalize(root).split(path.sep);
    if (rootParts.every((part, i) => parts[i] === part)) return true;
  }
  return false;
}
