import nodeFetch from "node-fetch";

/** Retries once on 401 after refreshing the token. */
export function wrapWithAuthRetry(baseFetch: typeof nodeFetch): typeof nodeFetch {
  return (async (url: Parameters<typeof nodeFetch>[0], options?: Parameters<typeof nodeFetch>[1]) => {
    const response = await baseFetch(url, options);
    return response.status === 401 ? baseFetch(url, options) : response;
  }) as typeof nodeFetch;
}
