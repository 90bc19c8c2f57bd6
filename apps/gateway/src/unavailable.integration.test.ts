import net from "node:net";
import { createPii, generatePiiKey } from "@hall/api";
import { createDb, type DbHandle } from "@hall/db";
import { manualClock } from "@hall/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./server.ts";

/**
 * A gateway whose PostgreSQL server is gone: a port that refuses connections, and one that accepts them and never
 * answers (a host that vanished). Requests answer 503 quickly in the caller's language, /healthz says the database is
 * down. No PostgreSQL server is needed, so this runs once, in the pglite project.
 */
describe.skipIf(process.env.HALL_TEST_DB === "postgres")("the gateway while its database is unreachable", () => {
  const apps: FastifyInstance[] = [];
  const handles: DbHandle[] = [];
  let silent: net.Server;
  let refused: FastifyInstance;
  let hanging: FastifyInstance;

  async function gatewayOn(port: number) {
    const handle = await createDb({
      databaseUrl: `postgres://hall@127.0.0.1:${port}/hall`,
      connectTimeoutMs: 500,
      statementTimeoutMs: 1000,
      report: () => {},
    });
    handles.push(handle);
    const app = await buildServer({
      handle,
      pii: createPii([generatePiiKey()]),
      clock: manualClock(new Date("2026-11-23T01:00:00Z")),
      logLevel: "silent",
      root: "/nonexistent",
      healthTimeoutMs: 300,
    });
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    // A port nothing listens on: connections are refused at once.
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    refused = await gatewayOn(closedPort);
    // A server that accepts and never answers.
    silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    hanging = await gatewayOn((silent.address() as net.AddressInfo).port);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const h of handles) await h.close();
    silent.close();
  });

  it("/healthz answers 503 db down, within its timeout", async () => {
    for (const app of [refused, hanging]) {
      const started = Date.now();
      const r = await app.inject("/healthz");
      expect(r.statusCode).toBe(503);
      expect(r.json()).toEqual({ status: "unavailable", db: "down" });
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("a public call answers 503 in the caller's language, not 500, not a hang", async () => {
    for (const app of [refused, hanging]) {
      const started = Date.now();
      const r = await app.inject({ url: "/api/trpc/catalog.items.list", headers: { "accept-language": "en-US" } });
      expect(r.statusCode).toBe(503);
      expect(r.json().error).toMatchObject({
        message: "The system is busy, please try again",
        data: { code: "SERVICE_UNAVAILABLE", key: "common.unavailable" },
      });
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });

  it("a signed-in call (the session lookup fails first) answers 503 too, in Chinese by default", async () => {
    const r = await refused.inject({
      method: "POST",
      url: "/api/trpc/booking.cancel",
      payload: { id: 1 },
      headers: { cookie: "hall_session=abc; __Host-hall_session=abc" },
    });
    expect(r.statusCode).toBe(503);
    expect(r.json().error).toMatchObject({
      message: "系统繁忙，请稍后再试",
      data: { code: "SERVICE_UNAVAILABLE", key: "common.unavailable" },
    });
  });
});
