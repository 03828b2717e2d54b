/**
 * The layering of ../shared/CONVENTIONS.md, checked by `npm run lint` (dependency-cruiser):
 *   lib/analysis   the pure core: no framework, database, server code, network, files or clock
 *   lib/server/data queries and row mapping only: no services, actions, jobs, and from the core
 *                  only its types, the taxonomy and the correction-key helper (row mapping)
 *   app/, components/ read through lib/server/services and actions, never lib/server/data
 *                  (type-only imports of row shapes are allowed: they run nothing)
 *   and no import cycles anywhere.
 */
const TYPE_ONLY = ["type-only"];

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make load order matter and layers blur; break the cycle by moving the shared piece down.",
      from: {},
      // Cycles closed only by type-only imports vanish at run time: they are allowed.
      to: { circular: true, viaOnly: { dependencyTypesNot: TYPE_ONLY } },
    },
    {
      name: "analysis-is-pure",
      severity: "error",
      comment: "lib/analysis is pure TypeScript: text and profile in, plain data out. No next, react, prisma, server code, network, files or processes.",
      from: { path: "^lib/analysis/" },
      to: {
        path: [
          "^lib/server/",
          "^app/",
          "^components/",
          "^prisma/",
          "^node_modules/(next|react|react-dom|@prisma|prisma|pg|pg-boss|next-auth|piscina|server-only)/",
        ],
      },
    },
    {
      name: "analysis-no-io-modules",
      severity: "error",
      comment: "No files, network, processes, threads or randomness (node:crypto) in the pure core.",
      from: { path: "^lib/analysis/" },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|net|http|https|http2|dgram|dns|tls|child_process|cluster|worker_threads|crypto|os|process)$" },
    },
    {
      name: "data-does-not-orchestrate",
      severity: "error",
      comment: "lib/server/data only queries and maps rows: orchestration lives in lib/server/services and actions, which call it.",
      from: { path: "^lib/server/data/" },
      to: { path: "^lib/server/(services|actions|jobs|workers|api)/" },
    },
    {
      name: "data-uses-only-core-types-and-taxonomy",
      severity: "error",
      comment:
        "From the analysis core, data may use its types (any type-only import), the taxonomy (skill names for rows) and the correction key (a column value). Scoring, extraction, recommending and planning are for services.",
      from: { path: "^lib/server/data/" },
      to: {
        path: "^lib/analysis/",
        pathNot: ["^lib/analysis/types\\.ts$", "^lib/analysis/taxonomy/", "^lib/analysis/corrections/requirement-key\\.ts$"],
        dependencyTypesNot: TYPE_ONLY,
      },
    },
    {
      name: "pages-read-through-services",
      severity: "error",
      comment: "Pages, route handlers and components call lib/server/services or actions, never lib/server/data (type-only imports of row shapes are fine).",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/server/data/", dependencyTypesNot: TYPE_ONLY },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
