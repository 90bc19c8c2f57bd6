import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's current recommendation for scrypt: N = 2^17, r = 8, p = 1 (128 MiB and a few hundred ms per hash). */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
const KEYLEN = 32;

/** The parameters new hashes get (and old ones are upgraded to at the next sign-in). */
let target: ScryptParams = { ...SCRYPT_PARAMS };

/**
 * Tests only: a cheaper cost, so the hundreds of sign-ins of an integration suite stay fast. The gateway never calls
 * it; the password tests run at the real cost.
 */
export function setPasswordCostForTests(params: ScryptParams | null): void {
  target = { ...(params ?? SCRYPT_PARAMS) };
}

/** Stored parameters beyond these are refused rather than computed (a corrupted row must not exhaust memory). */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes for its table (plus a little): 128 MiB at N = 2^17, r = 8 — above Node's 32 MiB default.
  const maxmem = 128 * N * r + 128 * r * p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEYLEN, { N, r, p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

function parse(stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash || rest.length) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const ok =
    Number.isInteger(params.N) &&
    params.N > 1 &&
    params.N <= MAX_N &&
    (params.N & (params.N - 1)) === 0 &&
    Number.isInteger(params.r) &&
    params.r >= 1 &&
    params.r <= MAX_R &&
    Number.isInteger(params.p) &&
    params.p >= 1 &&
    params.p <= MAX_P;
  return ok ? { ...params, salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") } : null;
}

/** "scrypt$N$r$p$salt$hash" (base64url), so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const params = { ...target };
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Checks a password against a stored hash, whatever parameters it was made with. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when a stored hash was made with other parameters than new hashes get: rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N !== target.N || parsed.r !== target.r || parsed.p !== target.p;
}

/**
 * A hash to compare against when the account does not exist, so timing does not reveal which logins exist. Made with
 * the current parameters (remade if they change), so an unknown login costs as much as a known one.
 */
let dummy: { params: string; hash: Promise<string> } | undefined;
export function dummyHash(): Promise<string> {
  const params = `${target.N}$${target.r}$${target.p}`;
  if (dummy?.params !== params) dummy = { params, hash: hashPassword("not-a-real-password") };
  return dummy.hash;
}
