import type { Fix, RelatedLocation, Severity } from "./rule";

/** A position as editors show it: 1-based line and 1-based column in UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Absolute path. */
  readonly file: string;
  /** Offsets in the file text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly startPosition: Position;
  readonly endPosition: Position;
  readonly fix?: Fix;
  readonly related: readonly ResolvedRelatedLocation[];
  /** Source-to-sink steps of a taint finding; empty for other findings. */
  readonly flow: readonly ResolvedRelatedLocation[];
}

export interface ResolvedRelatedLocation extends RelatedLocation {
  readonly file: string;
  readonly startPosition: Position;
  readonly endPosition: Position;
}

export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
}

export function countBySeverity(results: readonly FileResult[]): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "error") errors++;
      else warnings++;
      if (finding.fix?.safety === "safe") fixable++;
    }
  }
  return { errors, warnings, fixable };
}
