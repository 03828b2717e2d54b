import { createSkillGraph } from "@/lib/analysis/score/skill-graph";
import type { PostingAnalysis, Profile, ProfileSkill, Requirement, RequirementKind, StudyTrack } from "@/lib/analysis/types";

/**
 * A small, fixed skill graph with the taxonomy's ids and shape, so the model's properties are
 * tested independently of the taxonomy's data (which the taxonomy's own tests cover).
 */
export const FIXTURE_SKILLS = [
  { id: "software-engineering", name: "Software engineering" },
  { id: "programming-languages", name: "Programming languages", parents: ["software-engineering"] },
  { id: "python", name: "Python", aliases: ["python3", "py"], parents: ["programming-languages"] },
  { id: "java", name: "Java", parents: ["programming-languages"] },
  { id: "databases", name: "Databases" },
  { id: "relational-databases", name: "Relational databases", aliases: ["RDBMS"], parents: ["databases"] },
  { id: "postgresql", name: "PostgreSQL", aliases: ["Postgres", "psql"], parents: ["relational-databases"] },
  { id: "mysql", name: "MySQL", parents: ["relational-databases"] },
  { id: "kdb-plus", name: "kdb+", aliases: ["KDB", "kdb"], parents: ["databases"] },
  { id: "q", name: "q", aliases: ["q language"] },
  { id: "distributed-systems", name: "Distributed systems", parents: ["software-engineering"] },
  { id: "cloud-computing", name: "Cloud computing", aliases: ["cloud"] },
  { id: "amazon-web-services", name: "Amazon Web Services", aliases: ["AWS"], parents: ["cloud-computing"] },
  { id: "amazon-bedrock", name: "Amazon Bedrock", aliases: ["Bedrock"], parents: ["amazon-web-services"] },
  { id: "google-cloud-platform", name: "Google Cloud Platform", aliases: ["GCP"], parents: ["cloud-computing"] },
  { id: "microsoft-azure", name: "Microsoft Azure", aliases: ["Azure"], parents: ["cloud-computing"] },
  { id: "generative-ai", name: "Generative AI" },
  { id: "large-language-models", name: "Large language models", aliases: ["LLM", "LLMs"], parents: ["generative-ai"] },
  { id: "retrieval-augmented-generation", name: "Retrieval-augmented generation", aliases: ["RAG"], parents: ["large-language-models"] },
  { id: "ai-agents", name: "AI agents", parents: ["large-language-models"] },
  { id: "model-context-protocol", name: "Model Context Protocol", aliases: ["MCP"], parents: ["ai-agents"] },
  { id: "mlops", name: "MLOps" },
  { id: "mlflow", name: "MLflow", parents: ["mlops"] },
  { id: "communication", name: "Communication" },
  { id: "technical-leadership", name: "Technical leadership", aliases: ["lead"] },
];

export const fixtureGraph = createSkillGraph(FIXTURE_SKILLS);

const nameOf = (id: string) => FIXTURE_SKILLS.find((skill) => skill.id === id)?.name ?? id;

export function requirement(text: string, skillIds: string[], kind: RequirementKind = "must", minYears: number | null = null): Requirement {
  return { text, section: null, kind, minYears, span: [0, text.length], skills: skillIds.map((id) => ({ id, name: nameOf(id) })) };
}

export function posting(requirements: Requirement[]): PostingAnalysis {
  const skills = new Map<string, PostingAnalysis["skills"][number]>();
  for (const req of requirements) {
    for (const skill of req.skills) {
      const existing = skills.get(skill.id);
      skills.set(skill.id, {
        ...skill,
        aliases: [],
        kind: existing?.kind === "must" || req.kind === "must" ? "must" : "preferred",
        minYears: Math.max(existing?.minYears ?? 0, req.minYears ?? 0) || null,
      });
    }
  }
  return { title: "Fixture posting", company: null, overallMinYears: null, requirements, skills: [...skills.values()] };
}

export function skill(name: string, level: number, years = 0, skillId: string | null = fixtureGraph.idForName(name) ?? null): ProfileSkill {
  return { skillId, name, level, years };
}

export function track(
  id: string,
  skills: [string, number][],
  unitsDone: number,
  unitsTotal: number,
  extra: Partial<StudyTrack> = {},
): StudyTrack {
  return {
    id,
    title: id,
    provider: null,
    url: null,
    unit: "lecture",
    unitsDone,
    unitsTotal,
    hoursPerUnit: 1,
    startedOn: null,
    targetOn: null,
    skills: skills.map(([skillId, levelAtCompletion]) => ({ skillId, name: nameOf(skillId), levelAtCompletion })),
    progress: [],
    ...extra,
  };
}

export const EMPTY_PROFILE: Profile = { skills: [], tracks: [] };

/** The worked example of docs/scoring.md. */
export const WORKED_POSTING = posting([
  requirement("Proficiency in Python, 5+ years", ["python"], "must", 5),
  requirement("Experience with relational databases", ["relational-databases"]),
  requirement("Deep understanding of distributed systems", ["distributed-systems"]),
  requirement("Exposure to cloud platforms (such as AWS, GCP, Azure)", ["cloud-computing", "amazon-web-services", "google-cloud-platform", "microsoft-azure"], "preferred"),
]);

export const WORKED_PROFILE: Profile = {
  skills: [skill("Python", 8, 3), skill("Postgres", 6, 4), skill("AWS", 2, 1)],
  tracks: [
    track("mit-6824", [["distributed-systems", 8]], 2, 20, {
      title: "MIT 6.824 Distributed Systems",
      startedOn: "2026-11-01",
      hoursPerUnit: 3,
    }),
  ],
};

export const WORKED_TODAY = "2026-11-15";
