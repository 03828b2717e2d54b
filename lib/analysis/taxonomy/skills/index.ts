import type { SkillDefinition } from "../types";
import { LANGUAGES_SKILLS } from "./languages";
import { FRAMEWORKS_SKILLS } from "./frameworks";
import { DATABASES_SKILLS } from "./databases";
import { CLOUD_SKILLS } from "./cloud";
import { INFRASTRUCTURE_SKILLS } from "./infrastructure";
import { SECURITY_SKILLS } from "./security";
import { TOOLS_SKILLS } from "./tools";
import { CONCEPTS_SKILLS } from "./concepts";
import { PRACTICES_SKILLS } from "./practices";
import { DATA_SKILLS } from "./data";
import { ML_SKILLS } from "./ml";
import { LLM_SKILLS } from "./llm";
import { FINANCE_SKILLS } from "./finance";
import { DOMAINS_SKILLS } from "./domains";
import { SOFT_SKILLS } from "./soft";
import { SPOKEN_LANGUAGES_SKILLS } from "./spoken-languages";
import { MOBILE_SKILLS } from "./mobile";
import { SYSTEMS_SKILLS } from "./systems";
import { WEB_SKILLS } from "./web";
import { BACKEND_SKILLS } from "./backend";
import { INTEGRATION_SKILLS } from "./integration";
import { ANALYTICS_SKILLS } from "./analytics";
import { CERTIFICATIONS_SKILLS } from "./certifications";
import { SECURITY_PRACTICE_SKILLS } from "./security-practice";
import { FINTECH_COMPLIANCE_SKILLS } from "./fintech-compliance";
import { PLATFORM_SKILLS } from "./platform";
import { EMBEDDED_SKILLS } from "./embedded";
import { GAMES_DESIGN_QUALITY_SKILLS } from "./games-design-quality";
import { NETWORKS_SCIENCE_SKILLS } from "./networks-science";

/** Every area's list; ../index.ts merges them. One file per area. */
export const ALL_SKILL_LISTS: readonly (readonly SkillDefinition[])[] = [
  LANGUAGES_SKILLS,
  FRAMEWORKS_SKILLS,
  DATABASES_SKILLS,
  CLOUD_SKILLS,
  INFRASTRUCTURE_SKILLS,
  SECURITY_SKILLS,
  TOOLS_SKILLS,
  CONCEPTS_SKILLS,
  PRACTICES_SKILLS,
  DATA_SKILLS,
  ML_SKILLS,
  LLM_SKILLS,
  FINANCE_SKILLS,
  DOMAINS_SKILLS,
  SOFT_SKILLS,
  SPOKEN_LANGUAGES_SKILLS,
  MOBILE_SKILLS,
  SYSTEMS_SKILLS,
  WEB_SKILLS,
  BACKEND_SKILLS,
  INTEGRATION_SKILLS,
  ANALYTICS_SKILLS,
  CERTIFICATIONS_SKILLS,
  SECURITY_PRACTICE_SKILLS,
  FINTECH_COMPLIANCE_SKILLS,
  PLATFORM_SKILLS,
  EMBEDDED_SKILLS,
  GAMES_DESIGN_QUALITY_SKILLS,
  NETWORKS_SCIENCE_SKILLS,
];
