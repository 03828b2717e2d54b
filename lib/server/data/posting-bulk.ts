import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { toRequirementRow, type AnalyzedPostingInput } from "@/lib/server/data/postings";

/**
 * Stores many already-analysed postings of one user in two statements (benchmarks and tests that
 * need a person with 1,000 postings). Columns travel as arrays through unnest(): Prisma's
 * createMany built the 20,000-row statement client-side for several seconds, longer than the
 * INSERT itself. Posting i is created i seconds before the first, so "newest first" is their
 * order. Ids are random UUIDs (any unique text suits the String ids). Returns the ids in order.
 */
export async function insertPostingsInBulk(userId: string, postings: AnalyzedPostingInput[], extractorVersion: number): Promise<string[]> {
  const ids = postings.map(() => randomUUID());
  const requirements = postings.flatMap((posting, index) =>
    posting.analysis.requirements.map((requirement, position) => ({ ...toRequirementRow(requirement, position), postingId: ids[index] })),
  );
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Posting" ("id", "userId", "title", "company", "description", "overallMinYears", "extractorVersion", "createdAt", "updatedAt")
      SELECT id, ${userId}, title, company, description, years, ${extractorVersion}, now() - (ordinal - 1) * interval '1 second', now()
      FROM unnest(${ids}::text[], ${postings.map((posting) => posting.title ?? posting.analysis.title)}::text[],
                  ${postings.map((posting) => posting.company ?? posting.analysis.company)}::text[], ${postings.map((posting) => posting.description)}::text[],
                  ${postings.map((posting) => posting.analysis.overallMinYears)}::int[])
        WITH ORDINALITY AS rows(id, title, company, description, years, ordinal)`,
    db.$executeRaw`
      INSERT INTO "Requirement" ("id", "postingId", "position", "text", "section", "kind", "minYears", "spanStart", "spanEnd", "skills", "skillIds")
      SELECT gen_random_uuid()::text, posting, position, text, section, kind, years, span_start, span_end, skills::jsonb,
             ARRAY(SELECT jsonb_array_elements_text(jsonb_path_query_array(skills::jsonb, '$[*].id')))
      FROM unnest(${requirements.map((row) => row.postingId)}::text[], ${requirements.map((row) => row.position)}::int[], ${requirements.map((row) => row.text)}::text[],
                  ${requirements.map((row) => row.section ?? null)}::text[], ${requirements.map((row) => row.kind)}::text[], ${requirements.map((row) => row.minYears ?? null)}::int[],
                  ${requirements.map((row) => row.spanStart)}::int[], ${requirements.map((row) => row.spanEnd)}::int[], ${requirements.map((row) => JSON.stringify(row.skills))}::text[])
        AS rows(posting, position, text, section, kind, years, span_start, span_end, skills)`,
  ]);
  return ids;
}
