import { createPii, generatePiiKey, seedDemo, setPasswordCostForTests } from "@hall/api";
import { createTestDb, type DbHandle } from "@hall/db";
import { manualClock } from "@hall/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./server.ts";

/** The personal-data key of these gateways (random per run). */
const pii = createPii([generatePiiKey()]);

describe("gateway over HTTP", () => {
  let h: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    // Many sign-ins: a cheap scrypt cost (the real one is tested in @hall/api auth/passwords.test.ts).
    setPasswordCostForTests({ N: 1024, r: 8, p: 1 });
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

  const login = (body: object, headers: Record<string, string> = {}) =>
    app.inject({ method: "POST", url: "/api/trpc/auth.login", payload: body, headers });

  it("answers /healthz with the database kind", async () => {
    const r = await app.inject("/healthz");
    expect(r.json()).toEqual({ status: "ok", db: h.kind });
  });

  it("signs in with an httpOnly SameSite cookie and plain JSON on the wire", async () => {
    const r = await login({ login: "admin", password: "demo1234" });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers["set-cookie"]);
    expect(cookie).toMatch(/hall_session=[\w-]+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = /hall_session=([\w-]+)/.exec(cookie)![1];
    const me = await app.inject({ url: "/api/trpc/auth.me", headers: { cookie: `hall_session=${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().result.data).toMatchObject({ login: "admin", roles: ["hall_admin"] });
  });

  it("gives the session cookie a relative lifetime that no hall clock can put in the past (or the far future)", async () => {
    for (const hallNow of ["2019-03-01T01:00:00Z", "2042-07-01T01:00:00Z"]) {
      const server = await buildServer({
        handle: h,
        pii,
        clock: manualClock(new Date(hallNow)),
        logLevel: "silent",
        root: "/nonexistent",
      });
      try {
        const r = await server.inject({
          method: "POST",
          url: "/api/trpc/auth.login",
          payload: { login: "chief", password: "demo1234" },
        });
        expect(r.statusCode).toBe(200);
        const cookie = String(r.headers["set-cookie"]);
        expect(cookie).toMatch(/Max-Age=43200/);
        expect(cookie).not.toMatch(/Expires=/i);
        const token = /hall_session=([\w-]+)/.exec(cookie)![1];
        const me = await server.inject({ url: "/api/trpc/auth.me", headers: { cookie: `hall_session=${token}` } });
        expect(me.statusCode).toBe(200);
        expect(me.json().result.data.login).toBe("chief");
      } finally {
        await server.close();
      }
    }
  });

  it("sends security headers", async () => {
    const r = await app.inject("/healthz");
    expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("names the offending field in Chinese by default and in English on request", async () => {
    const zh = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.register",
      payload: { phone: "12345", password: "abc12345", name: "甲", idNumber: "410102199001011234" },
    });
    expect(zh.statusCode).toBe(400);
    const e = zh.json().error;
    expect(e.data.fieldErrors.phone[0]).toBe("手机号：手机号码格式不正确");
    expect(e.data.field).toBe("phone");
    expect(e.message).toContain("手机号");
    const en = await app.inject({
      method: "POST",
      url: "/api/trpc/auth.register",
      payload: { phone: "12345", password: "abc12345", name: "甲", idNumber: "410102199001011234" },
      headers: { cookie: "hall_locale=en-US" },
    });
    expect(en.json().error.data.fieldErrors.phone[0]).toMatch(/^Phone number: /);
  });

  it("reports a missing field as required, naming it", async () => {
    const r = await login({ password: "x" });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.data.fieldErrors.login).toEqual(["账号：为必填项"]);
  });

  it("maps a domain error to its HTTP status with its i18n key", async () => {
    const r = await login({ login: "admin", password: "wrong-pass1" });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.data).toMatchObject({ key: "auth.invalid_credentials", field: "password" });
    expect(r.json().error.message).toBe("账号或密码错误");
  });

  it("throttles sign-in separately from the rest of the API", async () => {
    for (let i = 0; i < 40; i++) await app.inject("/api/trpc/auth.me");
    // 40 ordinary calls do not use up sign-in attempts…
    const ok = await login({ login: "chief", password: "demo1234" });
    expect(ok.statusCode, ok.body).toBe(200);
    // …but repeated failures are: after 5 the next one waits, and more than 30 sign-in calls a minute from one
    // address are refused whatever the login (see security.integration.test.ts for batches and races). On a wall
    // clock of its own, so a slow run cannot cross a minute.
    const server = await buildServer({
      handle: h,
      pii,
      clock: manualClock(new Date("2026-11-23T01:00:00Z")),
      wallClock: manualClock(new Date("2033-01-01T00:00:00Z")),
      logLevel: "silent",
      root: "/nonexistent",
    });
    try {
      const attempt = async (l: string) =>
        server.inject({ method: "POST", url: "/api/trpc/auth.login", payload: { login: l, password: "x" } });
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await attempt("nobody")).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
      const more: number[] = [];
      for (let i = 0; i < 26; i++) more.push((await attempt(`nobody${i}`)).statusCode);
      expect(more.slice(0, 25).every((c) => c === 401)).toBe(true);
      expect(more[25]).toBe(429);
      expect((await attempt("nobody99")).json().error.data.key).toBe("auth.rate_limited_for");
    } finally {
      await server.close();
    }
  });

  it("hides internal details of unexpected errors", async () => {
    const r = await app.inject("/api/trpc/no.such.procedure");
    expect(r.statusCode).toBe(404);
    expect(JSON.stringify(r.json())).not.toMatch(/stack/);
  });
});
