// Two projects: fast pure unit tests, and integration tests against a real PostgreSQL
// (DATABASE_URL, provided by scripts/test.mjs). SWC via next/jest compiles TypeScript.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

const shared = {
  testEnvironment: "node",
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1", "^server-only$": "<rootDir>/tests/support/empty-module.js" },
};

module.exports = async () => ({
  projects: [
    await createJestConfig({ ...shared, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] })(),
    await createJestConfig({
      ...shared,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      // A real database on a busy machine: generous, explicit limits for every test and hook
      // (seeding the catalog alone can pass Jest's 5 s default when other suites run beside it).
      testTimeout: 60_000,
      setupFilesAfterEnv: ["<rootDir>/tests/support/integration-timeouts.ts"],
    })(),
  ],
});
