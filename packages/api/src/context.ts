import type { Database, DbKind, Kysely } from "@hall/db";
import type { Actor, Clock, Locale } from "@hall/domain";
import type { HallEvents } from "./shared/events.ts";
import type { Pii } from "./shared/pii.ts";
import type { RealNameVerifier } from "./shared/real-name.ts";

/** The signed-in person a request acts for. */
export interface SessionActor extends Actor {
  name: string;
  login: string;
  hallId: number | null;
  orgUnitId: number | null;
  sessionId: string;
}

/** How procedures set and clear the session cookie, without knowing the HTTP server. */
export interface CookieJar {
  /** Sets the session cookie with a relative lifetime (Max-Age), so the browser's clock never decides it. */
  setSession(token: string, maxAgeSeconds: number): void;
  clearSession(): void;
}

export interface Context {
  db: Kysely<Database>;
  dbKind: DbKind;
  /** The hall clock (HALL_NOW in demos and tests): business rules only — slots, due dates, no-shows, ratings. */
  clock: Clock;
  /**
   * Real time: anything a browser or another system interprets in real time — session lifetimes, sign-in
   * throttling, rate limits. Never follows HALL_NOW (see docs/architecture.md, Time).
   */
  wallClock: Clock;
  locale: Locale;
  ip: string | null;
  userAgent: string | null;
  actor: SessionActor | null;
  cookies: CookieJar;
  /** Live events (the calling display); one per process, fed by PostgreSQL LISTEN/NOTIFY. */
  events: HallEvents;
  /** Seals, opens and hashes ID and phone numbers (keys from the gateway's environment; see shared/pii.ts). */
  pii: Pii;
  /** The provincial real-name check (实名核验), or `noRealNameCheck`. */
  realName: RealNameVerifier;
}

export const noopCookies: CookieJar = { setSession() {}, clearSession() {} };
