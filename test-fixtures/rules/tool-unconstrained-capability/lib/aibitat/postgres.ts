import pg from "pg";

export class PostgresConnector {
  private readonly client = new pg.Client({});

  getTableSchemaSql(tableName: string): string {
    return `select column_name, data_type from information_schema.columns where table_name = '${tableName}'`;
  }

  async runQuery(queryString: string) {
    return (await this.client.query(queryString)).rows; // expect: llm-output-to-sql
  }
}
