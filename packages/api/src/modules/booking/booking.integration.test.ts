import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";
import { markNoShows } from "./index.ts";

// The harness clock starts on Monday 2026-11-23 09:00 in Asia/Shanghai.
const TUE_0900 = "2026-11-24T09:00:00+08:00";
const TUE_0930 = "2026-11-24T09:30:00+08:00";

describe("booking", () => {
  let env: TestEnv;
  let itemId: number;
  let otherItemId: number;
  beforeAll(async () => {
    env = await createTestEnv();
    const items = await env.anon().catalog.items.list();
    itemId = items.find((i) => i.code === "SC-002")!.id; // 个体工商户设立登记 (general zone)
    otherItemId = items.find((i) => i.code === "SB-003")!.id; // 社会保障卡申领 (social zone)
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  const setCapacity = async (start: string, capacity: number | null, item = itemId) =>
    (await env.as("admin")).booking.overrideCapacity({ itemId: item, start, capacity });

  const slotRow = (start: string, item = itemId) =>
    env.h.db
      .selectFrom("booking_slots")
      .selectAll()
      .where("item_id", "=", item)
      .where("start_at", "=", new Date(start))
      .executeTakeFirst();
  const confirmedIn = async (start: string, item = itemId) =>
    Number(
      (
        await env.h.db
          .selectFrom("bookings")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("item_id", "=", item)
          .where("start_at", "=", new Date(start))
          .where("status", "=", "confirmed")
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("lists the public catalogue with materials and the bookable days", async () => {
    const items = await env.anon().catalog.items.list();
    expect(items.length).toBeGreaterThanOrEqual(20);
    const estate = items.find((i) => i.code === "BDC-001")!;
    expect(estate.zone?.name).toBe("不动产登记专区");
    expect(estate.materials.some((m) => m.waivable)).toBe(true);
    const days = await env.anon().catalog.days();
    expect(days).toHaveLength(15);
    expect(days[0]).toEqual({ date: "2026-11-23", working: true });
    // New Year's Day 2027 lies beyond the horizon; within it, a plain weekend has no name, a holiday would.
    expect(days.find((d) => d.date === "2026-11-28")!.name).toBeUndefined();
    expect(days.find((d) => d.date === "2026-11-28")!.working).toBe(false); // a plain Saturday
  });

  it("generates a day's slots from opening hours with the lunch break, capacity from the windows", async () => {
    const slots = await env.anon().booking.slots({ itemId, date: "2026-11-24" });
    expect(slots).toHaveLength(14);
    expect(slots[0]).toMatchObject({ start: TUE_0900, end: TUE_0930, booked: 0, open: true });
    expect(slots.map((s) => s.start)).not.toContain("2026-11-24T12:00:00+08:00");
    expect(slots[6]!.start).toBe("2026-11-24T13:30:00+08:00");
    // General windows 01–03, the elderly (10) and military (11) windows serve every item, and the 一件事 window (04)
    // serves its own zone's items: 6 staffed windows × floor(30 / 15) = 12.
    expect(slots[0]!.capacity).toBe(12);
    expect(slots[0]!.available).toBe(12);
    // Today's 09:00 slot has started: shown, but closed for booking.
    const today = await env.anon().booking.slots({ itemId, date: "2026-11-23" });
    expect(today[0]!.open).toBe(false);
    expect(await env.anon().booking.slots({ itemId, date: "2026-11-28" })).toEqual([]);
  });

  it("books a slot and returns a code; the seat is taken", async () => {
    const c = await env.as("13800000001");
    const b = await c.booking.create({ itemId, start: TUE_0900, materialsConfirmed: true });
    expect(b).toMatchObject({ status: "confirmed", itemId, start: TUE_0900, end: TUE_0930, cancellable: true });
    expect(b.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect((await slotRow(TUE_0900))!.booked).toBe(1);
    expect((await c.booking.mine()).map((x) => x.id)).toContain(b.id);
    const log = await env.h.db.selectFrom("audit_log").selectAll().where("action", "=", "booking.create").execute();
    expect(log).toHaveLength(1);
  });

  it("refuses bad input naming the field and writes nothing", async () => {
    const c = await env.as("13800000002");
    const before = await countRows(env.h, "audit_log");
    // Thunks: each call starts only when awaited (a refused promise left waiting would be an unhandled rejection).
    const cases: [() => Promise<unknown>, string, string][] = [
      [
        () => c.booking.create({ itemId, start: TUE_0930, materialsConfirmed: false as true }),
        "materialsConfirmed",
        "BAD_REQUEST",
      ],
      [
        () => c.booking.create({ itemId, start: "2026-11-24T12:00:00+08:00", materialsConfirmed: true }),
        "start",
        "BAD_REQUEST",
      ],
      [
        () => c.booking.create({ itemId, start: "2026-11-24T09:10:00+08:00", materialsConfirmed: true }),
        "start",
        "BAD_REQUEST",
      ],
      [() => c.booking.create({ itemId, start: "tomorrow", materialsConfirmed: true }), "start", "BAD_REQUEST"],
      [
        () => c.booking.create({ itemId, start: "2026-11-28T09:00:00+08:00", materialsConfirmed: true }),
        "start",
        "BAD_REQUEST",
      ],
      [() => c.booking.create({ itemId: 99999, start: TUE_0930, materialsConfirmed: true }), "itemId", "NOT_FOUND"],
      [
        () => c.booking.create({ itemId, start: "2026-11-23T09:30:00+08:00", materialsConfirmed: true }),
        "start",
        "BAD_REQUEST",
      ],
      [
        () => c.booking.create({ itemId, start: "2026-12-08T09:00:00+08:00", materialsConfirmed: true }),
        "start",
        "BAD_REQUEST",
      ],
    ];
    for (const [call, field, code] of cases) {
      const e = await refusal(call());
      expect(e.code, field).toBe(code);
      expect(refusedField(e)).toBe(field);
    }
    expect(await countRows(env.h, "audit_log")).toBe(before);
    expect(await confirmedIn(TUE_0930)).toBe(0);
  });

  it("keeps the booking window: 60 minutes before start is the last moment, day 14 the furthest", async () => {
    const c = await env.as("13800000003");
    // 10:00 today is exactly 60 minutes after the clock's 09:00: allowed. Day 14 (2026-12-07, a Monday): allowed.
    await expect(
      c.booking.create({ itemId, start: "2026-11-23T10:00:00+08:00", materialsConfirmed: true }),
    ).resolves.toBeTruthy();
    await expect(
      c.booking.create({ itemId: otherItemId, start: "2026-12-07T09:00:00+08:00", materialsConfirmed: true }),
    ).resolves.toBeTruthy();
  });

  it("race: 50 concurrent citizens on a slot of capacity 3 give exactly 3 bookings and 47 CONFLICTs", async () => {
    const start = "2026-11-25T10:00:00+08:00";
    await setCapacity(start, 3);
    const ids = await env.citizens(50, "race50");
    const callers = await Promise.all(ids.map((id) => env.asUserId(id)));
    const results = await Promise.allSettled(
      callers.map((c) => c.booking.create({ itemId, start, materialsConfirmed: true })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(ok).toHaveLength(3);
    expect(refused).toHaveLength(47);
    expect(refused.every((e) => e.code === "CONFLICT")).toBe(true);
    expect(refused[0].message).toContain("该时段已约满");
    expect(await confirmedIn(start)).toBe(3);
    expect((await slotRow(start))!.booked).toBe(3);
  });

  it("race: one citizen's concurrent bookings never break the caps", async () => {
    const [id] = await env.citizens(1, "capper");
    const c = await env.asUserId(id!);
    // Same item, same day, 6 different slots at once: only 1 may succeed (1 per item per day).
    const sameDay = await Promise.allSettled(
      ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"].map((t) =>
        c.booking.create({ itemId, start: `2026-11-26T${t}:00+08:00`, materialsConfirmed: true }),
      ),
    );
    expect(sameDay.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // Different days at once: at most 3 active future bookings in all.
    const days = await Promise.allSettled(
      ["2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"].map((d) =>
        c.booking.create({ itemId, start: `${d}T09:00:00+08:00`, materialsConfirmed: true }),
      ),
    );
    expect(days.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refusedCodes = days
      .filter((r) => r.status === "rejected")
      .map((r) => (r as PromiseRejectedResult).reason.code);
    expect(new Set(refusedCodes)).toEqual(new Set(["FORBIDDEN"]));
    const active = (await c.booking.mine()).filter((b) => b.status === "confirmed");
    expect(active).toHaveLength(3);
  });

  it("race: a cancel and two creates on a full slot keep the count right", async () => {
    const start = "2026-11-25T14:00:00+08:00";
    await setCapacity(start, 1);
    const [a, b, c] = await Promise.all((await env.citizens(3, "cancelrace")).map((id) => env.asUserId(id)));
    const held = await a!.booking.create({ itemId, start, materialsConfirmed: true });
    const results = await Promise.allSettled([
      a!.booking.cancel({ id: held.id }),
      b!.booking.create({ itemId, start, materialsConfirmed: true }),
      c!.booking.create({ itemId, start, materialsConfirmed: true }),
    ]);
    expect(results[0]!.status).toBe("fulfilled");
    // The creates may run before or after the cancel frees the seat: exactly the ones that succeeded hold a seat,
    // never both (capacity 1), and the counter agrees with the rows.
    const created = results.slice(1).filter((r) => r.status === "fulfilled").length;
    const confirmed = await confirmedIn(start);
    expect(confirmed).toBe(created);
    expect(created).toBeLessThan(2);
    expect((await slotRow(start))!.booked).toBe(confirmed);
    // When both lost to the still-held seat, the seat the cancel freed is really free: a new citizen gets it.
    if (created === 0) {
      const [late] = await Promise.all((await env.citizens(1, "cancelrace-late")).map((id) => env.asUserId(id)));
      await late!.booking.create({ itemId, start, materialsConfirmed: true });
    }
    expect(await confirmedIn(start)).toBe(1);
    expect((await slotRow(start))!.booked).toBe(1);
  });

  it("replays a retried create with the same idempotency key, even concurrently", async () => {
    const c = await env.as("13800000004");
    const key = "retry-7f3c2a1e-0001";
    const [x, y] = await Promise.all([
      c.booking.create({ itemId, start: "2026-11-26T15:00:00+08:00", idempotencyKey: key, materialsConfirmed: true }),
      c.booking.create({ itemId, start: "2026-11-26T15:00:00+08:00", idempotencyKey: key, materialsConfirmed: true }),
    ]);
    expect(x.id).toBe(y.id);
    expect(await confirmedIn("2026-11-26T15:00:00+08:00")).toBe(1);
  });

  it("reschedules atomically: a full target keeps the old booking", async () => {
    const c = await env.as("13800000005");
    const b = await c.booking.create({ itemId, start: "2026-11-27T10:00:00+08:00", materialsConfirmed: true });
    await setCapacity("2026-11-27T10:30:00+08:00", 0);
    const e = await refusal(c.booking.reschedule({ id: b.id, start: "2026-11-27T10:30:00+08:00" }));
    expect(e.code).toBe("CONFLICT");
    const still = (await c.booking.mine()).find((x) => x.id === b.id)!;
    expect(still).toMatchObject({ status: "confirmed", start: "2026-11-27T10:00:00+08:00" });
    expect((await slotRow("2026-11-27T10:00:00+08:00"))!.booked).toBe(1);
    const moved = await c.booking.reschedule({ id: b.id, start: "2026-11-27T11:00:00+08:00" });
    expect(moved).toMatchObject({ id: b.id, code: b.code, start: "2026-11-27T11:00:00+08:00" });
    expect((await slotRow("2026-11-27T10:00:00+08:00"))!.booked).toBe(0);
    expect((await slotRow("2026-11-27T11:00:00+08:00"))!.booked).toBe(1);
  });

  it("cancels until 30 minutes before the start, frees the seat, and never touches another person's booking", async () => {
    const [ownerId, otherId] = await env.citizens(2, "cancel");
    const owner = await env.asUserId(ownerId!);
    const other = await env.asUserId(otherId!);
    const b = await owner.booking.create({ itemId, start: "2026-11-23T11:00:00+08:00", materialsConfirmed: true });
    expect((await refusal(other.booking.cancel({ id: b.id }))).code).toBe("NOT_FOUND");
    env.clock.set(new Date("2026-11-23T02:31:00Z")); // 10:31: 29 minutes before 11:00
    const late = await refusal(owner.booking.cancel({ id: b.id }));
    expect(late.code).toBe("BAD_REQUEST");
    expect(refusedField(late)).toBe("start");
    env.clock.set(new Date("2026-11-23T02:30:00Z")); // 10:30 exactly: still allowed
    await expect(owner.booking.cancel({ id: b.id })).resolves.toMatchObject({
      status: "cancelled",
      cancellable: false,
    });
    expect((await slotRow("2026-11-23T11:00:00+08:00"))!.booked).toBe(0);
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
  });

  it("answers a repeated cancel (its first answer lost) as the first: same booking, seat freed once, audited once", async () => {
    const [ownerId, otherId] = await env.citizens(2, "recancel");
    const owner = await env.asUserId(ownerId!);
    const other = await env.asUserId(otherId!);
    const start = "2026-11-23T14:00:00+08:00";
    const b = await owner.booking.create({ itemId, start, materialsConfirmed: true });
    const first = await owner.booking.cancel({ id: b.id });
    expect(first).toMatchObject({ id: b.id, status: "cancelled" });
    const seatsAfterFirst = (await slotRow(start))!.booked;
    expect(await owner.booking.cancel({ id: b.id })).toEqual(first);
    // Even when the retry arrives after the cancel deadline.
    env.clock.set(new Date("2026-11-23T05:45:00Z")); // 13:45, 15 minutes before the start
    expect(await owner.booking.cancel({ id: b.id })).toEqual(first);
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
    expect((await slotRow(start))!.booked).toBe(seatsAfterFirst);
    const audits = await env.h.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "booking.cancel")
      .where("entity_id", "=", String(b.id))
      .execute();
    expect(audits).toHaveLength(1);
    // Another person's cancelled booking is still not found.
    expect((await refusal(other.booking.cancel({ id: b.id }))).code).toBe("NOT_FOUND");
  });

  it("shows hall staff the day with masked phones; admins override capacity but never below the seats taken", async () => {
    const staff = await env.as("staff01");
    const day = await staff.booking.day({ date: "2026-11-24" });
    const item = day.find((d) => d.itemId === itemId)!;
    const slot = item.slots.find((s) => s.start === TUE_0900)!;
    expect(slot.bookings[0]).toMatchObject({
      citizenName: "赵建华",
      citizenPhoneMasked: "138****0001",
      status: "confirmed",
    });
    expect((await refusal(staff.booking.overrideCapacity({ itemId, start: TUE_0900, capacity: 5 }))).code).toBe(
      "FORBIDDEN",
    );
    const e = await refusal(setCapacity(TUE_0900, 0));
    expect(refusedField(e)).toBe("capacity");
    expect(e.message).toContain("已有1个预约");
    await expect(setCapacity(TUE_0900, 2)).resolves.toMatchObject({ capacity: 2, booked: 1, available: 1 });
    await expect(setCapacity(TUE_0900, null)).resolves.toMatchObject({ capacity: 12 });
    const citizen = await env.as("13800000001");
    expect((await refusal(citizen.booking.day({ date: "2026-11-24" }))).code).toBe("FORBIDDEN");
  });
  it("marks no-shows after slot end + 15 minutes (once, even from two instances) and suspends after 3", async () => {
    const [id] = await env.citizens(1, "noshow");
    const c = await env.asUserId(id!);
    const starts = ["2026-11-24T14:00:00+08:00", "2026-11-25T14:30:00+08:00", "2026-11-26T14:30:00+08:00"];
    const ids: number[] = [];
    for (const s of starts)
      ids.push((await c.booking.create({ itemId: otherItemId, start: s, materialsConfirmed: true })).id);
    const statusOf = async (bookingId: number) =>
      (await env.h.db.selectFrom("bookings").select("status").where("id", "=", bookingId).executeTakeFirstOrThrow())
        .status;
    // 14:44:59 on the 24th: the 14:00 slot ended at 14:30, the grace is 15 minutes → not yet; at 14:45 → yes.
    await markNoShows(env.h.db, new Date("2026-11-24T06:44:59Z"));
    expect(await statusOf(ids[0]!)).toBe("confirmed");
    await markNoShows(env.h.db, new Date("2026-11-24T06:45:00Z"));
    expect(await statusOf(ids[0]!)).toBe("no_show");
    // Two gateway instances running the job at once mark each booking once.
    const at = new Date("2026-11-26T07:15:00Z"); // 15:15 on the 26th: the other two are over by 15 minutes
    await Promise.all([markNoShows(env.h.db, at), markNoShows(env.h.db, at)]);
    for (const bookingId of ids) expect(await statusOf(bookingId)).toBe("no_show");
    const audited = await env.h.db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "booking.no_show")
      .execute();
    expect(audited.filter((a) => ids.map(String).includes(a.entity_id!))).toHaveLength(3);
    env.clock.set(at);
    const e = await refusal(
      c.booking.create({ itemId: otherItemId, start: "2026-11-30T09:00:00+08:00", materialsConfirmed: true }),
    );
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toContain("预约资格暂停至2026-12-26");
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
  });
});
