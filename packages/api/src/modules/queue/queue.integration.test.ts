import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

// The harness clock starts on Monday 2026-11-23 09:00 in Asia/Shanghai.
describe("hall queue", () => {
  let env: TestEnv;
  let walkInItem: number; // 个体工商户设立登记, 综合受理区 (prefix A)
  let window01: number;
  let window02: number;
  let estateWindow: number; // 不动产登记窗口 (specialty, B zone)
  beforeAll(async () => {
    env = await createTestEnv();
    const items = await env.anon().catalog.items.list();
    walkInItem = items.find((i) => i.code === "SC-002")!.id;
    const windows = await (await env.as("admin")).windows.list({ hallId: env.hallId });
    window01 = windows.find((w) => w.number === "01")!.id;
    window02 = windows.find((w) => w.number === "02")!.id;
    estateWindow = windows.find((w) => w.number === "05")!.id;
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  it("tells window staff which window they sit at", async () => {
    expect((await (await env.as("staff01")).auth.me()).windowId).toBe(window01);
    expect((await (await env.as("13800000001")).auth.me()).windowId).toBeNull();
  });

  it("race: 100 concurrent tickets get 100 distinct consecutive numbers", async () => {
    const staff = await env.as("staff03");
    const results = await Promise.all(
      Array.from({ length: 100 }, () => staff.queue.takeTicket({ itemId: walkInItem })),
    );
    const seqs = results.map((r) => Number(r.number.slice(1))).sort((a, b) => a - b);
    expect(new Set(results.map((r) => r.number)).size).toBe(100);
    expect(results.every((r) => r.number.startsWith("A"))).toBe(true);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // Numbers are per zone prefix: the next ticket of another zone starts at 001.
    const estate = (await env.anon().catalog.items.list()).find((i) => i.code === "BDC-001")!;
    expect((await staff.queue.takeTicket({ itemId: estate.id })).number).toBe("B001");
  });

  it("race: two windows calling at once never get the same ticket", async () => {
    const [s1, s2] = await Promise.all([env.as("staff01"), env.as("staff02")]);
    const seen = new Set<number>();
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([
        s1.queue.callNext({ windowId: window01 }),
        s2.queue.callNext({ windowId: window02 }),
      ]);
      expect(a && b).toBeTruthy();
      expect(a!.ticketId).not.toBe(b!.ticketId);
      for (const t of [a!, b!]) {
        expect(seen.has(t.ticketId)).toBe(false);
        seen.add(t.ticketId);
      }
      await Promise.all([
        s1.queue.complete({ ticketId: a!.ticketId, outcome: "done" }),
        s2.queue.complete({ ticketId: b!.ticketId, outcome: "done" }),
      ]);
    }
  });

  it("calls the military first, then the elderly (age from the ID number), then in order of arrival", async () => {
    const staff = await env.as("staff01");
    const normal = await staff.queue.takeTicket({ itemId: walkInItem, idNumber: "11010119900307803X" });
    const elderly = await staff.queue.takeTicket({ itemId: walkInItem, idNumber: "11010519491231002X" });
    const military = await staff.queue.takeTicket({ itemId: walkInItem, military: true });
    // A fresh hall day for this check would be cleaner; instead compare the three among themselves.
    const order: number[] = [];
    for (;;) {
      const t = await staff.queue.callNext({ windowId: window01 });
      if (!t) break;
      if ([normal.ticketId, elderly.ticketId, military.ticketId].includes(t.ticketId)) order.push(t.ticketId);
      await staff.queue.complete({ ticketId: t.ticketId, outcome: "done" });
      if (order.length === 3) break;
    }
    expect(order).toEqual([military.ticketId, elderly.ticketId, normal.ticketId]);
  });

  it("a specialty window only calls its zone's tickets", async () => {
    const staff = await env.as("staff07");
    const estate = (await env.anon().catalog.items.list()).find((i) => i.code === "BDC-001")!;
    // Waiting A tickets are ahead in time, but the 不动产 window serves only its zone (general windows serve all).
    await staff.queue.takeTicket({ itemId: walkInItem });
    const mine = await staff.queue.takeTicket({ itemId: estate.id });
    const t = await staff.queue.callNext({ windowId: estateWindow });
    expect(t?.number).toBe(mine.number);
    await staff.queue.complete({ ticketId: t!.ticketId, outcome: "accepted" });
    expect(await staff.queue.callNext({ windowId: estateWindow })).toBeNull();
  });

  it("recalls up to 3 times, then only a pass; a passed ticket is re-queued once", async () => {
    const staff = await env.as("staff02");
    const mine = await staff.queue.takeTicket({ itemId: walkInItem, military: true });
    const called = await staff.queue.callNext({ windowId: window02 });
    expect(called!.ticketId).toBe(mine.ticketId);
    for (let i = 1; i <= 3; i++) expect((await staff.queue.recall({ ticketId: mine.ticketId })).recalls).toBe(i);
    expect((await refusal(staff.queue.recall({ ticketId: mine.ticketId }))).code).toBe("CONFLICT");
    await staff.queue.pass({ ticketId: mine.ticketId });
    await staff.queue.requeue({ ticketId: mine.ticketId });
    const again = await staff.queue.callNext({ windowId: window02 });
    expect(again!.ticketId).toBe(mine.ticketId);
    await staff.queue.pass({ ticketId: mine.ticketId });
    expect((await refusal(staff.queue.requeue({ ticketId: mine.ticketId }))).code).toBe("CONFLICT");
  });

  it("refuses to call while the window still has a called ticket, and tells the console which one", async () => {
    const staff = await env.as("staff02");
    expect(await staff.queue.current({ windowId: window02 })).toBeNull();
    await staff.queue.takeTicket({ itemId: walkInItem, military: true });
    const t = await staff.queue.callNext({ windowId: window02 });
    expect(refusedField(await refusal(staff.queue.callNext({ windowId: window02 })))).toBe("windowId");
    expect(await staff.queue.current({ windowId: window02 })).toMatchObject({
      ticketId: t!.ticketId,
      status: "called",
    });
    await staff.queue.complete({ ticketId: t!.ticketId, outcome: "notice_given", noticeText: "请携带营业执照原件" });
  });

  it("completes as 容缺受理 only with the missing materials, and records due dates on the calendar", async () => {
    const staff = await env.as("staff02");
    await staff.queue.takeTicket({ itemId: walkInItem, military: true });
    const t = await staff.queue.callNext({ windowId: window02 });
    const e = await refusal(
      staff.queue.complete({ ticketId: t!.ticketId, outcome: "accepted_pending_materials", missingMaterials: [" "] }),
    );
    expect(refusedField(e)).toBe("missingMaterials");
    // The console offers the item's waivable materials; a required one (经营者身份证明) or free text is refused, naming
    // missingMaterials, and the ticket stays at the window.
    expect(t!.waivableMaterials).toEqual(["经营场所使用证明"]);
    const required = await refusal(
      staff.queue.complete({
        ticketId: t!.ticketId,
        outcome: "accepted_pending_materials",
        missingMaterials: ["经营场所使用证明", "经营者身份证明"],
      }),
    );
    expect(required.code).toBe("BAD_REQUEST");
    expect(refusedField(required)).toBe("missingMaterials");
    expect(required.message).toContain("经营者身份证明");
    const unknown = await refusal(
      staff.queue.complete({
        ticketId: t!.ticketId,
        outcome: "accepted_pending_materials",
        missingMaterials: ["随便"],
      }),
    );
    expect(refusedField(unknown)).toBe("missingMaterials");
    expect(await staff.queue.current({ windowId: window02 })).toMatchObject({
      ticketId: t!.ticketId,
      status: "called",
    });
    const done = await staff.queue.complete({
      ticketId: t!.ticketId,
      outcome: "accepted_pending_materials",
      missingMaterials: ["经营场所使用证明"],
    });
    // Accepted on Monday 2026-11-23: SC-002 promises 0 working days (due the same day); materials in 5 working days.
    expect(done).toMatchObject({ dueDate: "2026-11-23", materialsDeadline: "2026-11-30" });
    const record = await env.h.db
      .selectFrom("service_records")
      .selectAll()
      .where("ticket_id", "=", t!.ticketId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      outcome: "accepted_pending_materials",
      window_id: window02,
      missing_materials: ["经营场所使用证明"],
    });
    expect(record.staff_id).not.toBeNull();
  });

  it("checks a booking in once, within its window, as a booked ticket", async () => {
    const citizen = await env.as("13800000002");
    const items = await env.anon().catalog.items.list();
    const social = items.find((i) => i.code === "SB-003")!;
    const b = await citizen.booking.create({
      itemId: social.id,
      start: "2026-11-23T10:00:00+08:00",
      materialsConfirmed: true,
    });
    // 09:00: the 10:00 slot's check-in opens at 09:30.
    expect((await refusal(citizen.queue.checkIn({ bookingId: b.id }))).code).toBe("BAD_REQUEST");
    env.clock.set(new Date("2026-11-23T01:40:00Z")); // 09:40
    const staff = await env.as("staff08");
    const other = await env.as("13800000003");
    expect((await refusal(other.queue.checkIn({ bookingId: b.id }))).code).toBe("NOT_FOUND");
    const ticket = await staff.queue.checkIn({ code: b.code.toLowerCase() });
    expect(ticket.number).toMatch(/^C\d{3}$/);
    expect((await refusal(citizen.queue.checkIn({ bookingId: b.id }))).code).toBe("CONFLICT");
    expect((await citizen.booking.mine()).find((x) => x.id === b.id)!.status).toBe("checked_in");
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
  });

  it("issues no tickets after closing, and citizens cannot claim priority themselves", async () => {
    const citizen = await env.as("13800000004");
    expect((await refusal(citizen.queue.takeTicket({ itemId: walkInItem, military: true }))).code).toBe("FORBIDDEN");
    env.clock.set(new Date("2026-11-23T09:30:00Z")); // 17:30, closing
    const e = await refusal(citizen.queue.takeTicket({ itemId: walkInItem }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toContain("17:30");
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
    expect((await citizen.queue.takeTicket({ itemId: walkInItem })).number).toMatch(/^A\d{3}$/);
  });
});

describe("refusals, ratings, cases and complaints", () => {
  let env: TestEnv;
  let item: number;
  let window01: number;
  beforeAll(async () => {
    env = await createTestEnv();
    item = (await env.anon().catalog.items.list()).find((i) => i.code === "SC-002")!.id;
    window01 = (await (await env.as("admin")).windows.list({ hallId: env.hallId })).find((w) => w.number === "01")!.id;
  });
  afterAll(() => env.close());

  /** A citizen takes a ticket and staff01 calls it at window 01. */
  async function ticketAtWindow(citizenLogin = "13800000001") {
    const citizen = await env.as(citizenLogin);
    const staff = await env.as("staff01");
    const taken = await citizen.queue.takeTicket({ itemId: item });
    const called = await staff.queue.callNext({ windowId: window01 });
    expect(called!.ticketId).toBe(taken.ticketId);
    return { citizen, staff, ticketId: taken.ticketId };
  }

  it("never completes as refused without the chief's approval (办不成事)", async () => {
    const { staff, ticketId } = await ticketAtWindow();
    const e = await refusal(staff.queue.complete({ ticketId, outcome: "refused" }));
    expect(e.code).toBe("FORBIDDEN");
    expect(await staff.queue.refusalStatus({ ticketId })).toBeNull();
    const req = await staff.queue.requestRefusal({ ticketId, reason: "不符合设立条件：经营场所为住宅且无证明" });
    expect(await staff.queue.refusalStatus({ ticketId })).toMatchObject({
      requestId: req.requestId,
      status: "requested",
    });
    expect((await refusal(staff.queue.complete({ ticketId, outcome: "refused" }))).code).toBe("FORBIDDEN");
    expect((await refusal(staff.queue.requestRefusal({ ticketId, reason: "再次申请" }))).code).toBe("CONFLICT");
    // Window staff cannot decide; the chief must give a reason.
    expect(
      (await refusal(staff.queue.decideRefusal({ requestId: req.requestId, decision: "approved", reason: "同意" })))
        .code,
    ).toBe("FORBIDDEN");
    const chief = await env.as("chief");
    expect(
      refusedField(
        await refusal(chief.queue.decideRefusal({ requestId: req.requestId, decision: "approved", reason: " " })),
      ),
    ).toBe("reason");
    await chief.queue.decideRefusal({
      requestId: req.requestId,
      decision: "approved",
      reason: "经核实确不符合条件，同意出具不予受理告知",
    });
    expect(
      (await refusal(chief.queue.decideRefusal({ requestId: req.requestId, decision: "denied", reason: "改判" }))).code,
    ).toBe("CONFLICT");
    expect(await staff.queue.refusalStatus({ ticketId })).toMatchObject({ status: "approved" });
    // Approved: only 办不成事 is offered, and 办结 is refused by the server whatever a stale screen sends.
    expect((await staff.queue.current({ windowId: window01 }))?.outcomes.map((o) => o.outcome)).toEqual(["refused"]);
    expect((await refusal(staff.queue.complete({ ticketId, outcome: "done" }))).code).toBe("CONFLICT");
    await expect(staff.queue.complete({ ticketId, outcome: "refused" })).resolves.toMatchObject({ outcome: "refused" });
    const weekly = await chief.refusals.weekly({});
    expect(weekly).toMatchObject({ week: "2026-W48", requested: 1, approved: 1, pending: 0 });
  });

  it("rates once within 7 days; a bad rating opens a case due in 15 working days", async () => {
    const { citizen, staff, ticketId } = await ticketAtWindow("13800000002");
    expect((await refusal(citizen.rating.submit({ ticketId, score: 5 }))).code).toBe("CONFLICT"); // not completed yet
    await staff.queue.complete({ ticketId, outcome: "done" });
    expect(refusedField(await refusal(citizen.rating.submit({ ticketId, score: 6 })))).toBe("score");
    const other = await env.as("13800000003");
    expect((await refusal(other.rating.submit({ ticketId, score: 1 }))).code).toBe("NOT_FOUND");
    const r = await citizen.rating.submit({ ticketId, score: 2, comment: "等候时间太长" });
    // Rated Monday 2026-11-23: 15 working days later is Monday 2026-12-14.
    expect(r).toMatchObject({ caseDueDate: "2026-12-14" });
    expect(r.caseId).not.toBeNull();
    expect((await refusal(citizen.rating.submit({ ticketId, score: 5 }))).code).toBe("CONFLICT");

    const chief = await env.as("chief");
    const cases = await chief.cases.list({});
    expect(cases[0]).toMatchObject({ caseId: r.caseId, status: "open", score: 2, windowNumber: "01" });
    expect((await refusal(chief.cases.close({ caseId: r.caseId!, note: "已整改" }))).code).toBe("CONFLICT");
    await chief.cases.followUp({ caseId: r.caseId!, note: "已电话回访，群众表示理解" });
    await chief.cases.close({ caseId: r.caseId!, note: "窗口增加弹性人员，已整改" });
    expect((await chief.cases.list({}))[0]!.status).toBe("closed");
  });

  it("rating after 7 days is refused; a good rating opens no case", async () => {
    const { citizen, staff, ticketId } = await ticketAtWindow("13800000004");
    await staff.queue.complete({ ticketId, outcome: "done" });
    const start = env.clock.now();
    env.clock.set(new Date(start.getTime() + 7 * 86_400_000 + 1));
    expect((await refusal(citizen.rating.submit({ ticketId, score: 5 }))).code).toBe("BAD_REQUEST");
    env.clock.set(start);
    expect(await citizen.rating.submit({ ticketId, score: 4 })).toMatchObject({ caseId: null });
  });

  it("runs a complaint through its closed loop, refusing illegal steps, with 查实 against a staff member", async () => {
    const chief = await env.as("chief");
    const staffList = await (await env.as("admin")).staff.list({ hallId: env.hallId });
    const c = await chief.complaints.create({
      hallId: env.hallId,
      source: "hotline_12345",
      content: "窗口人员态度生硬",
      complainantPhone: "13912340000",
    });
    const e = await refusal(chief.complaints.update({ complaintId: c.complaintId, to: "replied" }));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toContain("接诉受理");
    expect(refusedField(await refusal(chief.complaints.update({ complaintId: c.complaintId, verified: true })))).toBe(
      "staffId",
    );
    for (const to of ["handling", "replied"] as const)
      await chief.complaints.update({ complaintId: c.complaintId, to, note: to });
    await chief.complaints.update({
      complaintId: c.complaintId,
      verified: true,
      major: true,
      staffId: staffList[0]!.id,
    });
    await chief.complaints.update({ complaintId: c.complaintId, to: "filed", note: "已回访备案" });
    expect((await refusal(chief.complaints.update({ complaintId: c.complaintId, major: false }))).code).toBe(
      "CONFLICT",
    );
    const [listed] = await chief.complaints.list({});
    expect(listed).toMatchObject({
      status: "filed",
      verified: true,
      major: true,
      complainantPhoneMasked: "139****0000",
    });
    const staff = await env.as("staff01");
    expect((await refusal(staff.complaints.list({}))).code).toBe("FORBIDDEN");
  });

  it("keeps the 首问负责 ledger", async () => {
    const staff = await env.as("staff05");
    await staff.enquiries.log({ hallId: env.hallId, topic: "咨询企业开办需要哪些材料", directedTo: "04号一件事窗口" });
    const list = await staff.enquiries.list({ date: "2026-11-23" });
    expect(list[0]).toMatchObject({ topic: "咨询企业开办需要哪些材料", takenBy: "陈静" });
  });
});

describe("what may be done next, as the server computes it", () => {
  let env: TestEnv;
  let item: number;
  let window01: number;
  beforeAll(async () => {
    env = await createTestEnv();
    item = (await env.anon().catalog.items.list()).find((i) => i.code === "SC-002")!.id;
    window01 = (await (await env.as("admin")).windows.list({ hallId: env.hallId })).find((w) => w.number === "01")!.id;
  });
  afterAll(() => env.close());

  it("gives each ticket view its actions, outcomes and recall limit, following recalls and the refusal request", async () => {
    const staff = await env.as("staff01");
    const chief = await env.as("chief");
    await staff.queue.takeTicket({ itemId: item });
    const called = (await staff.queue.callNext({ windowId: window01 }))!;
    expect(called).toMatchObject({
      recallLimit: 3,
      refusal: null,
      actions: ["recall", "pass", "start", "transfer", "complete", "requestRefusal"],
    });
    expect(called.outcomes.map((o) => o.outcome)).toEqual([
      "done",
      "accepted",
      "accepted_pending_materials",
      "notice_given",
    ]);
    expect(called.outcomes.find((o) => o.outcome === "notice_given")?.needs).toBe("noticeText");
    for (let i = 0; i < 2; i++) await staff.queue.recall({ ticketId: called.ticketId });
    expect((await staff.queue.recall({ ticketId: called.ticketId })).actions).not.toContain("recall");
    const started = await staff.queue.start({ ticketId: called.ticketId });
    expect(started.actions).toEqual(["transfer", "complete", "requestRefusal"]);

    const asked = await staff.queue.requestRefusal({ ticketId: called.ticketId, reason: "不符合条件" });
    expect(asked.ticket).toMatchObject({ refusal: { requestId: asked.requestId, status: "requested" } });
    expect(asked.ticket.actions).not.toContain("requestRefusal");
    // The chief sees the decision on offer; the requester would not (never one's own request).
    const week = await chief.refusals.weekly({});
    expect(week.requests.find((r) => r.requestId === asked.requestId)?.actions).toEqual(["approve", "deny"]);
    await chief.queue.decideRefusal({ requestId: asked.requestId, decision: "approved", reason: "同意" });
    const after = await staff.queue.current({ windowId: window01 });
    expect(after?.refusal?.status).toBe("approved");
    expect(after?.outcomes.map((o) => o.outcome)).toContain("refused");
    expect((await chief.refusals.weekly({})).requests.find((r) => r.requestId === asked.requestId)?.actions).toEqual(
      [],
    );
    await staff.queue.complete({ ticketId: called.ticketId, outcome: "refused" });

    await staff.queue.takeTicket({ itemId: item });
    const next = (await staff.queue.callNext({ windowId: window01 }))!;
    expect((await staff.queue.pass({ ticketId: next.ticketId })).actions).toEqual(["requeue"]);
    expect((await staff.queue.requeue({ ticketId: next.ticketId })).actions).toEqual([]);
    expect((await staff.queue.callNext({ windowId: window01 }))?.ticketId).toBe(next.ticketId);
    await staff.queue.complete({ ticketId: next.ticketId, outcome: "done" });
  });

  it("gives cases and complaints their actions; a closed case is assigned to nobody", async () => {
    const citizen = await env.as("13800000002");
    const staff = await env.as("staff01");
    const chief = await env.as("chief");
    const t = await citizen.queue.takeTicket({ itemId: item });
    await staff.queue.callNext({ windowId: window01 });
    await staff.queue.complete({ ticketId: t.ticketId, outcome: "done" });
    const { caseId } = await citizen.rating.submit({ ticketId: t.ticketId, score: 1 });
    const actionsOf = async () => (await chief.cases.list({})).find((c) => c.caseId === caseId)!.actions;
    expect(await actionsOf()).toEqual(["assign", "follow_up"]);
    await chief.cases.followUp({ caseId: caseId!, note: "已回访" });
    expect(await actionsOf()).toEqual(["assign", "close"]);
    await chief.cases.close({ caseId: caseId!, note: "已整改" });
    expect(await actionsOf()).toEqual([]);
    const me = await chief.auth.me();
    const e = await refusal(chief.cases.assign({ caseId: caseId!, assigneeUserId: me.id }));
    expect(e.code).toBe("CONFLICT");
    expect((e.cause as { key?: string }).key).toBe("case.closed");

    const c = await chief.complaints.create({ hallId: env.hallId, source: "onsite", content: "态度生硬" });
    const row = async () => (await chief.complaints.list({})).find((x) => x.complaintId === c.complaintId)!;
    expect(await row()).toMatchObject({ nextStatus: "handling", actions: ["advance", "set_flags"] });
    for (const to of ["handling", "replied", "filed"] as const)
      await chief.complaints.update({ complaintId: c.complaintId, to });
    expect(await row()).toMatchObject({ nextStatus: null, actions: [] });
  });
});
