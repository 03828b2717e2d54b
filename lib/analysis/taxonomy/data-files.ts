/**
 * The taxonomy data, one JSON file per category (./data/*.json), validated when loaded.
 * How to add a skill: docs/taxonomy.md.
 */
import type { SkillCategory, SkillDefinition } from "./types";
import { loadTaxonomy } from "./schema";
import CLOUD from "./data/cloud.json";
import CONCEPT from "./data/concept.json";
import DATA from "./data/data.json";
import DATABASE from "./data/database.json";
import DOMAIN from "./data/domain.json";
import FINANCE from "./data/finance.json";
import FRAMEWORK from "./data/framework.json";
import INFRASTRUCTURE from "./data/infrastructure.json";
import LANGUAGE from "./data/language.json";
import LLM from "./data/llm.json";
import ML from "./data/ml.json";
import PRACTICE from "./data/practice.json";
import SECURITY from "./data/security.json";
import SOFT from "./data/soft.json";
import SPOKEN_LANGUAGE from "./data/spoken-language.json";
import TOOL from "./data/tool.json";

export const SKILL_DATA_FILES: Record<SkillCategory, unknown> = {
  cloud: CLOUD,
  concept: CONCEPT,
  data: DATA,
  database: DATABASE,
  domain: DOMAIN,
  finance: FINANCE,
  framework: FRAMEWORK,
  infrastructure: INFRASTRUCTURE,
  language: LANGUAGE,
  llm: LLM,
  ml: ML,
  practice: PRACTICE,
  security: SECURITY,
  soft: SOFT,
  "spoken-language": SPOKEN_LANGUAGE,
  tool: TOOL,
};

export const TAXONOMY_SKILLS: readonly SkillDefinition[] = loadTaxonomy(SKILL_DATA_FILES);
