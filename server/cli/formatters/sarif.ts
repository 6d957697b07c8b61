import path from "node:path";
import { pathToFileURL } from "node:url";
import type { FileResult, Finding } from "../../engine/finding";
import type { SkippedFile } from "../../engine/project";
import type { RuleMeta } from "../../engine/rule";
import { docsUrl, toolHomepage, toolVersion } from "../../engine/docs-url";

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
const sourceRoot = "%SRCROOT%";

/**
 * SARIF 2.1.0 as code scanning reads it: rules with help, tags and `security-severity`;
 * results with regions, related locations, fixes and stable `partialFingerprints`.
 */
export function formatSarif(
  results: readonly FileResult[],
  skipped: readonly SkippedFile[],
  rules: readonly RuleMeta[],
  cwd: string,
  fingerprints: ReadonlyMap<Finding, string>,
): string {
  const ruleIndex = new Map(rules.map((meta, index) => [meta.id, index]));
  const log = {
    $schema: sarifSchema,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "llmsec",
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: toolHomepage,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [sourceRoot]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: skipped.map((s) => ({
              level: "note",
              message: { text: `Skipped: ${s.reason}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.file, cwd) } }],
            })),
          },
        ],
        results: results.flatMap((result) => result.findings.map((finding) => sarifResult(finding, ruleIndex, cwd, fingerprints))),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(meta: RuleMeta): object {
  const tags = ["security", ...(meta.owasp ? [`owasp-llm/${meta.owasp}`] : []), ...meta.cwe.map((id) => `external/cwe/cwe-${id}`)];
  if (meta.family === "llmsec") tags.splice(0, tags.length, "maintainability");
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.rationale },
    helpUri: docsUrl(meta.id),
    help: {
      text: `${meta.rationale}\n\nHow to fix: ${meta.remediation}`,
      markdown: `${meta.rationale}\n\n**How to fix:** ${meta.remediation}\n\n[Rule documentation](${docsUrl(meta.id)})`,
    },
    defaultConfiguration: { level: meta.defaultSeverity === "error" ? "error" : "warning" },
    properties: {
      tags,
      precision: "high",
      ...(meta.family === "llmsec" ? {} : { "security-severity": meta.securitySeverity.toFixed(1) }),
    },
  };
}

function sarifResult(finding: Finding, ruleIndex: ReadonlyMap<string, number>, cwd: string, fingerprints: ReadonlyMap<Finding, string>): object {
  const location = artifactLocation(finding.file, cwd);
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: finding.severity === "error" ? "error" : "warning",
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: finding.startPosition.line,
            startColumn: finding.startPosition.column,
            endLine: finding.endPosition.line,
            endColumn: finding.endPosition.column,
          },
        },
      },
    ],
    partialFingerprints: { "llmsecFingerprint/v1": fingerprints.get(finding) ?? "" },
    ...(finding.related.length > 0
      ? {
          relatedLocations: finding.related.map((related, id) => ({
            id,
            message: { text: related.message },
            physicalLocation: {
              artifactLocation: artifactLocation(related.file, cwd),
              region: {
                startLine: related.startPosition.line,
                startColumn: related.startPosition.column,
                endLine: related.endPosition.line,
                endColumn: related.endPosition.column,
              },
            },
          })),
        }
      : {}),
    ...(finding.flow.length > 0
      ? {
          codeFlows: [
            {
              message: { text: finding.message },
              threadFlows: [
                {
                  locations: finding.flow.map((step, index) => ({
                    executionOrder: index + 1,
                    location: {
                      physicalLocation: {
                        artifactLocation: artifactLocation(step.file, cwd),
                        region: { startLine: step.startPosition.line, startColumn: step.startPosition.column, endLine: step.endPosition.line, endColumn: step.endPosition.column },
                      },
                      message: { text: step.message },
                    },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: `${finding.fix.description}${finding.fix.safety === "suggestion" ? " (suggestion: review before applying)" : ""}` },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: finding.fix.edits.map((edit) => ({
                    deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: sourceRoot };
}
