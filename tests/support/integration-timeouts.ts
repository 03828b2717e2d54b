// Integration tests talk to a real PostgreSQL on machines that may be busy with other work:
// every test and hook gets a generous, explicit limit instead of Jest's 5 s default.
jest.setTimeout(60_000);

// Posting analysis runs inline in Jest; tests/integration/analysis-pool.test.ts starts real worker threads itself.
process.env.ANALYSIS_WORKERS ??= "0";
// Background re-scores run in the request in Jest (no queue worker runs there).
process.env.FITGAP_INLINE_JOBS ??= "1";
// The LLM assist is off unless a test turns it on (tests/integration/llm-assist.test.ts, against its own local server).
process.env.LLM_BASE_URL = "";
process.env.LLM_MODEL = "";
