/**
 * Skill names that are also everyday English words. When the taxonomy gives no ambiguity rule for
 * such a form, the matcher asks for the capitalised proper-noun spelling (and, at the start of a
 * sentence, a list around it): "React, Redux" counts, "react to incidents" does not.
 */
export const COMMON_WORD_FORMS: ReadonlySet<string> = new Set([
  "go", "next", "node", "nest", "spring", "ray", "hex", "dune", "rust", "swift", "chef", "puppet",
  "excel", "express", "flask", "rails", "gin", "echo", "ember", "meteor", "backbone", "mercury", "salt",
  "ant", "jest", "mocha", "chai", "jasmine", "karma", "storm", "beam", "hive", "pig", "spark", "arrow",
  "dash", "react", "solid", "elm", "crystal", "julia", "dart", "scheme", "unity", "vault", "consul",
  "nomad", "packer", "helm", "envoy", "kong", "glue", "lambda", "batch", "prefect", "luigi", "ruby",
  "shell", "make", "sketch", "notion", "linear", "slack", "teams", "zoom", "word", "office", "access",
  "outlook", "project", "box", "drive", "keynote", "numbers", "pages", "monday", "bamboo", "circle",
  "travis", "sentry", "loki", "tempo", "flux", "argo", "harness", "octopus", "druid", "presto",
  "delta", "iceberg", "comet", "feast", "haystack", "guidance", "outlines", "instructor", "chroma",
  "elastic", "lightning", "snowflake", "airflow", "streamlit", "polars", "pandas", "vertex", "bedrock",
  "copilot", "cursor", "gemini", "claude", "llama", "mistral", "phoenix", "django", "laravel",
  "symfony", "play", "akka", "cats", "zio", "vapor", "rocket", "actix", "axum", "tokio", "yew",
  "phaser", "three", "d3", "chart", "redux", "mobx", "apollo", "relay", "prisma", "drizzle", "sequelize",
  "hibernate", "jenkins", "ansible", "grafana", "kibana", "logstash", "fluentd", "vector", "pulsar",
  "nats", "rabbit", "celery", "sidekiq", "resque", "hangfire", "quartz", "camel", "mule", "boomi",
  "tableau", "looker", "mode", "metabase", "superset", "redash", "hex", "sigma", "domo", "qlik",
  "alteryx", "knime", "dataiku", "sage", "oracle", "sap", "workday", "salesforce", "hubspot",
  "marketo", "segment", "amplitude", "mixpanel", "heap", "optimizely", "launchdarkly", "split",
  "statsig", "figma", "framer", "webflow", "wix", "squarespace", "shopify", "magento", "wordpress",
  "drupal", "joomla", "ghost", "strapi", "contentful", "sanity", "storybook", "chromatic", "cypress",
  "playwright", "puppeteer", "selenium", "appium", "detox", "espresso", "robot", "gatling", "locust",
  "k6", "artillery", "postman", "insomnia", "swagger", "stoplight", "kafka", "flink", "beam",
  "trino", "impala", "kudu", "hudi", "parquet", "avro", "orc", "thrift", "protobuf", "rest", "soap",
  "lead", "unit", "integration", "performance", "component", "agents", "chains", "vision",
  "streaming", "messaging", "mobile", "cloud", "backend", "frontend", "security", "testing",
]);
