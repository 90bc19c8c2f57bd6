import { createTestDb, type DbHandle } from "@hall/db";
import { type Clock, type Locale, manualClock } from "@hall/domain";
import type { Context, CookieJar } from "../context.ts";
import { loadActor, resolveSession, setPasswordCostForTests } from "../modules/auth/index.ts";
import { createCaller } from "../root.ts";
import { seedDemo } from "../seed/demo.ts";
import { createHallEvents, type HallEvents } from "../shared/events.ts";
import { createPii, generatePiiKey } from "../shared/pii.ts";
import { noRealNameCheck } from "../shared/real-name.ts";

export interface TestEnv {
  h: DbHandle & { label: string };
  /** The hall clock: business rules. */
  clock: ReturnType<typeof manualClock>;
  /** Puts both clocks back where the env started (use in afterEach, so a failing test cannot leak its time). */
  resetClocks(): void;
  /** Real time as the server sees it (sessions, throttling); set far from the hall clock so a mix-up shows. */
  wall: ReturnType<typeof manualClock>;
  hallId: number;
  /** A caller acting for nobody (public procedures, sign-in). */
  anon(locale?: Locale): ReturnType<typeof createCaller>;
  /** Signs in through auth.login and returns a caller acting for that person. */
  as(login: string, password?: string, locale?: Locale): Promise<ReturnType<typeof createCaller>>;
  /** A caller for a user by id, without going through sign-in (for races with many people). */
  asUserId(userId: number): Promise<ReturnType<typeof createCaller>>;
  /** Inserts n citizens directly (no scrypt: they never sign in) and returns their ids. */
  citizens(n: number, prefix?: string): Promise<number[]>;
  close(): Promise<void>;
}

const eventsByHandle = new WeakMap<DbHandle, HallEvents>();
/** One event hub per test database, as one per gateway process. */
function eventsFor(h: DbHandle): HallEvents {
  let e = eventsByHandle.get(h);
  if (!e) {
    e = createHallEvents(h);
    eventsByHandle.set(h, e);
  }
  return e;
}

/** The personal-data key of this test process (random: no test may depend on a fixed key). */
export const TEST_PII = createPii([generatePiiKey("t1")]);

/** Integration suites sign in hundreds of times: a cheap scrypt cost here; auth/passwords tests use the real one. */
export const TEST_SCRYPT_PARAMS = { N: 2 ** 10, r: 8, p: 1 };
setPasswordCostForTests(TEST_SCRYPT_PARAMS);

/** A wall clock years after the hall clock of the tests: a session or throttle that followed the hall clock fails. */
export const TEST_WALL_START = new Date("2031-06-16T04:00:00Z");
const defaultWall = manualClock(TEST_WALL_START);

export function contextFor(
  h: DbHandle,
  clock: Clock,
  locale: Locale = "zh-CN",
  cookies?: CookieJar,
  wallClock: Clock = defaultWall,
): Context {
  return {
    db: h.db,
    dbKind: h.kind,
    clock,
    wallClock,
    locale,
    ip: "127.0.0.1",
    userAgent: "vitest",
    actor: null,
    cookies: cookies ?? { setSession() {}, clearSession() {} },
    events: eventsFor(h),
    pii: TEST_PII,
    realName: noRealNameCheck,
  };
}

/** A migrated, demo-seeded database with a clock fixed at a Monday morning in Asia/Shanghai. */
export async function createTestEnv(start = new Date("2026-11-23T01:00:00Z")): Promise<TestEnv> {
  const h = await createTestDb();
  const { hallId } = await seedDemo(h.db, TEST_PII);
  const clock = manualClock(start);
  const wall = manualClock(TEST_WALL_START);
  const ctx = (locale: Locale = "zh-CN", jar?: CookieJar) => contextFor(h, clock, locale, jar, wall);
  return {
    h,
    clock,
    wall,
    resetClocks() {
      clock.set(start);
      wall.set(TEST_WALL_START);
    },
    hallId,
    anon: (locale = "zh-CN") => createCaller(ctx(locale)),
    async as(login, password = "demo1234", locale = "zh-CN") {
      let token: string | null = null;
      const jar: CookieJar = {
        setSession: (t) => {
          token = t;
        },
        clearSession: () => {
          token = null;
        },
      };
      await createCaller(ctx(locale, jar)).auth.login({ login, password });
      const actor = await resolveSession(h.db, token, wall.now());
      if (!actor) throw new Error(`could not sign in as ${login}`);
      return createCaller({ ...ctx(locale, jar), actor });
    },
    async asUserId(userId) {
      const actor = await loadActor(h.db, userId, "test-session");
      if (!actor) throw new Error(`no user ${userId}`);
      return createCaller({ ...ctx(), actor });
    },
    async citizens(n, prefix = "race") {
      const rows = await h.db
        .insertInto("users")
        .values(
          Array.from({ length: n }, (_, i) => ({ login: `${prefix}-${i}`, name: `市民${i}`, password_hash: "x" })),
        )
        .returning("id")
        .execute();
      await h.db
        .insertInto("user_roles")
        .values(rows.map((r) => ({ user_id: r.id, role: "citizen" })))
        .execute();
      return rows.map((r) => r.id);
    },
    close: () => h.close(),
  };
}

/** Counts rows of a table, to prove a refused request wrote nothing. */
export async function countRows(
  h: DbHandle,
  table:
    | "zones"
    | "windows"
    | "staff"
    | "service_items"
    | "users"
    | "audit_log"
    | "org_units"
    | "halls"
    | "calendar_overrides"
    | "staff_groups",
) {
  const r = await h.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
