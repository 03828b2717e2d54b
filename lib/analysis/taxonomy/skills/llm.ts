import type { SkillDefinition } from "../types";

/**
 * Large language models and generative AI: RAG, agents, MCP, prompting, fine-tuning, evaluation,
 * serving, and the libraries and model APIs postings name. Vector databases live in databases.ts.
 */
const LLM_CONTEXT = ["llm", "llms", "ai", "genai", "generative", "agent", "agents", "agentic", "rag", "openai", "anthropic", "claude", "gpt", "langchain", "prompt", "prompts", "models", "model"];

export const LLM_SKILLS: SkillDefinition[] = [
  // Umbrellas
  { id: "large-language-models", name: "Large language models", aliases: ["LLM", "LLMs", "large language model", "LLM systems", "LLM applications", "LLM-based applications", "language models", "LLM integration"], category: "llm", parents: ["natural-language-processing", "generative-ai", "foundation-models"] },
  { id: "generative-ai", name: "Generative AI", aliases: ["GenAI", "Gen AI", "generative AI applications", "generative models", "GenAI applications", "generative artificial intelligence"], category: "llm", parents: ["deep-learning"] },
  { id: "foundation-models", name: "Foundation models", aliases: ["foundation model", "frontier models", "pretrained models", "pre-trained models"], category: "llm", parents: ["deep-learning"] },
  { id: "ai-engineering", name: "AI engineering", aliases: ["LLM engineering", "GenAI engineering", "applied AI engineering", "LLM application development"], category: "llm", parents: ["large-language-models", "software-engineering"] },
  { id: "open-weight-models", name: "Open-weight models", aliases: ["open-source LLMs", "open-weight LLMs", "open source LLMs", "open-source models"], category: "llm", parents: ["large-language-models"] },
  { id: "small-language-models", name: "Small language models", aliases: ["SLMs", "SLM"], category: "llm", parents: ["large-language-models"] },
  { id: "diffusion-models", name: "Diffusion models", aliases: ["Stable Diffusion", "latent diffusion", "text-to-image models", "image generation", "ComfyUI", "Midjourney", "SDXL", "Flux models", "ControlNet", "image generation models", "video generation"], category: "llm", parents: ["generative-ai"] },

  // Building with LLMs
  { id: "retrieval-augmented-generation", name: "Retrieval-augmented generation", aliases: ["RAG", "Retrieval-Augmented Generation", "retrieval augmented generation", "RAG pipelines", "RAG systems", "RAG architectures", "GraphRAG", "agentic RAG"], category: "llm", parents: ["large-language-models", "information-retrieval"] },
  { id: "ai-agents", name: "AI agents", aliases: ["agentic systems", "agentic system architectures", "agentic AI", "AI agent", "LLM agents", "autonomous agents", "agentic workflows", "multi-agent systems", "agent frameworks", "agents", "agentic architectures", "Mastra", "browser agents", "computer use agents", "computer-use agents", "browser automation agents", "agent orchestration"], category: "llm", parents: ["large-language-models"], ambiguity: { forms: ["agents"], needsContext: LLM_CONTEXT.concat(["chains", "autonomous", "tool", "tools", "mcp"]) } },
  { id: "model-context-protocol", name: "Model Context Protocol", aliases: ["MCP", "MCP servers", "MCP server", "model context protocol servers"], category: "llm", parents: ["ai-agents"], ambiguity: { forms: ["MCP"], needsContext: LLM_CONTEXT.concat(["protocol", "protocols", "tools", "tool", "context", "server", "servers"]) } },
  { id: "agent-to-agent-protocol", name: "Agent2Agent protocol", aliases: ["A2A protocol", "Agent-to-Agent protocol"], category: "llm", parents: ["ai-agents"] },
  { id: "tool-calling", name: "Tool calling", aliases: ["function calling", "tool use", "LLM tool use"], category: "llm", parents: ["ai-agents"] },
  { id: "prompt-engineering", name: "Prompt engineering", aliases: ["prompting", "prompt design", "prompt optimization", "prompt engineering techniques", "chain-of-thought prompting", "few-shot prompting", "prompt templates"], category: "llm", parents: ["large-language-models"] },
  { id: "context-engineering", name: "Context engineering", aliases: ["context window management", "context engineering for agents"], category: "llm", parents: ["large-language-models"] },
  { id: "structured-outputs", name: "Structured outputs", aliases: ["structured output", "JSON mode", "constrained decoding"], category: "llm", parents: ["large-language-models"] },
  { id: "conversational-ai", name: "Conversational AI", aliases: ["chatbots", "chatbot development", "conversational agents", "dialogue systems", "chatbot", "voice agents", "voice AI", "conversational interfaces", "LiveKit Agents", "Pipecat", "Vapi", "Retell AI"], category: "llm", parents: ["natural-language-processing"] },
  { id: "embeddings", name: "Embeddings", aliases: ["vector embeddings", "text embeddings", "embedding models", "sentence embeddings", "embedding pipelines"], category: "llm", parents: ["representation-learning"] },
  { id: "semantic-search", name: "Semantic search", aliases: ["vector search", "similarity search", "neural search", "hybrid search", "dense retrieval", "vector similarity search"], category: "llm", parents: ["information-retrieval", "embeddings"] },
  { id: "reranking", name: "Reranking", aliases: ["re-ranking", "rerankers", "cross-encoders", "reranking models"], category: "llm", parents: ["semantic-search"] },
  { id: "document-chunking", name: "Document chunking", aliases: ["chunking strategies", "text chunking"], category: "llm", parents: ["retrieval-augmented-generation"] },

  // Training and adapting models
  { id: "fine-tuning", name: "Fine-tuning", aliases: ["finetuning", "fine tuning", "LLM fine-tuning", "model fine-tuning", "fine-tuning LLMs", "supervised fine-tuning", "SFT", "instruction tuning", "GRPO", "PPO fine-tuning", "RL fine-tuning", "reinforcement fine-tuning", "post-training"], category: "llm", parents: ["large-language-models", "transfer-learning"] },
  { id: "parameter-efficient-fine-tuning", name: "Parameter-efficient fine-tuning", aliases: ["PEFT", "LoRA", "QLoRA", "low-rank adaptation"], category: "llm", parents: ["fine-tuning"], ambiguity: { forms: ["LoRA"], caseSensitive: true } },
  { id: "rlhf", name: "RLHF", aliases: ["reinforcement learning from human feedback", "preference optimization", "DPO", "direct preference optimization", "RLAIF", "reward modeling"], category: "llm", parents: ["fine-tuning", "reinforcement-learning"] },
  { id: "llm-pretraining", name: "LLM pretraining", aliases: ["pretraining", "pre-training", "language model pretraining", "training LLMs", "LLM training", "foundation model training", "training LLMs from scratch", "scaling laws"], category: "llm", parents: ["large-language-models", "distributed-training"] },
  { id: "quantization", name: "Quantization", aliases: ["model quantization", "LLM quantization", "quantization methods", "GGUF", "int8 quantization"], category: "llm", parents: ["model-optimization"] },

  // Evaluation, operations and safety
  { id: "llmops", name: "LLMOps", aliases: ["LLM operations", "LLMOps practices", "LLMOps tools", "GenAIOps"], category: "llm", parents: ["mlops", "large-language-models"] },
  { id: "llm-evaluation", name: "LLM evaluation", aliases: ["LLM evals", "evals", "LLM evaluation frameworks", "model evals", "evaluation harnesses", "LLM benchmarking", "LLM-as-a-judge", "Braintrust", "custom evals", "evaluation frameworks", "eval frameworks", "eval pipelines", "TruLens", "Humanloop", "PromptLayer", "Weave", "W&B Weave", "Patronus", "Galileo evals"], category: "llm", parents: ["large-language-models", "model-evaluation"] },
  { id: "llm-observability", name: "LLM observability", aliases: ["LLM monitoring", "LLM tracing", "prompt monitoring", "Helicone", "LLM tracing tools", "observability for LLM apps"], category: "llm", parents: ["llmops", "model-monitoring"] },
  { id: "llm-inference", name: "LLM inference", aliases: ["LLM serving", "LLM inference optimization", "inference engines", "serving LLMs", "speculative decoding", "KV cache", "KV caching", "continuous batching", "paged attention", "PagedAttention", "inference latency optimization", "LiteLLM", "OpenRouter", "Together AI", "Fireworks AI", "Groq", "Modal Labs", "Replicate API", "Baseten"], category: "llm", parents: ["large-language-models", "model-serving"] },
  { id: "llm-guardrails", name: "LLM guardrails", aliases: ["AI guardrails", "Guardrails AI", "NeMo Guardrails", "content moderation models"], category: "llm", parents: ["ai-safety"] },
  { id: "ai-safety", name: "AI safety", aliases: ["AI alignment", "LLM safety", "alignment research", "AI red teaming", "LLM red teaming", "jailbreak prevention", "prompt injection defense", "prompt injection", "mechanistic interpretability", "interpretability research", "red teaming LLMs"], category: "llm", parents: ["large-language-models"] },
  { id: "responsible-ai", name: "Responsible AI", aliases: ["AI ethics", "ethical AI", "AI governance", "trustworthy AI", "EU AI Act"], category: "llm", parents: ["artificial-intelligence"] },
  { id: "langsmith", name: "LangSmith", aliases: [], category: "llm", parents: ["llm-observability", "llm-evaluation"] },
  { id: "langfuse", name: "Langfuse", aliases: [], category: "llm", parents: ["llm-observability"] },
  { id: "ragas", name: "Ragas", aliases: ["RAGAS"], category: "llm", parents: ["llm-evaluation", "retrieval-augmented-generation"] },
  { id: "deepeval", name: "DeepEval", aliases: [], category: "llm", parents: ["llm-evaluation"] },
  { id: "promptfoo", name: "promptfoo", aliases: ["Promptfoo"], category: "llm", parents: ["llm-evaluation"] },

  // Frameworks and libraries
  { id: "langchain", name: "LangChain", aliases: ["Langchain", "LangChain framework", "LangChain.js", "LCEL"], category: "llm", parents: ["large-language-models", "python"] },
  { id: "langgraph", name: "LangGraph", aliases: ["Langgraph"], category: "llm", parents: ["langchain", "ai-agents"] },
  { id: "llamaindex", name: "LlamaIndex", aliases: ["Llama Index", "Llama-Index", "GPT Index"], category: "llm", parents: ["retrieval-augmented-generation"] },
  { id: "haystack", name: "Haystack", aliases: ["deepset Haystack"], category: "llm", parents: ["retrieval-augmented-generation"], ambiguity: { forms: ["Haystack"], caseSensitive: true, needsContext: LLM_CONTEXT.concat(["nlp", "search", "langchain", "llamaindex"]) } },
  { id: "semantic-kernel", name: "Semantic Kernel", aliases: ["Microsoft Semantic Kernel"], category: "llm", parents: ["ai-agents"] },
  { id: "dspy", name: "DSPy", aliases: [], category: "llm", parents: ["prompt-engineering"] },
  { id: "crewai", name: "CrewAI", aliases: ["Crew AI"], category: "llm", parents: ["ai-agents"] },
  { id: "autogen", name: "AutoGen", aliases: ["Microsoft AutoGen", "AG2"], category: "llm", parents: ["ai-agents"] },
  { id: "openai-agents-sdk", name: "OpenAI Agents SDK", aliases: ["Agents SDK", "OpenAI Assistants API"], category: "llm", parents: ["ai-agents", "openai-api"] },
  { id: "pydantic-ai", name: "Pydantic AI", aliases: ["PydanticAI"], category: "llm", parents: ["ai-agents", "python"] },
  { id: "vercel-ai-sdk", name: "Vercel AI SDK", aliases: ["AI SDK"], category: "llm", parents: ["large-language-models", "typescript"] },
  { id: "hugging-face", name: "Hugging Face", aliases: ["HuggingFace", "Hugging Face Hub", "HF Hub", "Hugging Face ecosystem"], category: "llm", parents: ["deep-learning"] },
  { id: "hugging-face-transformers", name: "Hugging Face Transformers", aliases: ["Transformers", "Transformers library", "HF Transformers"], category: "llm", parents: ["hugging-face", "transformer-architecture"], ambiguity: { forms: ["Transformers"], needsContext: ["hugging face", "huggingface", "pytorch", "nlp", "llm", "llms", "bert", "fine-tuning", "python", "deep learning", "ml", "tensorflow", "models", "library", "diffusers", "peft"] } },
  { id: "sentence-transformers", name: "Sentence Transformers", aliases: ["SentenceTransformers", "SBERT", "sentence-transformers"], category: "llm", parents: ["embeddings", "hugging-face"] },
  { id: "bert", name: "BERT", aliases: ["RoBERTa", "DistilBERT", "BERT models"], category: "llm", parents: ["transformer-architecture", "natural-language-processing"] },
  { id: "faiss", name: "FAISS", aliases: ["Faiss"], category: "llm", parents: ["semantic-search"] },
  { id: "unsloth", name: "Unsloth", aliases: [], category: "llm", parents: ["fine-tuning"] },
  { id: "axolotl", name: "Axolotl", aliases: [], category: "llm", parents: ["fine-tuning"], ambiguity: { forms: ["Axolotl"], caseSensitive: true, needsContext: ["fine-tuning", "finetuning", "llm", "llms", "lora", "training"] } },

  // Inference servers
  { id: "vllm", name: "vLLM", aliases: ["VLLM"], category: "llm", parents: ["llm-inference"] },
  { id: "text-generation-inference", name: "Text Generation Inference", aliases: ["TGI", "Hugging Face TGI"], category: "llm", parents: ["llm-inference", "hugging-face"] },
  { id: "ollama", name: "Ollama", aliases: [], category: "llm", parents: ["llm-inference", "open-weight-models"] },
  { id: "llama-cpp", name: "llama.cpp", aliases: ["llamacpp"], category: "llm", parents: ["llm-inference"] },
  { id: "sglang", name: "SGLang", aliases: [], category: "llm", parents: ["llm-inference"] },
  { id: "tensorrt-llm", name: "TensorRT-LLM", aliases: ["TensorRT LLM"], category: "llm", parents: ["llm-inference", "tensorrt"] },

  // Model providers and models
  { id: "openai-api", name: "OpenAI API", aliases: ["OpenAI", "OpenAI APIs", "GPT-4", "GPT-4o", "GPT-4.1", "GPT-5", "GPT-3.5", "GPT models", "OpenAI models", "ChatGPT API"], category: "llm", parents: ["large-language-models"] },
  { id: "anthropic-api", name: "Anthropic API", aliases: ["Anthropic", "Claude", "Claude API", "Anthropic Claude", "Claude models"], category: "llm", parents: ["large-language-models"] },
  { id: "google-gemini", name: "Google Gemini", aliases: ["Gemini", "Gemini API", "Gemini models"], category: "llm", parents: ["large-language-models"], ambiguity: { forms: ["Gemini"], caseSensitive: true, needsContext: LLM_CONTEXT.concat(["google", "vertex"]) } },
  { id: "llama", name: "Llama", aliases: ["Meta Llama", "Llama 2", "Llama 3", "LLaMA"], category: "llm", parents: ["open-weight-models"], ambiguity: { forms: ["Llama", "LLaMA"], caseSensitive: true, needsContext: LLM_CONTEXT.concat(["mistral", "open-source", "open-weight", "fine-tuning", "meta"]) } },
  { id: "mistral-ai", name: "Mistral AI", aliases: ["Mistral", "Mixtral", "Mistral models"], category: "llm", parents: ["open-weight-models"] },
  { id: "cohere", name: "Cohere", aliases: ["Cohere API", "Cohere Rerank"], category: "llm", parents: ["large-language-models"], ambiguity: { forms: ["Cohere"], caseSensitive: true, needsContext: LLM_CONTEXT.concat(["embeddings", "rerank", "reranking"]) } },
  { id: "deepseek", name: "DeepSeek", aliases: ["DeepSeek-R1", "DeepSeek-V3"], category: "llm", parents: ["open-weight-models"] },
  { id: "qwen", name: "Qwen", aliases: ["Qwen2", "Qwen3"], category: "llm", parents: ["open-weight-models"] },
  { id: "chatgpt", name: "ChatGPT", aliases: ["Chat GPT"], category: "llm", parents: ["large-language-models"] },
  { id: "whisper", name: "Whisper", aliases: ["OpenAI Whisper"], category: "llm", parents: ["speech-recognition"], ambiguity: { forms: ["Whisper"], caseSensitive: true, needsContext: ["speech", "asr", "transcription", "audio", "openai", "voice", "speech-to-text"] } },
];
