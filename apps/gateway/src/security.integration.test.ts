import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPii, generatePiiKey, seedDemo, setPasswordCostForTests } from "@hall/api";
import { createTestDb, type DbHandle } from "@hall/db";
import { idNumberCheckDigit, manualClock } from "@hall/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildServer, type ServerOptions } from "./server.ts";

/** The gateway's security behaviour over HTTP (#8): client address, batching, CSRF, cookies, idle sessions, Storybook. */

const pii = createPii([generatePiiKey()]);
const wall = manualClock(new Date("2031-06-16T04:00:00Z"));
const DAY = 24 * 60 * 60_000;

describe("gateway security", () => {
  let h: DbHandle;
  const open: FastifyInstance[] = [];
  beforeAll(async () => {
    setPasswordCostForTests({ N: 1024, r: 8, p: 1 });
    h = await createTestDb();
    await seedDemo(h.db, pii);
  });
  afterAll(async () => {
    for (const a of open) await a.close();
    await h.close();
  });
  // Each test starts a day later in real time: no throttle counter or session of another test is in the way.
  beforeEach(() => wall.advance(2 * DAY));

  const server = async (opts: Partial<ServerOptions> = {}) => {
    const app = await buildServer({
      handle: h,
      pii,
      clock: manualClock(new Date("2026-11-23T01:00:00Z")),
      wallClock: wall,
      logLevel: "silent",
      root: "/nonexistent",
      ...opts,
    });
    open.push(app);
    return app;
  };
  const login = (app: FastifyInstance, body: object, headers: Record<string, string> = {}, remoteAddress?: string) =>
    app.inject({ method: "POST", url: "/api/trpc/auth.login", payload: body, headers, remoteAddress });
  const lastAudit = async (action: string, login: string) => {
    const u = await h.db.selectFrom("users").select("id").where("login", "=", login).executeTakeFirstOrThrow();
    return h.db
      .selectFrom("audit_log")
      .select(["ip", "after"])
      .where("action", "=", action)
      .where("entity_id", "=", String(u.id))
      .orderBy("id", "desc")
      .executeTakeFirst();
  };
  const sessionToken = (setCookie: unknown) => /(?:__Host-)?hall_session=([\w-]+)/.exec(String(setCookie ?? ""))?.[1];

  describe("client address (TRUST_PROXY)", () => {
    it("ignores X-Forwarded-For unless a proxy is trusted: a forged address escapes no limit and is not audited", async () => {
      const app = await server();
      // 31 sign-in calls a minute from one address, each claiming another: the 31st is refused all the same.
      const spray: number[] = [];
      for (let i = 1; i <= 31; i++) {
        const r = await login(
          app,
          { login: `nobody${i}`, password: "wrong-pass1" },
          { "x-forwarded-for": `203.0.113.${i}` },
        );
        spray.push(r.statusCode);
      }
      expect(spray.slice(0, 30).every((c) => c === 401)).toBe(true);
      expect(spray[30]).toBe(429);
      wall.advance(DAY);
      const codes: number[] = [];
      for (let i = 1; i <= 6; i++) {
        const r = await login(
          app,
          { login: "staff06", password: "wrong-pass1" },
          { "x-forwarded-for": `203.0.113.${i}` },
        );
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await lastAudit("auth.login_failed", "staff06"))?.ip).toBe("127.0.0.1");
    });

    it("believes a trusted proxy — by address, CIDR range or hop count — and only that proxy", async () => {
      const byList = await server({ trustProxy: ["127.0.0.1"] });
      expect(
        (await login(byList, { login: "staff07", password: "demo1234" }, { "x-forwarded-for": "198.51.100.71" }))
          .statusCode,
      ).toBe(200);
      expect((await lastAudit("auth.login", "staff07"))?.ip).toBe("198.51.100.71");

      const byCidr = await server({ trustProxy: ["10.0.0.0/8"] });
      await login(
        byCidr,
        { login: "staff07", password: "demo1234" },
        { "x-forwarded-for": "198.51.100.72" },
        "10.1.2.3",
      );
      expect((await lastAudit("auth.login", "staff07"))?.ip).toBe("198.51.100.72");
      // A peer outside the range is the client itself, whatever it claims.
      await login(
        byCidr,
        { login: "staff07", password: "demo1234" },
        { "x-forwarded-for": "198.51.100.73" },
        "192.0.2.9",
      );
      expect((await lastAudit("auth.login", "staff07"))?.ip).toBe("192.0.2.9");

      // One hop: the address the proxy appended (the rightmost), not what the client wrote before it.
      const byHops = await server({ trustProxy: 1 });
      await login(byHops, { login: "staff07", password: "demo1234" }, { "x-forwarded-for": "6.6.6.6, 198.51.100.74" });
      expect((await lastAudit("auth.login", "staff07"))?.ip).toBe("198.51.100.74");
    });
  });

  describe("batched calls", () => {
    const batch = (app: FastifyInstance, paths: string[], inputs: unknown[]) =>
      app.inject({
        method: "POST",
        url: `/api/trpc/${paths.join(",")}?batch=1`,
        payload: Object.fromEntries(inputs.map((v, i) => [String(i), v])),
      });
    const codesOf = (body: { error?: { data?: { code?: string } } }[]) => body.map((r) => r.error?.data?.code ?? "OK");

    it("40 wrong guesses and the right password in one batched request do not sign in", async () => {
      const app = await server();
      const paths = Array.from({ length: 41 }, () => "auth.login");
      const inputs = [
        ...Array.from({ length: 40 }, () => ({ login: "staff08", password: "wrong-pass1" })),
        { login: "staff08", password: "demo1234" },
      ];
      const r = await batch(app, paths, inputs);
      const codes = codesOf(r.json());
      expect(codes.at(-1)).toBe("TOO_MANY_REQUESTS");
      expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(5);
      expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(36);
      expect(sessionToken(r.headers["set-cookie"])).toBeUndefined();
    });

    it("counts sign-in calls hidden behind another path of a batch the same way", async () => {
      const app = await server();
      const paths = ["auth.logout", ...Array.from({ length: 41 }, () => "auth.login")];
      const inputs = [
        undefined,
        ...Array.from({ length: 40 }, () => ({ login: "staff09", password: "wrong-pass1" })),
        { login: "staff09", password: "demo1234" },
      ];
      const codes = codesOf((await batch(app, paths, inputs)).json());
      expect(codes.at(-1)).toBe("TOO_MANY_REQUESTS");
      expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(5);
    });

    it("limits registrations in a batch like separate ones", async () => {
      const app = await server();
      const idNumber = `11010119900307447${idNumberCheckDigit("11010119900307447")}`;
      const reg = { phone: "13800000001", password: "abc12345", name: "甲", idNumber };
      const codes = codesOf((await batch(app, Array(15).fill("auth.register"), Array(15).fill(reg))).json());
      expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(5);
      expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(10);
    });

    it("refuses a batch of more than 50 calls outright", async () => {
      const app = await server();
      const r = await app.inject(`/api/trpc/${Array(51).fill("auth.me").join(",")}?batch=1&input={}`);
      expect(r.statusCode).toBe(400);
      expect((await app.inject(`/api/trpc/${Array(50).fill("auth.me").join(",")}?batch=1&input={}`)).statusCode).toBe(
        401,
      );
    });
  });

  describe("CSRF", () => {
    it("refuses a state-changing call whose Origin or Sec-Fetch-Site shows another site; nothing happens", async () => {
      const app = await server();
      const body = { login: "staff10", password: "demo1234" };
      for (const headers of <Record<string, string>[]>[
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: "http://localhost.evil.example" },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site", origin: "http://localhost" },
      ]) {
        const r = await login(app, body, headers);
        expect(r.statusCode, JSON.stringify(headers)).toBe(403);
        expect(r.json().error.data.key).toBe("auth.cross_site");
        expect(r.headers["set-cookie"]).toBeUndefined();
      }
      expect(await lastAudit("auth.login", "staff10")).toBeUndefined();
    });

    it("accepts the same origin, and requests without Origin (curl, server-side clients)", async () => {
      const app = await server();
      const body = { login: "staff10", password: "demo1234" };
      expect((await login(app, body, { origin: "http://localhost", "sec-fetch-site": "same-origin" })).statusCode).toBe(
        200,
      );
      expect(
        (await login(app, body, { host: "hall.example.gov.cn", origin: "https://hall.example.gov.cn" })).statusCode,
      ).toBe(200);
      expect((await login(app, body)).statusCode).toBe(200);
    });

    it("accepts only JSON bodies: a form or multipart post (no CORS preflight) is refused before it runs", async () => {
      const app = await server();
      const token = sessionToken((await login(app, { login: "staff11", password: "demo1234" })).headers["set-cookie"]);
      const cookie = `hall_session=${token}`;
      for (const [type, payload] of [
        ["application/x-www-form-urlencoded", "a=1"],
        ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
        ["text/plain", "{}"],
      ] as const) {
        const r = await app.inject({
          method: "POST",
          url: "/api/trpc/auth.logout",
          headers: { "content-type": type, cookie },
          payload,
        });
        expect(r.statusCode, type).toBe(415);
      }
      // The session was not ended by any of them.
      expect((await app.inject({ url: "/api/trpc/auth.me", headers: { cookie } })).statusCode).toBe(200);
      const ok = await app.inject({ method: "POST", url: "/api/trpc/auth.logout", headers: { cookie }, payload: {} });
      expect(ok.statusCode).toBe(200);
      expect((await app.inject({ url: "/api/trpc/auth.me", headers: { cookie } })).statusCode).toBe(401);
    });
  });

  describe("session cookie", () => {
    it("over HTTPS (as a trusted proxy says) is __Host-hall_session: Secure, Path=/, no Domain — and only it is read there", async () => {
      const app = await server({ trustProxy: ["127.0.0.1"] });
      const https = { "x-forwarded-proto": "https" };
      const r = await login(app, { login: "staff12", password: "demo1234" }, https);
      const cookie = String(r.headers["set-cookie"]);
      expect(cookie).toMatch(/^__Host-hall_session=[\w-]+;/);
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).not.toMatch(/Domain=/i);
      const token = sessionToken(cookie);
      const me = (headers: Record<string, string>) => app.inject({ url: "/api/trpc/auth.me", headers });
      expect((await me({ ...https, cookie: `__Host-hall_session=${token}` })).statusCode).toBe(200);
      // A plain cookie (which any HTTP response or a sibling subdomain could have planted) does not count over HTTPS,
      expect((await me({ ...https, cookie: `hall_session=${token}` })).statusCode).toBe(401);
      // and the __Host- cookie is not read over plain HTTP.
      expect((await me({ cookie: `__Host-hall_session=${token}` })).statusCode).toBe(401);
      // Signing out clears the same cookie.
      const out = await app.inject({
        method: "POST",
        url: "/api/trpc/auth.logout",
        headers: { ...https, cookie: `__Host-hall_session=${token}` },
        payload: {},
      });
      expect(String(out.headers["set-cookie"])).toMatch(/^__Host-hall_session=;.*Secure/i);
    });

    it("is plain hall_session over HTTP, whatever an untrusted client says about the protocol", async () => {
      const app = await server();
      const r = await login(app, { login: "staff12", password: "demo1234" }, { "x-forwarded-proto": "https" });
      const cookie = String(r.headers["set-cookie"]);
      expect(cookie).toMatch(/^hall_session=[\w-]+;/);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it("is always __Host- and Secure with COOKIE_SECURE (TLS ending at a proxy the gateway does not know)", async () => {
      const app = await server({ cookieSecure: true });
      const cookie = String((await login(app, { login: "staff12", password: "demo1234" })).headers["set-cookie"]);
      expect(cookie).toMatch(/^__Host-hall_session=[\w-]+;.*Secure/i);
    });

    it("ends a session after 2 hours without a request (SESSION_IDLE_MINUTES), on real time, within its 12 hours", async () => {
      const app = await server();
      const cookie = `hall_session=${sessionToken((await login(app, { login: "leader", password: "demo1234" })).headers["set-cookie"])}`;
      const me = async () => (await app.inject({ url: "/api/trpc/auth.me", headers: { cookie } })).statusCode;
      wall.advance(119 * 60_000);
      expect(await me()).toBe(200);
      wall.advance(119 * 60_000);
      expect(await me()).toBe(200);
      wall.advance(120 * 60_000);
      expect(await me()).toBe(401);

      const short = await server({ sessionIdleMinutes: 5 });
      const c2 = `hall_session=${sessionToken((await login(short, { login: "leader", password: "demo1234" })).headers["set-cookie"])}`;
      wall.advance(4 * 60_000);
      expect((await short.inject({ url: "/api/trpc/auth.me", headers: { cookie: c2 } })).statusCode).toBe(200);
      wall.advance(5 * 60_000 + 1);
      expect((await short.inject({ url: "/api/trpc/auth.me", headers: { cookie: c2 } })).statusCode).toBe(401);
    });
  });

  describe("Storybook", () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), "hall-root-"));
      for (const [dir, text] of [
        ["apps/portal/dist", "<!doctype html><title>portal</title>"],
        ["packages/ui/storybook-static", "<!doctype html><title>storybook</title>"],
      ] as const) {
        mkdirSync(join(root, dir), { recursive: true });
        writeFileSync(join(root, dir, "index.html"), text);
        writeFileSync(join(root, dir, "iframe.html"), text);
      }
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const get = (app: FastifyInstance, url: string) => app.inject({ url, headers: { accept: "text/html" } });
    const loose = (csp: unknown) => String(csp).includes("'unsafe-eval'");

    it("is not served unless asked for, and no page gets its looser CSP", async () => {
      const app = await server({ root });
      for (const url of ["/storybook/", "/storybook/iframe.html", "/storybook/some/client/route"]) {
        const r = await get(app, url);
        expect(r.statusCode, url).toBe(404);
        expect(loose(r.headers["content-security-policy"]), url).toBe(false);
      }
      const portal = await get(app, "/");
      expect(portal.body).toContain("portal");
      expect(loose(portal.headers["content-security-policy"])).toBe(false);
    });

    it("when served, has its looser CSP on its own files only", async () => {
      const app = await server({ root, serveStorybook: true });
      for (const url of ["/storybook/", "/storybook/iframe.html"]) {
        const r = await get(app, url);
        expect(r.body, url).toContain("storybook");
        expect(loose(r.headers["content-security-policy"]), url).toBe(true);
      }
      for (const url of ["/", "/storybookish", "/appointments/x"]) {
        expect(loose((await get(app, url)).headers["content-security-policy"]), url).toBe(false);
      }
    });
  });
});
