-- Issue 7: stored postings follow the extractor, and the report says when they were re-analysed
ALTER TABLE "Posting" ADD COLUMN "reanalyzedAt" TIMESTAMP(3);
