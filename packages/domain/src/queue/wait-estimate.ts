import { compareTickets, type QueuedTicket } from "./ticket-priority.ts";

/**
 * How many of `queue` come before `ticket` in the calling order at `now` (domain `compareTickets`: priority class,
 * booked on time, waiting time). `queue` holds the tickets that compete for the windows able to call `ticket`; the
 * ticket itself, if it is in it, is not counted.
 */
export function ticketsAhead(ticket: QueuedTicket, queue: readonly QueuedTicket[], now: Date): number {
  let ahead = 0;
  for (const other of queue) {
    if (other.id !== ticket.id && compareTickets(other, ticket, now) < 0) ahead++;
  }
  return ahead;
}

/** A service of this length or longer (minutes) is left out of the estimate: a ticket forgotten open at a window. */
export const MAX_SERVICE_SAMPLE_MINUTES = 240;

/** Fewer recent services than this and the item's own average handling time is used instead. */
export const MIN_SERVICE_SAMPLES = 3;

/**
 * The typical time a window spends on one ticket, in minutes: the median of the hall's recent services (call to
 * completion; negative, non-finite and over-long ones left out), or `fallbackMinutes` (the item's average handling
 * time) with fewer than `MIN_SERVICE_SAMPLES` usable samples. Never below 1.
 */
export function typicalServiceMinutes(recentMinutes: readonly number[], fallbackMinutes: number): number {
  const usable = recentMinutes
    .filter((m) => Number.isFinite(m) && m >= 0 && m < MAX_SERVICE_SAMPLE_MINUTES)
    .sort((a, b) => a - b);
  if (usable.length < MIN_SERVICE_SAMPLES) return Math.max(1, fallbackMinutes);
  const mid = Math.floor(usable.length / 2);
  const median = usable.length % 2 === 1 ? usable[mid]! : (usable[mid - 1]! + usable[mid]!) / 2;
  return Math.max(1, median);
}

/**
 * The estimated wait, in whole minutes (rounded up), of a ticket with `ahead` tickets before it: they are served
 * `windows` at a time (the open windows able to call it, at least 1), each taking the typical service time. 0 when
 * nobody is ahead.
 */
export function estimatedWaitMinutes(input: {
  ahead: number;
  windows: number;
  recentServiceMinutes: readonly number[];
  fallbackMinutes: number;
}): number {
  if (input.ahead <= 0) return 0;
  const perTicket = typicalServiceMinutes(input.recentServiceMinutes, input.fallbackMinutes);
  return Math.ceil((input.ahead * perTicket) / Math.max(1, input.windows));
}
