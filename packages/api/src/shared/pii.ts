import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data at rest (PIPL; 等保 2.0): ID and phone numbers are stored sealed — AES-256-GCM with a random
 * 96-bit IV, the kind of number as associated data — and found by a keyed hash (HMAC-SHA256), never in plaintext.
 *
 * One 32-byte master key per key id ("v1", "v2", …); two keys are derived from it with HKDF-SHA256, one for the
 * cipher and one for the lookup hash, so neither use weakens the other. A sealed value carries the id of its key
 * ("v1:<base64url of iv | ciphertext | tag>"), so keys can be rotated (docs/operations.md, "Personal data key").
 * The gateway reads the key from PII_KEY (or, for the embedded demo, a key file in DATA_DIR) and passes it in;
 * nothing here reads the environment.
 */

/** The kinds of personal numbers; each seals and hashes apart from the others. */
export type PiiKind = "phone" | "id_number";

export interface PiiKey {
  /** Short id stored with every value sealed under this key, e.g. "v1". */
  id: string;
  /** 32 random bytes. */
  key: Uint8Array;
}

export interface Pii {
  /** The id of the key new values are sealed and hashed under. */
  readonly keyId: string;
  /** Seals a value under the current key: "v1:…". */
  encrypt(kind: PiiKind, plaintext: string): string;
  /** Opens a sealed value under whichever known key sealed it; throws if it was altered or the key is unknown. */
  decrypt(kind: PiiKind, sealed: string): string;
  /** The keyed hash of a value under the current key (stored for lookups and unique indexes). */
  hash(kind: PiiKind, value: string): string;
  /** The hashes of a value under every known key, current first: a lookup finds rows not yet rotated too. */
  lookupHashes(kind: PiiKind, value: string): string[];
  /** True when a sealed value is under the current key (rotation skips it). */
  isCurrent(sealed: string): boolean;
}

const KEY_ID = /^[a-z0-9]{1,16}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class PiiKeyError extends Error {}

/** A key from its id and base64 text (as in PII_KEY); refuses anything but exactly 32 bytes. */
export function parsePiiKey(id: string, base64: string): PiiKey {
  if (!KEY_ID.test(id)) throw new PiiKeyError(`key id must be 1–16 lower-case letters or digits, got "${id}"`);
  const text = base64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new PiiKeyError(`key ${id} is not base64`);
  const key = Buffer.from(text, "base64");
  if (key.length !== 32)
    throw new PiiKeyError(`key ${id} must be 32 bytes (base64 of 32 random bytes), got ${key.length}`);
  return { id, key };
}

/** A fresh random key. */
export function generatePiiKey(id = "v1"): PiiKey {
  return parsePiiKey(id, randomBytes(32).toString("base64"));
}

/** "id:base64" — one line of a key file, or one entry of PII_PREVIOUS_KEYS. */
export function formatPiiKey(k: PiiKey): string {
  return `${k.id}:${Buffer.from(k.key).toString("base64")}`;
}

/** Parses "id:base64". */
export function parsePiiKeyEntry(entry: string): PiiKey {
  const at = entry.indexOf(":");
  if (at < 1) throw new PiiKeyError('a key entry is "id:base64"');
  return parsePiiKey(entry.slice(0, at).trim(), entry.slice(at + 1));
}

interface DerivedKey {
  id: string;
  cipher: Buffer;
  mac: Buffer;
}

function derive(k: PiiKey): DerivedKey {
  const expand = (info: string) => Buffer.from(hkdfSync("sha256", k.key, Buffer.alloc(0), info, 32));
  return { id: k.id, cipher: expand("hall-pii/aes-256-gcm"), mac: expand("hall-pii/hmac-sha256") };
}

const aad = (kind: PiiKind) => Buffer.from(`hall-pii:${kind}`);

/** The keyring: the first key is current (seals and hashes), the others only open and find older values. */
export function createPii(keys: readonly PiiKey[]): Pii {
  const [first] = keys;
  if (!first) throw new PiiKeyError("at least one personal-data key is needed");
  const derived = keys.map(derive);
  const byId = new Map<string, DerivedKey>();
  for (const d of derived) {
    if (byId.has(d.id)) throw new PiiKeyError(`key id ${d.id} given twice`);
    byId.set(d.id, d);
  }
  const current = derived[0] as DerivedKey;
  const hmac = (d: DerivedKey, kind: PiiKind, value: string) =>
    createHmac("sha256", d.mac).update(`${kind}\u0000${value}`).digest("base64url");

  return {
    keyId: current.id,
    encrypt(kind, plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current.cipher, iv);
      cipher.setAAD(aad(kind));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${current.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
    },
    decrypt(kind, sealed) {
      const at = sealed.indexOf(":");
      const d = at > 0 ? byId.get(sealed.slice(0, at)) : undefined;
      if (!d) throw new PiiKeyError(`personal data sealed under an unknown key (${sealed.slice(0, Math.max(at, 0))})`);
      const raw = Buffer.from(sealed.slice(at + 1), "base64url");
      if (raw.length < IV_BYTES + TAG_BYTES) throw new PiiKeyError("sealed personal data is truncated");
      const decipher = createDecipheriv("aes-256-gcm", d.cipher, raw.subarray(0, IV_BYTES));
      decipher.setAAD(aad(kind));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    },
    hash: (kind, value) => hmac(current, kind, value),
    lookupHashes: (kind, value) => derived.map((d) => hmac(d, kind, value)),
    isCurrent: (sealed) => sealed.startsWith(`${current.id}:`),
  };
}
