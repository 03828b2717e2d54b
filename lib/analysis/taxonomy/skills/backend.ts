import type { SkillDefinition } from "../types";

/**
 * The back end beyond the big frameworks (frameworks.ts): per-language libraries and ORMs, job
 * queues and workflow engines, back-end-as-a-service platforms, API practices and architecture
 * styles that postings name.
 */
const RAILS_CONTEXT = ["rails", "ruby", "ruby on rails", "hotwire", "sidekiq", "rspec"];
const GO_CONTEXT = ["go", "golang", "gin", "gorm", "grpc", "microservices"];
const DOTNET_CONTEXT = [".net", "c#", "asp.net", "dotnet", "entity framework", "azure"];
const PHP_CONTEXT = ["php", "laravel", "symfony", "composer", "wordpress"];
const ELIXIR_CONTEXT = ["elixir", "phoenix", "erlang", "ecto", "liveview", "beam"];
const JAVA_CONTEXT = ["java", "spring", "spring boot", "jvm", "kotlin", "maven", "gradle", "hibernate"];

export const BACKEND_SKILLS: SkillDefinition[] = [
  // Ruby
  { id: "hotwire", name: "Hotwire", aliases: ["Turbo", "StimulusReflex", "Turbo Streams"], category: "framework", parents: ["ruby-on-rails"], ambiguity: { forms: ["Turbo"], caseSensitive: true, needsContext: RAILS_CONTEXT } },
  { id: "sidekiq", name: "Sidekiq", aliases: [], category: "framework", parents: ["ruby", "job-queues"] },
  { id: "hanami", name: "Hanami", aliases: ["Grape", "dry-rb", "Roda"], category: "framework", parents: ["ruby"], ambiguity: { forms: ["Hanami", "Grape", "Roda"], caseSensitive: true, needsContext: ["ruby", "rails", "sinatra"] } },
  { id: "active-record", name: "ActiveRecord", aliases: ["Active Record", "ActiveRecord ORM", "Sequel ORM"], category: "framework", parents: ["ruby-on-rails", "object-relational-mapping"] },

  // Python
  { id: "asgi-servers", name: "Python web servers", aliases: ["Uvicorn", "Gunicorn", "uWSGI", "Hypercorn", "ASGI", "WSGI", "Starlette"], category: "framework", parents: ["python", "back-end-development"] },
  { id: "pyramid", name: "Pyramid", aliases: ["Pyramid framework", "Falcon framework", "Bottle.py", "Sanic", "Litestar", "Quart"], category: "framework", parents: ["python", "web-frameworks"], ambiguity: { forms: ["Pyramid"], caseSensitive: true, needsContext: ["python", "django", "flask", "fastapi", "web framework", "web frameworks"] } },
  { id: "alembic", name: "Alembic", aliases: ["SQLModel", "Tortoise ORM", "Peewee", "Django ORM"], category: "framework", parents: ["python", "object-relational-mapping"] },
  { id: "python-tooling", name: "Python tooling", aliases: ["mypy", "Ruff", "Pyright", "Black formatter", "flake8", "pylint", "isort", "pip-tools", "pyenv", "tox", "nox", "type hints", "Python type hints", "typing in Python"], category: "tool", parents: ["python"], ambiguity: { forms: ["Ruff", "tox", "nox"], caseSensitive: true, needsContext: ["python", "mypy", "pip", "poetry", "pytest", "lint", "linting", "black", "flake8", "packaging"] } },
  { id: "python-task-queues", name: "Python task queues", aliases: ["Dramatiq", "RQ", "Redis Queue", "Huey", "arq"], category: "framework", parents: ["python", "job-queues"], ambiguity: { forms: ["RQ", "Huey", "arq"], caseSensitive: true, needsContext: ["python", "celery", "redis", "queue", "queues", "jobs", "tasks", "django"] } },

  // JavaScript / TypeScript back end
  { id: "hono", name: "Hono", aliases: ["Elysia", "h3", "Nitro"], category: "framework", parents: ["javascript", "web-frameworks"], ambiguity: { forms: ["Hono", "Elysia", "Nitro", "h3"], caseSensitive: true, needsContext: ["node", "node.js", "bun", "deno", "cloudflare workers", "typescript", "javascript", "edge", "nuxt", "express"] } },
  { id: "adonisjs", name: "AdonisJS", aliases: ["Sails.js", "FeathersJS", "LoopBack", "Strapi backend"], category: "framework", parents: ["node-js", "web-frameworks"] },
  { id: "js-query-builders", name: "JavaScript ORMs and query builders", aliases: ["Knex", "Knex.js", "Kysely", "Objection.js", "MikroORM", "Bookshelf.js"], category: "framework", parents: ["node-js", "object-relational-mapping"] },
  { id: "bullmq", name: "BullMQ", aliases: ["Bull", "Bull queue", "Bee-Queue", "Agenda.js", "pg-boss", "Graphile Worker"], category: "framework", parents: ["node-js", "job-queues"], ambiguity: { forms: ["Bull"], caseSensitive: true, needsContext: ["node", "node.js", "redis", "queue", "queues", "jobs", "bullmq", "nestjs", "typescript"] } },
  { id: "graphql-servers", name: "GraphQL servers", aliases: ["GraphQL Federation", "GraphQL Yoga", "Pothos", "Nexus GraphQL", "TypeGraphQL", "Mercurius", "GraphQL Code Generator", "graphql-codegen", "GraphQL Mesh", "schema stitching"], category: "framework", parents: ["graphql"] },

  // Go
  { id: "go-web-frameworks", name: "Go web frameworks", aliases: ["Echo", "Fiber", "Chi", "chi router", "Gorilla Mux", "gorilla/mux", "Gorilla toolkit", "Buffalo", "Beego", "net/http"], category: "framework", parents: ["go", "web-frameworks"], ambiguity: { forms: ["Echo", "Fiber", "Chi", "Buffalo", "Beego"], caseSensitive: true, needsContext: GO_CONTEXT.concat(["gin", "gorilla"]) } },
  { id: "gorm", name: "GORM", aliases: ["sqlc", "sqlx", "Ent", "entgo", "pgx", "go-pg", "Bun ORM"], category: "framework", parents: ["go", "object-relational-mapping"], ambiguity: { forms: ["Ent", "sqlx"], caseSensitive: true, needsContext: GO_CONTEXT.concat(["gorm", "sqlc", "rust", "postgres", "orm"]) } },
  { id: "go-cli-libraries", name: "Go libraries", aliases: ["Cobra", "Viper config", "Zap logger", "zerolog", "Wire DI", "Testify", "gomock", "Go modules", "go-kit", "Go kit", "Kratos"], category: "framework", parents: ["go"], ambiguity: { forms: ["Cobra", "Kratos"], caseSensitive: true, needsContext: GO_CONTEXT.concat(["cli", "viper", "testify"]) } },

  // Rust
  { id: "rust-web-frameworks", name: "Rust web frameworks", aliases: ["Rocket", "Warp", "Poem", "Loco", "Leptos", "Yew", "Dioxus"], category: "framework", parents: ["rust", "web-frameworks"], ambiguity: { forms: ["Rocket", "Warp", "Poem", "Loco", "Yew"], caseSensitive: true, needsContext: ["rust", "tokio", "axum", "actix", "cargo", "wasm", "webassembly"] } },
  { id: "rust-orms", name: "Rust database libraries", aliases: ["Diesel", "SeaORM", "rusqlite", "tokio-postgres"], category: "framework", parents: ["rust", "object-relational-mapping"], ambiguity: { forms: ["Diesel"], caseSensitive: true, needsContext: ["rust", "cargo", "orm", "postgres", "tokio", "axum", "actix"] } },

  // JVM
  { id: "java-libraries", name: "Java libraries", aliases: ["Lombok", "Project Lombok", "MapStruct", "Jackson", "Guava", "Apache Commons", "SLF4J", "Log4j", "Logback", "Vavr", "Jooq", "jOOQ", "MyBatis", "Flyway migrations"], category: "framework", parents: ["java"], ambiguity: { forms: ["Jackson"], caseSensitive: true, needsContext: JAVA_CONTEXT.concat(["json", "lombok", "mapstruct", "serialization"]) } },
  { id: "java-web-legacy", name: "Java EE web frameworks", aliases: ["Vaadin", "Apache Struts", "Struts", "JSF", "JavaServer Faces", "JSP", "JavaServer Pages", "Servlets", "Java Servlets", "GWT", "Google Web Toolkit", "Apache Wicket", "Grails", "Thymeleaf", "EJB", "Enterprise JavaBeans"], category: "framework", parents: ["java", "web-frameworks"], ambiguity: { forms: ["JSP", "JSF", "EJB", "Struts"], caseSensitive: true } },
  { id: "jvm-internals", name: "JVM internals", aliases: ["JVM", "Java Virtual Machine", "HotSpot", "GraalVM", "JVM languages", "JIT compiler", "bytecode", "Project Loom", "virtual threads"], category: "concept", parents: ["java"] },
  { id: "kotlin-server", name: "Kotlin for server side", aliases: ["Kotlin backend", "Kotlin server-side", "Exposed ORM", "http4k", "Arrow-kt", "kotlinx.serialization"], category: "framework", parents: ["kotlin", "back-end-development"] },
  { id: "scala-ecosystem", name: "Scala ecosystem", aliases: ["Cats Effect", "ZIO", "http4s", "Scala.js", "Slick", "sbt", "Typelevel", "fs2", "Pekko", "Lagom"], category: "framework", parents: ["scala"], ambiguity: { forms: ["ZIO", "Slick", "sbt"], caseSensitive: true, needsContext: ["scala", "cats", "akka", "pekko", "functional", "jvm", "spark"] } },

  // .NET
  { id: "dotnet-libraries", name: ".NET libraries", aliases: ["MediatR", "AutoMapper", "Polly", "Serilog", "NLog", "Hangfire", "FluentValidation", "Dapper.NET", "Refit", "Moq", "NSubstitute", "FluentAssertions"], category: "framework", parents: ["dot-net"], ambiguity: { forms: ["Polly", "Refit", "Moq"], caseSensitive: true, needsContext: DOTNET_CONTEXT.concat(["mediatr", "serilog", "xunit", "nunit"]) } },
  { id: "dotnet-messaging", name: ".NET messaging", aliases: ["MassTransit", "NServiceBus", "Rebus", "Wolverine", "Microsoft Orleans", "Orleans", "Akka.NET", "Dapr"], category: "framework", parents: ["dot-net", "messaging"], ambiguity: { forms: ["Orleans", "Wolverine", "Rebus"], caseSensitive: true, needsContext: DOTNET_CONTEXT.concat(["masstransit", "nservicebus", "actors", "messaging"]) } },
  { id: "razor", name: "Razor", aliases: ["Razor Pages", "ASP.NET MVC views", "cshtml", "ASP.NET Web Forms", "Web Forms", "Minimal APIs"], category: "framework", parents: ["asp-net"], ambiguity: { forms: ["Razor"], caseSensitive: true, needsContext: DOTNET_CONTEXT.concat(["blazor", "mvc", "pages"]) } },

  // PHP
  { id: "php-frameworks-other", name: "PHP frameworks", aliases: ["CakePHP", "Yii", "Yii2", "Zend Framework", "Laminas", "Slim framework", "Phalcon", "FuelPHP"], category: "framework", parents: ["php", "web-frameworks"] },
  { id: "laravel-ecosystem", name: "Laravel ecosystem", aliases: ["Livewire", "Inertia.js", "Inertia", "Eloquent", "Eloquent ORM", "Laravel Nova", "Laravel Forge", "Laravel Vapor", "Filament", "Blade templates", "Artisan"], category: "framework", parents: ["laravel"], ambiguity: { forms: ["Inertia", "Eloquent", "Filament", "Artisan"], caseSensitive: true, needsContext: PHP_CONTEXT.concat(["livewire", "vue", "react", "alpine"]) } },
  { id: "php-tooling", name: "PHP tooling", aliases: ["Composer", "PHPStan", "Psalm", "Doctrine", "Doctrine ORM", "Twig", "PHP-FPM", "Xdebug", "Pest PHP", "PSR standards"], category: "tool", parents: ["php"], ambiguity: { forms: ["Composer", "Doctrine", "Twig", "Psalm"], caseSensitive: true, needsContext: PHP_CONTEXT.concat(["phpunit", "symfony", "drupal"]) } },

  // Elixir / Erlang
  { id: "elixir-ecosystem", name: "Elixir ecosystem", aliases: ["Absinthe", "Broadway", "Nerves", "Phoenix LiveView components", "GenServer", "GenServers", "ExUnit", "Mix", "Hex packages"], category: "framework", parents: ["elixir"], ambiguity: { forms: ["Broadway", "Nerves", "Absinthe", "Mix"], caseSensitive: true, needsContext: ELIXIR_CONTEXT } },
  { id: "erlang-otp", name: "OTP", aliases: ["OTP supervision trees", "supervision trees", "BEAM VM", "actor model", "actors"], category: "framework", parents: ["erlang", "concurrency"], ambiguity: { forms: ["OTP", "actors"], caseSensitive: true, needsContext: ELIXIR_CONTEXT.concat(["akka", "supervision", "concurrency", "otp", "orleans"]) } },

  // Back-end platforms and services
  { id: "hasura", name: "Hasura", aliases: ["PostgREST", "PostGraphile", "GraphQL engine"], category: "framework", parents: ["graphql", "postgresql"] },
  { id: "backend-as-a-service", name: "Backend as a service", aliases: ["BaaS", "PocketBase", "Appwrite", "Convex", "Parse Server", "AWS Amplify backend", "Nhost", "Xata"], category: "cloud", parents: ["cloud-computing", "back-end-development"], ambiguity: { forms: ["BaaS", "Convex"], caseSensitive: true, needsContext: ["backend", "back-end", "firebase", "supabase", "database", "serverless", "realtime", "baas", "typescript", "react"] } },
  { id: "headless-cms", name: "Headless CMS platforms", aliases: ["headless CMSs", "headless content management", "Prismic", "Storyblok", "Payload CMS", "Directus", "Ghost CMS", "Hygraph", "GraphCMS", "DatoCMS", "Builder.io"], category: "framework", parents: ["content-management-systems"] },
  { id: "job-queues", name: "Job queues", aliases: ["background jobs", "background job processing", "task queues", "task queue", "job queue", "job scheduling", "asynchronous jobs", "async jobs", "worker queues", "cron jobs", "job schedulers"], category: "practice", parents: ["back-end-development", "asynchronous-programming"] },
  { id: "temporal", name: "Temporal", aliases: ["Temporal.io", "Temporal workflows", "Temporal Cloud", "Cadence", "Uber Cadence"], category: "framework", parents: ["workflow-engines"], ambiguity: { forms: ["Temporal", "Cadence"], caseSensitive: true, needsContext: ["workflow", "workflows", "orchestration", "durable", "temporal.io", "kafka", "microservices", "tech stack", "stack:"] } },
  { id: "workflow-engines", name: "Workflow engines", aliases: ["workflow engine", "durable execution", "business process management", "BPM", "Camunda", "Zeebe", "Activiti", "Flowable", "Netflix Conductor", "Orkes", "Inngest", "Restate", "Trigger.dev", "jBPM", "Drools", "rules engines", "rules engine", "business rules engines"], category: "framework", parents: ["workflow-automation"], ambiguity: { forms: ["BPM", "Restate"], caseSensitive: true, needsContext: ["workflow", "workflows", "camunda", "bpmn", "process", "processes", "durable", "temporal", "orchestration"] } },
  { id: "dependency-injection", name: "Dependency injection", aliases: ["dependency injection frameworks", "inversion of control", "IoC containers", "DI containers"], category: "concept", parents: ["design-patterns"] },
  { id: "feature-flag-platforms", name: "LaunchDarkly", aliases: ["Unleash", "Flagsmith", "Split.io", "ConfigCat", "GrowthBook", "Statsig", "Optimizely Feature Experimentation", "OpenFeature"], category: "tool", parents: ["feature-flags"], ambiguity: { forms: ["Unleash"], caseSensitive: true, needsContext: ["feature flags", "feature flag", "toggles", "launchdarkly", "flagsmith", "experimentation", "rollouts"] } },

  { id: "transactional-email", name: "Transactional email", aliases: ["SendGrid", "Twilio SendGrid", "Mailgun", "Postmark", "Amazon SES", "AWS SES", "SparkPost", "Mailchimp Transactional", "Mandrill", "email deliverability", "email infrastructure", "SMTP"], category: "cloud", parents: ["back-end-development"] },
  { id: "resend", name: "Resend", aliases: ["Resend email", "React Email"], category: "cloud", parents: ["transactional-email"], ambiguity: { forms: ["Resend"], caseSensitive: true, needsContext: ["email", "emails", "sendgrid", "postmark", "transactional", "react email", "smtp"] } },

  // API and architecture practices
  { id: "webhooks", name: "Webhooks", aliases: ["webhook", "webhook integrations", "event callbacks", "Svix"], category: "concept", parents: ["api-integration", "event-driven-architecture"] },
  { id: "api-specifications", name: "API specifications", aliases: ["JSON Schema", "AsyncAPI", "RAML", "API Blueprint", "XSD", "XML Schema", "Confluent Schema Registry", "contract-first APIs", "API contracts"], category: "practice", parents: ["api-design"] },
  { id: "api-practices", name: "API best practices", aliases: ["API versioning", "rate limiting", "throttling", "idempotency", "idempotent APIs", "idempotency keys", "pagination", "API pagination", "backward compatibility", "API lifecycle management", "API governance"], category: "practice", parents: ["api-design"] },
  { id: "hexagonal-architecture", name: "Hexagonal architecture", aliases: ["ports and adapters", "onion architecture", "layered architecture", "n-tier architecture", "vertical slice architecture"], category: "practice", parents: ["software-architecture", "design-patterns"] },
  { id: "monolith-architecture", name: "Modular monolith", aliases: ["modular monoliths", "monolithic architecture", "monolith decomposition", "breaking up monoliths", "strangler fig pattern", "strangler pattern", "extracting services from a monolith", "breaking up a monolith", "splitting a monolith", "decomposing a monolith", "monolith to microservices", "microservices migration"], category: "practice", parents: ["software-architecture"] },
  { id: "twelve-factor-app", name: "Twelve-factor app", aliases: ["12-factor app", "twelve-factor", "12-factor", "12 factor app", "twelve factor"], category: "practice", parents: ["cloud-native"] },
  { id: "enterprise-integration-patterns", name: "Enterprise integration patterns", aliases: ["EIP", "integration patterns", "messaging patterns", "outbox pattern", "transactional outbox", "inbox pattern", "dead-letter queues", "dead letter queues", "DLQ"], category: "practice", parents: ["event-driven-architecture", "messaging"], ambiguity: { forms: ["EIP", "DLQ"], caseSensitive: true, needsContext: ["integration", "messaging", "queue", "queues", "kafka", "camel", "mulesoft", "patterns", "events", "sqs"] } },
  { id: "structured-logging", name: "Application logging", aliases: ["logging", "logging frameworks", "application logs", "application logging"], category: "practice", parents: ["observability"], ambiguity: { forms: ["logging"], needsContext: ["monitoring", "observability", "metrics", "tracing", "alerting", "logs", "elk", "datadog", "splunk", "grafana", "prometheus", "opentelemetry", "debugging"] } },
  // Ruby and Elixir background jobs and libraries
  { id: "resque", name: "Resque", aliases: [], category: "framework", parents: ["ruby", "job-queues"] },
  { id: "good-job", name: "GoodJob", aliases: ["good_job"], category: "framework", parents: ["ruby", "job-queues"] },
  { id: "delayed-job", name: "Delayed Job", aliases: ["DelayedJob", "delayed_job"], category: "framework", parents: ["ruby", "job-queues"] },
  { id: "solid-queue", name: "Solid Queue", aliases: ["SolidQueue"], category: "framework", parents: ["ruby", "job-queues"] },
  { id: "stimulus", name: "Stimulus", aliases: ["Stimulus.js", "StimulusJS"], category: "framework", parents: ["hotwire"], ambiguity: { forms: ["Stimulus"], caseSensitive: true, needsContext: RAILS_CONTEXT.concat(["hotwire", "turbo"]) } },
  { id: "ecto", name: "Ecto", aliases: [], category: "framework", parents: ["elixir"] },
  { id: "oban", name: "Oban", aliases: [], category: "framework", parents: ["elixir", "job-queues"], ambiguity: { forms: ["Oban"], caseSensitive: true, needsContext: ELIXIR_CONTEXT.concat(["background jobs", "jobs", "queues", "postgres", "postgresql"]) } },
];
