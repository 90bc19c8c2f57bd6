import { describe, expect, it } from "vitest";
import { defaultCalendarEntries } from "../calendar/default-calendar.ts";
import { buildCalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import { DEFAULT_OPENING_HOURS } from "../org/hall-settings.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import {
  assertCanIssueTicket,
  canIssueTicket,
  closingTimeOf,
  mustServe,
  ticketHoursOf,
  WAITING_AREA_EARLY_MINUTES,
} from "./closing.ts";

const CAL = buildCalendarLookup(defaultCalendarEntries(2026));
const HOURS = DEFAULT_OPENING_HOURS;
const at = (date: string, time: string) => shanghaiInstant(date, time);
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

describe("ticket hours", () => {
  it("run from 15 minutes before opening (the waiting area, ZC 第十三条) until the last period ends", () => {
    expect(WAITING_AREA_EARLY_MINUTES).toBe(15);
    expect(ticketHoursOf("2026-03-10", HOURS, CAL)).toEqual({
      opensAt: at("2026-03-10", "08:45"),
      closesAt: at("2026-03-10", "17:30"),
    });
    expect(closingTimeOf("2026-03-10", HOURS)).toEqual(at("2026-03-10", "17:30"));
  });

  it("are none on a weekend or holiday, and normal on a 调休 Saturday", () => {
    expect(ticketHoursOf("2026-03-14", HOURS, CAL)).toBeNull(); // Saturday
    expect(ticketHoursOf("2026-10-01", HOURS, CAL)).toBeNull(); // National Day, Thursday
    expect(ticketHoursOf("2026-10-10", HOURS, CAL)?.closesAt).toEqual(at("2026-10-10", "17:30")); // 调休
  });

  it("follow the hall's own opening hours", () => {
    const hours = [{ start: "08:30", end: "18:00" }];
    expect(ticketHoursOf("2026-03-10", hours, CAL)).toEqual({
      opensAt: at("2026-03-10", "08:15"),
      closesAt: at("2026-03-10", "18:00"),
    });
    expect(() => ticketHoursOf("2026-03-10", [], CAL)).toThrow(DomainError);
  });
});

describe("canIssueTicket", () => {
  it("issues from 08:45 exactly, not a millisecond before", () => {
    expect(canIssueTicket(at("2026-03-10", "08:45"), HOURS, CAL)).toBe(true);
    expect(canIssueTicket(plusMs(at("2026-03-10", "08:45"), -1), HOURS, CAL)).toBe(false);
  });

  it("issues at 17:29 and up to just before 17:30, and no more at 17:30 exactly", () => {
    expect(canIssueTicket(at("2026-03-10", "17:29"), HOURS, CAL)).toBe(true);
    expect(canIssueTicket(plusMs(at("2026-03-10", "17:30"), -1), HOURS, CAL)).toBe(true);
    expect(canIssueTicket(at("2026-03-10", "17:30"), HOURS, CAL)).toBe(false);
    expect(canIssueTicket(at("2026-03-10", "20:00"), HOURS, CAL)).toBe(false);
  });

  it("issues over lunch (the ticket waits for the afternoon)", () => {
    expect(canIssueTicket(at("2026-03-10", "12:30"), HOURS, CAL)).toBe(true);
  });

  it("issues nothing on a closed day, even within the usual hours", () => {
    expect(canIssueTicket(at("2026-10-01", "10:00"), HOURS, CAL)).toBe(false);
    expect(canIssueTicket(at("2026-10-10", "10:00"), HOURS, CAL)).toBe(true);
  });
});

describe("assertCanIssueTicket", () => {
  it("names the closing time once closed", () => {
    expect(() => assertCanIssueTicket(at("2026-03-10", "17:29"), HOURS, CAL)).not.toThrow();
    const e = errorOf(() => assertCanIssueTicket(at("2026-03-10", "17:30"), HOURS, CAL));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.key).toBe("queue.closed");
    expect(e.params).toEqual({ closingTime: "17:30" });
    expect(e.message).toBe("已过下班时间（17:30），今日停止取号");
  });

  it("names the opening time before the waiting area opens", () => {
    const e = errorOf(() => assertCanIssueTicket(at("2026-03-10", "08:00"), HOURS, CAL));
    expect(e.key).toBe("queue.not_open_yet");
    expect(e.params).toEqual({ opensAt: "08:45" });
  });

  it("refuses on a closed day", () => {
    expect(errorOf(() => assertCanIssueTicket(at("2026-10-01", "10:00"), HOURS, CAL)).key).toBe(
      "queue.not_working_day",
    );
  });
});

describe("mustServe (延时服务)", () => {
  const closing = at("2026-03-10", "17:30");

  it("serves every ticket issued that day before closing, however late it gets", () => {
    expect(mustServe(at("2026-03-10", "08:45"), closing)).toBe(true);
    expect(mustServe(at("2026-03-10", "17:29"), closing)).toBe(true);
    expect(mustServe(plusMs(closing, -1), closing)).toBe(true);
  });

  it("does not cover a ticket issued at or after closing, or on another day", () => {
    expect(mustServe(closing, closing)).toBe(false);
    expect(mustServe(at("2026-03-10", "18:00"), closing)).toBe(false);
    expect(mustServe(at("2026-03-09", "10:00"), closing)).toBe(false);
  });
});
