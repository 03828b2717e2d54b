-- Issue 11: the stored study-next ranking carries a digest of all the person's postings
-- (dealbreaker skills, whether any asks for design, the most asked must-haves), so a plan across
-- 1,000 postings loads only the few it recommends on. Null until the re-score job next ranks.
ALTER TABLE "StoredStudyNext" ADD COLUMN "digest" JSONB;
