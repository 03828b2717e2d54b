/**
 * GET /api/health against a reachable and an unreachable database. Each case loads the route
 * in its own module registry so it gets its own database client.
 */
const realUrl = process.env.DATABASE_URL;

async function healthWith(databaseUrl: string | undefined) {
  process.env.DATABASE_URL = databaseUrl;
  const globals = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await globals.prisma?.$disconnect();
  delete globals.prisma;
  let response: Response | undefined;
  await jest.isolateModulesAsync(async () => {
    const { GET } = await import("@/app/api/health/route");
    response = await GET();
  });
  return response!;
}

afterAll(async () => {
  process.env.DATABASE_URL = realUrl;
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
});

test("answers 200 with db ok when the database answers", async () => {
  const response = await healthWith(realUrl);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("answers 503 with db down when the database is unreachable", async () => {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  const response = await healthWith("postgresql://nobody@127.0.0.1:1/none");
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ db: "down" });
});
