/**
 * Sign-in and registration throttling as pure decisions over a counter's state. The API keeps one counter row per
 * key (client address, login × client, login, …), locks it, asks `decideAttempt` and writes the next state in the same
 * transaction — so concurrent attempts are counted one after another and none slips past the limit.
 *
 * An attempt is counted *before* the password is checked (a guess in flight counts); a successful sign-in forgives it
 * afterwards (`forgiveAttempt`).
 */

export interface ThrottleState {
  /** Attempts counted since the counter (re)started. */
  count: number;
  /** When the counter (re)started; null for a fresh counter. */
  windowStart: Date | null;
  /** No attempt is admitted before this instant. */
  blockedUntil: Date | null;
  /** The last attempt counted. */
  lastAt: Date | null;
}

/** At most `limit` attempts per fixed window of `windowMs`. */
export interface WindowLimit {
  kind: "window";
  limit: number;
  windowMs: number;
}

/**
 * Exponential back-off: `free` attempts without delay; the attempt that reaches `free` and every one after it makes
 * the next wait `baseMs · 2^(count − free)`, at most `maxMs`. A quiet period of `forgetMs` starts over.
 */
export interface Backoff {
  kind: "backoff";
  free: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
}

export type ThrottlePolicy = WindowLimit | Backoff;

export type ThrottleDecision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterMs: number };

export const FRESH_THROTTLE_STATE: ThrottleState = { count: 0, windowStart: null, blockedUntil: null, lastAt: null };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The limits on sign-in (`auth.login`) and registration (`auth.register`), counted per call however the calls arrive
 * (one request each, or many in one batched request).
 */
export const AUTH_THROTTLE = {
  /** Every sign-in and registration call from one client address (successful sign-ins are forgiven). */
  perClient: { kind: "window", limit: 30, windowMs: MINUTE },
  /**
   * Sign-in to one login from one client: 5 attempts, then 1, 2, 4 … minutes between attempts, at most an hour;
   * forgotten after a quiet day; a successful sign-in starts over. Only that client waits: the real user elsewhere
   * is not locked out.
   */
  perLoginClient: { kind: "backoff", free: 5, baseMs: MINUTE, maxMs: HOUR, forgetMs: DAY },
  /**
   * The ceiling for one login across every client that is not known for it: 20 attempts per 15 minutes, so many
   * addresses together cannot guess faster than that. Clients known for the login (see below) are not held by it.
   */
  perLogin: { kind: "window", limit: 20, windowMs: 15 * MINUTE },
  /** A client that signed in to a login within this time is known for that login. */
  knownClientMs: 30 * DAY,
  /**
   * Registrations from one client (successful or not, so the "phone taken" answer cannot be harvested): 10, then
   * 1, 2, 4 … minutes between attempts, at most 15; forgotten after a quiet hour.
   */
  registerPerClient: { kind: "backoff", free: 10, baseMs: MINUTE, maxMs: 15 * MINUTE, forgetMs: HOUR },
} as const satisfies Record<string, ThrottlePolicy | number>;

/** Whether an attempt now is admitted under the policy, and the counter's state after counting it. */
export function decideAttempt(policy: ThrottlePolicy, state: ThrottleState, now: Date): ThrottleDecision {
  const t = now.getTime();
  if (policy.kind === "window") {
    const expired = !state.windowStart || t - state.windowStart.getTime() >= policy.windowMs;
    const s = expired ? { ...FRESH_THROTTLE_STATE, windowStart: now } : state;
    if (s.count >= policy.limit) {
      return { allowed: false, retryAfterMs: (s.windowStart?.getTime() ?? t) + policy.windowMs - t };
    }
    return { allowed: true, next: { ...s, count: s.count + 1, lastAt: now } };
  }
  const forgotten = !state.lastAt || t - state.lastAt.getTime() >= policy.forgetMs;
  const s = forgotten ? { ...FRESH_THROTTLE_STATE, windowStart: now } : state;
  if (s.blockedUntil && t < s.blockedUntil.getTime()) {
    return { allowed: false, retryAfterMs: s.blockedUntil.getTime() - t };
  }
  const count = s.count + 1;
  const wait = count >= policy.free ? Math.min(policy.baseMs * 2 ** (count - policy.free), policy.maxMs) : 0;
  return {
    allowed: true,
    next: { count, windowStart: s.windowStart ?? now, blockedUntil: wait ? new Date(t + wait) : null, lastAt: now },
  };
}

/** The state after a successful sign-in forgives the attempt: a window gives it back, a back-off starts over. */
export function forgiveAttempt(policy: ThrottlePolicy, state: ThrottleState): ThrottleState {
  if (policy.kind === "window") return { ...state, count: Math.max(0, state.count - 1) };
  return { ...state, count: 0, blockedUntil: null };
}

/**
 * The address a throttle counts by. IPv4 as is (also when mapped into IPv6); IPv6 by its /64 network, since one
 * subscriber commonly holds a whole /64 and could otherwise use a fresh address for every guess.
 */
export function clientKeyOf(ip: string | null | undefined): string {
  if (!ip) return "unknown";
  const a = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1] as string;
  if (!a.includes(":")) return a;
  const [head = "", tail] = a.split("%")[0]?.split("::") ?? [""];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  const net = groups.slice(0, 4).map((g) => (Number.parseInt(g || "0", 16) || 0).toString(16));
  while (net.length < 4) net.push("0");
  return `${net.join(":")}::/64`;
}
