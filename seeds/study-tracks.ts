import { getSkill } from "@/lib/analysis/taxonomy";
import type { StudyTrack } from "@/lib/analysis/types";
import { addDays } from "@/lib/analysis/score/dates";

/**
 * The first user's study list (seeds/study-notes-and-postings.txt, "Current state"), with the
 * progress it records: MIT 6.824 lecture 1 of 20, the generative-AI guide up to and including
 * week 2. Everything else is listed without progress, so 0 done. Unit counts and hours per unit
 * are estimates where the list gives none.
 */
export interface StudyTrackSeed {
  key: string;
  title: string;
  provider: string | null;
  url: string | null;
  unit: StudyTrack["unit"];
  unitsDone: number;
  unitsTotal: number;
  hoursPerUnit: number;
  skills: Record<string, number>;
  /** Progress entries as [days after the start date, units done]. */
  progress: [day: number, unitsDone: number][];
  notes?: string;
}

export const STUDY_TRACK_SEEDS: readonly StudyTrackSeed[] = [
  {
    key: "mit-6824",
    title: "MIT 6.824 Distributed Systems",
    provider: "MIT",
    url: "https://pdos.csail.mit.edu/6.824/schedule.html",
    unit: "lecture",
    unitsDone: 1,
    unitsTotal: 20,
    hoursPerUnit: 3,
    skills: { "distributed-systems": 7, "consensus-algorithms": 6, "fault-tolerance": 6 },
    progress: [[7, 1]],
    notes: "Videos: https://www.youtube.com/@6.824",
  },
  {
    key: "stanford-cs234",
    title: "Stanford CS234: Reinforcement Learning",
    provider: "Stanford",
    url: "https://www.youtube.com/watch?v=WsvFL-LjA6U&list=PLoROMvodv4rN4wG6Nk6sNpTEbuOSosZdX",
    unit: "lecture",
    unitsDone: 0,
    unitsTotal: 16,
    hoursPerUnit: 1.5,
    skills: { "reinforcement-learning": 7 },
    progress: [],
    notes:
      "Open questions: why can't we use backpropagation on an RL policy and learn end to end? How is attention built in RL, and why is it hard attention? Is the RL problem differentiable?",
  },
  {
    key: "karpathy-intro-llms",
    title: "Intro to Large Language Models",
    provider: "Andrej Karpathy",
    url: "https://www.youtube.com/watch?v=zjkBMFhNj_g",
    unit: "video",
    unitsDone: 0,
    unitsTotal: 1,
    hoursPerUnit: 1,
    skills: { "large-language-models": 3, "generative-ai": 3 },
    progress: [],
    notes: "The study list's LLM link: https://www.youtube.com/watch?v=Ub3GoFaUcds",
  },
  {
    key: "karpathy-zero-to-hero",
    title: "Neural Networks: Zero to Hero (micrograd and autograd)",
    provider: "Andrej Karpathy",
    url: "https://www.youtube.com/watch?v=VMj-3S1tku0&list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ",
    unit: "video",
    unitsDone: 0,
    unitsTotal: 9,
    hoursPerUnit: 2.5,
    skills: { "neural-networks": 7, "deep-learning": 6, "transformer-architecture": 5 },
    progress: [],
  },
  {
    key: "mcp",
    title: "Model Context Protocol",
    provider: "Anthropic",
    url: "https://modelcontextprotocol.io/",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 5,
    hoursPerUnit: 1,
    skills: { "model-context-protocol": 6, "ai-agents": 3 },
    progress: [],
  },
  {
    key: "non-convex-optimization",
    title: "Non-convex optimization article",
    provider: null,
    url: null,
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 3,
    hoursPerUnit: 1,
    skills: { "mathematical-optimization": 4 },
    progress: [],
    notes: "The list names no link; Jain and Kar's survey (https://arxiv.org/abs/1712.07897) is in the catalog.",
  },
  {
    key: "awesome-generative-ai-guide",
    title: "Applied LLMs Mastery (awesome-generative-ai-guide)",
    provider: "Aishwarya Naresh Reganti",
    url: "https://github.com/aishwaryanr/awesome-generative-ai-guide",
    unit: "week",
    unitsDone: 2,
    unitsTotal: 10,
    hoursPerUnit: 5,
    skills: { "generative-ai": 6, "large-language-models": 6, "retrieval-augmented-generation": 5, "ai-agents": 4, "llm-evaluation": 4 },
    progress: [
      [7, 1],
      [14, 2],
    ],
  },
  {
    key: "aws-ml",
    title: "Machine learning on AWS",
    provider: "AWS",
    url: "https://aws.amazon.com/training/learn-about/machine-learning/",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 10,
    hoursPerUnit: 1,
    skills: { "amazon-web-services": 4, "amazon-sagemaker": 4 },
    progress: [],
  },
  {
    key: "pytorch",
    title: "PyTorch: Learn the Basics",
    provider: "PyTorch",
    url: "https://pytorch.org/tutorials/beginner/basics/intro.html",
    unit: "lesson",
    unitsDone: 0,
    unitsTotal: 8,
    hoursPerUnit: 1,
    skills: { pytorch: 5 },
    progress: [],
  },
  {
    key: "causal-analysis",
    title: "Causal analysis: Causal Inference for the Brave and True",
    provider: "Matheus Facure",
    url: "https://matheusfacure.github.io/python-causality-handbook/landing-page.html",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 25,
    hoursPerUnit: 1,
    skills: { "causal-inference": 6 },
    progress: [],
  },
  {
    key: "amazon-bedrock",
    title: "Amazon Bedrock workshop",
    provider: "AWS",
    url: "https://github.com/aws-samples/amazon-bedrock-workshop",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 8,
    hoursPerUnit: 1,
    skills: { "amazon-bedrock": 6, "retrieval-augmented-generation": 4 },
    progress: [],
  },
  {
    key: "langchain",
    title: "LangChain tutorials",
    provider: "LangChain",
    url: "https://python.langchain.com/docs/tutorials/",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 8,
    hoursPerUnit: 1,
    skills: { langchain: 6, "retrieval-augmented-generation": 4 },
    progress: [],
  },
  {
    key: "azure-ai",
    title: "Microsoft Azure AI Fundamentals (AI-900)",
    provider: "Microsoft",
    url: "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-fundamentals/",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 10,
    hoursPerUnit: 1,
    skills: { "azure-ai-services": 5, "microsoft-azure": 4 },
    progress: [],
  },
  {
    key: "ai-lifecycle",
    title: "AI lifecycle practices (Made With ML)",
    provider: "Made With ML",
    url: "https://madewithml.com/",
    unit: "hour",
    unitsDone: 0,
    unitsTotal: 30,
    hoursPerUnit: 1,
    skills: { mlops: 6, "model-deployment": 5, "model-monitoring": 4 },
    progress: [],
  },
];

export const DEFAULT_STUDY_START = "2026-11-01";

/** The seed tracks as StudyTracks, started on `startedOn` with progress dated from it. */
export function seedStudyTracks(options: { startedOn?: string } = {}): StudyTrack[] {
  const startedOn = options.startedOn ?? DEFAULT_STUDY_START;
  return STUDY_TRACK_SEEDS.map((seed) => ({
    id: `seed-track-${seed.key}`,
    title: seed.title,
    provider: seed.provider,
    url: seed.url,
    unit: seed.unit,
    unitsDone: seed.unitsDone,
    unitsTotal: seed.unitsTotal,
    hoursPerUnit: seed.hoursPerUnit,
    startedOn,
    targetOn: null,
    skills: Object.entries(seed.skills).map(([skillId, levelAtCompletion]) => ({
      skillId,
      name: getSkill(skillId)?.name ?? skillId,
      levelAtCompletion,
    })),
    progress: seed.progress.map(([day, unitsDone]) => ({ date: addDays(startedOn, day), unitsDone })),
  }));
}
