import { parseIsoDate } from "../calendar/iso-date.ts";
import { DomainError } from "../errors/domain-error.ts";
import { ageOn } from "./age.ts";

/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
 */

export type IdCheckFailure = "format" | "checksum" | "birthdate";

export type IdNumberCheck =
  | { ok: true; birthDate: string; gender: "male" | "female"; regionCode: string }
  | { ok: false; reason: IdCheckFailure };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = "10X98765432";
const ID_SHAPE = /^\d{17}[\dX]$/;
const MIN_BIRTH_YEAR = 1900;

/** The message key that explains each failure, e.g. for `identity.invalid_id_number`'s `{reason}`. */
export const ID_CHECK_FAILURE_KEYS: Record<IdCheckFailure, string> = {
  format: "identity.id_format",
  checksum: "identity.id_checksum",
  birthdate: "identity.id_birthdate",
};

/** The 18th character for the first 17 digits. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("idNumberCheckDigit needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? "";
}

/** Trims spaces and upper-cases a trailing x. */
export function normalizeIdNumber(id: string): string {
  return id.trim().toUpperCase();
}

/**
 * Checks shape, check character and birth date (a real date, year ≥ 1900, not after `today` when given).
 * On success returns what the number says about its holder.
 */
export function validateIdNumber(id: string, today?: string): IdNumberCheck {
  const normalized = normalizeIdNumber(id);
  if (!ID_SHAPE.test(normalized)) return { ok: false, reason: "format" };
  if (idNumberCheckDigit(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: "checksum" };

  const raw = normalized.slice(6, 14);
  const birthDate = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  const birth = parseIsoDate(birthDate);
  const inFuture = today !== undefined && birthDate > today;
  if (!birth || birth.year < MIN_BIRTH_YEAR || inFuture) return { ok: false, reason: "birthdate" };

  return {
    ok: true,
    birthDate,
    gender: Number(normalized[16]) % 2 === 1 ? "male" : "female",
    regionCode: normalized.slice(0, 6),
  };
}

function invalidIdNumber(reason: IdCheckFailure, field: string): DomainError {
  return new DomainError("BAD_REQUEST", "identity.invalid_id_number", {
    field,
    params: { reason: ID_CHECK_FAILURE_KEYS[reason] },
  });
}

/**
 * Returns the normalised ID number, or throws DomainError BAD_REQUEST `identity.invalid_id_number`.
 * The reason travels as a message key in `params.reason` (e.g. "identity.id_checksum"); `translate`
 * turns it into text in the user's language ("身份证号码无效：校验码不正确").
 */
export function assertValidIdNumber(id: string, field = "idNumber", today?: string): string {
  const check = validateIdNumber(id, today);
  if (!check.ok) throw invalidIdNumber(check.reason, field);
  return normalizeIdNumber(id);
}

/** Age in full years of the holder on `onDate`; throws like `assertValidIdNumber` when the number is invalid. */
export function ageFromIdNumber(id: string, onDate: string): number {
  const check = validateIdNumber(id);
  if (!check.ok) throw invalidIdNumber(check.reason, "idNumber");
  return ageOn(check.birthDate, onDate);
}
