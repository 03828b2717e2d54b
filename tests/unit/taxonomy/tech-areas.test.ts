import { ancestorDistance, ancestorsOf, findSkillByName, getSkill } from "@/lib/analysis/taxonomy";

/** Checks on the technology areas: languages, frameworks, databases, cloud, infrastructure, security, tools. */

function expectForms(forms: string[], id: string): void {
  for (const form of forms) expect([form, findSkillByName(form)?.id]).toEqual([form, id]);
}

describe("languages", () => {
  it("keeps C, C++ and C# apart", () => {
    expectForms(["C", "C language"], "c");
    expectForms(["C++", "CPP", "Modern C++"], "c-plus-plus");
    expectForms(["C#", "C sharp", "csharp"], "c-sharp");
    expectForms(["F#"], "f-sharp");
  });

  it("finds Go, JavaScript and TypeScript by the short forms postings use", () => {
    expectForms(["Go", "Golang", "golang"], "go");
    expectForms(["JS", "Javascript", "ES6"], "javascript");
    expectForms(["TS", "Typescript"], "typescript");
    expect(findSkillByName("Java")?.id).toBe("java");
    expect(ancestorsOf("typescript")).toContain("javascript");
  });

  it("guards single letters and English words", () => {
    expect(getSkill("go")?.ambiguity).toMatchObject({ forms: ["Go"], caseSensitive: true });
    expect(getSkill("c")?.ambiguity).toMatchObject({ forms: ["C"], caseSensitive: true });
    const r = getSkill("r")?.ambiguity;
    expect(r).toMatchObject({ forms: ["R"], caseSensitive: true });
    expect(r?.needsContext).toEqual(expect.arrayContaining(["statistics", "python", "rstudio"]));
    expect(getSkill("swift")?.ambiguity).toMatchObject({ forms: ["Swift"], caseSensitive: true });
    expect(getSkill("rust")?.ambiguity).toMatchObject({ forms: ["Rust"], caseSensitive: true });
  });

  it("puts SQL dialects under SQL and markup under front-end development", () => {
    expect(ancestorsOf("t-sql")).toEqual(expect.arrayContaining(["sql", "microsoft-sql-server"]));
    expect(ancestorsOf("pl-sql")).toEqual(expect.arrayContaining(["sql", "oracle-database"]));
    expectForms(["HTML5"], "html");
    expectForms(["CSS3"], "css");
    expect(ancestorsOf("sass")).toEqual(expect.arrayContaining(["css", "front-end-development"]));
  });
});

describe("frameworks", () => {
  it("finds the JavaScript frameworks by their common spellings", () => {
    expectForms(["React", "React.js", "ReactJS"], "react");
    expectForms(["Next.js", "NextJS"], "next-js");
    expectForms(["Vue", "VueJS", "Vue.js"], "vue-js");
    expectForms(["NestJS", "Nest.js"], "nestjs");
    expectForms(["Node", "NodeJS", "Node.js"], "node-js");
    expectForms(["Angular", "AngularJS"], "angular");
    expect(ancestorsOf("react")).toEqual(
      expect.arrayContaining(["javascript-frameworks", "javascript", "front-end-development"]),
    );
    expect(ancestorDistance("next-js", "react")).toBe(1);
  });

  it("needs context for framework names that are ordinary words", () => {
    expect(getSkill("express")?.ambiguity).toMatchObject({ forms: ["Express"], caseSensitive: true });
    expect(getSkill("express")?.ambiguity?.needsContext).toEqual(expect.arrayContaining(["node", "javascript", "api"]));
    expect(getSkill("next-js")?.ambiguity).toMatchObject({ forms: ["Next"], caseSensitive: true });
    expect(getSkill("spring-framework")?.ambiguity?.needsContext).toEqual(expect.arrayContaining(["java", "boot"]));
    expect(getSkill("ember-js")?.ambiguity).toMatchObject({ forms: ["Ember"], caseSensitive: true });
  });

  it("treats Spring and Spring Boot as related Java skills", () => {
    expectForms(["Spring", "Spring Framework"], "spring-framework");
    expect(ancestorsOf("spring-boot")).toEqual(expect.arrayContaining(["spring-framework", "java"]));
  });

  it("maps .NET spellings to one skill and leaves the combined C#/.NET form to the splitter", () => {
    expectForms([".NET", "dotnet", ".NET 8", ".NET Core"], "dot-net");
    expect(getSkill("dot-net")?.ambiguity).toMatchObject({ forms: [".NET"], caseSensitive: true });
    expect(findSkillByName("C#/.NET")).toBeUndefined();
    expectForms(["Pythonnet", "Python.NET"], "pythonnet");
  });

  it("finds the back-end frameworks from the labelled postings", () => {
    expectForms(["Django"], "django");
    expectForms(["Flask"], "flask");
    expectForms(["Laravel"], "laravel");
    expectForms(["Ruby on Rails", "Rails", "RoR"], "ruby-on-rails");
    expectForms(["gRPC", "grpc"], "grpc");
    expect(ancestorsOf("fastapi")).toEqual(expect.arrayContaining(["python", "web-frameworks"]));
    expect(ancestorsOf("jest")).toContain("software-testing");
  });
});

describe("databases", () => {
  it("finds PostgreSQL by Postgres, Postgre and psql and places it under relational databases and SQL", () => {
    expectForms(["PostgreSQL", "Postgres", "Postgre", "psql"], "postgresql");
    expect(ancestorsOf("postgresql")).toEqual(expect.arrayContaining(["relational-databases", "databases", "sql"]));
  });

  it("finds the other engines from the labelled postings", () => {
    expectForms(["SQL Server", "MSSQL", "Microsoft SQL Server"], "microsoft-sql-server");
    expectForms(["Oracle"], "oracle-database");
    expectForms(["MySQL"], "mysql");
    expectForms(["Snowflake"], "snowflake");
    expectForms(["BigQuery", "Google BigQuery"], "bigquery");
    expectForms(["Redshift"], "amazon-redshift");
    expect(ancestorsOf("amazon-redshift")).toEqual(expect.arrayContaining(["data-warehousing", "amazon-web-services"]));
  });

  it("groups stores by kind", () => {
    expectForms(["non-relational", "NoSQL"], "nosql");
    expect(ancestorsOf("mongodb")).toEqual(expect.arrayContaining(["document-databases", "nosql", "databases"]));
    expect(ancestorsOf("pgvector")).toEqual(expect.arrayContaining(["postgresql", "vector-databases"]));
    expect(ancestorsOf("neo4j")).toContain("graph-databases");
    expect(ancestorsOf("influxdb")).toContain("time-series-databases");
    // "relational" and "vector" alone only count beside other data-store words.
    expect(getSkill("relational-databases")?.ambiguity?.forms).toEqual(["relational"]);
    expect(getSkill("vector-databases")?.ambiguity?.forms).toEqual(["vector"]);
  });
});

describe("cloud", () => {
  it("finds the three big providers by their abbreviations", () => {
    expectForms(["AWS", "Amazon Web Services"], "amazon-web-services");
    expectForms(["GCP", "Google Cloud", "gcp"], "google-cloud-platform");
    expectForms(["Azure", "Microsoft Azure"], "microsoft-azure");
    expect(ancestorsOf("microsoft-azure")).toContain("cloud-computing");
  });

  it("finds AWS services by their short names and places them under AWS", () => {
    const services: Record<string, string> = {
      EC2: "amazon-ec2",
      S3: "amazon-s3",
      RDS: "amazon-rds",
      SQS: "amazon-sqs",
      CodeDeploy: "aws-codedeploy",
      CodePipeline: "aws-codepipeline",
      Cognito: "amazon-cognito",
      Fargate: "aws-fargate",
      SageMaker: "amazon-sagemaker",
      CloudFormation: "aws-cloudformation",
      Lambda: "aws-lambda",
      EKS: "amazon-eks",
    };
    for (const [form, id] of Object.entries(services)) {
      expect([form, findSkillByName(form)?.id]).toEqual([form, id]);
      expect([id, ancestorDistance(id, "amazon-web-services")]).toEqual([id, 1]);
    }
    expect(ancestorsOf("aws-cloudformation")).toContain("infrastructure-as-code");
    expect(ancestorsOf("amazon-eks")).toContain("kubernetes");
    expect(getSkill("aws-lambda")?.ambiguity).toMatchObject({ caseSensitive: true });
  });

  it("places Google Cloud and Azure services under their provider", () => {
    expectForms(["GKE"], "google-kubernetes-engine");
    expectForms(["Cloud Run"], "google-cloud-run");
    expectForms(["Vertex AI"], "vertex-ai");
    expectForms(["AKS"], "azure-kubernetes-service");
    expectForms(["Azure AD", "Entra ID"], "microsoft-entra-id");
    expect(ancestorDistance("vertex-ai", "google-cloud-platform")).toBe(1);
    expect(ancestorDistance("azure-functions", "microsoft-azure")).toBe(1);
  });
});

describe("infrastructure", () => {
  it("places containers, orchestration and infrastructure as code under their practices", () => {
    expectForms(["K8s", "k8s", "Kubernetes"], "kubernetes");
    expect(ancestorsOf("docker")).toContain("containerization");
    expect(ancestorsOf("kubernetes")).toContain("containerization");
    expect(ancestorsOf("helm")).toContain("kubernetes");
    expect(ancestorsOf("terraform")).toContain("infrastructure-as-code");
    expect(ancestorsOf("github-actions")).toContain("ci-cd");
  });

  it("finds the kdb+ posting's operational skills", () => {
    expectForms(["load-balancing", "load balancing"], "load-balancing");
    expectForms(["high-availability", "high availability"], "high-availability");
    expect(getSkill("high-availability")?.ambiguity).toMatchObject({ forms: ["HA"], caseSensitive: true });
  });

  it("finds Linux, messaging and observability tools", () => {
    expectForms(["Linux", "linux"], "linux");
    expect(ancestorsOf("ubuntu")).toContain("linux");
    expectForms(["Kafka"], "apache-kafka");
    expect(ancestorsOf("apache-kafka")).toEqual(expect.arrayContaining(["data-streaming", "messaging"]));
    expect(ancestorsOf("rabbitmq")).toContain("messaging");
    expect(ancestorsOf("prometheus")).toContain("observability");
    expect(getSkill("chef")?.ambiguity?.needsContext).toEqual(expect.arrayContaining(["puppet", "ansible"]));
  });
});

describe("security", () => {
  it("finds the security skills from the labelled postings", () => {
    expectForms(["Security", "cybersecurity"], "security");
    expectForms(["application security", "AppSec"], "application-security");
    expectForms(["secure coding", "building secure systems"], "secure-software-development");
    expectForms(["SOC 2", "SOC2"], "soc-2");
    expectForms(["HIPAA", "HIPAA compliance"], "hipaa");
    expect(ancestorsOf("secure-software-development")).toEqual(expect.arrayContaining(["application-security", "security"]));
  });

  it("separates identity concepts from the AWS IAM service", () => {
    expectForms(["IAM"], "identity-and-access-management");
    expectForms(["AWS IAM"], "aws-iam");
    expectForms(["OIDC"], "openid-connect");
    expectForms(["OAuth 2.0", "OAuth2"], "oauth");
    expect(ancestorsOf("saml")).toEqual(expect.arrayContaining(["single-sign-on", "authentication", "security"]));
  });
});

describe("tools", () => {
  it("finds the tools from the labelled postings", () => {
    expectForms(["Git", "git"], "git");
    expectForms(["Jira", "JIRA"], "jira");
    expectForms(["Figma"], "figma");
    expectForms(["Photoshop", "Adobe Photoshop"], "adobe-photoshop");
    expectForms(["Jupyter", "Jupyter Notebook", "Jupyter Notebooks"], "jupyter-notebooks");
    expect(ancestorsOf("github")).toEqual(expect.arrayContaining(["git", "version-control"]));
  });

  it("only counts Excel with its capital letter", () => {
    expectForms(["Excel", "MS Excel"], "microsoft-excel");
    expect(getSkill("microsoft-excel")?.ambiguity).toMatchObject({ forms: ["Excel"], caseSensitive: true });
  });
});
