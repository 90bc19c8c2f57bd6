import { DomainError } from "../errors/domain-error.ts";

/** Zone prefixes of ticket numbers: one capital letter (A001 in zone A, B001 in zone B …). */
export const TICKET_PREFIXES = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
  "V",
  "W",
  "X",
  "Y",
  "Z",
] as const;

export type TicketPrefix = (typeof TICKET_PREFIXES)[number];

/** The fewest digits of a ticket number; more are used once the day's sequence passes 999. */
export const TICKET_NUMBER_DIGITS = 3;

const TICKET_NUMBER = /^([A-Z])(\d{3,})$/;

export function isTicketPrefix(s: string): s is TicketPrefix {
  return (TICKET_PREFIXES as readonly string[]).includes(s);
}

/** Throws BAD_REQUEST `queue.invalid_ticket_prefix` (field "prefix") unless `s` is one capital letter A–Z. */
export function assertValidTicketPrefix(s: string): asserts s is TicketPrefix {
  if (!isTicketPrefix(s)) throw new DomainError("BAD_REQUEST", "queue.invalid_ticket_prefix", { field: "prefix" });
}

/**
 * The number shown for the `seq`-th ticket of the day in a zone: the prefix and at least 3 digits
 * (A001 … A999, then A1000). `seq` counts from 1 and is the database's job to hand out without gaps.
 */
export function formatTicketNumber(prefix: TicketPrefix, seq: number): string {
  assertValidTicketPrefix(prefix);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`a ticket sequence is a whole number ≥ 1, got ${seq}`);
  return `${prefix}${String(seq).padStart(TICKET_NUMBER_DIGITS, "0")}`;
}

/**
 * The prefix and sequence of a ticket number as typed (spaces trimmed, lower case accepted), or null unless it is
 * exactly what formatTicketNumber writes: "a001" → A/1, "A1000" → A/1000; "A01", "A0001", "A000" → null.
 */
export function parseTicketNumber(s: string): { prefix: TicketPrefix; seq: number } | null {
  const match = TICKET_NUMBER.exec(s.trim().toUpperCase());
  if (!match) return null;
  const prefix = match[1] ?? "";
  const seq = Number(match[2]);
  if (!isTicketPrefix(prefix) || !Number.isSafeInteger(seq) || seq < 1) return null;
  return formatTicketNumber(prefix, seq) === `${prefix}${match[2]}` ? { prefix, seq } : null;
}
