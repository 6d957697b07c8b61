import { defineRule } from "../server/engine/rule";
import { capabilityText } from "../server/engine/tools/inventory";
import { lineOf } from "../server/engine/source";

/** Further places the same parameter reaches, shown as related locations. */
const maxOtherSites = 4;

export default defineRule({
  meta: {
    id: "tool-unconstrained-capability",
    family: "tool",
    defaultSeverity: "error",
    owasp: "LLM06:2025",
    cwe: [250, 862],
    securitySeverity: 8.8,
    description: "Agent tool whose free-text parameter reaches a shell, eval, raw SQL, a file path, a URL or the path of a request to a fixed API with no constraint.",
    rationale:
      "A tool's arguments are written by the model, and so by whoever can steer it: a user, a retrieved document, another tool's output. A free `string` parameter that reaches `exec`, `eval`, SQL text, a file path or a fetched URL gives that person the capability itself. llmsec follows each parameter from the tool's schema through the handler and the functions it calls, across files; enums, numbers, anchored patterns, allow-list checks and path confinement (`path.resolve` + `startsWith(root)`) count as constraints. A request whose host the code fixes is still reported when a parameter becomes part of its path (`${apiBase}/jobs/${jobId}`): `../../user` climbs out of `/jobs/` and the request, token and all, reaches another endpoint of the API. An id encoded whole with `encodeURIComponent`, a helper that refuses `.` and `..` segments, a check of the parsed `pathname` against the API's prefix, and text placed after `?` do not.",
    remediation:
      "Narrow the parameter: an enum of allowed values, a number, an anchored pattern, or a lookup in a fixed table; confine paths to a root directory and URLs to allowed hosts; run fixed programs with `execFile` instead of a shell. Keep tools that must stay powerful behind human approval.",
    fix: "none",
    messages: {
      unconstrained: "Tool '{{tool}}' lets the model choose '{{parameter}}', which reaches {{sink}} (line {{line}}) and can {{capability}} with no constraint. Narrow it to an enum or allow-list, or confine it.",
      apiPath:
        "Tool '{{tool}}' lets the model choose '{{parameter}}', which becomes part of the path of the request at {{sink}} (line {{line}}): '..' segments in it send that request, with the credentials it carries, to another endpoint of the API. Encode it whole with encodeURIComponent, refuse '.' and '..' segments, or constrain it with an anchored pattern.",
      encodedSegment:
        "Tool '{{tool}}' lets the model choose '{{parameter}}', a path parameter of the request at {{sink}} (line {{line}}): the client encodes it as one segment, but a lone '..' stays as it is and moves the request to the parent resource. Refuse '.' and '..', or constrain it with an anchored pattern.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const tool of context.tools.toolsIn(sourceFile)) {
          if (tool.approval) continue; // a human sees the exact arguments before the tool runs
          for (const capability of tool.capabilities) {
            const parameter = capability.parameters[0];
            if (parameter === undefined || capability.kind === "secrets") continue;
            const site = capability.node;
            const siteFile = site.getSourceFile();
            context.report({
              start: tool.start,
              end: tool.end,
              messageId: capability.encodedSegment ? "encodedSegment" : capability.kind === "api-path" ? "apiPath" : "unconstrained",
              data: {
                tool: tool.name,
                parameter: capability.parameters.join("', '"),
                sink: `'${capability.label}'`,
                line: siteFile === sourceFile ? String(lineOf(siteFile, site.getStart(siteFile))) : `${siteFile.fileName.split("/").pop()}:${lineOf(siteFile, site.getStart(siteFile))}`,
                capability: capabilityText[capability.kind],
              },
              related: [site, ...capability.alsoAt.slice(0, maxOtherSites)].map((node) => ({ file: node.getSourceFile().fileName, start: node.getStart(), end: node.getEnd(), message: `${capabilityText[capability.kind]}: ${node === site ? capability.label : "here too"}` })),
              flow: capability.steps.map((s) => ({ file: s.file, start: s.start, end: s.end, message: s.message })),
            });
          }
        }
      },
    };
  },
});
