import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import pg from "pg";
import { listenWithReconnect } from "./listener.ts";
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
  /** Postgres: give up opening a connection (or waiting for a free one in the pool) after this long. Default 5000. */
  connectTimeoutMs?: number | undefined;
  /**
   * Postgres: the server cancels a statement that runs longer (`statement_timeout`); 0 or unset = no limit (the CLI
   * and migrations). The client stops waiting for an answer `readTimeoutMs` later and drops the connection.
   */
  statementTimeoutMs?: number | undefined;
  /** Postgres: how long after the statement timeout the client gives up on an answer. Default 5000. */
  readTimeoutMarginMs?: number | undefined;
  /** Where lost connections are reported (they never crash the process). Default: console.warn. */
  report?: ((message: string) => void) | undefined;
}

export interface ListenOptions {
  /**
   * Called when the LISTEN connection was lost and is back (re-subscribed): notifications sent in between are lost,
   * so a subscriber should re-read whatever it shows.
   */
  onReconnect?: (() => void) | undefined;
}

export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /**
   * Subscribe to a NOTIFY channel; returns an unsubscribe function. On PostgreSQL the subscription has its own
   * connection, which reconnects with back-off after a database outage (rejects only if the first attempt fails).
   */
  listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
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
  const report = config.report ?? ((m: string) => console.warn(m));
  const statementTimeout = config.statementTimeoutMs ?? 0;
  const clientConfig: pg.ClientConfig = {
    connectionString: url,
    types,
    options,
    connectionTimeoutMillis: config.connectTimeoutMs ?? 5000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(statementTimeout > 0
      ? { statement_timeout: statementTimeout, query_timeout: statementTimeout + (config.readTimeoutMarginMs ?? 5000) }
      : {}),
  };
  const Client = guardedClientClass(report);
  const pool = new pg.Pool({ ...clientConfig, Client, max: config.poolSize ?? 10 });
  // Lost idle connections are reported by the client's own listener (GuardedClient) and dropped by the pool.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<() => Promise<void>>();
  return {
    db,
    kind: "postgres",
    async listen(channel, onPayload, listenOptions) {
      const stop = await listenWithReconnect({
        channel: quoteIdent(channel),
        newClient: () => new Client(clientConfig),
        onPayload,
        onReconnect: listenOptions?.onReconnect,
        report,
        heartbeatMs: 30_000,
      });
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      listeners.clear();
      await db.destroy();
    },
  };
}

/**
 * A pg client that never crashes the process and never goes back to the pool half-broken:
 * - it always has an 'error' listener — a connection that breaks while checked out of the pool (a server restart
 *   terminating it with 57P01, a failover, a cut socket) raises 'error' on the client, which without a listener is an
 *   uncaught exception; the pool then sees the client is no longer queryable and discards it on release;
 * - when a query gets no answer within query_timeout the socket is destroyed (pg alone would leave the query pending
 *   on a connection the pool hands out again).
 */
function guardedClientClass(report: (message: string) => void): typeof pg.Client {
  return class GuardedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on("error", (err: Error & { code?: string }) => {
        report(`postgres: connection lost (${err.code ? `${err.code} ` : ""}${err.message}); it is discarded`);
      });
      const query = this.query;
      const self = this as unknown as { _queryable: boolean; connection?: { stream?: { destroy(): void } } };
      const discard = () => {
        // Not queryable at once (the pool checks this on release, before the socket's close event arrives).
        self._queryable = false;
        self.connection?.stream?.destroy();
      };
      this.query = ((...args: unknown[]) => {
        const result = (query as (...a: unknown[]) => unknown).apply(this, args);
        if (result instanceof Promise) {
          result.catch((err: Error) => {
            if (err?.message === "Query read timeout") discard();
          });
        }
        return result;
      }) as typeof this.query;
    }
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
