import { AUTH_THROTTLE, idNumberCheckDigit } from "@hall/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CookieJar } from "../../context.ts";
import { createCaller } from "../../root.ts";
import { contextFor, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal } from "../../testing/refusal.ts";

/**
 * Sign-in and registration throttling inside the procedures: every call counts however it arrives, concurrent calls
 * cannot exceed a limit, and an attacker elsewhere cannot lock the real user out beyond the ceiling rules
 * (AUTH_THROTTLE in @hall/domain). Every scenario uses its own client addresses and accounts.
 */
describe("sign-in and registration throttling", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  /** A caller from one client address; `jar` catches the session cookie. */
  const from = (ip: string, jar?: CookieJar) =>
    createCaller({ ...contextFor(env.h, env.clock, "zh-CN", jar, env.wall), ip });
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return "OK";
    } catch (e) {
      return (e as { code?: string }).code ?? "ERROR";
    }
  };
  const tally = (codes: string[]) =>
    codes.reduce<Record<string, number>>((acc, c) => {
      acc[c] = (acc[c] ?? 0) + 1;
      return acc;
    }, {});
  const failedSignIns = async (userLogin: string) => {
    const u = await env.h.db.selectFrom("users").select("id").where("login", "=", userLogin).executeTakeFirstOrThrow();
    const rows = await env.h.db
      .selectFrom("audit_log")
      .select("ip")
      .where("action", "=", "auth.login_failed")
      .where("entity_id", "=", String(u.id))
      .execute();
    return rows;
  };

  it("40 wrong guesses and the right password sent together (as one batch is) do not sign in: 5 are checked", async () => {
    let token: string | null = null;
    const caller = from("198.51.100.1", {
      setSession: (t) => {
        token = t;
      },
      clearSession() {},
    });
    // tRPC runs the calls of a batch concurrently with one context — exactly like this.
    const calls = [
      ...Array.from({ length: 40 }, () => caller.auth.login({ login: "staff01", password: "wrong-pass1" })),
      caller.auth.login({ login: "staff01", password: "demo1234" }),
    ];
    const codes = await Promise.all(calls.map(codeOf));
    expect(codes.at(-1)).toBe("TOO_MANY_REQUESTS");
    expect(tally(codes)).toEqual({ UNAUTHORIZED: 5, TOO_MANY_REQUESTS: 36 });
    expect(token).toBeNull();
    expect(await failedSignIns("staff01")).toHaveLength(5);
  });

  it("counts concurrent guesses one after another: exactly 5 of 50 are checked (race)", async () => {
    const caller = from("198.51.100.2");
    const codes = await Promise.all(
      Array.from({ length: 50 }, () => codeOf(caller.auth.login({ login: "staff02", password: "wrong-pass1" }))),
    );
    expect(tally(codes)).toEqual({ UNAUTHORIZED: 5, TOO_MANY_REQUESTS: 45 });
    const rows = await failedSignIns("staff02");
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.ip === "198.51.100.2")).toBe(true);
  });

  it("holds many addresses together to the per-login ceiling, concurrently too (race)", async () => {
    const codes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        codeOf(from(`203.0.113.${i + 1}`).auth.login({ login: "staff03", password: "wrong-pass1" })),
      ),
    );
    expect(tally(codes)).toEqual({ UNAUTHORIZED: AUTH_THROTTLE.perLogin.limit, TOO_MANY_REQUESTS: 30 });
  });

  it("a lock-out by another client does not stop the real user elsewhere; the ceiling spares their known client", async () => {
    // The real user signs in from the office once: that client is now known for staff04.
    await expect(from("192.0.2.10").auth.login({ login: "staff04", password: "demo1234" })).resolves.toBeTruthy();
    // An attacker locks their own address out…
    for (let i = 0; i < 5; i++) {
      expect((await refusal(from("198.51.100.4").auth.login({ login: "staff04", password: "x1234567" }))).code).toBe(
        "UNAUTHORIZED",
      );
    }
    expect((await refusal(from("198.51.100.4").auth.login({ login: "staff04", password: "demo1234" }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    // …which stops nobody else: the user signs in from home, a client never seen before.
    await expect(from("192.0.2.20").auth.login({ login: "staff04", password: "demo1234" })).resolves.toBeTruthy();
    // From many addresses the attacker fills the ceiling for staff04 (the locked address's 5 guesses are in it too;
    // a successful sign-in is given back)…
    for (let i = 0; i < 30; i++)
      await codeOf(from(`203.0.113.${100 + i}`).auth.login({ login: "staff04", password: "x1234567" }));
    // …so a new client is held back, even with the right password…
    expect((await refusal(from("192.0.2.30").auth.login({ login: "staff04", password: "demo1234" }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    // …while the user's known clients still get in,
    await expect(from("192.0.2.10").auth.login({ login: "staff04", password: "demo1234" })).resolves.toBeTruthy();
    await expect(from("192.0.2.20").auth.login({ login: "staff04", password: "demo1234" })).resolves.toBeTruthy();
    // and the new client, too, once the ceiling's 15 minutes (real time) are over.
    env.wall.advance(AUTH_THROTTLE.perLogin.windowMs);
    await expect(from("192.0.2.30").auth.login({ login: "staff04", password: "demo1234" })).resolves.toBeTruthy();
  });

  it("backs off exponentially per client: 1, then 2 minutes between guesses, on the wall clock", async () => {
    const c = from("198.51.100.5");
    for (let i = 0; i < 5; i++) await refusal(c.auth.login({ login: "staff05", password: "wrong-pass1" }));
    const next = () => codeOf(c.auth.login({ login: "staff05", password: "wrong-pass1" }));
    expect(await next()).toBe("TOO_MANY_REQUESTS");
    env.clock.advance(60 * 60_000); // the hall clock changes nothing
    expect(await next()).toBe("TOO_MANY_REQUESTS");
    env.wall.advance(60_000);
    expect(await next()).toBe("UNAUTHORIZED"); // the 6th guess, and the next must wait 2 minutes
    env.wall.advance(60_000);
    expect(await next()).toBe("TOO_MANY_REQUESTS");
    env.wall.advance(60_000);
    // The 7th attempt is admitted and the password checked: right, so it signs in and the count starts over.
    expect(await codeOf(c.auth.login({ login: "staff05", password: "demo1234" }))).toBe("OK");
    for (let i = 0; i < 4; i++) expect(await next()).toBe("UNAUTHORIZED");
  });

  it("limits all sign-in calls of one client address to 30 a minute; successful sign-ins are given back", async () => {
    const c = from("198.51.100.6");
    for (let i = 0; i < 40; i++) await c.auth.login({ login: "leader", password: "demo1234" });
    const codes: string[] = [];
    for (let i = 0; i < 31; i++) codes.push(await codeOf(c.auth.login({ login: `nobody${i}`, password: "x1234567" })));
    expect(codes.slice(0, 30).every((x) => x === "UNAUTHORIZED")).toBe(true);
    expect(codes[30]).toBe("TOO_MANY_REQUESTS");
    // A registration from the same address is in the same count.
    expect(await codeOf(c.auth.register(registration(1)))).toBe("TOO_MANY_REQUESTS");
    env.wall.advance(60_000);
    expect(await codeOf(c.auth.login({ login: "nobody0", password: "x1234567" }))).toBe("UNAUTHORIZED");
  });

  let seq = 100;
  function registration(n: number, phone = `1370000${String(n).padStart(4, "0")}`) {
    const id17 = `41010219900101${String(seq++).padStart(3, "0")}`;
    return { phone, password: "abc12345", name: "测试", idNumber: id17 + idNumberCheckDigit(id17) };
  }

  it("limits registrations per client, so it cannot tell which phones have accounts at any rate", async () => {
    const c = from("198.51.100.7");
    const free = AUTH_THROTTLE.registerPerClient.free;
    // Probing taken phones (CONFLICT) and opening accounts count alike.
    const codes: string[] = [];
    for (let i = 0; i < free; i++) {
      codes.push(await codeOf(c.auth.register(i % 2 ? registration(i) : registration(i, "13800000001"))));
    }
    expect(tally(codes)).toEqual({ CONFLICT: free / 2, OK: free / 2 });
    // The next probe gets no answer about the phone…
    expect((await refusal(c.auth.register(registration(99, "13800000001")))).code).toBe("TOO_MANY_REQUESTS");
    // …while another address is not affected.
    expect((await refusal(from("198.51.100.8").auth.register(registration(98, "13800000001")))).code).toBe("CONFLICT");
  });

  it("counts concurrent registrations one after another (race)", async () => {
    const c = from("198.51.100.9");
    const codes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => codeOf(c.auth.register(registration(200 + i, "13800000002")))),
    );
    expect(tally(codes)).toEqual({ CONFLICT: AUTH_THROTTLE.registerPerClient.free, TOO_MANY_REQUESTS: 15 });
  });
});
