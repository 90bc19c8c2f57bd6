import { DomainError } from "../errors/domain-error.ts";

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** A mainland China mobile number: 11 digits starting 13–19. */
export function isValidMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** Returns the trimmed number, or throws DomainError BAD_REQUEST `identity.invalid_phone`. */
export function assertValidMobile(phone: string, field = "phone"): string {
  const trimmed = phone.trim();
  if (!isValidMobile(trimmed)) throw new DomainError("BAD_REQUEST", "identity.invalid_phone", { field });
  return trimmed;
}
