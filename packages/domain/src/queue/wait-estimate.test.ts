import { describe, expect, it } from "vitest";
import type { QueuedTicket } from "./ticket-priority.ts";
import {
  estimatedWaitMinutes,
  MAX_SERVICE_SAMPLE_MINUTES,
  ticketsAhead,
  typicalServiceMinutes,
} from "./wait-estimate.ts";

const at = (hm: string) => new Date(`2026-03-02T${hm}:00+08:00`);
const ticket = (id: number, issued: string, extra: Partial<QueuedTicket> = {}): QueuedTicket => ({
  id,
  priority: "normal",
  booked: false,
  bookedStart: null,
  issuedAt: at(issued),
  ...extra,
});

describe("ticketsAhead: in the ticket's own calling order", () => {
  const mine = ticket(10, "09:30");
  it("counts earlier tickets of the same class, not later ones nor itself", () => {
    const queue = [ticket(1, "09:00"), ticket(2, "09:10"), mine, ticket(11, "09:40")];
    expect(ticketsAhead(mine, queue, at("10:00"))).toBe(2);
    expect(ticketsAhead(mine, [mine], at("10:00"))).toBe(0);
    expect(ticketsAhead(mine, [], at("10:00"))).toBe(0);
  });

  it("counts a later priority ticket as ahead, an earlier one of a lower class is not behind it", () => {
    const elderly = ticket(12, "09:50", { priority: "elderly" });
    const military = ticket(13, "09:55", { priority: "military" });
    expect(ticketsAhead(mine, [elderly, military, ticket(1, "09:00")], at("10:00"))).toBe(3);
    const mineElderly = ticket(14, "09:45", { priority: "elderly" });
    expect(ticketsAhead(mineElderly, [ticket(1, "09:00"), military], at("10:00"))).toBe(1);
  });

  it("counts a booked ticket ahead only from its slot start on", () => {
    const booked = ticket(20, "09:50", { booked: true, bookedStart: at("10:00") });
    expect(ticketsAhead(mine, [booked], at("09:59"))).toBe(0);
    expect(ticketsAhead(mine, [booked], at("10:00"))).toBe(1);
  });

  it("a re-queued ticket waits from its re-queue time", () => {
    const requeued = ticket(3, "09:00", { requeuedAt: at("09:45") });
    expect(ticketsAhead(mine, [requeued], at("10:00"))).toBe(0);
    expect(ticketsAhead(requeued, [mine], at("10:00"))).toBe(1);
  });
});

describe("typicalServiceMinutes: the median of recent services", () => {
  it("takes the median (odd and even counts), not the mean", () => {
    expect(typicalServiceMinutes([4, 6, 50], 10)).toBe(6);
    expect(typicalServiceMinutes([4, 6, 8, 50], 10)).toBe(7);
  });

  it("falls back to the item's average with fewer than 3 usable samples", () => {
    expect(typicalServiceMinutes([], 12)).toBe(12);
    expect(typicalServiceMinutes([5, 5], 12)).toBe(12);
    expect(typicalServiceMinutes([5, 5, -1, Number.NaN, MAX_SERVICE_SAMPLE_MINUTES], 12)).toBe(12);
    expect(typicalServiceMinutes([5, 5, MAX_SERVICE_SAMPLE_MINUTES - 1], 12)).toBe(5);
  });

  it("is never below a minute", () => {
    expect(typicalServiceMinutes([0, 0, 0.2], 10)).toBe(1);
    expect(typicalServiceMinutes([], 0)).toBe(1);
  });
});

describe("estimatedWaitMinutes", () => {
  const recent = [6, 6, 6];
  it("is 0 with nobody ahead", () => {
    expect(estimatedWaitMinutes({ ahead: 0, windows: 2, recentServiceMinutes: recent, fallbackMinutes: 10 })).toBe(0);
  });

  it("spreads the tickets ahead over the windows, rounding up", () => {
    expect(estimatedWaitMinutes({ ahead: 3, windows: 1, recentServiceMinutes: recent, fallbackMinutes: 10 })).toBe(18);
    expect(estimatedWaitMinutes({ ahead: 3, windows: 2, recentServiceMinutes: recent, fallbackMinutes: 10 })).toBe(9);
    expect(estimatedWaitMinutes({ ahead: 1, windows: 4, recentServiceMinutes: recent, fallbackMinutes: 10 })).toBe(2);
  });

  it("counts at least one window, and uses the item's average without history", () => {
    expect(estimatedWaitMinutes({ ahead: 2, windows: 0, recentServiceMinutes: [], fallbackMinutes: 15 })).toBe(30);
  });
});
