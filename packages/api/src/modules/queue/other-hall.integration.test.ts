import type { Database, Kysely } from "@hall/db";
import { insertOrgUnit } from "@hall/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

/**
 * Security item 5 of issue #8 for the queue and feedback modules: every id a procedure is given is checked against
 * the caller's scope — not only the main one. Each id-taking procedure is fed an id of another hall and must refuse
 * with nothing written; a counter user cannot act on a ticket another window called.
 */

/** Every table the queue and feedback procedures write, and the audit log. */
const WRITTEN = [
  "tickets",
  "ticket_counters",
  "service_records",
  "refusal_requests",
  "bookings",
  "ratings",
  "rectification_cases",
  "complaints",
  "enquiries",
  "audit_log",
] as const;

/** The full content of every written table (a refused call must leave each row as it was, not only the counts). */
async function snapshot(db: Kysely<Database>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of WRITTEN) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = JSON.stringify(rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}

interface OtherHall {
  hallId: number;
  zoneId: number;
  windowId: number;
  staffId: number;
  userId: number;
  itemId: number;
  bookingId: number;
  bookingCode: string;
  ticketId: number;
  requestId: number;
  caseId: number;
  complaintId: number;
}

/** A small hall of its own under `orgUnitId`: a zone, a staffed window, an item, a booking, a called ticket, etc. */
async function addHall(db: Kysely<Database>, orgUnitId: number, tag: string, citizenId: number): Promise<OtherHall> {
  const now = new Date("2026-11-23T01:00:00Z");
  const hall = await db
    .insertInto("halls")
    .values({ org_unit_id: orgUnitId, name: `${tag}政务服务中心`, address: null, phone: null, settings: "{}" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const zone = await db
    .insertInto("zones")
    .values({ hall_id: hall.id, kind: "acceptance_general", name: `${tag}综合受理区`, prefix: "A" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const window = await db
    .insertInto("windows")
    .values({ hall_id: hall.id, zone_id: zone.id, number: "01", name: `${tag}1号窗口`, type: "general" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto("users")
    .values({
      login: `${tag}-staff`,
      name: `${tag}窗口人员`,
      password_hash: "x",
      org_unit_id: orgUnitId,
      hall_id: hall.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("user_roles").values({ user_id: user.id, role: "window_staff" }).execute();
  const staff = await db
    .insertInto("staff")
    .values({
      hall_id: hall.id,
      user_id: user.id,
      name: `${tag}窗口人员`,
      employee_no: `${tag}-1`,
      employment_type: "civil_servant",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("window_posts").values({ window_id: window.id, position: "A", staff_id: staff.id }).execute();
  const item = await db
    .insertInto("service_items")
    .values({
      hall_id: hall.id,
      zone_id: zone.id,
      code: `${tag}-001`,
      name: `${tag}事项`,
      department: "部门",
      legal_basis: null,
      conditions: null,
      promised_days: 1,
      theme: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const start = new Date("2026-11-23T02:00:00Z");
  const end = new Date("2026-11-23T02:30:00Z");
  const slot = await db
    .insertInto("booking_slots")
    .values({
      hall_id: hall.id,
      item_id: item.id,
      start_at: start,
      end_at: end,
      capacity: 5,
      booked: 1,
      capacity_override: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const bookingCode = `${tag.toUpperCase()}CODE1`;
  const booking = await db
    .insertInto("bookings")
    .values({
      hall_id: hall.id,
      item_id: item.id,
      slot_id: slot.id,
      citizen_id: citizenId,
      start_at: start,
      end_at: end,
      status: "confirmed",
      code: bookingCode,
      idempotency_key: null,
      materials_confirmed_at: now,
      created_at: now,
      cancelled_at: null,
      checked_in_at: null,
      no_show_at: null,
      completed_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const ticket = await db
    .insertInto("tickets")
    .values({
      hall_id: hall.id,
      zone_id: zone.id,
      item_id: item.id,
      booking_id: null,
      citizen_id: citizenId,
      service_date: "2026-11-23",
      prefix: "A",
      seq: 1,
      number: "A001",
      priority: "normal",
      booked_start: null,
      status: "called",
      window_id: window.id,
      target_window_id: null,
      transfer_zone_id: null,
      staff_id: staff.id,
      issued_at: now,
      requeued_at: null,
      called_at: now,
      completed_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const request = await db
    .insertInto("refusal_requests")
    .values({
      ticket_id: ticket.id,
      hall_id: hall.id,
      requested_by: user.id,
      reason: "不符合条件",
      status: "requested",
      requested_at: now,
      decided_by: null,
      decision_reason: null,
      decided_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rating = await db
    .insertInto("ratings")
    .values({
      ticket_id: ticket.id,
      hall_id: hall.id,
      citizen_id: citizenId,
      window_id: window.id,
      staff_id: staff.id,
      score: 1,
      comment: "差",
      rated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rectification = await db
    .insertInto("rectification_cases")
    .values({
      hall_id: hall.id,
      rating_id: rating.id,
      status: "followed_up",
      due_date: "2026-12-14",
      assignee_user_id: null,
      follow_up_note: "已回访",
      followed_up_at: now,
      closing_note: null,
      closed_at: null,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const complaint = await db
    .insertInto("complaints")
    .values({
      hall_id: hall.id,
      source: "onsite",
      content: "态度生硬",
      complainant_name: null,
      staff_id: null,
      status: "received",
      notes: "[]",
      created_by: user.id,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return {
    hallId: hall.id,
    zoneId: zone.id,
    windowId: window.id,
    staffId: staff.id,
    userId: user.id,
    itemId: item.id,
    bookingId: booking.id,
    bookingCode,
    ticketId: ticket.id,
    requestId: request.id,
    caseId: rectification.id,
    complaintId: complaint.id,
  };
}

type Caller = Awaited<ReturnType<TestEnv["as"]>>;

describe("scope on every id the queue and feedback procedures are given", () => {
  let env: TestEnv;
  /** Another city: out of every demo account's org scope. */
  let far: OtherHall;
  /** Another hall of the demo county: in the chief's org scope, but not the demo hall. */
  let near: OtherHall;
  let staff01: Caller;
  let staff03: Caller;
  let chief: Caller;
  let citizen: Caller;
  let window01: number;
  let window02: number;
  /** A ticket of the demo hall called at window 01 by staff01. */
  let ticket: number;
  /** A rectification case and a complaint of the demo hall. */
  let demoCase: number;
  let demoComplaint: number;

  beforeAll(async () => {
    env = await createTestEnv();
    const db = env.h.db;
    const [citizenId] = await env.citizens(1, "other-hall");
    const city = await insertOrgUnit(db, { parent: null, level: "city", name: "另一市" });
    far = await addHall(db, city.id, "far", citizenId!);
    const demo = await db
      .selectFrom("halls")
      .select("org_unit_id")
      .where("id", "=", env.hallId)
      .executeTakeFirstOrThrow();
    near = await addHall(db, demo.org_unit_id, "near", citizenId!);

    [staff01, staff03, chief, citizen] = await Promise.all([
      env.as("staff01"),
      env.as("staff03"),
      env.as("chief"),
      env.as("13800000001"),
    ]);
    const windows = await staff01.windows.list({ hallId: env.hallId });
    window01 = windows.find((w) => w.number === "01")!.id;
    window02 = windows.find((w) => w.number === "02")!.id;
    const item = (await env.anon().catalog.items.list()).find((i) => i.code === "SC-002")!.id;

    // A bad rating of a completed ticket gives the demo hall a case; then a ticket stays called at window 01.
    const rated = await citizen.queue.takeTicket({ itemId: item });
    expect((await staff01.queue.callNext({ windowId: window01 }))!.ticketId).toBe(rated.ticketId);
    await staff01.queue.complete({ ticketId: rated.ticketId, outcome: "done" });
    demoCase = (await citizen.rating.submit({ ticketId: rated.ticketId, score: 1 })).caseId!;
    demoComplaint = (await chief.complaints.create({ hallId: env.hallId, source: "onsite", content: "等候太久" }))
      .complaintId;
    ticket = (await citizen.queue.takeTicket({ itemId: item })).ticketId;
    expect((await staff01.queue.callNext({ windowId: window01 }))!.ticketId).toBe(ticket);
  });
  afterAll(() => env.close());

  /** Expects the call refused (with the given field when named) and nothing written anywhere. */
  async function refusedWithoutWriting(label: string, call: () => Promise<unknown>, field?: string) {
    const before = await snapshot(env.h.db);
    const e = await refusal(call());
    expect(["FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"], `${label}: ${e.code} ${e.message}`).toContain(e.code);
    if (field) expect(refusedField(e), label).toBe(field);
    const after = await snapshot(env.h.db);
    for (const table of WRITTEN) expect(after[table], `${label} wrote to ${table}`).toBe(before[table]);
    return e;
  }

  it("refuses every queue procedure an id of a hall out of scope", async () => {
    const t = { ticketId: far.ticketId };
    const cases: [string, () => Promise<unknown>][] = [
      ["checkIn bookingId", () => staff01.queue.checkIn({ bookingId: far.bookingId })],
      ["checkIn code", () => staff01.queue.checkIn({ code: far.bookingCode })],
      ["takeTicket itemId", () => staff01.queue.takeTicket({ itemId: far.itemId })],
      ["current windowId", () => staff01.queue.current({ windowId: far.windowId })],
      ["callNext windowId", () => staff01.queue.callNext({ windowId: far.windowId })],
      ["recall", () => staff01.queue.recall(t)],
      ["pass", () => staff01.queue.pass(t)],
      ["requeue", () => staff01.queue.requeue(t)],
      ["start", () => staff01.queue.start(t)],
      ["complete", () => staff01.queue.complete({ ...t, outcome: "done" })],
      ["transfer ticketId", () => staff01.queue.transfer({ ...t, toWindowId: window02 })],
      ["requestRefusal", () => staff01.queue.requestRefusal({ ...t, reason: "越权" })],
      ["refusalStatus", () => staff01.queue.refusalStatus(t)],
      ["verifyIdentity", () => staff01.queue.verifyIdentity({ ...t, idNumber: "11010519491231002X" })],
      [
        "decideRefusal",
        () => chief.queue.decideRefusal({ requestId: far.requestId, decision: "approved", reason: "越权" }),
      ],
      ["refusals.weekly hallId", () => chief.refusals.weekly({ hallId: far.hallId })],
      // Supervisors step in at any window of their own halls only.
      ["chief recall", () => chief.queue.recall(t)],
      ["chief callNext", () => chief.queue.callNext({ windowId: far.windowId })],
    ];
    for (const [label, call] of cases) await refusedWithoutWriting(label, call);
  });

  it("refuses a transfer to a window or zone of another hall, in scope or not", async () => {
    for (const [label, target, field] of [
      ["far window", { toWindowId: far.windowId }, "toWindowId"],
      ["far zone", { toZoneId: far.zoneId }, "toZoneId"],
      ["near window", { toWindowId: near.windowId }, "toWindowId"],
      ["near zone", { toZoneId: near.zoneId }, "toZoneId"],
    ] as const) {
      await refusedWithoutWriting(
        `transfer to ${label}`,
        () => staff01.queue.transfer({ ticketId: ticket, ...target }),
        field,
      );
      await refusedWithoutWriting(
        `chief transfer to ${label}`,
        () => chief.queue.transfer({ ticketId: ticket, ...target }),
        field,
      );
    }
  });

  it("refuses every feedback procedure an id of a hall out of scope", async () => {
    const cases: [string, () => Promise<unknown>][] = [
      ["rating.submit ticketId", () => citizen.rating.submit({ ticketId: far.ticketId, score: 1 })],
      ["cases.list hallId", () => chief.cases.list({ hallId: far.hallId })],
      ["cases.assign caseId", () => chief.cases.assign({ caseId: far.caseId, assigneeUserId: far.userId })],
      ["cases.followUp caseId", () => chief.cases.followUp({ caseId: far.caseId, note: "越权" })],
      ["cases.close caseId", () => chief.cases.close({ caseId: far.caseId, note: "越权" })],
      ["complaints.list hallId", () => chief.complaints.list({ hallId: far.hallId })],
      [
        "complaints.create hallId",
        () => chief.complaints.create({ hallId: far.hallId, source: "onsite", content: "越权" }),
      ],
      [
        "complaints.update complaintId",
        () => chief.complaints.update({ complaintId: far.complaintId, to: "handling" }),
      ],
      ["enquiries.log hallId", () => staff01.enquiries.log({ hallId: far.hallId, topic: "越权" })],
      ["enquiries.list hallId", () => staff01.enquiries.list({ hallId: far.hallId, date: "2026-11-23" })],
    ];
    for (const [label, call] of cases) await refusedWithoutWriting(label, call);
  });

  it("refuses a second id of another hall next to a main id of one's own: staff, window, assignee", async () => {
    for (const other of [far, near]) {
      const tag = other === far ? "far" : "near";
      await refusedWithoutWriting(
        `complaints.create staffId ${tag}`,
        () =>
          chief.complaints.create({ hallId: env.hallId, source: "onsite", content: "错投", staffId: other.staffId }),
        "staffId",
      );
      await refusedWithoutWriting(
        `complaints.update staffId ${tag}`,
        () => chief.complaints.update({ complaintId: demoComplaint, verified: true, staffId: other.staffId }),
        "staffId",
      );
      await refusedWithoutWriting(
        `enquiries.log windowId ${tag}`,
        () => staff01.enquiries.log({ hallId: env.hallId, topic: "咨询", windowId: other.windowId }),
        "windowId",
      );
      await refusedWithoutWriting(
        `cases.assign assigneeUserId ${tag}`,
        () => chief.cases.assign({ caseId: demoCase, assigneeUserId: other.userId }),
        "assigneeUserId",
      );
    }
  });

  it("keeps a counter user off the tickets another window called; the window's own staff and supervisors may act", async () => {
    const t = { ticketId: ticket };
    const cases: [string, () => Promise<unknown>][] = [
      ["recall", () => staff03.queue.recall(t)],
      ["pass", () => staff03.queue.pass(t)],
      ["requeue", () => staff03.queue.requeue(t)],
      ["start", () => staff03.queue.start(t)],
      ["complete", () => staff03.queue.complete({ ...t, outcome: "done" })],
      ["transfer", () => staff03.queue.transfer({ ...t, toWindowId: window02 })],
      ["requestRefusal", () => staff03.queue.requestRefusal({ ...t, reason: "不是我的号" })],
      ["refusalStatus", () => staff03.queue.refusalStatus(t)],
      ["current of window 01", () => staff03.queue.current({ windowId: window01 })],
      ["callNext at window 01", () => staff03.queue.callNext({ windowId: window01 })],
    ];
    for (const [label, call] of cases) {
      const e = await refusedWithoutWriting(`staff03 ${label}`, call);
      expect(e.code, label).toBe("FORBIDDEN");
      expect((e.cause as { key?: string }).key, label).toBe("queue.not_your_window");
    }
    // staff01 holds the A post of window 01 (staff03 holds posts at windows 02 and 03 only); the chief supervises.
    expect((await staff01.queue.recall(t)).recalls).toBe(1);
    expect((await chief.queue.recall(t)).recalls).toBe(2);
    expect(await chief.queue.current({ windowId: window01 })).toMatchObject({ ticketId: ticket });
  });
});
