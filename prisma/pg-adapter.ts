/**
 * The one place for Prisma 6.19's driver-adapter workarounds, shared by the CLI
 * (prisma.config.ts: migrate with the offline JS schema engine) and the app (lib/server/db.ts).
 *
 * 1. adapter-pg rejects Postgres system column types that the schema engine's catalog queries
 *    return ("Column type 'name' could not be deserialized", prisma/prisma issue 27403).
 *    Our pg Client relabels those field types as text / text[] before the adapter sees them.
 * 2. When pg gets a `connectionString` it ignores `database`, so adapter-pg's shadow database
 *    was really the main one. We always pass discrete host/port/user/password/database fields.
 * 3. adapter-pg drops the shadow database while its own pool still holds connections; we close
 *    the shadow pool first, then drop.
 * 4. adapter-pg's executeScript (what `migrate deploy` runs a migration file with) splits the
 *    file on every ";" and sends the pieces one by one: a ";" in a comment, or in a function body
 *    between $$ quotes (the triggers of migration 20261203150000), broke the migration. We send
 *    the whole file as one simple query, which PostgreSQL parses itself and runs all or nothing.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
// name, "char", regproc, oid-vector, pg_node_tree, regclass, regtype and their arrays.
const SYSTEM_SCALAR_TYPES = new Set([18, 19, 24, 30, 194, 2205, 2206, 3769]);
const SYSTEM_ARRAY_TYPES = new Set([1002, 1003, 1008, 1013, 2210, 2211]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelSystemTypes<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (SYSTEM_SCALAR_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    else if (SYSTEM_ARRAY_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads: Pool.query calls the callback form, transactions the promise form.
  query(...args: unknown[]): never {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: unknown, result: unknown) => void;
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : relabelSystemTypes(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(relabelSystemTypes) as never;
    return result as never;
  }
}

export function poolConfigFromUrl(databaseUrl: string): pg.PoolConfig {
  const url = parse(databaseUrl);
  return {
    host: url.host ?? "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: url.user ?? undefined,
    password: url.password ?? undefined,
    database: url.database ?? undefined,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Client: CatalogSafeClient,
    // Idle pooled connections must not keep a CLI process (migrate, seed) alive for 10 s.
    allowExitOnIdle: true,
  };
}

class OfflineSafePrismaPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    // onError is how the adapter maps a driver error into Prisma's own error kinds.
    const mapError = (adapter as unknown as { onError?: (error: unknown) => never }).onError?.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        if (mapError) mapError(error);
        throw error;
      }
    };
    return adapter;
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export function createPgAdapter(databaseUrl: string) {
  return new OfflineSafePrismaPg(poolConfigFromUrl(databaseUrl));
}
