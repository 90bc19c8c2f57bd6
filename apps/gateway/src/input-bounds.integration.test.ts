import { createPii, generatePiiKey, seedDemo } from "@hall/api";
import { createTestDb, type DbHandle } from "@hall/db";
import { manualClock } from "@hall/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./server.ts";

/** Hostile input over HTTP: a 400 naming the field in the caller's language, never a 500. */
describe("hostile input over HTTP", () => {
  const pii = createPii([generatePiiKey()]);
  let h: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    h = await createTestDb();
    await seedDemo(h.db, pii);
    app = await buildServer({
      handle: h,
      pii,
      clock: manualClock(new Date("2026-11-23T01:00:00Z")),
      logLevel: "silent",
      root: "/nonexistent",
    });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it("refuses a NUL byte in the login, naming 账号 in Chinese and 'Account' in English", async () => {
    const zh = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.login",
      payload: { login: "ad\u0000min", password: "demo1234" },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.data.field).toBe("login");
    expect(zh.json().error.message).toMatch(/^账号：/);
    const en = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.login",
      payload: { login: "ad\u0000min", password: "demo1234" },
      headers: { cookie: "hall_locale=en-US" },
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toMatch(/not allowed/);
  });

  it("refuses an id of 2^31 on a public query with 400 naming hallId", async () => {
    const r = await app.inject({
      url: `/api/trpc/catalog.rules?input=${encodeURIComponent(JSON.stringify({ hallId: 2 ** 31 }))}`,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.data.field).toBe("hallId");
  });

  it("answers malformed JSON and wrong types with 4xx, not 500", async () => {
    const bad = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.login",
      payload: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    const types = await app.inject({ method: "POST", url: "/api/trpc/auth.login", payload: [1, 2, 3] });
    expect(types.statusCode).toBe(400);
  });
});
