import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle } from "./create-db.ts";
import { migrateToLatest } from "./migrate.ts";

/**
 * One database per test file: in-memory PGlite by default, or a throw-away schema on the real
 * PostgreSQL server when TEST_DATABASE_URL is set (as CI does).
 */
export async function createTestDb(): Promise<DbHandle & { label: string; schema?: string }> {
  // HALL_TEST_DB is set per vitest project: "pglite" forces the embedded database even when a server is given.
  const url = process.env.HALL_TEST_DB === "pglite" ? undefined : process.env.TEST_DATABASE_URL;
  if (!url) {
    const h = await createDb({ memory: true });
    await migrateToLatest(h.db);
    return { ...h, label: "pglite" };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  admin.on("error", () => {}); // a lost connection fails the query below instead of crashing the run
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const h = await createDb({ databaseUrl: url, schema, poolSize: 20 });
  await migrateToLatest(h.db);
  return {
    ...h,
    label: "postgres",
    schema,
    close: async () => {
      await h.close();
      const c = new pg.Client({ connectionString: url });
      c.on("error", () => {});
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
