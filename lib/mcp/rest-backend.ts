import { ToolFailure, type FitgapBackend } from "./fitgap-backend";

/**
 * The MCP tools' backend for the stdio server: a running Fitgap reached through its REST API
 * with a personal API token. Error bodies ({ error: { code, message } }) become tool failures.
 */
export function createRestBackend(options: { baseUrl: string; token: string; fetch?: typeof fetch; timeoutMs?: number }): FitgapBackend {
  const base = options.baseUrl.replace(/\/+$/, "") + "/api/v1";
  const doFetch = options.fetch ?? fetch;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers: { authorization: `Bearer ${options.token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch {
      throw new ToolFailure(`Fitgap is not reachable at ${options.baseUrl}. Is it running, and is FITGAP_URL right?`);
    }
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (!response.ok) {
      const message = payload?.error?.message ?? `Fitgap answered HTTP ${response.status}.`;
      throw new ToolFailure(response.status === 401 ? `${message} Set FITGAP_TOKEN to a token from Fitgap's Settings page.` : message);
    }
    return payload as T;
  }

  return {
    async analyzeJob(text, withProfile) {
      const profile = withProfile ? await request<unknown>("GET", "/profile") : undefined;
      return request("POST", "/analyze", profile === undefined ? { text } : { text, profile });
    },
    listPostings: () => request("GET", "/postings"),
    addPosting: (input) => request("POST", "/postings", input),
    getGapReport: (postingId) => request("GET", `/postings/${encodeURIComponent(postingId)}/report`),
    whatToStudyNext: (limit) => request("GET", `/study-next?limit=${limit}`),
    listTracks: () => request("GET", "/tracks"),
    updateTrackProgress: (trackId, unitsDone, date) => request("POST", `/tracks/${encodeURIComponent(trackId)}/progress`, date ? { unitsDone, date } : { unitsDone }),
  };
}
