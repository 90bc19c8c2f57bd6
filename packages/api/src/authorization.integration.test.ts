import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { createAdmin } from "./seed/create-admin.ts";
import { countRows, createTestEnv, type TestEnv } from "./testing/harness.ts";
import { refusal } from "./testing/refusal.ts";

type AnyCaller = Record<string, unknown>;
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
/** Calls a procedure of a caller by its dotted path ("staff.groups.create"). */
function call(caller: AnyCaller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as AnyCaller)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

/** Open to anyone, signed in or not. */
const PUBLIC = [
  "auth.register",
  "auth.login",
  "auth.logout",
  "catalog.halls",
  "catalog.items.list",
  "catalog.rules",
  "catalog.days",
  "booking.slots",
  "queue.board",
];
/** Any signed-in person, about themselves. */
const SELF = ["auth.me"];
/** A citizen's own bookings. */
const CITIZEN_OWN = [
  "booking.create",
  "booking.cancel",
  "booking.reschedule",
  "booking.mine",
  "queue.mine",
  "rating.submit",
  "rating.ofTicket",
];
/** Window chiefs and duty leaders (and hall admins): refusal decisions, rectification cases, complaints. */
const SUPERVISE = [
  "queue.decideRefusal",
  "refusals.weekly",
  "cases.list",
  "cases.assign",
  "cases.followUp",
  "cases.close",
  "complaints.list",
  "complaints.create",
  "complaints.update",
];
/** Hall staff at the counter. */
const COUNTER = [
  "booking.day",
  "queue.callNext",
  "queue.recall",
  "queue.pass",
  "queue.requeue",
  "queue.start",
  "queue.transfer",
  "queue.complete",
  "queue.requestRefusal",
  "queue.current",
  "queue.windowQueue",
  "queue.refusalStatus",
  "queue.verifyIdentity",
  "enquiries.log",
  "enquiries.list",
];
/** A citizen for themselves, or counter staff for someone at the counter. */
const OWN_OR_COUNTER = ["queue.checkIn", "queue.takeTicket"];
const ALL = procedures.map(([path]) => path);
/** Reading the hall's reference data (every hall role). */
const READ_PROCEDURES = procedures
  .filter(
    ([path, p]) =>
      p._def.type === "query" &&
      ![
        ...PUBLIC,
        ...SELF,
        ...CITIZEN_OWN,
        ...COUNTER,
        ...OWN_OR_COUNTER,
        ...SUPERVISE,
        "users.list",
        "audit.list",
      ].includes(path),
  )
  .map(([path]) => path);
/** Everything only a hall admin may do: every other mutation plus the admin-only reads. */
const ADMIN_PROCEDURES = ALL.filter(
  (path) =>
    ![...PUBLIC, ...SELF, ...CITIZEN_OWN, ...COUNTER, ...OWN_OR_COUNTER, ...SUPERVISE, ...READ_PROCEDURES].includes(
      path,
    ),
);

describe("authorization", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("puts every procedure of the router in exactly one access class", () => {
    const classes = [PUBLIC, SELF, CITIZEN_OWN, COUNTER, OWN_OR_COUNTER, SUPERVISE, READ_PROCEDURES, ADMIN_PROCEDURES];
    for (const path of ALL)
      expect(
        classes.filter((c) => c.includes(path)),
        path,
      ).toHaveLength(1);
    for (const path of [...PUBLIC, ...SELF, ...CITIZEN_OWN, ...COUNTER, ...OWN_OR_COUNTER, ...SUPERVISE])
      expect(ALL, path).toContain(path);
    expect(ADMIN_PROCEDURES).toEqual(
      expect.arrayContaining(["zones.create", "users.update", "booking.overrideCapacity", "users.list", "audit.list"]),
    );
    expect(READ_PROCEDURES).toContain("zones.list");
  });

  for (const who of ["13800000001", "staff01"]) {
    it(`refuses ${who === "staff01" ? "window staff" : "a citizen"} every admin procedure and writes nothing`, async () => {
      const caller = (await env.as(who)) as unknown as AnyCaller;
      const before = await countRows(env.h, "audit_log");
      for (const path of ADMIN_PROCEDURES) {
        // A plausible input: authorisation is checked before the input is even parsed.
        const e = await refusal(call(caller, path, { hallId: env.hallId, id: 1, windowId: 1, name: "x" }));
        expect(e.code, path).toBe("FORBIDDEN");
      }
      expect(await countRows(env.h, "audit_log")).toBe(before);
    });
  }

  it("refuses anonymous callers every procedure that is not public", async () => {
    const anon = env.anon() as unknown as AnyCaller;
    for (const path of ALL.filter((p) => !PUBLIC.includes(p))) {
      const e = await refusal(call(anon, path, { hallId: env.hallId }));
      expect(e.code, path).toBe("UNAUTHORIZED");
    }
  });

  it("lets a citizen read no hall reference data", async () => {
    const citizen = (await env.as("13800000002")) as unknown as AnyCaller;
    for (const path of READ_PROCEDURES) {
      expect((await refusal(call(citizen, path, { hallId: env.hallId, year: 2026, id: env.hallId }))).code, path).toBe(
        "FORBIDDEN",
      );
    }
  });

  it("lets window staff read their hall's reference data", async () => {
    const staff = await env.as("staff01");
    expect((await staff.windows.list({ hallId: env.hallId })).length).toBeGreaterThan(0);
  });

  it("keeps an admin of another org out of the demo hall", async () => {
    await createAdmin(env.h.db, { login: "otheradmin", password: "abc12345", name: "外市管理员", orgName: "另一市" });
    const other = await env.as("otheradmin", "abc12345");
    const e = await refusal(other.zones.list({ hallId: env.hallId }));
    expect(e.code).toBe("FORBIDDEN");
    expect((e.cause as { key?: string }).key).toBe("auth.out_of_scope");
    const before = await countRows(env.h, "windows");
    await refusal(other.windows.create({ hallId: env.hallId, zoneId: 1, number: "99", name: "越权", type: "general" }));
    expect(await countRows(env.h, "windows")).toBe(before);
    expect(await other.halls.list()).toEqual([]);
  });
});

describe("authorization of bookings", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("keeps citizens' own-booking procedures from hall staff and admins", async () => {
    for (const who of ["staff01", "admin"]) {
      const caller = (await env.as(who)) as unknown as AnyCaller;
      for (const path of CITIZEN_OWN) {
        expect((await refusal(call(caller, path, { id: 1, itemId: 1 }))).code, `${who} ${path}`).toBe("FORBIDDEN");
      }
    }
  });

  it("keeps the counter's procedures from citizens, trainers and inspectors", async () => {
    for (const who of ["13800000001", "trainer", "inspector"]) {
      const caller = (await env.as(who)) as unknown as AnyCaller;
      for (const path of COUNTER) {
        const e = await refusal(call(caller, path, { date: "2026-11-24", windowId: 1, ticketId: 1, outcome: "done" }));
        expect(e.code, `${who} ${path}`).toBe("FORBIDDEN");
      }
    }
    for (const who of ["13800000001", "staff01", "trainer"]) {
      const caller = (await env.as(who)) as unknown as AnyCaller;
      for (const path of SUPERVISE) {
        const e = await refusal(call(caller, path, { hallId: 1, requestId: 1, caseId: 1, complaintId: 1 }));
        expect(e.code, `${who} ${path}`).toBe("FORBIDDEN");
      }
    }
    const trainer = (await env.as("trainer")) as unknown as AnyCaller;
    for (const path of OWN_OR_COUNTER) {
      expect((await refusal(call(trainer, path, { itemId: 1, bookingId: 1 }))).code, path).toBe("FORBIDDEN");
    }
  });
});
