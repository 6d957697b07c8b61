import { fetchWithRetry } from "./fetch-with-retry";

export class DesignService {
  private readonly baseUrl = "https://api.figma.example/v1";

  private request(endpoint: string): Promise<unknown> {
    return fetchWithRetry(`${this.baseUrl}${endpoint}`);
  }

  getFile(fileKey: string): Promise<unknown> {
    return this.request(`/files/${fileKey}`);
  }
}
