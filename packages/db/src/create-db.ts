import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema/index.ts";

export type DbKind = "pglite" | "postgres";

export interface DbConfig {
  /** postgres://… — when set, a pg pool is used; otherwise an embedded PGlite database. */
  databaseUrl?: string | undefined;
  /** Where PGlite persists its files; omit (with memory: true) for an in-memory database. */
  dataDir?: string | undefined;
  memory?: boolean;
  /** Postgres only: run every connection with this search_path (used to isolate test runs). */
  schema?: string | undefined;
  poolSize?: number;
}

export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** Subscribe to a NOTIFY channel; returns an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

/** int8 and numeric become numbers; date stays "YYYY-MM-DD" (never shifted by a time zone). */
const typeParsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
};

export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.databaseUrl) return createPostgres(config.databaseUrl, config);
  return createPglite(config);
}

function createPostgres(url: string, config: DbConfig): DbHandle {
  const types = {
    getTypeParser: (oid: number, format?: "text" | "binary") =>
      typeParsers[oid] ?? pg.types.getTypeParser(oid, format ?? "text"),
  };
  const options = config.schema ? `-c search_path=${config.schema}` : undefined;
  const pool = new pg.Pool({ connectionString: url, max: config.poolSize ?? 10, types, options });
  // An idle client that loses its connection (server restart, failover) is dropped by the pool; without a listener
  // the 'error' event would crash the process.
  pool.on("error", (err) => console.error(`postgres pool: idle client error: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    async listen(channel, onPayload) {
      const client = new pg.Client({ connectionString: url, options });
      await client.connect();
      client.on("notification", (msg) => {
        if (msg.channel === channel) onPayload(msg.payload ?? "");
      });
      await client.query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        await client.end();
      };
    },
    close: () => db.destroy(),
  };
}

async function createPglite(config: DbConfig): Promise<DbHandle> {
  let dataDir: string | undefined;
  if (!config.memory) {
    dataDir = config.dataDir ?? "./.data";
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = new PGlite({ dataDir, parsers: typeParsers });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: "pglite",
    async listen(channel, onPayload) {
      const unsub = await pglite.listen(quoteIdent(channel), onPayload);
      return async () => unsub();
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid channel name: ${name}`);
  return name;
}
