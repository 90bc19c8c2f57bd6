import net from "node:net";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable, pingDatabase } from "./availability.ts";
import { createDb, type DbHandle } from "./create-db.ts";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["server shutting down", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["server starting up", { code: "57P03", message: "the database system is starting up" }],
    ["statement timeout", { code: "57014", message: "canceling statement due to statement timeout" }],
    ["connection exception", { code: "08006", message: "connection failure" }],
    ["too many connections", { code: "53300", message: "sorry, too many clients already" }],
    ["refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["cut socket", new Error("Connection terminated unexpectedly")],
    ["pool wait", new Error("timeout exceeded when trying to connect")],
    ["connect timeout", new Error("Connection terminated due to connection timeout")],
    ["read timeout", new Error("Query read timeout")],
    ["broken client", new Error("Client has encountered a connection error and is not queryable")],
    ["several addresses", new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })], "")],
    ["wrapped", new Error("outer", { cause: { code: "57P01" } })],
  ])("%s → unavailable", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["unique violation", { code: "23505", message: "duplicate key value violates unique constraint" }],
    ["check violation", { code: "23514", message: "new row violates check constraint" }],
    ["syntax error", { code: "42601", message: "syntax error" }],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["nothing", null],
  ])("%s → not unavailable", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

/** A TCP proxy to the PostgreSQL server that can freeze traffic (a network partition) or refuse to answer. */
async function startProxy(targetUrl: string) {
  const target = new URL(targetUrl);
  const pairs = new Set<{ a: net.Socket; b: net.Socket }>();
  let blackhole = false;
  const server = net.createServer((a) => {
    a.on("error", () => {});
    if (blackhole) return; // accepts, never answers
    const b = net.connect(Number(target.port || 5432), target.hostname);
    b.on("error", () => a.destroy());
    a.on("error", () => b.destroy());
    a.pipe(b);
    b.pipe(a);
    const pair = { a, b };
    pairs.add(pair);
    a.on("close", () => {
      b.destroy();
      pairs.delete(pair);
    });
    b.on("close", () => a.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    /** Existing connections stop carrying data, as if the network dropped every packet. */
    freezeExisting() {
      for (const { a, b } of pairs) {
        a.unpipe(b);
        b.unpipe(a);
        a.pause();
        b.pause();
      }
    },
    /** New connections are accepted and never answered. */
    setBlackhole(on: boolean) {
      blackhole = on;
    },
    close() {
      for (const { a, b } of pairs) {
        a.destroy();
        b.destroy();
      }
      server.close();
    },
  };
}

const url = process.env.HALL_TEST_DB === "pglite" ? undefined : process.env.TEST_DATABASE_URL;

describe.skipIf(!url)("PostgreSQL connection faults (pg pool, LISTEN)", () => {
  const opened: DbHandle[] = [];
  const reports: string[] = [];
  let admin: DbHandle;
  const open = async (extra: Parameters<typeof createDb>[0] = {}) => {
    const h = await createDb({ databaseUrl: url, report: (m) => reports.push(m), ...extra });
    opened.push(h);
    return h;
  };
  beforeAll(async () => {
    admin = await createDb({ databaseUrl: url });
  });
  afterEach(async () => {
    while (opened.length) await opened.pop()?.close();
  });
  afterAll(() => admin.close());

  it("survives the connection of an open transaction being terminated, and discards it", async () => {
    const h = await open({ poolSize: 1 });
    const failure = await h.db
      .transaction()
      .execute(async (tx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
        // What a server restart does to every connection (57P01), here to the one this transaction holds.
        await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(admin.db);
        // The error arrives while no query is running: pg emits 'error' on the checked-out client.
        await new Promise((r) => setTimeout(r, 200));
        await sql`select 1`.execute(tx);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(reports.some((r) => r.includes("57P01"))).toBe(true);
    // A pool of one: the next query can only succeed on a new connection.
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(h.db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it("cancels a statement that runs longer than the statement timeout", async () => {
    const h = await open({ statementTimeoutMs: 200 });
    const started = Date.now();
    const err = await sql`select pg_sleep(3)`.execute(h.db).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await sql<{ one: number }>`select 1 as one`.execute(h.db)).rows).toEqual([{ one: 1 }]);
  });

  it("gives up connecting after the connect timeout when the server does not answer", async () => {
    const proxy = await startProxy(url!);
    try {
      proxy.setBlackhole(true);
      const h = await open({ databaseUrl: proxy.url, connectTimeoutMs: 300 });
      const started = Date.now();
      const err = await sql`select 1`.execute(h.db).catch((e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await pingDatabase(h.db, 200)).toBe(false);
    } finally {
      proxy.close();
    }
  });

  it("drops a connection whose answer never comes (read timeout) instead of handing it out again", async () => {
    const proxy = await startProxy(url!);
    try {
      const h = await open({
        databaseUrl: proxy.url,
        poolSize: 1,
        statementTimeoutMs: 300,
        readTimeoutMarginMs: 200,
      });
      await sql`select 1`.execute(h.db); // the pool now holds one idle connection
      proxy.freezeExisting();
      const started = Date.now();
      const err = await sql`select 1`.execute(h.db).catch((e: unknown) => e);
      expect((err as Error).message).toContain("Query read timeout");
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(Date.now() - started).toBeLessThan(2000);
      // Without discarding it, the pool of one would hand out the stuck connection and this would time out too.
      expect((await sql<{ one: number }>`select 1 as one`.execute(h.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      proxy.close();
    }
  });

  it("LISTEN reconnects after its connection is terminated, subscribes again and says so", async () => {
    const h = await open();
    const channel = `hall_test_${process.pid}_${Date.now() % 100000}`;
    const got: string[] = [];
    let reconnects = 0;
    const stop = await h.listen(channel, (p) => got.push(p), { onReconnect: () => reconnects++ });
    await sql`select pg_notify(${channel}, 'before')`.execute(admin.db);
    await waitFor(() => got.includes("before"));

    await sql`select pg_terminate_backend(pid) from pg_stat_activity where query = ${`LISTEN ${channel}`}`.execute(
      admin.db,
    );
    await waitFor(() => reconnects === 1, 10_000);
    await sql`select pg_notify(${channel}, 'after')`.execute(admin.db);
    await waitFor(() => got.includes("after"));
    expect(reports.some((r) => r.includes(`LISTEN ${channel} connection lost`))).toBe(true);
    await stop();
  });

  it("LISTEN refuses at once when the first connection cannot be made", async () => {
    const proxy = await startProxy(url!);
    try {
      proxy.setBlackhole(true);
      const h = await open({ databaseUrl: proxy.url, connectTimeoutMs: 300 });
      const err = await h.listen("hall_test_refused", () => {}).catch((e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(true);
    } finally {
      proxy.close();
    }
  });

  it("close() stops a LISTEN that is waiting to reconnect", async () => {
    const proxy = await startProxy(url!);
    const h = await createDb({ databaseUrl: proxy.url, connectTimeoutMs: 300, report: (m) => reports.push(m) });
    const channel = `hall_test_close_${process.pid}`;
    let reconnects = 0;
    await h.listen(channel, () => {}, { onReconnect: () => reconnects++ });
    proxy.setBlackhole(true);
    proxy.close(); // cuts the LISTEN connection; reconnect attempts now fail
    await new Promise((r) => setTimeout(r, 300));
    await h.close();
    const before = reports.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(reports.length).toBe(before);
    expect(reconnects).toBe(0);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
