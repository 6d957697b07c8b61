// An API client over openapi-fetch: path parameters are encoded one segment each.
import createClient from "openapi-fetch";

export class ApiClient {
  private client = createClient<Record<string, never>>({ baseUrl: "https://cloud.example.com", headers: { Authorization: `Bearer ${process.env.CLOUD_TOKEN}` } });

  async getProcessor(options: { params: { path: { group: string; name: string } } }) {
    const { data } = await this.client.GET("/api/groups/{group}/processors/{name}", options);
    return data;
  }

  async deleteProcessor(options: { params: { path: { group: string; name: string } } }) {
    const { error } = await this.client.DELETE("/api/groups/{group}/processors/{name}", options);
    if (error) throw new Error("delete failed");
  }
}

export class Session {
  apiClient?: ApiClient;
}
