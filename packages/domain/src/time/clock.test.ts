import { describe, expect, it } from "vitest";
import { fixedStartClock, manualClock, systemClock } from "./clock.ts";

describe("clocks", () => {
  it("systemClock tells the real time", () => {
    const before = Date.now();
    const now = systemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("fixedStartClock starts at the given instant and runs on", () => {
    let real = 1_000_000;
    const clock = fixedStartClock(new Date("2026-03-09T01:00:00Z"), () => real);
    expect(clock.now().toISOString()).toBe("2026-03-09T01:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2026-03-09T01:01:30.000Z");
  });

  it("manualClock moves only when told", () => {
    const clock = manualClock(new Date("2026-03-09T01:00:00Z"));
    expect(clock.now().toISOString()).toBe("2026-03-09T01:00:00.000Z");
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe("2026-03-09T01:01:00.000Z");
    clock.set(new Date("2026-10-10T00:00:00Z"));
    expect(clock.now().toISOString()).toBe("2026-10-10T00:00:00.000Z");
  });

  it("manualClock hands out copies, so callers cannot move it by mutating a Date", () => {
    const clock = manualClock(new Date("2026-03-09T01:00:00Z"));
    clock.now().setTime(0);
    expect(clock.now().toISOString()).toBe("2026-03-09T01:00:00.000Z");
  });
});
