/**
 * The skill taxonomy's shape. The data lives in ./data/<category>.json, validated by ./schema.ts
 * when loaded (./data-files.ts) and indexed by ./index.ts.
 */
export type SkillCategory =
  | "language" // programming and query languages
  | "framework" // frameworks and libraries
  | "database"
  | "cloud" // cloud providers and their services
  | "infrastructure" // devops, containers, IaC, observability, networking
  | "data" // data engineering, analytics, BI
  | "ml" // machine learning, deep learning, statistics
  | "llm" // LLMs, RAG, agents, generative AI
  | "finance" // trading, kdb+, market data, fintech
  | "practice" // methods: CI/CD, agile, system design, testing kinds, architecture
  | "security"
  | "domain" // industry/business domains: KYC, healthcare, blockchain
  | "tool" // editors, trackers, design tools, office tools
  | "soft" // soft skills postings actually require
  | "spoken-language"
  | "concept"; // broad umbrella skills (software engineering, cloud computing, ...)

/** A context rule for surface forms that are also ordinary words or letters (Go, R, C, q, Spark, Swift, Chef, Rust, Excel). */
export interface AmbiguityRule {
  /** The surface forms (from name + aliases) that need this rule; the other forms match freely. */
  forms: string[];
  /** Match these forms only with exactly this letter case (e.g. "Go", "R", "C"). */
  caseSensitive?: boolean;
  /**
   * At least one of these lowercase words or phrases must occur in the same requirement unit
   * (or the posting's stack line) for the form to count, e.g. q needs ["kdb", "kdb+"].
   * Omit when case sensitivity plus the list context is enough.
   */
  needsContext?: string[];
  /**
   * Count these forms only as an item of a list of skills ("ML / AI, GPU programming", "AI, data
   * science"), a bullet of their own, or after "in"/"with"/"using" at a phrase's end: "AI" is a skill
   * there, and only the company's subject in "AI-powered research platform"; "ownership" is the
   * culture in "a high level of ownership."
   */
  listedOnly?: boolean;
}

export interface SkillDefinition {
  /** Stable kebab-case id derived from the canonical name: "postgresql", "kdb-plus", "c-sharp", "node-js". */
  id: string;
  /** Canonical display name: "PostgreSQL", "kdb+", "C#", "Node.js". */
  name: string;
  /** Other surface forms and common synonyms, as written in postings ("Postgres", "psql"). */
  aliases: string[];
  category: SkillCategory;
  /** Ids of broader skills (PostgreSQL -> relational-databases). Must exist in the taxonomy; no cycles. */
  parents: string[];
  ambiguity?: AmbiguityRule;
}
