/**
 * The demo account: the first user's own situation. They are preparing for a kdb+/q lead role
 * and an LLM back-end role; the self-ratings below are their starting point (edit them in the app).
 */
export const DEMO_ACCOUNT = { email: "demo@fitgap.dev", password: "fitgap-demo-2026", name: "Demo user" } as const;

export const DEMO_SKILLS: { name: string; level: number; years: number }[] = [
  { name: "Software engineering", level: 7, years: 8 },
  { name: "kdb+", level: 7, years: 6 },
  { name: "q", level: 7, years: 6 },
  { name: "kdb+tick", level: 6, years: 5 },
  { name: "Python", level: 7, years: 6 },
  { name: "Java", level: 5, years: 3 },
  { name: "SQL", level: 7, years: 7 },
  { name: "PostgreSQL", level: 5, years: 3 },
  { name: "Linux", level: 6, years: 7 },
  { name: "Git", level: 7, years: 7 },
  { name: "Software testing", level: 6, years: 5 },
  { name: "Unit testing", level: 6, years: 5 },
  { name: "CI/CD", level: 5, years: 4 },
  { name: "Agile", level: 6, years: 5 },
  { name: "SDLC", level: 6, years: 6 },
  { name: "System design", level: 5, years: 3 },
  { name: "Query optimization", level: 6, years: 5 },
  { name: "Large datasets", level: 6, years: 5 },
  { name: "Scalability", level: 5, years: 4 },
  { name: "High availability", level: 4, years: 3 },
  { name: "Load balancing", level: 4, years: 3 },
  { name: "Market data", level: 6, years: 5 },
  { name: "REST APIs", level: 5, years: 3 },
  { name: "Docker", level: 4, years: 2 },
  { name: "Amazon Web Services", level: 3, years: 1 },
  { name: "Machine learning", level: 4, years: 1 },
  { name: "Large language models", level: 3, years: 0.5 },
  { name: "Communication", level: 7, years: 8 },
  { name: "English", level: 9, years: 10 },
  { name: "Mentoring", level: 5, years: 2 },
  { name: "Technical leadership", level: 4, years: 1 },
  { name: "Stakeholder management", level: 5, years: 3 },
];

/** The two postings from the seed document, by file in seeds/postings/. */
export const DEMO_POSTINGS = [
  { file: "seed-kdb-lead.txt", title: "KDB+ Lead Software Engineer", company: null },
  { file: "seed-llm-backend.txt", title: "Senior Back-end Engineer, LLM services", company: null },
] as const;
