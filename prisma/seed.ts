/**
 * Seeds the database: the resource catalog always (upsert); the demo account, whose password is
 * published in the README, only when FITGAP_SEED_DEMO=1 (set by `npm start` on its embedded
 * database and by `npm test`), never in a production start. Run with `npm run db:seed`.
 */
import { db } from "@/lib/server/db";
import { todayIso } from "@/lib/server/clock";
import { seedCatalog, seedDemoUser } from "@/seeds/seed-database";
import { DEMO_ACCOUNT } from "@/seeds/demo-profile";

async function main() {
  const resources = await seedCatalog();
  if (process.env.FITGAP_SEED_DEMO !== "1") {
    console.log(`[fitgap] seed: ${resources} catalog resources (no demo account: set FITGAP_SEED_DEMO=1 for local runs)`);
    return;
  }
  const demo = await seedDemoUser(todayIso());
  console.log(`[fitgap] seed: ${resources} catalog resources; demo account ${demo ? "created" : "already present"} (${DEMO_ACCOUNT.email})`);
}

main()
  .catch((error) => {
    console.error("[fitgap] seeding failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
