/**
 * Rule: the company naming its own tools is a stack statement, in any shape: a "Tech Stack:"
 * heading or label, "Our stack is ...", "We use ...", "we're on X", "You'll work with ...", a
 * bare bullet of tools, a product "built with" or "backed by" tools, or a stack clause or bracket
 * inside a requirement. Its tools are preferred (must wins when a requirement also names the
 * skill), and only the technologies count, not the company's fields or customers.
 */
import { parseLabelPrefix } from "@/lib/analysis/extract/sections";
import { analyze, ids, kinds } from "./support";

describe("stack lines and labels", () => {
  test("a stack line counts as preferred, and must wins when a requirement also names the skill", () => {
    const analysis = analyze("Tech Stack: Python, Databricks, Prefect, AWS\n\nRequirements:\n* Strong Python engineering experience.");
    const found = Object.fromEntries(analysis.skills.map((s) => [s.id, s.kind]));
    expect(found).toMatchObject({ python: "must", databricks: "preferred", prefect: "preferred", "amazon-web-services": "preferred" });
    expect(analysis.requirements[0].section).toBe("stack");
  });

  test("'What we use:' labels a stack line", () => {
    expect(parseLabelPrefix("What we use: PHP 8.3, Laravel 11, Redis")?.label).toBe("stack");
    const found = kinds("What you bring:\n- Strong Laravel experience\n\nWhat we use: PHP 8.3, Laravel 11, MySQL 8, Redis, Tailwind CSS, GitHub Actions.");
    expect(found.redis).toBe("preferred");
    expect(found["tailwind-css"]).toBe("preferred");
    expect(found["github-actions"]).toBe("preferred");
  });

  test("a long label: 'Our tech stack for those curious: Mill, Scala, Vert.x, Spark, Iceberg, Flink'", () => {
    const found = kinds("Our tech stack for those curious: Mill, Scala, Vert.x, Spark, Iceberg, Flink.");
    expect(found).toMatchObject({ scala: "preferred", "apache-spark": "preferred", "apache-flink": "preferred" });
  });

  test("under a stack heading, the company's own sentences name the stack too", () => {
    const text = "Acme - Remote\n\nSome of the tools we use:\n\n- Scala and Spark. We love functional programming and make use of Cats.\n- We leverage the usual AWS suspects: Fargate, Lambda.\n\nRequirements:\n- Python";
    expect(kinds(text)).toMatchObject({ scala: "preferred", cats: "preferred", "aws-fargate": "preferred", "aws-lambda": "preferred", python: "must" });
  });

  test("a bare bullet of tools with no heading and no verb is the stack", () => {
    const found = kinds("Acme | Full stack engineer | Remote\n\n- Full stack – JS, React, Python, Pandas, C++, KDB, SQL, Postgre, Spark");
    expect(found).toMatchObject({ javascript: "preferred", react: "preferred", python: "preferred", "kdb-plus": "preferred", postgresql: "preferred" });
  });
});

describe("stack sentences in a posting without headings", () => {
  test("'Our stack is Java 21, Spring Boot, Kafka and Postgres.' lists the stack", () => {
    const analysis = analyze("Acme | Backend Engineer | Remote\n\nWe build payroll software. Our stack is Java 21, Spring Boot, Kafka and Postgres.");
    expect(analysis.skills.map((s) => [s.id, s.kind])).toEqual([
      ["java", "preferred"],
      ["spring-boot", "preferred"],
      ["apache-kafka", "preferred"],
      ["postgresql", "preferred"],
    ]);
  });

  test("a stack sentence in any shape: 'Our stack is javascript+React on the FE, python on the BE'", () => {
    expect(ids("Our stack is javascript+React on the FE, python on the BE, with an AWS infrastructure.")).toEqual(
      expect.arrayContaining(["javascript", "react", "python", "amazon-web-services"]),
    );
  });

  test("'You'll work with Go, React and Kafka' in a headingless post names the stack", () => {
    const text = "Nimbus | Senior Engineer | Remote\n\nWe build analytics. You'll work with Go, TypeScript/React, ClickHouse and Kafka. You must know Go well.";
    expect(kinds(text)).toMatchObject({ go: "must", react: "preferred", clickhouse: "preferred", "apache-kafka": "preferred" });
  });

  test("'You'll work with our design team on onboarding flows' names no stack", () => {
    expect(kinds("Acme | Engineer\n\nYou'll work with our design team on onboarding flows.")).toEqual({});
  });

  test("'Our platform is a Kotlin monolith: Spring Boot on the back end, ...' names the stack as preferred", () => {
    const found = kinds(
      "We are a small team building billing software.\n\nOur platform is a Kotlin monolith: Spring Boot on the back end, MySQL via Hibernate, and RabbitMQ for jobs.\n\nRequirements\n- 3+ years of Kotlin\n",
    );
    expect(found["spring-boot"]).toBe("preferred");
    expect(found.mysql).toBe("preferred");
    expect(found.rabbitmq).toBe("preferred");
    expect(found.kotlin).toBe("must");
  });

  test("a stack named inside a sentence about the company counts from where it starts", () => {
    const found = kinds(
      "Our customers run Epic and Cerner, and the whole product is a single Elixir/Phoenix application backed by PostgreSQL, with a little Alpine.js.",
    );
    expect(found).toMatchObject({ postgresql: "preferred", "alpine-js": "preferred", elixir: "preferred" });
    expect(found).not.toHaveProperty("epic-systems");
  });

  test("the company's product description keeps only the tools it is built with", () => {
    const found = ids("Our user-facing applications have React/TypeScript frontends and Golang backends, powering machine learning for biology.");
    expect(found).toEqual(expect.arrayContaining(["react", "typescript", "go"]));
    expect(found).not.toContain("machine-learning");
  });

  test("'We're on a mission to make Python packaging boring.' states no stack", () => {
    expect(kinds("We're on a mission to make Python packaging boring.")).toEqual({});
  });
});

describe("stack clauses inside a requirement", () => {
  test("a company stack bracket makes its tools preferred: 'Good SQL skills (we run on Microsoft SQL Server and PostgreSQL)'", () => {
    expect(kinds("Requirements\n- Good SQL skills (we run on Microsoft SQL Server and PostgreSQL)")).toMatchObject({
      sql: "must",
      "microsoft-sql-server": "preferred",
      postgresql: "preferred",
    });
  });

  test("a company stack clause makes its tools preferred: '...; our backend is Go and our mobile clients are Kotlin and Swift'", () => {
    const clause = kinds("Requirements\n- Code in Go or Python; our backend is Go and our mobile clients are Kotlin and Swift");
    expect(clause).toMatchObject({ go: "must", python: "must", kotlin: "preferred", swift: "preferred" });
    expect(clause["back-end-development"]).toBeUndefined();
  });

  test("'we're on GitHub Actions and Argo CD' states the stack inside a must-have", () => {
    expect(kinds("Must have:\n- CI/CD pipelines; we're on GitHub Actions and Argo CD")).toMatchObject({
      "ci-cd": "must",
      "github-actions": "preferred",
      "argo-cd": "preferred",
    });
  });

  test("'we run PyTorch models exported to TensorRT' inside a nice-to-have keeps its tools as preferred", () => {
    const found = kinds(
      "Nice to have:\n- Computer vision or deep learning for plant detection (we run PyTorch models exported to TensorRT on NVIDIA Jetson)",
    );
    expect(found.pytorch).toBe("preferred");
    expect(found.tensorrt).toBe("preferred");
  });
});

describe("'backed by' a stack is not 'backed by' investors", () => {
  test("'building with Python and React, backed by a modern data stack (Postgres, ClickHouse)' names the stack", () => {
    const text = "Acme - Engineers - Remote\n\nYou have 3+ years of Python.\n\nWe're an agentic-first startup building with Python, FastAPI and React, backed by a modern data stack (Postgres, ClickHouse, DuckDB).";
    expect(kinds(text)).toMatchObject({ fastapi: "preferred", postgresql: "preferred", clickhouse: "preferred", duckdb: "preferred" });
  });
});

describe("the company naming the parts of its system", () => {
  test("'Our open-source execution engine is C++20, our platform is SvelteKit and TypeScript' names the stack", () => {
    const text = "Acme - Engineers - Remote\n\nYou have 3+ years of Python.\n\nOur open-source execution engine is C++20, our platform is SvelteKit and TypeScript.";
    expect(kinds(text)).toMatchObject({ "c-plus-plus": "preferred", sveltekit: "preferred", typescript: "preferred" });
  });

  test("a role line's Scala libraries are skills of their own ('AWS/Scala/Java/http4s/Cats Effect')", () => {
    const found = ids("Acme - Engineers\n\nYou have Go.\n\n- Lead Software Engineer (Services, AWS/Scala/Java/http4s/Cats Effect)");
    expect(found).toEqual(expect.arrayContaining(["scala", "http4s", "cats-effect"]));
  });
});

describe("a sentence that opens by naming the company's tools", () => {
  test("'Our data eng stack is mostly Python + AWS, and you will have the support to ...' names the stack", () => {
    const text = "Acme - Engineers - Remote\n\nYou have 3+ years of Go.\n\nOur data eng stack is mostly Python + AWS, and you will have the resources and support to develop an ML stack alongside that.";
    expect(kinds(text)).toMatchObject({ python: "preferred", "amazon-web-services": "preferred" });
  });

  test("'We are building a platform based on Kubernetes, Kubeflow, MLflow' names the stack", () => {
    const text = "Acme - Engineers - Remote\n\nYou have 3+ years of Go.\n\nWe are building an integrated MLOps platform based on Kubernetes, Kubeflow, MLflow and more, running anywhere our customers need it.";
    expect(kinds(text)).toMatchObject({ kubernetes: "preferred", kubeflow: "preferred", mlflow: "preferred" });
  });
});

describe("a work item followed by its stack", () => {
  test("'- Building the UI. This is currently written in React with Typescript.' names the stack, not the work", () => {
    const text = "Acme - Engineers\n\nYou have 3+ years of Go.\n\nYou would be working in a few key areas of our product:\n\n- Building the UI for launching pipelines. This is currently written in React with Typescript.";
    const result = analyze(text);
    const stack = result.requirements.find((r) => r.skills.some((s) => s.id === "react"));
    expect(stack).toMatchObject({ kind: "preferred", text: "This is currently written in React with Typescript." });
  });
});

describe("the parts of the system without 'our'", () => {
  test("'Backend is in Elixir (Phoenix/Absinthe/postgres), frontend is React' names the stack, each library its own skill", () => {
    const text = "Acme - Eng\n\nYou have 3+ years of Go.\n\nBackend is in Elixir (Phoenix/Absinthe/postgres), frontend is React (mostly JS with more new stuff in TS).";
    expect(kinds(text)).toMatchObject({ elixir: "preferred", phoenix: "preferred", absinthe: "preferred", postgresql: "preferred", react: "preferred" });
  });
});
