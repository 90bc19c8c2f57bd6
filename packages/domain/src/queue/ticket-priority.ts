import { ageFromIdNumber, validateIdNumber } from "../identity/id-number.ts";
import type { QueueSettings } from "./queue-settings.ts";

/**
 * Priority classes of the calling order (SPEC "App 1" 6), first served first: 军人依法优先 (military, by law),
 * then elderly citizens, then everyone else.
 */
export const PRIORITY_CLASSES = ["military", "elderly", "normal"] as const;

export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

export const PRIORITY_CLASS_LABELS: Record<PriorityClass, { "zh-CN": string; "en-US": string }> = {
  military: { "zh-CN": "军人依法优先", "en-US": "Military priority" },
  elderly: { "zh-CN": "老年人优先", "en-US": "Elderly priority" },
  normal: { "zh-CN": "普通", "en-US": "Regular" },
};

/**
 * The priority class of a citizen on `onDate` (the Asia/Shanghai day the ticket is taken, YYYY-MM-DD).
 * A military person is served as military even when also elderly. Elderly means at least `elderlyAge` full years
 * old by the ID number: the 60th birthday itself counts, its eve does not. Without a valid ID number the class is
 * normal (age cannot be told).
 */
export function priorityClassOf(
  citizen: { military: boolean; idNumber: string | null },
  onDate: string,
  s: QueueSettings,
): PriorityClass {
  if (citizen.military) return "military";
  if (citizen.idNumber === null || !validateIdNumber(citizen.idNumber).ok) return "normal";
  return ageFromIdNumber(citizen.idNumber, onDate) >= s.elderlyAge ? "elderly" : "normal";
}

/** A ticket waiting to be called, as the calling order sees it. */
export interface QueuedTicket {
  id: number;
  priority: PriorityClass;
  /** Issued at check-in of a booking (rather than taken as a walk-in). */
  booked: boolean;
  /** The start of the booked slot; null for a walk-in. */
  bookedStart: Date | null;
  /** When the ticket was issued (taken or checked in). */
  issuedAt: Date;
  /**
   * When a passed ticket was put back into the queue; it then waits from that time, behind those already waiting
   * in its group. Null or absent for a ticket never re-queued. A transferred ticket keeps its issue time.
   */
  requeuedAt?: Date | null;
}

/**
 * A booked ticket is on time from its slot start on: a booked ticket whose slot has not started yet waits like a
 * walk-in until then (appointments are merged into the walk-in queue at their time). A walk-in never is.
 */
export function isBookedOnTime(ticket: Pick<QueuedTicket, "booked" | "bookedStart">, now: Date): boolean {
  return ticket.booked && ticket.bookedStart !== null && ticket.bookedStart.getTime() <= now.getTime();
}

/** The time a ticket waits from: its re-queue time if it was re-queued, else its issue time. */
export function queuedSince(ticket: Pick<QueuedTicket, "issuedAt" | "requeuedAt">): Date {
  return ticket.requeuedAt ?? ticket.issuedAt;
}

/**
 * The calling order: priority class first (military, elderly, normal), then booked tickets on time before all
 * others, then the earlier waiting time (issue, or re-queue), then the lower id. Negative when `a` comes first.
 */
export function compareTickets(a: QueuedTicket, b: QueuedTicket, now: Date): number {
  const byClass = PRIORITY_CLASSES.indexOf(a.priority) - PRIORITY_CLASSES.indexOf(b.priority);
  if (byClass !== 0) return byClass;
  const byBooking = Number(isBookedOnTime(b, now)) - Number(isBookedOnTime(a, now));
  if (byBooking !== 0) return byBooking;
  const byTime = queuedSince(a).getTime() - queuedSince(b).getTime();
  if (byTime !== 0) return byTime;
  return a.id - b.id;
}

/** The waiting tickets in calling order at `now` (a new array; the input is left as it is). */
export function orderTickets<T extends QueuedTicket>(tickets: readonly T[], now: Date): T[] {
  return [...tickets].sort((a, b) => compareTickets(a, b, now));
}

/** The ticket to call next at `now`, or null when nobody is waiting. */
export function nextTicket<T extends QueuedTicket>(tickets: readonly T[], now: Date): T | null {
  let next: T | null = null;
  for (const ticket of tickets) {
    if (next === null || compareTickets(ticket, next, now) < 0) next = ticket;
  }
  return next;
}
