import { describe, expect, it } from "vitest";
import {
  AUTH_THROTTLE,
  type Backoff,
  clientKeyOf,
  decideAttempt,
  FRESH_THROTTLE_STATE,
  forgiveAttempt,
  type ThrottleState,
  type WindowLimit,
} from "./throttle.ts";

const T0 = new Date("2031-06-16T04:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

/** Runs attempts at the given offsets; returns which were admitted and the final state. */
function run(policy: WindowLimit | Backoff, offsets: number[], start: ThrottleState = FRESH_THROTTLE_STATE) {
  let state = start;
  const admitted: boolean[] = [];
  for (const o of offsets) {
    const d = decideAttempt(policy, state, at(o));
    admitted.push(d.allowed);
    if (d.allowed) state = d.next;
  }
  return { admitted, state };
}

describe("decideAttempt — fixed window", () => {
  const w: WindowLimit = { kind: "window", limit: 3, windowMs: MIN };

  it("admits exactly `limit` attempts in a window and tells when the window ends", () => {
    const { admitted, state } = run(w, [0, 1, 2, 3]);
    expect(admitted).toEqual([true, true, true, false]);
    expect(decideAttempt(w, state, at(20_000))).toEqual({ allowed: false, retryAfterMs: 40_000 });
  });

  it("starts a new window exactly when the old one ends, not a millisecond before", () => {
    const { state } = run(w, [0, 1, 2]);
    expect(decideAttempt(w, state, at(MIN - 1)).allowed).toBe(false);
    const d = decideAttempt(w, state, at(MIN));
    expect(d).toMatchObject({ allowed: true, next: { count: 1, windowStart: at(MIN) } });
  });

  it("gives a forgiven attempt back, never below zero", () => {
    const { state } = run(w, [0, 1, 2]);
    expect(decideAttempt(w, forgiveAttempt(w, state), at(3)).allowed).toBe(true);
    expect(forgiveAttempt(w, FRESH_THROTTLE_STATE).count).toBe(0);
  });
});

describe("decideAttempt — exponential back-off", () => {
  const b: Backoff = { kind: "backoff", free: 5, baseMs: MIN, maxMs: 8 * MIN, forgetMs: 60 * MIN };

  it("admits `free` attempts at once, then makes each next one wait 1, 2, 4 … minutes", () => {
    const { admitted, state } = run(b, [0, 1, 2, 3, 4, 5]);
    expect(admitted).toEqual([true, true, true, true, true, false]);
    expect(state.blockedUntil).toEqual(at(4 + MIN));
    // The 6th attempt waits one minute after the 5th, the 7th two more, the 8th four more.
    const r = run(b, [4 + MIN - 1, 4 + MIN, 4 + 3 * MIN - 1, 4 + 3 * MIN, 4 + 7 * MIN], state);
    expect(r.admitted).toEqual([false, true, false, true, true]);
    expect(r.state.blockedUntil).toEqual(at(4 + 7 * MIN + 8 * MIN));
  });

  it("caps the wait at maxMs", () => {
    const s: ThrottleState = { count: 20, windowStart: T0, blockedUntil: null, lastAt: T0 };
    const d = decideAttempt(b, s, at(1));
    expect(d).toMatchObject({ allowed: true, next: { count: 21, blockedUntil: at(1 + 8 * MIN) } });
  });

  it("tells how long a refused attempt must wait", () => {
    const s: ThrottleState = { count: 6, windowStart: T0, blockedUntil: at(2 * MIN), lastAt: T0 };
    expect(decideAttempt(b, s, at(30_000))).toEqual({ allowed: false, retryAfterMs: 90_000 });
  });

  it("forgets after a quiet forgetMs, even while a block would still hold", () => {
    const s: ThrottleState = { count: 30, windowStart: T0, blockedUntil: at(120 * MIN), lastAt: T0 };
    expect(decideAttempt(b, s, at(60 * MIN - 1)).allowed).toBe(false);
    expect(decideAttempt(b, s, at(60 * MIN))).toMatchObject({ allowed: true, next: { count: 1, blockedUntil: null } });
  });

  it("starts over when a sign-in succeeds", () => {
    const { state } = run(b, [0, 1, 2, 3, 4]);
    const forgiven = forgiveAttempt(b, state);
    expect(forgiven).toMatchObject({ count: 0, blockedUntil: null });
    expect(run(b, [5, 6, 7, 8], forgiven).admitted).toEqual([true, true, true, true]);
  });
});

describe("AUTH_THROTTLE", () => {
  it("lets a person mistype their password four times and still sign in on the fifth try", () => {
    const { admitted } = run(AUTH_THROTTLE.perLoginClient, [0, 1, 2, 3, 4, 5]);
    expect(admitted).toEqual([true, true, true, true, true, false]);
  });
});

describe("clientKeyOf", () => {
  it("keeps IPv4 addresses, also when mapped into IPv6", () => {
    expect(clientKeyOf("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts IPv6 by its /64 network, however it is written", () => {
    expect(clientKeyOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:0DB8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKeyOf("::1")).toBe("0:0:0:0::/64");
    expect(clientKeyOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("names an unknown address", () => {
    expect(clientKeyOf(null)).toBe("unknown");
    expect(clientKeyOf("")).toBe("unknown");
  });
});
