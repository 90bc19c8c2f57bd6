import { addWorkingDays, type CalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import type { QueueSettings } from "./queue-settings.ts";

/** Rating scores (好差评, SPEC "App 1" 10): 1 = 非常不满意 … 5 = 非常满意. */
export const RATING_SCORES = [1, 2, 3, 4, 5] as const;

export type RatingScore = (typeof RATING_SCORES)[number];

export const RATING_LABELS: Record<RatingScore, { "zh-CN": string; "en-US": string }> = {
  1: { "zh-CN": "非常不满意", "en-US": "Very dissatisfied" },
  2: { "zh-CN": "不满意", "en-US": "Dissatisfied" },
  3: { "zh-CN": "基本满意", "en-US": "Fairly satisfied" },
  4: { "zh-CN": "满意", "en-US": "Satisfied" },
  5: { "zh-CN": "非常满意", "en-US": "Very satisfied" },
};

const MS_PER_DAY = 86_400_000;

export function isRatingScore(value: unknown): value is RatingScore {
  return typeof value === "number" && (RATING_SCORES as readonly number[]).includes(value);
}

/** Throws BAD_REQUEST `rating.invalid_score` (field "score") unless the score is a whole number 1–5. */
export function assertValidScore(value: unknown): asserts value is RatingScore {
  if (!isRatingScore(value)) throw new DomainError("BAD_REQUEST", "rating.invalid_score", { field: "score" });
}

/** The last instant a ticket completed at `completedAt` can be rated: `ratingWindowDays` × 24 hours later. */
export function ratingDeadline(completedAt: Date, s: QueueSettings): Date {
  return new Date(completedAt.getTime() + s.ratingWindowDays * MS_PER_DAY);
}

/**
 * A completed ticket can be rated once, until `ratingWindowDays` × 24 hours after completion — exactly at that
 * instant still, a millisecond later no more.
 */
export function canRate(ticket: { completedAt: Date | null; rated: boolean }, now: Date, s: QueueSettings): boolean {
  return (
    ticket.completedAt !== null && !ticket.rated && now.getTime() <= ratingDeadline(ticket.completedAt, s).getTime()
  );
}

/**
 * Throws unless the ticket can be rated: CONFLICT `rating.not_completed` before it is completed,
 * `rating.already_rated` once rated; BAD_REQUEST `rating.window_closed` (param `days`) after the window.
 */
export function assertCanRate(ticket: { completedAt: Date | null; rated: boolean }, now: Date, s: QueueSettings): void {
  if (ticket.completedAt === null) throw new DomainError("CONFLICT", "rating.not_completed", { field: "ticketId" });
  if (ticket.rated) throw new DomainError("CONFLICT", "rating.already_rated", { field: "ticketId" });
  if (!canRate(ticket, now, s)) {
    throw new DomainError("BAD_REQUEST", "rating.window_closed", {
      field: "ticketId",
      params: { days: s.ratingWindowDays },
    });
  }
}

/** A bad rating (差评) — at most `badRatingMax`, 2 by default — opens a rectification case (差评整改). */
export function opensRectificationCase(score: RatingScore, s: QueueSettings): boolean {
  return score <= s.badRatingMax;
}

/** A rectification case opened by a rating on `ratedOn` is due `badRatingCaseDays` working days later. */
export function caseDueDate(ratedOn: string, s: QueueSettings, calendar: CalendarLookup): string {
  return addWorkingDays(ratedOn, s.badRatingCaseDays, calendar);
}
