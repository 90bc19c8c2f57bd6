import { describe, expect, it } from "vitest";
import { defaultCalendarEntries } from "../calendar/default-calendar.ts";
import { buildCalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";
import {
  assertCanRate,
  assertValidScore,
  canRate,
  caseDueDate,
  isRatingScore,
  opensRectificationCase,
  RATING_LABELS,
  RATING_SCORES,
  ratingDeadline,
} from "./rating.ts";

const S = DEFAULT_QUEUE_SETTINGS;
const CAL = buildCalendarLookup(defaultCalendarEntries(2026));
const EMPTY = buildCalendarLookup();
const DAY_MS = 86_400_000;
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("rating scores", () => {
  it("run from 1 非常不满意 to 5 非常满意", () => {
    expect(RATING_SCORES).toEqual([1, 2, 3, 4, 5]);
    expect(RATING_LABELS[1]["zh-CN"]).toBe("非常不满意");
    expect(RATING_LABELS[5]["zh-CN"]).toBe("非常满意");
  });

  it("are whole numbers 1–5 only", () => {
    for (const score of [1, 3, 5]) expect(isRatingScore(score)).toBe(true);
    for (const score of [0, 6, 2.5, "3", null, Number.NaN]) {
      expect(isRatingScore(score), String(score)).toBe(false);
      expect(errorOf(() => assertValidScore(score))).toMatchObject({ key: "rating.invalid_score", field: "score" });
    }
  });
});

describe("rating window", () => {
  const completedAt = shanghaiInstant("2026-03-10", "10:20");
  const ticket = { completedAt, rated: false };

  it("is open until 7 × 24 hours after completion, exactly then included, a millisecond later not", () => {
    const end = plusMs(completedAt, 7 * DAY_MS);
    expect(ratingDeadline(completedAt, S)).toEqual(end);
    expect(canRate(ticket, completedAt, S)).toBe(true);
    expect(canRate(ticket, end, S)).toBe(true);
    expect(() => assertCanRate(ticket, end, S)).not.toThrow();
    expect(canRate(ticket, plusMs(end, 1), S)).toBe(false);
    const e = errorOf(() => assertCanRate(ticket, plusMs(end, 1), S));
    expect(e.key).toBe("rating.window_closed");
    expect(e.message).toBe("已超过评价期限（办结后7天内）");
  });

  it("follows the hall's window", () => {
    expect(canRate(ticket, plusMs(completedAt, 2 * DAY_MS), resolveQueueSettings({ ratingWindowDays: 1 }))).toBe(false);
  });

  it("rates a ticket once, and only once it is completed", () => {
    const now = plusMs(completedAt, 60_000);
    expect(errorOf(() => assertCanRate({ completedAt, rated: true }, now, S))).toMatchObject({
      code: "CONFLICT",
      key: "rating.already_rated",
    });
    expect(errorOf(() => assertCanRate({ completedAt: null, rated: false }, now, S)).key).toBe("rating.not_completed");
    expect(canRate({ completedAt, rated: true }, now, S)).toBe(false);
  });
});

describe("bad ratings (差评整改)", () => {
  it("open a case at 2 and below, not at 3", () => {
    expect(opensRectificationCase(1, S)).toBe(true);
    expect(opensRectificationCase(2, S)).toBe(true);
    expect(opensRectificationCase(3, S)).toBe(false);
    expect(opensRectificationCase(5, S)).toBe(false);
    expect(opensRectificationCase(3, resolveQueueSettings({ badRatingMax: 3 }))).toBe(true);
    expect(opensRectificationCase(1, resolveQueueSettings({ badRatingMax: 0 }))).toBe(false);
  });

  it("make the case due 15 working days later, skipping National Day and working the 调休 Saturday", () => {
    // Sep 30, Oct 8, 9, 10 (Sat, 调休), 12–16, 19–23, 26
    expect(caseDueDate("2026-09-29", S, CAL)).toBe("2026-10-26");
    expect(caseDueDate("2026-09-29", S, EMPTY)).toBe("2026-10-20");
    expect(caseDueDate("2026-10-10", resolveQueueSettings({ badRatingCaseDays: 1 }), CAL)).toBe("2026-10-12");
  });
});
