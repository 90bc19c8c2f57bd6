import { idNumberCheckDigit } from "@hall/domain";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEnv, TEST_SCRYPT_PARAMS, type TestEnv } from "../../testing/harness.ts";
import { refusal } from "../../testing/refusal.ts";
import * as passwords from "./passwords.ts";

// Count the scrypt hashes the procedures compute (the module stays real).
vi.mock("./passwords.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./passwords.ts")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});
const hashCalls = () => vi.mocked(passwords.hashPassword).mock.calls.length;

describe("password hashes over the API", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    passwords.setPasswordCostForTests(TEST_SCRYPT_PARAMS);
    await env.close();
  });

  const storedHash = async (login: string) =>
    (await env.h.db.selectFrom("users").select("password_hash").where("login", "=", login).executeTakeFirstOrThrow())
      .password_hash;

  it("upgrades an old hash (N = 2^14) to N = 2^17 at the next sign-in, and only on a correct password", async () => {
    passwords.setPasswordCostForTests({ N: 16384, r: 8, p: 1 });
    const old = await passwords.hashPassword("demo1234");
    passwords.setPasswordCostForTests(null); // the real cost from here on
    await env.h.db.updateTable("users").set({ password_hash: old }).where("login", "=", "trainer").execute();

    expect((await refusal(env.anon().auth.login({ login: "trainer", password: "wrong-pass1" }))).code).toBe(
      "UNAUTHORIZED",
    );
    expect(await storedHash("trainer")).toBe(old);

    await env.anon().auth.login({ login: "trainer", password: "demo1234" });
    const upgraded = await storedHash("trainer");
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await passwords.verifyPassword("demo1234", upgraded)).toBe(true);
    // The next sign-in checks the new hash and leaves it alone.
    await env.anon().auth.login({ login: "trainer", password: "demo1234" });
    expect(await storedHash("trainer")).toBe(upgraded);
    passwords.setPasswordCostForTests(TEST_SCRYPT_PARAMS);
  });

  it("registration does its cheap checks before hashing: a refused registration computes no scrypt hash", async () => {
    const id17 = "41010219900101555";
    const idNumber = id17 + idNumberCheckDigit(id17);
    const before = hashCalls();
    // A phone that already has an account.
    expect(
      (await refusal(env.anon().auth.register({ phone: "13800000003", password: "abc12345", name: "甲", idNumber })))
        .code,
    ).toBe("CONFLICT");
    // A wrong ID checksum, a weak password: refused by the schema.
    const wrong = id17 + (idNumberCheckDigit(id17) === "0" ? "1" : "0");
    await refusal(
      env.anon().auth.register({ phone: "13900003333", password: "abc12345", name: "甲", idNumber: wrong }),
    );
    await refusal(env.anon().auth.register({ phone: "13900003333", password: "abcdefgh", name: "甲", idNumber }));
    expect(hashCalls()).toBe(before);
    // An accepted one hashes exactly once.
    await env.anon().auth.register({ phone: "13900003333", password: "abc12345", name: "甲", idNumber });
    expect(hashCalls()).toBe(before + 1);
  });
});
