/**
 * Skill names that are also everyday English words, in lowercase. When the taxonomy gives no
 * ambiguity rule for such a form, the matcher asks for the capitalised proper-noun spelling (and, at
 * the start of a sentence, a list around it): "React, Redux" counts, "react to incidents" does not.
 * Only words whose everyday sense dominates belong here; "testing" or "agile" do not.
 */
export const COMMON_WORD_FORMS: ReadonlySet<string> = new Set([
  "go", "next", "node", "nest", "spring", "ray", "hex", "dune", "rust", "swift", "chef", "puppet",
  "excel", "express", "rails", "gin", "echo", "ember", "meteor", "backbone", "mercury", "salt", "ant",
  "jest", "mocha", "chai", "jasmine", "karma", "storm", "beam", "hive", "pig", "spark", "arrow", "dash",
  "react", "solid", "elm", "crystal", "julia", "dart", "scheme", "unity", "vault", "consul", "nomad",
  "packer", "helm", "envoy", "kong", "glue", "lambda", "batch", "ruby", "shell", "make", "sketch",
  "notion", "linear", "slack", "teams", "zoom", "word", "office", "access", "outlook", "project", "box",
  "drive", "keynote", "numbers", "pages", "monday", "bamboo", "circle", "sentry", "tempo", "flux",
  "argo", "harness", "octopus", "delta", "iceberg", "comet", "feast", "haystack", "guidance",
  "outlines", "instructor", "chroma", "elastic", "lightning", "vertex", "bedrock", "copilot", "cursor",
  "gemini", "claude", "llama", "phoenix", "play", "cats", "rocket", "three", "chart", "relay", "pulsar",
  "rabbit", "camel", "mode", "sigma", "sage", "segment", "amplitude", "heap", "split", "ghost",
  "sanity", "robot", "rest", "soap", "lead", "prefect", "flask", "bash", "fish", "keras", "torch",
  "compass", "realm", "firebase", "sequel", "pilot", "fabric", "synapse", "purview", "sentinel",
  "defender", "intune", "entra", "power", "forms", "lists", "planner", "stream", "viva", "loop", "unreal",
  "thrift", "spanner", "aurora", "athena", "electron",
]);
