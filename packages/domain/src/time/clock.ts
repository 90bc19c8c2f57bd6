/** The source of "now". Policies take a Clock instead of calling `new Date()`, so tests and demos can set time. */
export interface Clock {
  now(): Date;
}

/** The real time. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}

/**
 * A clock that starts at `start` and then runs on in real time: now = start + time elapsed since creation.
 * Lets a demo or an e2e run pretend it is, say, a Monday morning while timers still tick.
 */
export function fixedStartClock(start: Date, realNow: () => number = Date.now): Clock {
  const startMs = start.getTime();
  const createdAt = realNow();
  return { now: () => new Date(startMs + (realNow() - createdAt)) };
}

/** A clock that only moves when told to; for tests. */
export function manualClock(start: Date): Clock & { set(d: Date): void; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (d: Date) => {
      current = d.getTime();
    },
    advance: (ms: number) => {
      current += ms;
    },
  };
}
