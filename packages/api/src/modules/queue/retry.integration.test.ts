import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal } from "../../testing/refusal.ts";

// queue.takeTicket repeated after its answer was lost (a database restart, a dropped connection; the apps retry it
// once) must not issue a second ticket. The harness clock starts on Monday 2026-11-23 09:00 in Asia/Shanghai.
describe("a repeated 取号 gets the same ticket", () => {
  let env: TestEnv;
  let item: number;
  let otherItem: number;
  let window01: number;
  beforeAll(async () => {
    env = await createTestEnv();
    const items = await env.anon().catalog.items.list();
    item = items.find((i) => i.code === "SC-002")!.id;
    otherItem = items.find((i) => i.code === "BDC-001")!.id;
    window01 = (await (await env.as("admin")).windows.list({ hallId: env.hallId })).find((w) => w.number === "01")!.id;
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  const ticketsOf = (where: { citizenId?: number; key?: string }) => {
    let q = env.h.db.selectFrom("tickets").select(["id", "number"]);
    if (where.citizenId !== undefined) q = q.where("citizen_id", "=", where.citizenId);
    if (where.key !== undefined) q = q.where("idempotency_key", "=", where.key);
    return q.execute();
  };
  const audits = (ticketId: number) =>
    env.h.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "queue.take")
      .where("entity_id", "=", String(ticketId))
      .execute();

  it("a citizen asking again for the same item gets their waiting ticket, issued and audited once", async () => {
    const citizen = await env.as("13800000002");
    const me = await citizen.auth.me();
    const first = await citizen.queue.takeTicket({ itemId: item });
    expect(await citizen.queue.takeTicket({ itemId: item })).toEqual(first);
    expect(await ticketsOf({ citizenId: me.id })).toHaveLength(1);
    expect(await audits(first.ticketId)).toHaveLength(1);
    // Another item is another ticket.
    const other = await citizen.queue.takeTicket({ itemId: otherItem });
    expect(other.ticketId).not.toBe(first.ticketId);
    // Once the ticket has been called it is no longer waiting: the citizen may queue again.
    const staff = await env.as("staff01");
    const called = await staff.queue.callNext({ windowId: window01 });
    expect(called!.ticketId).toBe(first.ticketId);
    await staff.queue.complete({ ticketId: first.ticketId, outcome: "done" });
    const again = await citizen.queue.takeTicket({ itemId: item });
    expect(again.ticketId).not.toBe(first.ticketId);
  });

  it("a repeat arriving after ticket hours ended still gets the ticket, not a refusal", async () => {
    const staff = await env.as("staff02");
    const first = await staff.queue.takeTicket({ itemId: item, idempotencyKey: "late-retry-0001" });
    env.clock.set(new Date("2026-11-23T09:30:00Z")); // 17:30, closing
    try {
      expect(await staff.queue.takeTicket({ itemId: item, idempotencyKey: "late-retry-0001" })).toEqual(first);
      expect((await refusal(staff.queue.takeTicket({ itemId: item }))).code).toBe("FORBIDDEN");
    } finally {
      env.clock.set(new Date("2026-11-23T01:00:00Z"));
    }
  });

  it("counter staff: the same idempotency key is the same walk-in ticket; a new key (or none) a new one", async () => {
    const staff = await env.as("staff01");
    const first = await staff.queue.takeTicket({ itemId: item, idempotencyKey: "walk-in-0001" });
    expect(await staff.queue.takeTicket({ itemId: item, idempotencyKey: "walk-in-0001" })).toEqual(first);
    // Another clerk of the hall repeating it (the same request through another device) gets it too.
    expect(await (await env.as("staff02")).queue.takeTicket({ itemId: item, idempotencyKey: "walk-in-0001" })).toEqual(
      first,
    );
    expect(await ticketsOf({ key: "walk-in-0001" })).toHaveLength(1);
    expect(await audits(first.ticketId)).toHaveLength(1);
    const next = await staff.queue.takeTicket({ itemId: item, idempotencyKey: "walk-in-0002" });
    expect(next.ticketId).not.toBe(first.ticketId);
    const a = await staff.queue.takeTicket({ itemId: item });
    const b = await staff.queue.takeTicket({ itemId: item });
    expect(a.ticketId).not.toBe(b.ticketId); // two walk-ins without keys are two people
  });

  it("race: a repeat running at the same time as its original still gives one ticket", async () => {
    const staff = await env.as("staff03");
    const keyed = await Promise.all(
      Array.from({ length: 6 }, () => staff.queue.takeTicket({ itemId: item, idempotencyKey: "race-key-0001" })),
    );
    expect(new Set(keyed.map((t) => t.ticketId)).size).toBe(1);
    expect(await ticketsOf({ key: "race-key-0001" })).toHaveLength(1);

    const citizen = await env.as("13800000003");
    const me = await citizen.auth.me();
    const mine = await Promise.all(Array.from({ length: 6 }, () => citizen.queue.takeTicket({ itemId: otherItem })));
    expect(new Set(mine.map((t) => t.ticketId)).size).toBe(1);
    expect(await ticketsOf({ citizenId: me.id })).toHaveLength(1);
  });

  it("a citizen never gets another person's ticket by sending their key", async () => {
    const owner = await env.as("13800000004");
    const taken = await owner.queue.takeTicket({ itemId: item, idempotencyKey: "guessable-key-01" });
    const other = await env.as("13800000005");
    const e = await refusal(other.queue.takeTicket({ itemId: item, idempotencyKey: "guessable-key-01" }));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).not.toContain(taken.number);
    expect(await other.queue.takeTicket({ itemId: item, idempotencyKey: "own-key-000001" })).not.toEqual(taken);
  });
});
