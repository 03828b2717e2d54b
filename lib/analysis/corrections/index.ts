export * from "./apply-corrections";
export { normalizeRequirementText } from "./requirement-key";
