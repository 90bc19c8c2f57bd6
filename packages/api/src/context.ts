import type { Database, DbKind, Kysely } from "@hall/db";
import type { Actor, Clock, Locale } from "@hall/domain";
import type { HallEvents } from "./services/events.ts";

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
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface Context {
  db: Kysely<Database>;
  dbKind: DbKind;
  clock: Clock;
  locale: Locale;
  ip: string | null;
  userAgent: string | null;
  actor: SessionActor | null;
  cookies: CookieJar;
  /** Live events (the calling display); one per process, fed by PostgreSQL LISTEN/NOTIFY. */
  events: HallEvents;
}

export const noopCookies: CookieJar = { setSession() {}, clearSession() {} };
