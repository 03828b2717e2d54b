-- Issue 10: optional LLM-assisted extraction marks what it suggested
-- A requirement only the LLM suggested has source 'llm', the extractor's rows 'extractor'
ALTER TABLE "Requirement" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'extractor';
-- Whether the LLM assist was used on the posting's last analysis ('used', 'unavailable', or NULL when off)
ALTER TABLE "Posting" ADD COLUMN "llmAssist" TEXT;
