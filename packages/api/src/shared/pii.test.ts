import { describe, expect, it } from "vitest";
import {
  createPii,
  formatPiiKey,
  generatePiiKey,
  type PiiKey,
  PiiKeyError,
  parsePiiKey,
  parsePiiKeyEntry,
} from "./pii.ts";

const k1 = parsePiiKey("v1", Buffer.alloc(32, 1).toString("base64"));
const k2 = parsePiiKey("v2", Buffer.alloc(32, 2).toString("base64"));
const phone = "13800000001";

/** Flips one bit of the byte at `index` of the sealed body (after "v1:"). */
function flip(sealed: string, index: number): string {
  const [id, body] = sealed.split(":") as [string, string];
  const raw = Buffer.from(body, "base64url");
  raw[index] = (raw[index] ?? 0) ^ 1;
  return `${id}:${raw.toString("base64url")}`;
}

describe("pii: sealing", () => {
  const pii = createPii([k1]);

  it("round-trips, marks the key id, and never shows the plaintext", () => {
    const sealed = pii.encrypt("phone", phone);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(phone);
    expect(pii.decrypt("phone", sealed)).toBe(phone);
    expect(pii.decrypt("id_number", pii.encrypt("id_number", "11010519491231002X"))).toBe("11010519491231002X");
    expect(pii.decrypt("phone", pii.encrypt("phone", ""))).toBe("");
  });

  it("uses a fresh IV each time: the same number seals differently", () => {
    expect(pii.encrypt("phone", phone)).not.toBe(pii.encrypt("phone", phone));
  });

  it("detects tampering anywhere: IV, ciphertext or tag", () => {
    const sealed = pii.encrypt("phone", phone);
    const length = Buffer.from(sealed.slice(3), "base64url").length;
    for (const i of [0, 11, 12, 12 + phone.length - 1, length - 1]) {
      expect(() => pii.decrypt("phone", flip(sealed, i))).toThrow();
    }
    expect(() => pii.decrypt("phone", sealed.slice(0, 10))).toThrow(PiiKeyError);
  });

  it("refuses a value moved from one kind of column to another (the kind is authenticated)", () => {
    expect(() => pii.decrypt("id_number", pii.encrypt("phone", phone))).toThrow();
  });

  it("refuses the wrong key, and a value under an unknown key id", () => {
    const other = createPii([parsePiiKey("v1", Buffer.alloc(32, 9).toString("base64"))]);
    expect(() => other.decrypt("phone", pii.encrypt("phone", phone))).toThrow();
    expect(() => createPii([k2]).decrypt("phone", pii.encrypt("phone", phone))).toThrow(/unknown key \(v1\)/);
    expect(() => pii.decrypt("phone", phone)).toThrow(PiiKeyError);
  });
});

describe("pii: lookup hashes", () => {
  const pii = createPii([k1]);

  it("is deterministic per key and kind, and keyed (another key, another hash)", () => {
    expect(pii.hash("phone", phone)).toBe(pii.hash("phone", phone));
    expect(pii.hash("phone", phone)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pii.hash("phone", phone)).not.toBe(pii.hash("id_number", phone));
    expect(pii.hash("phone", phone)).not.toBe(createPii([k2]).hash("phone", phone));
    expect(pii.hash("phone", phone)).not.toBe(pii.hash("phone", "13800000002"));
  });

  it("finds values hashed under an older key while a rotation runs", () => {
    const rotating = createPii([k2, k1]);
    expect(rotating.keyId).toBe("v2");
    expect(rotating.lookupHashes("phone", phone)).toEqual([
      createPii([k2]).hash("phone", phone),
      pii.hash("phone", phone),
    ]);
    // Old values still open; new ones are sealed under the new key.
    const old = pii.encrypt("phone", phone);
    expect(rotating.decrypt("phone", old)).toBe(phone);
    expect(rotating.isCurrent(old)).toBe(false);
    expect(rotating.isCurrent(rotating.encrypt("phone", phone))).toBe(true);
  });
});

describe("pii: keys", () => {
  it("accepts exactly 32 bytes of base64 and a short lower-case id", () => {
    expect(() => parsePiiKey("v1", Buffer.alloc(31).toString("base64"))).toThrow(/32 bytes/);
    expect(() => parsePiiKey("v1", Buffer.alloc(33).toString("base64"))).toThrow(/32 bytes/);
    expect(() => parsePiiKey("v1", "not base64!")).toThrow(/base64/);
    expect(() => parsePiiKey("V1:", Buffer.alloc(32).toString("base64"))).toThrow(/key id/);
    expect(() => createPii([])).toThrow(PiiKeyError);
    expect(() => createPii([k1, k1])).toThrow(/twice/);
  });

  it("writes and reads a key entry", () => {
    const k: PiiKey = generatePiiKey("v3");
    const again = parsePiiKeyEntry(formatPiiKey(k));
    expect(again.id).toBe("v3");
    expect(Buffer.from(again.key).equals(Buffer.from(k.key))).toBe(true);
    expect(() => parsePiiKeyEntry("nocolon")).toThrow(PiiKeyError);
  });
});
