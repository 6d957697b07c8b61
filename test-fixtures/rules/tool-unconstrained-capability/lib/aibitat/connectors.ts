import { PostgresConnector } from "./postgres";

/** A factory: the tool's module never imports the connector class. */
export function getDBClient(engine: string) {
  switch (engine) {
    case "postgresql":
      return new PostgresConnector();
    default:
      throw new Error(`unsupported ${engine}`);
  }
}
