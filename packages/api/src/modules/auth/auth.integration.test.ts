import { idNumberCheckDigit } from "@hall/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

const id17 = "41010219900101123";
const validId = id17 + idNumberCheckDigit(id17);
const wrongCheck = id17 + (idNumberCheckDigit(id17) === "0" ? "1" : "0");

describe("auth", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  it("registers a citizen, signs them in and masks their numbers in me()", async () => {
    let token: string | null = null;
    const { createCaller } = await import("../../root.ts");
    const { contextFor } = await import("../../testing/harness.ts");
    const caller = createCaller(
      contextFor(env.h, env.clock, "zh-CN", {
        setSession: (t) => {
          token = t;
        },
        clearSession() {},
      }),
    );
    const u = await caller.auth.register({
      phone: "13900001111",
      password: "abc12345",
      name: "测试市民",
      idNumber: validId,
    });
    expect(u.name).toBe("测试市民");
    expect(token).toBeTruthy();
    const me = await (await env.as("13900001111", "abc12345")).auth.me();
    expect(me.roles).toEqual(["citizen"]);
    expect(me.idNumberMasked).toBe(`${validId.slice(0, 4)}**********${validId.slice(-4)}`);
    expect(me.phoneMasked).toBe("139****1111");
  });

  it("refuses a wrong ID checksum naming the field, in Chinese and in English, writing nothing", async () => {
    const before = await countRows(env.h, "users");
    const zh = await refusal(
      env.anon().auth.register({ phone: "13900002222", password: "abc12345", name: "甲", idNumber: wrongCheck }),
    );
    expect(zh.code).toBe("BAD_REQUEST");
    expect(refusedField(zh)).toBe("idNumber");
    const en = await refusal(
      env.anon("en-US").auth.register({ phone: "13900002222", password: "abc12345", name: "甲", idNumber: wrongCheck }),
    );
    expect(en.code).toBe("BAD_REQUEST");
    expect(await countRows(env.h, "users")).toBe(before);
  });

  it("refuses a taken phone with CONFLICT on the phone field", async () => {
    const e = await refusal(
      env.anon().auth.register({ phone: "13800000001", password: "abc12345", name: "乙", idNumber: validId }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(refusedField(e)).toBe("phone");
  });

  it("refuses a wrong password and then rate-limits the login", async () => {
    for (let i = 0; i < 5; i++) {
      const e = await refusal(env.anon().auth.login({ login: "inspector", password: "wrong-pass1" }));
      expect(e.code).toBe("UNAUTHORIZED");
    }
    // Even the right password is refused while the limit holds…
    const limited = await refusal(env.anon().auth.login({ login: "inspector", password: "demo1234" }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    // …and accepted again once the window has passed.
    // The hall clock does not matter for throttling (real time does): moving it changes nothing…
    env.clock.advance(16 * 60_000);
    expect((await refusal(env.anon().auth.login({ login: "inspector", password: "demo1234" }))).code).toBe(
      "TOO_MANY_REQUESTS",
    );
    env.wall.advance(16 * 60_000);
    await expect(env.anon().auth.login({ login: "inspector", password: "demo1234" })).resolves.toMatchObject({
      name: "罗斌",
    });
  });

  it("me() needs a session; logout ends it", async () => {
    expect((await refusal(env.anon().auth.me())).code).toBe("UNAUTHORIZED");
    const admin = await env.as("admin");
    const me = await admin.auth.me();
    expect(me.roles).toContain("hall_admin");
    expect(me.hallName).toBe("示范区政务服务中心");
    await admin.auth.logout();
    const sessions = await env.h.db.selectFrom("sessions").select("id").where("user_id", "=", me.id).execute();
    expect(sessions).toHaveLength(0);
  });

  it("ends a session after 12 hours", async () => {
    const { resolveSession } = await import("./sessions.ts");
    let token: string | null = null;
    const { createCaller } = await import("../../root.ts");
    const { contextFor } = await import("../../testing/harness.ts");
    const jar = {
      setSession: (t: string) => {
        token = t;
      },
      clearSession() {},
    };
    let maxAge = 0;
    const jar2 = {
      ...jar,
      setSession: (t: string, seconds: number) => {
        token = t;
        maxAge = seconds;
      },
    };
    await createCaller(contextFor(env.h, env.clock, "zh-CN", jar2, env.wall)).auth.login({
      login: "leader",
      password: "demo1234",
    });
    // The cookie lives 12 hours from now, relatively: nothing about it depends on the hall clock.
    expect(maxAge).toBe(12 * 60 * 60);
    expect(await resolveSession(env.h.db, token, env.wall.now())).toMatchObject({
      login: "leader",
      roles: ["duty_leader"],
    });
    // The session follows real time: used every hour, it is valid 11 hours on and gone at 12, however active.
    const hoursOn = (h: number) => new Date(env.wall.now().getTime() + h * 60 * 60 * 1000);
    for (let h = 1; h <= 11; h++) expect(await resolveSession(env.h.db, token, hoursOn(h))).not.toBeNull();
    expect(await resolveSession(env.h.db, token, hoursOn(12))).toBeNull();
    expect(await resolveSession(env.h.db, "forged-token", env.wall.now())).toBeNull();
  });

  it("ends a session left unused for 2 hours (idle timeout), on the wall clock", async () => {
    const { resolveSession } = await import("./sessions.ts");
    const { createCaller } = await import("../../root.ts");
    const { contextFor } = await import("../../testing/harness.ts");
    let token: string | null = null;
    const jar = {
      setSession: (t: string) => {
        token = t;
      },
      clearSession() {},
    };
    await createCaller(contextFor(env.h, env.clock, "zh-CN", jar, env.wall)).auth.login({
      login: "chief",
      password: "demo1234",
    });
    const t0 = env.wall.now().getTime();
    const min = (m: number) => new Date(t0 + m * 60_000);
    // Used at 1 h 59 min: the idle clock starts again from there…
    expect(await resolveSession(env.h.db, token, min(119))).not.toBeNull();
    expect(await resolveSession(env.h.db, token, min(119 + 119))).not.toBeNull();
    // …and 2 hours without a request end it, though its 12 hours are far from over.
    expect(await resolveSession(env.h.db, token, min(238 + 120))).toBeNull();
    // The hall clock has nothing to do with it.
    env.clock.advance(10 * 60 * 60_000);
    let fresh: string | null = null;
    await createCaller(
      contextFor(
        env.h,
        env.clock,
        "zh-CN",
        {
          setSession: (t) => {
            fresh = t;
          },
          clearSession() {},
        },
        env.wall,
      ),
    ).auth.login({ login: "chief", password: "demo1234" });
    expect(await resolveSession(env.h.db, fresh, env.wall.now())).not.toBeNull();
    // A shorter idle time (SESSION_IDLE_MINUTES) is honoured.
    expect(await resolveSession(env.h.db, fresh, min(6), { idleMs: 5 * 60_000 })).toBeNull();
  });

  it("stores scrypt hashes, never the password", async () => {
    const row = await env.h.db
      .selectFrom("users")
      .select("password_hash")
      .where("login", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row.password_hash).not.toContain("demo1234");
  });
});
