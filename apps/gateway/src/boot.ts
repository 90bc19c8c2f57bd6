import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { assertPiiKeyOpens, type Pii, type SealReport, sealPlaintextPii, seedDemo } from "@hall/api";
import { createDb, type DbHandle, isDatabaseUnavailable, migrateToLatest } from "@hall/db";
import { type Clock, fixedStartClock, systemClock } from "@hall/domain";
import type { Env } from "./env.ts";
import { REPO_ROOT } from "./server.ts";

/** Where the embedded database lives: DATA_DIR (relative to where pnpm was run) or <repo>/.data. */
export function dataDirOf(env: Env): string {
  return env.DATA_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR) : join(REPO_ROOT, ".data");
}

/** The gateway cannot start; `message` says why and what to do, for the operator (printed without a stack trace). */
export class StartupError extends Error {
  override name = "StartupError";
}

/**
 * The database of this process. On PostgreSQL the timeouts come from the environment: `serving` (the HTTP gateway)
 * also bounds every statement (DB_STATEMENT_TIMEOUT_MS); the CLI and migrations run without a statement limit.
 * An embedded database that cannot be opened (DATA_DIR a file, unwritable, full, or corrupted) is a StartupError.
 */
export async function openDatabase(env: Env, opts: { serving?: boolean } = {}): Promise<DbHandle> {
  if (env.DATABASE_URL) {
    return createDb({
      databaseUrl: env.DATABASE_URL,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: opts.serving ? env.DB_STATEMENT_TIMEOUT_MS : 0,
      poolSize: env.DB_POOL_SIZE,
    });
  }
  const dataDir = dataDirOf(env);
  try {
    probeWritable(dataDir);
    return await createDb({ dataDir });
  } catch (err) {
    throw new StartupError(
      `Cannot open the embedded database in DATA_DIR=${dataDir}: ${pgliteFailure(err)}.\n` +
        "  DATA_DIR must be a writable folder that is empty or holds a database written by this platform. Free disk " +
        "space or fix the permissions, restore the folder from its backup copy, or point DATA_DIR at another folder.",
    );
  }
}

/** Creates the folder and writes a few KiB into it, so a read-only or full disk is named before PGlite starts. */
function probeWritable(dir: string) {
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, `.write-probe-${process.pid}`);
  try {
    writeFileSync(probe, Buffer.alloc(16 * 1024));
  } finally {
    rmSync(probe, { force: true });
  }
}

function pgliteFailure(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case "EEXIST":
    case "ENOTDIR":
      return "it is not a folder (a file is in the way)";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "the folder is not writable";
    case "ENOSPC":
      return "the disk is full";
    default:
      return `it does not hold a readable database — corrupted, or written by another program (${
        String((err as Error)?.message ?? err).split("\n", 1)[0]
      })`;
  }
}

/**
 * A PostgreSQL fault at start-up (unreachable, wrong password, no such database) as a StartupError naming the
 * server (never the password); other errors unchanged.
 */
export function postgresStartupFailure(env: Env, err: unknown): unknown {
  const code = (err as { code?: string } | null)?.code ?? "";
  if (!env.DATABASE_URL || !(isDatabaseUnavailable(err) || code.startsWith("28") || code === "3D000")) return err;
  const url = new URL(env.DATABASE_URL);
  const where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
  return new StartupError(
    `Cannot use the PostgreSQL database of DATABASE_URL (${where}): ${(err as Error).message || code}.\n` +
      "  Check that the server is running and reachable, and the user, password and database name in DATABASE_URL.",
  );
}

export function clockFrom(env: Env): Clock {
  return env.HALL_NOW ? fixedStartClock(new Date(env.HALL_NOW)) : systemClock();
}

/**
 * Migrates; seals the plaintext ID and phone numbers older versions left (a migration cannot read the key) and checks
 * that the key opens what is stored; on the embedded database loads the demo hall the first time (an empty database).
 * A database given by DATABASE_URL never gets demo accounts unless `pnpm db:seed --demo` is run. The key is read only
 * once the database answers (`openPii`), so an unreachable database is reported as such.
 */
export async function prepareDatabase(
  handle: DbHandle,
  clock: Clock,
  openPii: () => Pii,
): Promise<{ migrated: string[]; seeded: boolean; pii: Pii; sealed: SealReport }> {
  const migrated = await migrateToLatest(handle.db);
  const pii = openPii();
  const sealed = await sealPlaintextPii(handle.db, pii);
  await assertPiiKeyOpens(handle.db, pii).catch((err: Error) => {
    throw new StartupError(err.message);
  });
  let seeded = false;
  if (handle.kind === "pglite") {
    const any = await handle.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
    if (!any) seeded = (await seedDemo(handle.db, pii, clock.now())).created;
  }
  return { migrated, seeded, pii, sealed };
}
