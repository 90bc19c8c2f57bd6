import type { Database, Kysely } from "@hall/db";
import {
  type IdVerificationMethod,
  isValidMobile,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  type PriorityClaim,
} from "@hall/domain";
import type { Pii } from "./pii.ts";

/**
 * ID and phone numbers as they are stored (see pii.ts and the 2026-12-02-301 migration): sealed, hashed for lookups,
 * masked for display. Every write of a personal number goes through `sealPhone` / `sealIdNumber`.
 */
export interface SealedNumber {
  /** AES-256-GCM, "v1:…". */
  enc: string;
  /** HMAC-SHA256 under the current key: lookups and unique indexes. */
  hash: string;
  /** What screens show, e.g. "138****0001". */
  masked: string;
}

export function sealPhone(pii: Pii, phone: string): SealedNumber {
  const p = phone.trim();
  return { enc: pii.encrypt("phone", p), hash: pii.hash("phone", p), masked: maskPhone(p) };
}

export function sealIdNumber(pii: Pii, idNumber: string): SealedNumber {
  const id = normalizeIdNumber(idNumber);
  return { enc: pii.encrypt("id_number", id), hash: pii.hash("id_number", id), masked: maskIdNumber(id) };
}

/** The keyed hashes to look a phone up by (every known key: rows not yet rotated are found too). */
export const phoneLookup = (pii: Pii, phone: string) => pii.lookupHashes("phone", phone.trim());
export const idNumberLookup = (pii: Pii, idNumber: string) =>
  pii.lookupHashes("id_number", normalizeIdNumber(idNumber));

/**
 * A citizen signs in with their phone number, but the `login` column must not hold it: it holds "tel:" + the phone's
 * keyed hash. Staff logins are plain account names (letters, digits, `_.-`: never a ':').
 */
export const CITIZEN_LOGIN_PREFIX = "tel:";
export const citizenLoginOf = (phoneHash: string) => `${CITIZEN_LOGIN_PREFIX}${phoneHash}`;

/** The `login` values a typed sign-in name may match: the name itself, and for a mobile number its phone logins. */
export function loginCandidates(pii: Pii, typed: string): string[] {
  const login = typed.trim();
  if (!isValidMobile(login)) return [login];
  return [login, ...phoneLookup(pii, login).map(citizenLoginOf)];
}

/**
 * What a typed sign-in name is counted under when no account matches (sign-in throttling): a mobile number as its
 * login hash, never the number itself — a typed phone is personal data even when it has no account.
 */
export function unknownLoginKey(pii: Pii, typed: string): string {
  const login = typed.trim();
  return isValidMobile(login) ? citizenLoginOf(pii.hash("phone", login)) : login;
}

/** The login to show for a session: a citizen's is their masked phone (never the hash). */
export function displayLogin(login: string, phoneMasked: string | null): string {
  return login.startsWith(CITIZEN_LOGIN_PREFIX) ? (phoneMasked ?? "") : login;
}

/**
 * What an account's priority claim rests on: its ID number (opened) and how it was verified. Citizens never claim
 * military priority for themselves.
 */
export function accountPriorityClaim(
  pii: Pii,
  u: { id_number_enc: string | null; id_verification: IdVerificationMethod | null } | null | undefined,
): PriorityClaim {
  return {
    military: false,
    idNumber: u?.id_number_enc ? pii.decrypt("id_number", u.id_number_enc) : null,
    idNumberVerifiedBy: u?.id_number_enc ? (u.id_verification ?? null) : null,
  };
}

/** Marks an account's ID number verified (the first verification stands; a later one changes nothing). */
export async function markIdNumberVerified(
  db: Kysely<Database>,
  userId: number,
  v: { method: IdVerificationMethod; by: number | null; at: Date },
): Promise<boolean> {
  const r = await db
    .updateTable("users")
    .set({ id_verification: v.method, id_verified_by: v.by, id_verified_at: v.at })
    .where("id", "=", userId)
    .where("id_number_enc", "is not", null)
    .where("id_verification", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
