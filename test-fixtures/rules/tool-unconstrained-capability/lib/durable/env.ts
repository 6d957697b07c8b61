import type { ArchiveReader } from "./reader";

export interface Env {
  ARCHIVE_READER: DurableObjectNamespace<ArchiveReader>;
}
