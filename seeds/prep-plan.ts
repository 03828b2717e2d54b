import type { PrepPlanTheme } from "@/lib/analysis/plan/types";

/**
 * The seed document's 7-day intensive prep plan as a template: one theme per day, with the
 * skills it serves and its tasks in the seed's words. buildPrepPlan groups the person's gaps
 * into these themes (by skill or ancestor), orders them by how much they raise fit, keeps
 * behavioural prep whatever the gaps and ends on the mock-interview day.
 */
export const PREP_PLAN_THEMES: readonly PrepPlanTheme[] = [
  {
    id: "domain-kyc",
    title: "Understand the domain: KYC and onboarding",
    goal: "Speak intelligently about KYC, onboarding, and where AI brings value.",
    skills: ["know-your-customer", "anti-money-laundering", "entity-resolution", "graph-databases", "knowledge-graphs", "regulatory-compliance"],
    tasks: [
      "KYC and onboarding: pain points in document extraction, entity resolution, risk scoring, workflow automation",
      "Why graph databases matter: customer relationships and ownership networks",
      "Prepare 3 strong examples of AI impact in operations and a narrative: how AI transforms onboarding",
    ],
  },
  {
    id: "python-apis",
    title: "Python for systems and API skills",
    goal: "Be ready for the Python engineering interview.",
    skills: ["python", "java", "fastapi", "pydantic", "rest-apis", "api-design", "asynchronous-programming", "software-testing", "clean-code", "back-end-development", "etl"],
    tasks: [
      "Write a working FastAPI service: /predict, model loading, logging, error handling, Pydantic schemas, unit tests",
      "Review packaging (src/ layout, modules, logging), async patterns and ETL pipeline patterns",
    ],
  },
  {
    id: "ai-system-design",
    title: "End-to-end AI system design",
    goal: "Prepare for the 60-minute whiteboard interview.",
    skills: [
      "system-design",
      "ml-system-design",
      "software-architecture",
      "distributed-systems",
      "scalability",
      "microservices",
      "event-driven-architecture",
      "data-streaming",
      "messaging",
      "large-language-models",
      "generative-ai",
      "retrieval-augmented-generation",
      "ai-agents",
      "model-context-protocol",
    ],
    tasks: [
      "Data ingestion -> ETL -> feature store -> model -> deployment -> monitoring",
      "Scaling: load balancing, caching, retries and backoff, rollbacks, model registry",
      "Whiteboard: an LLM document-extraction pipeline for onboarding; entity resolution on a graph database; an AI code assistant",
    ],
  },
  {
    id: "infrastructure",
    title: "Infrastructure: Terraform, CI/CD, monitoring",
    goal: "Discuss infrastructure competently without needing expert-level detail.",
    skills: [
      "terraform",
      "infrastructure-as-code",
      "ci-cd",
      "devops",
      "containerization",
      "container-orchestration",
      "observability",
      "model-monitoring",
      "cloud-computing",
      "site-reliability-engineering",
      "operational-stability",
    ],
    tasks: [
      "Terraform: modules, variables, state; provisioning S3 buckets, ECS/EKS services, IAM roles, VPC basics",
      "CI/CD: lint -> test -> build -> security scan -> deploy; blue/green and canary rollouts",
      "Monitoring: Grafana dashboards and alerts, Prometheus metrics, ML drift and data quality",
    ],
  },
  {
    id: "databricks-mlflow",
    title: "Databricks and MLflow",
    goal: "Be able to speak to these during the system design interview.",
    skills: ["databricks", "mlflow", "mlops", "llmops", "apache-spark", "delta-lake", "feature-stores", "experiment-tracking", "machine-learning", "data-pipelines"],
    tasks: [
      "MLflow: experiment tracking, model registry, deployment",
      "Databricks: Delta tables, Spark clusters, ETL pipelines",
      "Explain how you would build a scalable ETL pipeline, a training workflow, a feature store, batch and streaming inference",
    ],
  },
  {
    id: "behavioural",
    title: "Behavioural, leadership and storytelling",
    goal: "Ace the hiring manager interview with 3 polished, leadership-oriented stories.",
    skills: ["communication", "stakeholder-management", "technical-leadership", "mentoring", "prioritization", "leadership"],
    tasks: [
      "STAR stories: leading cross-functional projects, pushing back on stakeholders, making architecture decisions",
      "STAR stories: driving innovation, communicating trade-offs, working with diverse teams",
      "Answers: why applied AI; a time you invented a solution; influencing without authority; build vs buy",
    ],
    minHours: 3,
  },
  {
    id: "mock-interviews",
    title: "Full mock interviews and weak-spot fixes",
    goal: "Run the checklist: technical screen, system design, Python, hiring manager.",
    skills: [],
    tasks: [
      "Technical screen: explain an ML system end to end, REST API integration, data pipelines",
      "System design: a scalable AI platform with diagrams; articulate trade-offs",
      "Python: clean modular code, async, typing, error handling",
      "Hiring manager: sound like a leader, at the right altitude",
    ],
    placement: "last",
  },
];

export function seedPrepPlanThemes(): PrepPlanTheme[] {
  return PREP_PLAN_THEMES.map((theme) => ({ ...theme, skills: [...theme.skills], tasks: [...theme.tasks] }));
}
