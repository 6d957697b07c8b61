import path from "node:path";
import { WorkspaceAnalyzer } from "./workspace";

/**
 * The workspace folders a client opened, each analyzed on its own: its own `llmsec.config.json`,
 * files, project and settings. Files are routed to the innermost folder that holds them.
 */
export class WorkspaceFolders {
  private readonly analyzers = new Map<string, WorkspaceAnalyzer>();

  /** Adds a folder; returns its analyzer and, when its config is invalid, the reason. */
  add(root: string): { analyzer: WorkspaceAnalyzer; configError: string | undefined } {
    const existing = this.analyzers.get(root);
    if (existing) return { analyzer: existing, configError: undefined };
    const analyzer = new WorkspaceAnalyzer(root);
    this.analyzers.set(root, analyzer);
    return { analyzer, configError: analyzer.reloadConfig() };
  }

  remove(root: string): WorkspaceAnalyzer | undefined {
    const analyzer = this.analyzers.get(root);
    this.analyzers.delete(root);
    return analyzer;
  }

  all(): WorkspaceAnalyzer[] {
    return [...this.analyzers.values()];
  }

  /** The folder holding a file; a file outside every folder goes to the first one. */
  for(file: string): WorkspaceAnalyzer | undefined {
    let best: WorkspaceAnalyzer | undefined;
    for (const analyzer of this.analyzers.values()) {
      const inside = file === analyzer.root || file.startsWith(analyzer.root.endsWith(path.sep) ? analyzer.root : analyzer.root + path.sep);
      if (inside && (!best || analyzer.root.length > best.root.length)) best = analyzer;
    }
    return best ?? this.all()[0];
  }
}
