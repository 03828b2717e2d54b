/**
 * Sixth round: "We care a lot about X" in prose asks for X, "we would love someone who can also ..."
 * is a preference (but "we'd love you to retire that box" is not), and the orchestrator / drift
 * monitoring / trade lifecycle / query tuning / fraud-and-risk domain / KX Dashboards families.
 */
import { extractRequirements } from "@/lib/analysis/extract";

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(extractRequirements(text).skills.map((s) => [s.id, s.kind]));
}

describe("prose voice", () => {
  test("'We care a lot about X' in a posting without headings is a must", () => {
    const found = kinds(
      "We are looking for an engineer who is strong in Python. We care a lot about structured outputs and function calling, and experience with LangGraph is a plus.",
    );
    expect(found["structured-outputs"]).toBe("must");
    expect(found["tool-calling"]).toBe("must");
    expect(found.langgraph).toBe("preferred");
  });

  test("'We care a lot about clear communication' keeps Communication", () => {
    const found = kinds("You should know Python well. We care a lot about clear communication with non-technical users, because you will sit with them weekly.");
    expect(found.communication).toBe("must");
  });

  test("'we would love someone who can also ...' names preferred tools", () => {
    const found = kinds(
      "You should know Python and Docker. Our team is eight engineers, and we would love someone who can also help us improve our monitoring with Datadog.",
    );
    expect(found.datadog).toBe("preferred");
    expect(found.python).toBe("must");
  });

  test("'a Jenkins box that we'd love you to retire' is not a requirement", () => {
    const found = kinds("You should know Python and Docker. We still have one rusty Jenkins box running nightly reports that we'd love you to retire.");
    expect(found.jenkins).toBeUndefined();
  });
});

describe("taxonomy families", () => {
  test("an orchestrator named with data tools is workflow orchestration", () => {
    const found = kinds("Requirements:\n- Experience with an orchestrator such as Airflow, Dagster or Prefect\n");
    expect(found["workflow-orchestration"]).toBe("must");
    expect(found["apache-airflow"]).toBe("must");
  });

  test("a container orchestrator alone is not workflow orchestration", () => {
    const found = kinds("Requirements:\n- Kubernetes as a container orchestrator\n");
    expect(found["workflow-orchestration"]).toBeUndefined();
  });

  test("drift monitoring, trade lifecycle, query tuning, fraud and risk domains, KX Dashboards", () => {
    const found = kinds(
      "Requirements:\n- Experience deploying models and monitoring them for drift\n- Knowledge of the lifecycle of a trade in equities\n- Experience performance-tuning queries on large datasets\n- Fraud or risk domain experience\n\nNice to have:\n- Exposure to KX Dashboards\n",
    );
    expect(found["model-monitoring"]).toBe("must");
    expect(found["clearing-and-settlement"]).toBe("must");
    expect(found["query-optimization"]).toBe("must");
    expect(found["fraud-detection"]).toBe("must");
    expect(found["risk-management"]).toBe("must");
    expect(found["kx-dashboards"]).toBe("preferred");
  });
});
