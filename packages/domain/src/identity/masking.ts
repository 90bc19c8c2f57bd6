import { normalizeIdNumber } from "./id-number.ts";

/** Personal numbers are shown masked to anyone but their owner (SPEC "Cross-cutting"). */

/** Stars for all but the last 4 characters; everything masked when there are 4 or fewer. */
export function maskAllButLast4(value: string): string {
  if (value.length <= 4) return "*".repeat(value.length);
  return `${"*".repeat(value.length - 4)}${value.slice(-4)}`;
}

/** "410105199001011234" → "4101**********1234". Other lengths: all but the last 4 masked. */
export function maskIdNumber(id: string): string {
  const normalized = normalizeIdNumber(id);
  if (normalized.length === 18) return `${normalized.slice(0, 4)}${"*".repeat(10)}${normalized.slice(-4)}`;
  return maskAllButLast4(normalized);
}

/** "13800000001" → "138****0001". Other lengths: all but the last 4 masked. */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  if (trimmed.length === 11) return `${trimmed.slice(0, 3)}****${trimmed.slice(-4)}`;
  return maskAllButLast4(trimmed);
}
