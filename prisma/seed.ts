/**
 * Seeds the database: the resource catalog always (upsert), the demo account when it is missing.
 * Run with `npm run db:seed` (npm start runs it for you).
 */
import { db } from "@/lib/server/db";
import { todayIso } from "@/lib/server/clock";
import { seedCatalog, seedDemoUser } from "@/seeds/seed-database";
import { DEMO_ACCOUNT } from "@/seeds/demo-profile";

async function main() {
  const resources = await seedCatalog();
  const demo = await seedDemoUser(todayIso());
  console.log(`[fitgap] seed: ${resources} catalog resources; demo account ${demo ? "created" : "already present"} (${DEMO_ACCOUNT.email})`);
}

main()
  .catch((error) => {
    console.error("[fitgap] seeding failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
