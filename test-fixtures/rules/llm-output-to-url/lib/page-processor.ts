// The page arrives untyped from a module that launched the browser: this file names no driver.
export async function processPage(page: any, url: string): Promise<string> {
  await page.goto(url); // expect: llm-output-to-url
  return page.content();
}
