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
    })(),
  ],
});
