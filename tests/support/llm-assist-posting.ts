/**
 * The posting the LLM-assist tests share: requirements the extractor finds, a skill it cannot know
 * ("Flurbo"), and a tool named only under what you'll do ("Dagster").
 */
export const LLM_ASSIST_POSTING = `Senior Data Engineer

Requirements:
- 5+ years of Python and SQL
- Experience with Postgres at scale
- You have shipped Flurbo services to production

Nice to have:
- Familiarity with Kubernetes

What you'll do:
- Build pipelines with Dagster and own our data platform.
`;
