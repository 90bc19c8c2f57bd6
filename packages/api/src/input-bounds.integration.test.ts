import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, createTestEnv, type TestEnv } from "./testing/harness.ts";
import { refusal, refusedField } from "./testing/refusal.ts";

/** Inputs that used to reach the database and come back as 500s: each is now a 400 naming its field. */
describe("input bounds", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("refuses an id of 2^31 (beyond the integer column) naming the field, also on public procedures", async () => {
    const e = await refusal(env.anon().catalog.rules({ hallId: 2 ** 31 }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("hallId");
    const admin = await env.as("admin");
    const before = await countRows(env.h, "audit_log");
    const z = await refusal(admin.zones.update({ id: 2 ** 31, name: "x" } as never));
    expect(z.code).toBe("BAD_REQUEST");
    expect(refusedField(z)).toBe("id");
    expect(await countRows(env.h, "audit_log")).toBe(before);
  });

  it("refuses a NUL byte or a lone surrogate in any text, naming the field", async () => {
    const nul = await refusal(env.anon().auth.login({ login: "ad\u0000min", password: "demo1234" }));
    expect(nul.code).toBe("BAD_REQUEST");
    expect(refusedField(nul)).toBe("login");
    const users = await countRows(env.h, "users");
    const lone = await refusal(
      env.anon("en-US").auth.register({ phone: "13900003333", password: "abc12345", name: "x\ud800", idNumber: "x" }),
    );
    expect(lone.code).toBe("BAD_REQUEST");
    expect(refusedField(lone)).toBe("name");
    expect(await countRows(env.h, "users")).toBe(users);
  });

  it("refuses an ID number whose birth date lies in the future", async () => {
    // 2099-01-01: a valid checksum, a real date — but nobody is born yet.
    const first17 = "11010520990101002";
    const { idNumberCheckDigit } = await import("@hall/domain");
    const e = await refusal(
      env.anon().auth.register({
        phone: "13900004444",
        password: "abc12345",
        name: "未来人",
        idNumber: `${first17}${idNumberCheckDigit(first17)}`,
      }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("idNumber");
  });

  it("maps a reference to a row that does not exist to a field-named refusal, not a 500", async () => {
    const admin = await env.as("admin");
    const e = await refusal(
      admin.booking.overrideCapacity({
        hallId: env.hallId,
        itemId: 2_000_000_000,
        start: "2026-11-24T10:00:00+08:00",
        capacity: 3,
      } as never),
    );
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(e.code);
    expect(refusedField(e)).toBe("itemId");
  });
});
