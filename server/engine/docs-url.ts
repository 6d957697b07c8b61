import packageJson from "../../package.json";

/** Where a rule's generated documentation page lives (docs/rules/<id>.md in the repository). */
export function docsUrl(ruleId: string): string {
  return `${packageJson.homepage}/blob/main/docs/rules/${ruleId}.md`;
}

export const toolVersion: string = packageJson.version;
export const toolHomepage: string = packageJson.homepage;
