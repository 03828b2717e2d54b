/**
 * `npm run reanalyze`: re-derives the requirements of every stored posting analysed by an older
 * extractor (one transaction per posting). Needs DATABASE_URL. Pages also do it on read.
 */
import { reanalyzeAllOutdated } from "@/lib/server/services/reanalysis";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { db } from "@/lib/server/db";

reanalyzeAllOutdated()
  .then(async (count) => {
    console.log(`reanalyze: ${count} posting(s) re-analysed with extractor version ${EXTRACTOR_VERSION}`);
    await db.$disconnect();
  })
  .catch(async (error: unknown) => {
    console.error(`reanalyze: ${error instanceof Error ? error.message : String(error)}`);
    await db.$disconnect();
    process.exit(1);
  });
