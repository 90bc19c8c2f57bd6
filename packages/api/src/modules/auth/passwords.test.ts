import { afterEach, describe, expect, it } from "vitest";
import { hashPassword, needsRehash, SCRYPT_PARAMS, setPasswordCostForTests, verifyPassword } from "./passwords.ts";

describe("passwords (scrypt at OWASP's cost)", () => {
  afterEach(() => setPasswordCostForTests(null));

  it("hashes with N = 2^17, r = 8, p = 1 and a 16-byte salt, and verifies", async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const h = await hashPassword("abc12345");
    expect(h).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword("abc12345", h)).toBe(true);
    expect(await verifyPassword("abc12346", h)).toBe(false);
    expect(needsRehash(h)).toBe(false);
    // A fresh salt every time.
    expect(await hashPassword("abc12345")).not.toBe(h);
  });

  it("still verifies a hash made with the old parameters (N = 2^14), and marks it for an upgrade", async () => {
    setPasswordCostForTests({ N: 16384, r: 8, p: 1 });
    const old = await hashPassword("abc12345");
    setPasswordCostForTests(null);
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("abc12345", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it("refuses stored parameters that are malformed or would exhaust memory, without computing them", async () => {
    setPasswordCostForTests({ N: 1024, r: 8, p: 1 });
    const h = await hashPassword("abc12345");
    setPasswordCostForTests(null);
    const [, , , , salt, key] = h.split("$");
    for (const bad of [
      `scrypt$1073741824$8$1$${salt}$${key}`, // N = 2^30: 128 GiB
      `scrypt$100000$8$1$${salt}$${key}`, // not a power of two
      `scrypt$131072$999$1$${salt}$${key}`,
      `scrypt$131072$8$1$${salt}`,
      `bcrypt$131072$8$1$${salt}$${key}`,
      "",
    ]) {
      expect(await verifyPassword("abc12345", bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });
});
