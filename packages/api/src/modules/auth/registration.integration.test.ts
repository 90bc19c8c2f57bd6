import { idNumberCheckDigit, type Locale } from "@hall/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CookieJar } from "../../context.ts";
import { createCaller } from "../../root.ts";
import type { RealNameVerifier } from "../../shared/real-name.ts";
import { contextFor, countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

const idOf = (first17: string) => first17 + idNumberCheckDigit(first17);

describe("registration: one account per ID number, numbers stored sealed", () => {
  let env: TestEnv;
  let client = 0;
  /** A caller from its own client address (registration is throttled per client), optionally with a real-name check. */
  const anon = (opts: { realName?: RealNameVerifier; jar?: CookieJar; locale?: Locale } = {}) => {
    client += 1;
    const ctx = contextFor(env.h, env.clock, opts.locale ?? "zh-CN", opts.jar, env.wall);
    return createCaller({
      ...ctx,
      ip: `10.8.${client >> 8}.${client & 255}`,
      ...(opts.realName ? { realName: opts.realName } : {}),
    });
  };
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("stores neither the phone nor the ID number in any column, and signs the citizen in by phone", async () => {
    const phone = "13900003001";
    const idNumber = idOf("41010219900101301");
    const u = await anon().auth.register({ phone, password: "abc12345", name: "甲", idNumber });
    const row = await env.h.db.selectFrom("users").selectAll().where("id", "=", u.id).executeTakeFirstOrThrow();
    const text = JSON.stringify(row);
    expect(text).not.toContain(phone);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(idNumber.slice(6, 14)); // not even the birth date
    expect(row.login).toMatch(/^tel:[A-Za-z0-9_-]{43}$/);
    expect(row.phone_enc).toMatch(/^t1:/);
    expect(row).toMatchObject({ phone_masked: "139****3001", id_verification: null, id_verified_at: null });
    // The plaintext columns are gone from the type and hold null.
    const plain = await env.h.db
      .selectFrom("users")
      .select((eb) => [eb.ref("phone" as never).as("phone"), eb.ref("id_number" as never).as("id_number")])
      .where("id", "=", u.id)
      .executeTakeFirstOrThrow();
    expect(plain).toEqual({ phone: null, id_number: null });
    // Nor does the audit row of the registration.
    const auditRows = await env.h.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", String(u.id))
      .execute();
    expect(JSON.stringify(auditRows)).not.toContain(phone);
    expect(JSON.stringify(auditRows)).not.toContain(idNumber);

    const me = await (await env.as(phone, "abc12345")).auth.me();
    expect(me).toMatchObject({ id: u.id, login: "139****3001", phoneMasked: "139****3001", idVerification: null });
    expect(me.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
  });

  it("keeps a typed phone out of every table, even when it has no account (sign-in throttling counts its hash)", async () => {
    const phone = "13900003990";
    for (let i = 0; i < 2; i++) {
      const e = await refusal(anon().auth.login({ login: phone, password: "wrong-password1" }));
      expect(e.code).toBe("UNAUTHORIZED");
    }
    const tables = ["auth_throttle", "audit_log", "users", "sessions"] as const;
    for (const t of tables) {
      const rows = await env.h.db.selectFrom(t).selectAll().execute();
      expect(JSON.stringify(rows), t).not.toContain(phone);
    }
  });

  it("refuses a second account for the same ID number with CONFLICT on idNumber, and writes nothing", async () => {
    const idNumber = idOf("41010219900101302");
    await anon().auth.register({ phone: "13900003002", password: "abc12345", name: "乙", idNumber });
    const [users, audits] = [await countRows(env.h, "users"), await countRows(env.h, "audit_log")];
    const e = await refusal(
      // The same number typed with a lower-case x or spaces is the same number.
      anon().auth.register({
        phone: "13900003003",
        password: "abc12345",
        name: "乙",
        idNumber: ` ${idNumber.toLowerCase()} `,
      }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(refusedField(e)).toBe("idNumber");
    expect((e.cause as { key?: string }).key).toBe("auth.id_number_taken");
    expect(await countRows(env.h, "users")).toBe(users);
    expect(await countRows(env.h, "audit_log")).toBe(audits);
  });

  it("still refuses a taken phone on the phone field (a demo citizen's, sealed by the seed)", async () => {
    const e = await refusal(
      anon().auth.register({
        phone: "13800000001",
        password: "abc12345",
        name: "丙",
        idNumber: idOf("41010219900101303"),
      }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(refusedField(e)).toBe("phone");
  });

  it("race: two registrations with the same ID number at once — exactly one account, the other CONFLICT on idNumber", async () => {
    const idNumber = idOf("41010219900101304");
    const before = await countRows(env.h, "users");
    // Both wait in the real-name check (after the early "taken?" look-up, before the insert) until both are there:
    // both have passed the look-up, so only the database's unique index can let just one through.
    let arrived = 0;
    let release = () => {};
    const bothArrived = new Promise<void>((resolve) => {
      release = resolve;
      setTimeout(resolve, 10_000);
    });
    const barrier: RealNameVerifier = {
      name: "barrier",
      async verify() {
        arrived += 1;
        if (arrived === 2) release();
        await bothArrived;
        return { status: "unchecked" };
      },
    };
    const results = await Promise.allSettled([
      anon({ realName: barrier }).auth.register({ phone: "13900003004", password: "abc12345", name: "丁", idNumber }),
      anon({ realName: barrier }).auth.register({ phone: "13900003005", password: "abc12345", name: "戊", idNumber }),
    ]);
    expect(arrived).toBe(2);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].code).toBe("CONFLICT");
    expect(refusedField(refused[0])).toBe("idNumber");
    expect(await countRows(env.h, "users")).toBe(before + 1);
  });

  it("refuses an ID number whose birth date is after today (the hall's day)", async () => {
    // The harness day is 2026-11-23: born 2026-11-24 is not possible yet, born today is.
    const tomorrow = idOf("41010220261124305");
    const e = await refusal(
      anon().auth.register({ phone: "13900003006", password: "abc12345", name: "己", idNumber: tomorrow }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("idNumber");
    await expect(
      anon().auth.register({
        phone: "13900003006",
        password: "abc12345",
        name: "己",
        idNumber: idOf("41010220261123305"),
      }),
    ).resolves.toMatchObject({ name: "己" });
  });

  it("asks the real-name service: a match verifies the number, a mismatch refuses on idNumber and writes nothing", async () => {
    const seen: { name: string; idNumber: string }[] = [];
    const service = (status: "match" | "mismatch"): RealNameVerifier => ({
      name: "test-province",
      async verify(person) {
        seen.push(person);
        return status === "match" ? { status, reference: "HN-42" } : { status };
      },
    });
    const idNumber = idOf("41010219500101306");
    const users = await countRows(env.h, "users");
    const e = await refusal(
      anon({ realName: service("mismatch") }).auth.register({
        phone: "13900003007",
        password: "abc12345",
        name: "冒名",
        idNumber,
      }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("idNumber");
    expect((e.cause as { key?: string }).key).toBe("identity.real_name_mismatch");
    expect(await countRows(env.h, "users")).toBe(users);

    const u = await anon({ realName: service("match") }).auth.register({
      phone: "13900003007",
      password: "abc12345",
      name: "庚",
      idNumber,
    });
    expect(seen).toEqual([
      { name: "冒名", idNumber },
      { name: "庚", idNumber },
    ]);
    const row = await env.h.db.selectFrom("users").selectAll().where("id", "=", u.id).executeTakeFirstOrThrow();
    expect(row.id_verification).toBe("real_name_service");
    expect(row.id_verified_at).not.toBeNull();
    const audit = await env.h.db
      .selectFrom("audit_log")
      .select("after")
      .where("action", "=", "auth.register")
      .where("entity_id", "=", String(u.id))
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      idVerification: "real_name_service",
      realNameCheck: { service: "test-province", status: "match", reference: "HN-42" },
    });
  });

  it("does not let a hall account name look like a mobile number (it would shadow a citizen's sign-in)", async () => {
    const admin = await env.as("admin");
    const e = await refusal(
      admin.users.create({
        hallId: env.hallId,
        login: "13900003999",
        name: "某",
        password: "abc12345",
        roles: ["window_staff"],
      }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("login");
  });

  it("seals a staff account's phone too, and refuses one that a citizen already has", async () => {
    const admin = await env.as("admin");
    const e = await refusal(
      admin.users.create({
        hallId: env.hallId,
        login: "newclerk",
        name: "新",
        password: "abc12345",
        roles: ["window_staff"],
        phone: "13800000002",
      }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(refusedField(e)).toBe("phone");
    const u = await admin.users.create({
      hallId: env.hallId,
      login: "newclerk",
      name: "新",
      password: "abc12345",
      roles: ["window_staff"],
      phone: "13900003998",
    });
    expect(u.phoneMasked).toBe("139****3998");
    const row = await env.h.db.selectFrom("users").selectAll().where("id", "=", u.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain("13900003998");
    // A hall account signs in by its account name, not by its phone.
    expect((await refusal(env.anon().auth.login({ login: "13900003998", password: "abc12345" }))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});
