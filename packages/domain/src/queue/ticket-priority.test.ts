import { describe, expect, it } from "vitest";
import { idNumberCheckDigit } from "../identity/id-number.ts";
import { shanghaiInstant } from "../time/shanghai-time.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";
import {
  compareTickets,
  isBookedOnTime,
  nextTicket,
  orderTickets,
  PRIORITY_CLASS_LABELS,
  PRIORITY_CLASSES,
  priorityClassOf,
  type QueuedTicket,
} from "./ticket-priority.ts";

const S = DEFAULT_QUEUE_SETTINGS;
const at = (time: string) => shanghaiInstant("2026-03-10", time);

/** A valid ID number of someone born on `birth` (YYYYMMDD). */
function idBornOn(birth: string): string {
  const first17 = `110105${birth}123`;
  return first17 + idNumberCheckDigit(first17);
}

describe("priorityClassOf", () => {
  const bornOct8 = idBornOn("19661008");

  it("makes a citizen elderly on their 60th birthday, not on its eve", () => {
    expect(priorityClassOf({ military: false, idNumber: bornOct8 }, "2026-10-07", S)).toBe("normal");
    expect(priorityClassOf({ military: false, idNumber: bornOct8 }, "2026-10-08", S)).toBe("elderly");
    expect(priorityClassOf({ military: false, idNumber: idBornOn("19300101") }, "2026-10-08", S)).toBe("elderly");
  });

  it("serves a military person as military, elderly or not (军人依法优先 comes first)", () => {
    expect(priorityClassOf({ military: true, idNumber: bornOct8 }, "2026-10-08", S)).toBe("military");
    expect(priorityClassOf({ military: true, idNumber: idBornOn("20000101") }, "2026-10-08", S)).toBe("military");
    expect(priorityClassOf({ military: true, idNumber: null }, "2026-10-08", S)).toBe("military");
  });

  it("is normal without an ID number or with an invalid one", () => {
    expect(priorityClassOf({ military: false, idNumber: null }, "2026-10-08", S)).toBe("normal");
    const wrongCheck = `${bornOct8.slice(0, 17)}${bornOct8.endsWith("0") ? "1" : "0"}`;
    expect(priorityClassOf({ military: false, idNumber: wrongCheck }, "2026-10-08", S)).toBe("normal");
    expect(priorityClassOf({ military: false, idNumber: "not an id" }, "2026-10-08", S)).toBe("normal");
  });

  it("accepts a lower-case x check character", () => {
    const id = Array.from({ length: 900 }, (_, i) => `11010519500101${100 + i}`)
      .map((first17) => first17 + idNumberCheckDigit(first17))
      .find((candidate) => candidate.endsWith("X"));
    if (id === undefined) throw new Error("no ID number ending in X");
    expect(priorityClassOf({ military: false, idNumber: id.toLowerCase() }, "2026-10-08", S)).toBe("elderly");
  });

  it("follows the hall's elderly age", () => {
    const s65 = resolveQueueSettings({ elderlyAge: 65 });
    expect(priorityClassOf({ military: false, idNumber: bornOct8 }, "2026-10-08", s65)).toBe("normal");
    expect(priorityClassOf({ military: false, idNumber: bornOct8 }, "2031-10-08", s65)).toBe("elderly");
  });

  it("has a label for every class", () => {
    for (const cls of PRIORITY_CLASSES) expect(PRIORITY_CLASS_LABELS[cls]["zh-CN"]).toBeTruthy();
    expect(PRIORITY_CLASS_LABELS.military["zh-CN"]).toBe("军人依法优先");
  });
});

function ticket(id: number, issued: string, more: Partial<QueuedTicket> = {}): QueuedTicket {
  return { id, priority: "normal", booked: false, bookedStart: null, issuedAt: at(issued), ...more };
}

describe("isBookedOnTime", () => {
  const booked = ticket(1, "09:35", { booked: true, bookedStart: at("10:00") });

  it("is on time from its slot start, not a millisecond before", () => {
    expect(isBookedOnTime(booked, new Date(at("10:00").getTime() - 1))).toBe(false);
    expect(isBookedOnTime(booked, at("10:00"))).toBe(true);
    expect(isBookedOnTime(booked, at("11:30"))).toBe(true);
  });

  it("is never true for a walk-in", () => {
    expect(isBookedOnTime(ticket(2, "09:00"), at("10:00"))).toBe(false);
    expect(isBookedOnTime(ticket(3, "09:00", { booked: true, bookedStart: null }), at("10:00"))).toBe(false);
  });
});

describe("compareTickets / nextTicket", () => {
  const walkIn = ticket(1, "09:10");
  const bookedAt10 = ticket(2, "09:40", { booked: true, bookedStart: at("10:00") });

  it("lets a booked ticket wait like a walk-in before its slot starts, and go ahead of walk-ins at its start", () => {
    const justBefore = new Date(at("10:00").getTime() - 1);
    expect(nextTicket([bookedAt10, walkIn], justBefore)).toBe(walkIn);
    expect(nextTicket([bookedAt10, walkIn], at("10:00"))).toBe(bookedAt10);
    // before its time it still beats walk-ins who came later
    expect(nextTicket([bookedAt10, ticket(3, "09:50")], justBefore)?.id).toBe(2);
  });

  it("puts priority class before booking: a military or elderly walk-in beats a normal booked ticket on time", () => {
    const military = ticket(4, "09:55", { priority: "military" });
    const elderly = ticket(5, "09:50", { priority: "elderly" });
    const now = at("10:05");
    expect(orderTickets([bookedAt10, walkIn, elderly, military], now).map((t) => t.id)).toEqual([4, 5, 2, 1]);
  });

  it("orders a class by booking on time, then waiting time, then id", () => {
    const now = at("10:30");
    const tickets = [
      ticket(10, "09:20", { priority: "elderly" }),
      ticket(11, "09:05", { priority: "elderly" }),
      ticket(12, "09:30", { priority: "elderly", booked: true, bookedStart: at("10:00") }),
      ticket(14, "09:15"),
      ticket(13, "09:15"),
      ticket(15, "09:25", { booked: true, bookedStart: at("11:00") }),
    ];
    expect(orderTickets(tickets, now).map((t) => t.id)).toEqual([12, 11, 10, 13, 14, 15]);
    expect(compareTickets(tickets[0]!, tickets[0]!, now)).toBe(0);
  });

  it("lets a re-queued ticket wait from its re-queue time", () => {
    const requeued = ticket(20, "09:00", { requeuedAt: at("10:10") });
    const later = ticket(21, "10:00");
    expect(nextTicket([requeued, later], at("10:15"))).toBe(later);
    expect(nextTicket([ticket(22, "10:20"), requeued], at("10:30"))).toBe(requeued);
    expect(nextTicket([ticket(23, "09:00", { requeuedAt: null }), later], at("10:30"))?.id).toBe(23);
  });

  it("is null for an empty queue and leaves the input alone", () => {
    expect(nextTicket([], at("10:00"))).toBeNull();
    const input = [walkIn, bookedAt10];
    orderTickets(input, at("10:00"));
    expect(input).toEqual([walkIn, bookedAt10]);
  });
});
