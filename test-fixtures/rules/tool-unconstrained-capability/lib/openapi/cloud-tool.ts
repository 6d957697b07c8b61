// The tools' base: the API client comes through a getter typed with its class.
import { ApiClient, Session } from "./api-client";

export abstract class CloudTool {
  constructor(protected readonly session: Session) {}

  protected get apiClient(): ApiClient {
    const client = this.session.apiClient;
    if (!client) throw new Error("no API credentials");
    return client;
  }
}
