export * from "./apply-corrections";
