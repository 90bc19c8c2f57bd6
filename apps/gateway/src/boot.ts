import { join, resolve } from "node:path";
import { seedDemo } from "@hall/api";
import { createDb, type DbHandle, migrateToLatest } from "@hall/db";
import { type Clock, fixedStartClock, systemClock } from "@hall/domain";
import type { Env } from "./env.ts";
import { REPO_ROOT } from "./server.ts";

/** Where the embedded database lives: DATA_DIR (relative to where pnpm was run) or <repo>/.data. */
export function dataDirOf(env: Env): string {
  return env.DATA_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR) : join(REPO_ROOT, ".data");
}

export async function openDatabase(env: Env): Promise<DbHandle> {
  return createDb({ databaseUrl: env.DATABASE_URL, dataDir: dataDirOf(env) });
}

export function clockFrom(env: Env): Clock {
  return env.HALL_NOW ? fixedStartClock(new Date(env.HALL_NOW)) : systemClock();
}

/**
 * Migrates, and on the embedded database loads the demo hall the first time (an empty database).
 * A database given by DATABASE_URL never gets demo accounts unless `pnpm db:seed --demo` is run.
 */
export async function prepareDatabase(
  handle: DbHandle,
  clock: Clock,
): Promise<{ migrated: string[]; seeded: boolean }> {
  const migrated = await migrateToLatest(handle.db);
  let seeded = false;
  if (handle.kind === "pglite") {
    const any = await handle.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
    if (!any) seeded = (await seedDemo(handle.db, clock.now())).created;
  }
  return { migrated, seeded };
}
