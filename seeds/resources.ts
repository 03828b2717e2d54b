import type { Resource, ResourceKind } from "@/lib/analysis/types";

/**
 * The shared resource catalog: real courses, books, docs and guides with their links, the skills
 * they teach (taxonomy ids) and the level each brings when finished. Hours are honest estimates
 * of working through the material, not just watching or skimming it.
 * Includes the seed document's shortlist (FastAPI, clean Python, Designing ML Systems, AWS ML
 * reference architectures, Terraform, Prometheus/Grafana, Evidently, KYC and graph entity
 * resolution) and the study list's own courses.
 */
type Entry = [id: string, title: string, url: string, kind: ResourceKind, hours: number, provider: string | null, skills: Record<string, number>];

const ENTRIES: Entry[] = [
  // Distributed systems, architecture and system design
  ["mit-6824", "MIT 6.824 Distributed Systems: lectures, papers and labs", "https://pdos.csail.mit.edu/6.824/schedule.html", "course", 60, "MIT", { "distributed-systems": 7, "consensus-algorithms": 6, "fault-tolerance": 6 }],
  ["mit-6824-videos", "MIT 6.824 lecture videos", "https://www.youtube.com/@6.824", "video", 30, "MIT", { "distributed-systems": 6, "fault-tolerance": 5 }],
  ["ddia", "Designing Data-Intensive Applications", "https://dataintensive.net/", "book", 35, "Martin Kleppmann, O'Reilly", { "distributed-systems": 7, "databases": 6, "data-streaming": 5, "scalability": 6, "database-replication": 6 }],
  ["raft-paper", "In Search of an Understandable Consensus Algorithm (Raft)", "https://raft.github.io/raft.pdf", "article", 3, "Ongaro and Ousterhout", { "consensus-algorithms": 6, "distributed-systems": 4 }],
  ["system-design-primer", "The System Design Primer", "https://github.com/donnemartin/system-design-primer", "guide", 20, "Donne Martin", { "system-design": 6, "scalability": 6, "load-balancing": 5, "caching": 5 }],
  ["system-design-101", "System Design 101", "https://github.com/ByteByteGoHq/system-design-101", "guide", 8, "ByteByteGo", { "system-design": 5, "software-architecture": 4 }],
  ["google-sre-book", "Site Reliability Engineering (the Google SRE book)", "https://sre.google/sre-book/table-of-contents/", "book", 30, "Google", { "site-reliability-engineering": 7, "incident-management": 6, "operational-stability": 6, "observability": 5 }],
  ["aws-well-architected", "AWS Well-Architected Framework", "https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html", "docs", 6, "AWS", { "cloud-architecture": 6, "application-resiliency": 5, "amazon-web-services": 4 }],
  ["fowler-microservices", "Microservices (Lewis and Fowler)", "https://martinfowler.com/articles/microservices.html", "article", 1, "Martin Fowler", { "microservices": 4 }],
  ["microservices-io-patterns", "Microservice architecture patterns", "https://microservices.io/patterns/", "guide", 6, "Chris Richardson", { "microservices": 6, "event-driven-architecture": 5, "software-architecture": 5 }],
  ["fowler-event-driven", "What do you mean by \"Event-Driven\"?", "https://martinfowler.com/articles/201701-event-driven.html", "article", 1, "Martin Fowler", { "event-driven-architecture": 4, "event-sourcing": 3 }],
  ["kafka-intro", "Apache Kafka: introduction and quickstart", "https://kafka.apache.org/intro", "docs", 4, "Apache Software Foundation", { "apache-kafka": 4, "data-streaming": 4, "messaging": 4 }],
  ["azure-api-design", "RESTful web API design", "https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design", "docs", 2, "Microsoft", { "rest-apis": 5, "api-design": 5 }],

  // kdb+ and q
  ["q-for-mortals", "Q for Mortals", "https://code.kx.com/q4m3/", "book", 40, "KX (Jeffry Borror)", { "q": 7, "kdb-plus": 6 }],
  ["kx-academy", "KX Academy courses (KX Learning Hub)", "https://learninghub.kx.com/", "course", 20, "KX", { "kdb-plus": 6, "q": 6 }],
  ["kdb-tick-architecture", "kdb+tick architecture", "https://code.kx.com/q/architecture/", "docs", 4, "KX", { "kdb-plus-tick": 6, "kdb-plus": 5 }],
  ["kx-white-papers", "KX white papers: tick, performance, high availability", "https://code.kx.com/q/wp/", "article", 15, "KX", { "kdb-plus": 7, "kdb-plus-tick": 7, "query-optimization": 5, "high-availability": 5 }],
  ["kdb-tick-source", "kdb+tick source: tick.q, u.q, r.q", "https://github.com/KxSystems/kdb-tick", "practice", 4, "KX", { "kdb-plus-tick": 6, "q": 5 }],
  ["q-reference", "q language reference", "https://code.kx.com/q/ref/", "docs", 6, "KX", { "q": 5 }],

  // Machine learning, deep learning, reinforcement learning, causal inference
  ["stanford-cs234", "Stanford CS234: Reinforcement Learning", "https://www.youtube.com/watch?v=WsvFL-LjA6U&list=PLoROMvodv4rN4wG6Nk6sNpTEbuOSosZdX", "course", 25, "Stanford", { "reinforcement-learning": 7 }],
  ["sutton-barto", "Reinforcement Learning: An Introduction (Sutton and Barto)", "http://incompleteideas.net/book/the-book-2nd.html", "book", 60, "Sutton and Barto", { "reinforcement-learning": 8 }],
  ["spinning-up", "Spinning Up in Deep RL", "https://spinningup.openai.com/", "guide", 15, "OpenAI", { "reinforcement-learning": 6, "deep-learning": 4 }],
  ["karpathy-intro-llms", "Intro to Large Language Models", "https://www.youtube.com/watch?v=zjkBMFhNj_g", "video", 1, "Andrej Karpathy", { "large-language-models": 3, "generative-ai": 3 }],
  ["karpathy-deep-dive-llms", "Deep Dive into LLMs like ChatGPT", "https://www.youtube.com/watch?v=7xTGNNLPyMI", "video", 3.5, "Andrej Karpathy", { "large-language-models": 4 }],
  ["karpathy-micrograd", "The spelled-out intro to neural networks and backpropagation: building micrograd", "https://www.youtube.com/watch?v=VMj-3S1tku0", "video", 2.5, "Andrej Karpathy", { "neural-networks": 5, "deep-learning": 4 }],
  ["karpathy-zero-to-hero", "Neural Networks: Zero to Hero", "https://karpathy.ai/zero-to-hero.html", "course", 20, "Andrej Karpathy", { "deep-learning": 7, "neural-networks": 7, "transformer-architecture": 6, "large-language-models": 5 }],
  ["karpathy-build-gpt", "Let's build GPT: from scratch, in code, spelled out", "https://www.youtube.com/watch?v=kCc8FmEb1nY", "video", 2, "Andrej Karpathy", { "transformer-architecture": 5, "large-language-models": 4 }],
  ["attention-paper", "Attention Is All You Need", "https://arxiv.org/abs/1706.03762", "article", 2, "Vaswani et al.", { "transformer-architecture": 5 }],
  ["pytorch-basics", "PyTorch tutorials: Learn the Basics", "https://pytorch.org/tutorials/beginner/basics/intro.html", "docs", 8, "PyTorch", { "pytorch": 5 }],
  ["deep-learning-book", "Deep Learning (Goodfellow, Bengio, Courville)", "https://www.deeplearningbook.org/", "book", 60, "MIT Press", { "deep-learning": 8, "machine-learning": 6 }],
  ["fast-ai", "Practical Deep Learning for Coders", "https://course.fast.ai/", "course", 30, "fast.ai", { "deep-learning": 6, "pytorch": 5, "machine-learning": 5 }],
  ["ml-specialization", "Machine Learning Specialization", "https://www.coursera.org/specializations/machine-learning-introduction", "course", 40, "DeepLearning.AI and Stanford", { "machine-learning": 6, "supervised-learning": 6 }],
  ["non-convex-optimization", "Non-convex Optimization for Machine Learning (Jain and Kar)", "https://arxiv.org/abs/1712.07897", "article", 8, "Jain and Kar", { "mathematical-optimization": 6 }],
  ["causal-brave-true", "Causal Inference for the Brave and True", "https://matheusfacure.github.io/python-causality-handbook/landing-page.html", "book", 25, "Matheus Facure", { "causal-inference": 6 }],
  ["causal-mixtape", "Causal Inference: The Mixtape", "https://mixtape.scunning.com/", "book", 30, "Scott Cunningham", { "causal-inference": 7, "econometrics": 6 }],
  ["brady-neal-causal", "Introduction to Causal Inference", "https://www.bradyneal.com/causal-inference-course", "course", 20, "Brady Neal", { "causal-inference": 6 }],

  // LLMs, RAG, agents, MCP
  ["awesome-generative-ai-guide", "awesome-generative-ai-guide (Applied LLMs Mastery course)", "https://github.com/aishwaryanr/awesome-generative-ai-guide", "guide", 40, "Aishwarya Naresh Reganti", { "generative-ai": 6, "large-language-models": 6, "retrieval-augmented-generation": 5, "ai-agents": 4 }],
  ["hugging-face-llm-course", "Hugging Face LLM Course", "https://huggingface.co/learn/llm-course/chapter1/1", "course", 25, "Hugging Face", { "large-language-models": 6, "hugging-face-transformers": 6, "natural-language-processing": 5, "fine-tuning": 5 }],
  ["rag-paper", "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", "https://arxiv.org/abs/2005.11401", "article", 2, "Lewis et al.", { "retrieval-augmented-generation": 4 }],
  ["pinecone-rag", "Retrieval-Augmented Generation (Pinecone Learn)", "https://www.pinecone.io/learn/retrieval-augmented-generation/", "article", 1.5, "Pinecone", { "retrieval-augmented-generation": 4, "vector-databases": 3 }],
  ["pinecone-vector-database", "What is a vector database?", "https://www.pinecone.io/learn/vector-database/", "article", 1, "Pinecone", { "vector-databases": 4, "embeddings": 3 }],
  ["langchain-rag-tutorial", "LangChain: build a RAG app", "https://python.langchain.com/docs/tutorials/rag/", "docs", 3, "LangChain", { "retrieval-augmented-generation": 5, "langchain": 5 }],
  ["langchain-tutorials", "LangChain tutorials", "https://python.langchain.com/docs/tutorials/", "docs", 8, "LangChain", { "langchain": 6, "large-language-models": 4 }],
  ["deeplearning-ai-langchain", "LangChain for LLM Application Development", "https://www.deeplearning.ai/short-courses/langchain-for-llm-application-development/", "course", 1.5, "DeepLearning.AI", { "langchain": 4 }],
  ["langgraph-docs", "LangGraph documentation", "https://langchain-ai.github.io/langgraph/", "docs", 6, "LangChain", { "langgraph": 5, "ai-agents": 5 }],
  ["building-effective-agents", "Building effective agents", "https://www.anthropic.com/research/building-effective-agents", "article", 1, "Anthropic", { "ai-agents": 5 }],
  ["mcp-docs", "Model Context Protocol documentation", "https://modelcontextprotocol.io/", "docs", 5, "Anthropic", { "model-context-protocol": 6 }],
  ["anthropic-mcp-course", "Introduction to Model Context Protocol (Anthropic Academy)", "https://anthropic.skilljar.com/introduction-to-model-context-protocol", "course", 3, "Anthropic", { "model-context-protocol": 5 }],
  ["deeplearning-ai-mcp", "MCP: Build Rich-Context AI Apps with Anthropic", "https://www.deeplearning.ai/short-courses/mcp-build-rich-context-ai-apps-with-anthropic/", "course", 2, "DeepLearning.AI", { "model-context-protocol": 5, "ai-agents": 3 }],
  ["prompting-guide", "Prompt Engineering Guide", "https://www.promptingguide.ai/", "guide", 5, "DAIR.AI", { "prompt-engineering": 5 }],
  ["openai-cookbook", "OpenAI Cookbook", "https://cookbook.openai.com/", "guide", 10, "OpenAI", { "openai-api": 5, "retrieval-augmented-generation": 4 }],
  ["llm-patterns", "Patterns for Building LLM-based Systems and Products", "https://eugeneyan.com/writing/llm-patterns/", "article", 2, "Eugene Yan", { "llmops": 4, "llm-evaluation": 4, "retrieval-augmented-generation": 4 }],
  ["llm-bootcamp", "Full Stack LLM Bootcamp", "https://fullstackdeeplearning.com/llm-bootcamp/", "course", 12, "Full Stack Deep Learning", { "llmops": 5, "large-language-models": 5, "generative-ai": 5 }],

  // Cloud: AWS, Azure, Google Cloud
  ["bedrock-user-guide", "Amazon Bedrock user guide", "https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html", "docs", 6, "AWS", { "amazon-bedrock": 5, "generative-ai": 3 }],
  ["bedrock-workshop", "Amazon Bedrock workshop", "https://github.com/aws-samples/amazon-bedrock-workshop", "practice", 8, "AWS", { "amazon-bedrock": 6, "retrieval-augmented-generation": 4, "ai-agents": 3 }],
  ["sagemaker-developer-guide", "Amazon SageMaker developer guide", "https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html", "docs", 8, "AWS", { "amazon-sagemaker": 5, "mlops": 3 }],
  ["aws-ml-lens", "AWS Well-Architected Machine Learning Lens (ML reference architectures)", "https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/machine-learning-lens.html", "docs", 4, "AWS", { "mlops": 4, "ml-system-design": 4, "amazon-web-services": 3 }],
  ["aws-getting-started", "Getting started with AWS: hands-on tutorials", "https://aws.amazon.com/getting-started/", "docs", 8, "AWS", { "amazon-web-services": 5, "cloud-computing": 4 }],
  ["aws-ml-learning", "Machine learning on AWS: learning plans", "https://aws.amazon.com/training/learn-about/machine-learning/", "course", 10, "AWS", { "amazon-web-services": 4, "amazon-sagemaker": 4, "machine-learning": 3 }],
  ["azure-ai-services-docs", "Azure AI services documentation", "https://learn.microsoft.com/en-us/azure/ai-services/", "docs", 6, "Microsoft", { "azure-ai-services": 5, "microsoft-azure": 3 }],
  ["azure-ai-900", "Microsoft Azure AI Fundamentals (AI-900)", "https://learn.microsoft.com/en-us/credentials/certifications/azure-ai-fundamentals/", "course", 10, "Microsoft", { "azure-ai-services": 5, "microsoft-azure": 4, "artificial-intelligence": 4 }],
  ["azure-az-900", "Microsoft Azure Fundamentals (AZ-900)", "https://learn.microsoft.com/en-us/credentials/certifications/azure-fundamentals/", "course", 10, "Microsoft", { "microsoft-azure": 5, "cloud-computing": 4 }],
  ["google-cloud-skills-boost", "Google Cloud Skills Boost", "https://www.cloudskillsboost.google/", "course", 10, "Google Cloud", { "google-cloud-platform": 4, "cloud-computing": 3 }],

  // MLOps and ML systems
  ["designing-ml-systems", "Designing Machine Learning Systems", "https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/", "book", 20, "Chip Huyen, O'Reilly", { "ml-system-design": 7, "mlops": 6, "model-monitoring": 5 }],
  ["made-with-ml", "Made With ML: MLOps course", "https://madewithml.com/", "course", 30, "Goku Mohandas", { "mlops": 6, "ml-engineering": 6, "model-deployment": 5 }],
  ["mlops-zoomcamp", "MLOps Zoomcamp", "https://github.com/DataTalksClub/mlops-zoomcamp", "course", 40, "DataTalks.Club", { "mlops": 6, "mlflow": 5, "model-monitoring": 5, "workflow-orchestration": 4 }],
  ["mlflow-docs", "MLflow documentation", "https://mlflow.org/docs/latest/index.html", "docs", 5, "MLflow", { "mlflow": 6, "experiment-tracking": 5 }],
  ["databricks-get-started", "Databricks: get started", "https://docs.databricks.com/en/getting-started/index.html", "docs", 6, "Databricks", { "databricks": 5, "apache-spark": 4, "delta-lake": 4 }],
  ["databricks-academy", "Databricks Academy", "https://www.databricks.com/learn/training/home", "course", 12, "Databricks", { "databricks": 6, "apache-spark": 5 }],
  ["delta-lake-docs", "Delta Lake documentation", "https://docs.delta.io/latest/index.html", "docs", 3, "Delta Lake", { "delta-lake": 5 }],
  ["evidently-course", "Open-source ML observability course", "https://www.evidentlyai.com/ml-observability-course", "course", 10, "Evidently AI", { "model-monitoring": 6, "evidently-ai": 5 }],
  ["evidently-docs", "Evidently AI documentation", "https://docs.evidentlyai.com/", "docs", 3, "Evidently AI", { "evidently-ai": 5, "model-monitoring": 4 }],
  ["google-mlops-pipelines", "MLOps: continuous delivery and automation pipelines in machine learning", "https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning", "article", 1.5, "Google Cloud", { "mlops": 4, "ml-pipelines": 4 }],
  ["rules-of-ml", "Rules of Machine Learning", "https://developers.google.com/machine-learning/guides/rules-of-ml", "guide", 2, "Google", { "ml-engineering": 4, "machine-learning": 3 }],

  // Python, Java and APIs
  ["fastapi-tutorial", "FastAPI tutorial: user guide", "https://fastapi.tiangolo.com/tutorial/", "docs", 6, "FastAPI", { "fastapi": 6, "rest-apis": 4, "pydantic": 4 }],
  ["pydantic-docs", "Pydantic documentation", "https://docs.pydantic.dev/latest/", "docs", 2, "Pydantic", { "pydantic": 5 }],
  ["python-tutorial", "The Python Tutorial", "https://docs.python.org/3/tutorial/", "docs", 10, "Python Software Foundation", { "python": 5 }],
  ["python-packaging", "Packaging Python projects", "https://packaging.python.org/en/latest/tutorials/packaging-projects/", "docs", 1, "Python Packaging Authority", { "python": 3 }],
  ["clean-code-python", "Clean Code concepts adapted for Python", "https://github.com/zedr/clean-code-python", "guide", 2, "zedr", { "clean-code": 4, "python": 3 }],
  ["real-python-async", "Async IO in Python: a complete walkthrough", "https://realpython.com/async-io-python/", "article", 2, "Real Python", { "asyncio": 5, "asynchronous-programming": 5 }],
  ["fluent-python", "Fluent Python, 2nd edition", "https://www.oreilly.com/library/view/fluent-python-2nd/9781492056348/", "book", 40, "Luciano Ramalho, O'Reilly", { "python": 8 }],
  ["dev-java-learn", "Learn Java (dev.java)", "https://dev.java/learn/", "docs", 20, "Oracle", { "java": 5 }],
  ["effective-java", "Effective Java, 3rd edition", "https://www.oreilly.com/library/view/effective-java-3rd/9780134686097/", "book", 25, "Joshua Bloch", { "java": 8 }],

  // Infrastructure: Terraform, CI/CD, containers, monitoring
  ["terraform-aws-get-started", "Terraform: get started on AWS", "https://developer.hashicorp.com/terraform/tutorials/aws-get-started", "docs", 4, "HashiCorp", { "terraform": 5, "infrastructure-as-code": 5 }],
  ["terraform-tutorials", "Terraform tutorials: modules, state, providers", "https://developer.hashicorp.com/terraform/tutorials", "docs", 10, "HashiCorp", { "terraform": 6, "infrastructure-as-code": 6 }],
  ["github-actions-docs", "GitHub Actions documentation", "https://docs.github.com/en/actions", "docs", 4, "GitHub", { "github-actions": 5, "ci-cd": 5 }],
  ["fowler-continuous-integration", "Continuous Integration", "https://martinfowler.com/articles/continuousIntegration.html", "article", 1.5, "Martin Fowler", { "continuous-integration": 5, "ci-cd": 4 }],
  ["continuous-delivery", "Continuous Delivery: what, why and how", "https://continuousdelivery.com/", "guide", 3, "Jez Humble", { "continuous-delivery": 5, "ci-cd": 4 }],
  ["prometheus-overview", "Prometheus: overview and first steps", "https://prometheus.io/docs/introduction/overview/", "docs", 3, "Prometheus", { "prometheus": 5, "observability": 4 }],
  ["grafana-getting-started", "Grafana: get started", "https://grafana.com/docs/grafana/latest/getting-started/", "docs", 3, "Grafana Labs", { "grafana": 5, "observability": 3 }],
  ["docker-get-started", "Docker: get started", "https://docs.docker.com/get-started/", "docs", 4, "Docker", { "docker": 5, "containerization": 5 }],
  ["kubernetes-basics", "Learn Kubernetes basics", "https://kubernetes.io/docs/tutorials/kubernetes-basics/", "docs", 4, "Kubernetes", { "kubernetes": 4, "container-orchestration": 4 }],

  // Testing
  ["practical-test-pyramid", "The Practical Test Pyramid", "https://martinfowler.com/articles/practical-test-pyramid.html", "article", 2, "Ham Vocke, martinfowler.com", { "software-testing": 5, "unit-testing": 5, "integration-testing": 4, "end-to-end-testing": 4 }],
  ["pytest-docs", "pytest: get started", "https://docs.pytest.org/en/stable/getting-started.html", "docs", 3, "pytest", { "pytest": 5, "unit-testing": 4 }],
  ["software-engineering-at-google", "Software Engineering at Google (testing chapters)", "https://abseil.io/resources/swe-book", "book", 15, "Google, O'Reilly", { "software-testing": 6, "unit-testing": 6, "software-engineering": 5, "code-review": 5 }],
  ["k6-docs", "Grafana k6 documentation", "https://grafana.com/docs/k6/latest/", "docs", 3, "Grafana Labs", { "performance-testing": 5, "k6": 5 }],
  ["playwright-docs", "Playwright: getting started", "https://playwright.dev/docs/intro", "docs", 3, "Microsoft", { "end-to-end-testing": 5, "playwright": 5 }],
  ["junit-user-guide", "JUnit 5 user guide", "https://junit.org/junit5/docs/current/user-guide/", "docs", 3, "JUnit", { "junit": 5, "unit-testing": 4 }],

  // Databases and SQL
  ["use-the-index-luke", "Use The Index, Luke: SQL indexing and tuning", "https://use-the-index-luke.com/", "book", 10, "Markus Winand", { "query-optimization": 6, "database-indexing": 6, "sql": 5 }],
  ["postgresql-tutorial", "PostgreSQL tutorial", "https://www.postgresql.org/docs/current/tutorial.html", "docs", 4, "PostgreSQL", { "postgresql": 4, "sql": 4 }],
  ["sqlbolt", "SQLBolt: interactive SQL lessons", "https://sqlbolt.com/", "practice", 2, "SQLBolt", { "sql": 4 }],

  // Security, agile and delivery
  ["owasp-top-ten", "OWASP Top 10", "https://owasp.org/www-project-top-ten/", "guide", 3, "OWASP", { "application-security": 5 }],
  ["scrum-guide", "The Scrum Guide", "https://scrumguides.org/scrum-guide.html", "guide", 1, "Schwaber and Sutherland", { "scrum": 5, "agile": 4 }],

  // Domain: KYC, entity resolution, graphs
  ["investopedia-kyc", "Know Your Client (KYC) explained", "https://www.investopedia.com/terms/k/knowyourclient.asp", "article", 0.5, "Investopedia", { "know-your-customer": 3 }],
  ["fatf-recommendations", "The FATF Recommendations (customer due diligence)", "https://www.fatf-gafi.org/en/publications/Fatfrecommendations/Fatf-recommendations.html", "guide", 4, "FATF", { "know-your-customer": 5, "anti-money-laundering": 4 }],
  ["neo4j-graphacademy", "Neo4j GraphAcademy", "https://graphacademy.neo4j.com/", "course", 8, "Neo4j", { "graph-databases": 5, "neo4j": 5, "cypher": 4 }],
  ["splink-docs", "Splink: probabilistic record linkage and entity resolution", "https://moj-analytical-services.github.io/splink/", "docs", 4, "UK Ministry of Justice", { "entity-resolution": 5 }],

  // Behavioural interviews and leadership
  ["behavioral-interview-guide", "Behavioral interviews: a guide for software engineers", "https://www.techinterviewhandbook.org/behavioral-interview/", "guide", 3, "Tech Interview Handbook", { "communication": 4, "stakeholder-management": 3 }],
  ["star-method", "The STAR interview method", "https://www.themuse.com/advice/star-interview-method", "article", 0.5, "The Muse", { "communication": 3 }],
  ["amazon-leadership-principles", "Amazon leadership principles", "https://www.amazon.jobs/content/en/our-workplace/leadership-principles", "article", 1, "Amazon", { "technical-leadership": 3, "communication": 3 }],
  ["staff-engineer-guides", "StaffEng guides", "https://staffeng.com/guides/", "guide", 6, "Will Larson", { "technical-leadership": 5, "stakeholder-management": 4, "mentoring": 4 }],
];

export const RESOURCE_CATALOG: readonly Resource[] = ENTRIES.map(([id, title, url, kind, hours, provider, skills]) => ({
  id,
  title,
  url,
  kind,
  hours,
  provider,
  skills: Object.entries(skills).map(([skillId, level]) => ({ skillId, level })),
}));

/** The catalog as fresh objects, for the seed script and tests. */
export function seedResources(): Resource[] {
  return RESOURCE_CATALOG.map((resource) => ({ ...resource, skills: resource.skills.map((skill) => ({ ...skill })) }));
}
