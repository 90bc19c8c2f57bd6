import { canWindowServeItem } from "@hall/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal } from "../../testing/refusal.ts";
import { loadItem, servingWindows } from "../booking/index.ts";

const MINUTE = 60_000;

// Where a ticket stands, for the citizen (queue.mine) and for the window (queue.windowQueue); the rating page
// (rating.ofTicket). The harness clock starts on Monday 2026-11-23 09:00 in Asia/Shanghai.
describe("know your wait", () => {
  let env: TestEnv;
  let item: number; // 个体工商户设立登记 (general zone, prefix A)
  let estateItem: number; // 不动产登记 (specialty zone B)
  let window01: number;
  let estateWindow: number;
  /** Staffed, active windows that can serve the item (those the estimate spreads the queue over). */
  let windowsForItem: number;
  beforeAll(async () => {
    env = await createTestEnv();
    const items = await env.anon().catalog.items.list();
    item = items.find((i) => i.code === "SC-002")!.id;
    estateItem = items.find((i) => i.code === "BDC-001")!.id;
    const windows = await (await env.as("admin")).windows.list({ hallId: env.hallId });
    window01 = windows.find((w) => w.number === "01")!.id;
    estateWindow = windows.find((w) => w.number === "05")!.id;
    const loaded = await loadItem(env.h.db, item);
    windowsForItem = (await servingWindows(env.h.db, env.hallId)).filter(
      (w) => w.active && w.staffed && canWindowServeItem(w, loaded),
    ).length;
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  it("the citizen sees the tickets ahead in their own calling order, the wait, the window that calls, and the rating", async () => {
    const staff = await env.as("staff01");
    const citizen = await env.as("13800000002");
    expect(await citizen.queue.mine()).toEqual([]);
    const a1 = await staff.queue.takeTicket({ itemId: item });
    await staff.queue.takeTicket({ itemId: item });
    env.clock.advance(MINUTE);
    const mine = await citizen.queue.takeTicket({ itemId: item });
    // Later, but ahead in the calling order: a military walk-in. Later and behind: another regular ticket.
    await staff.queue.takeTicket({ itemId: item, military: true });
    await staff.queue.takeTicket({ itemId: item });
    const avg = (await loadItem(env.h.db, item)).avgHandlingMinutes;

    let [view] = await citizen.queue.mine();
    expect(view).toMatchObject({
      ticketId: mine.ticketId,
      number: mine.number,
      status: "waiting",
      ahead: 3,
      window: null,
    });
    // No services yet: the item's average handling time, spread over the windows that can call it.
    expect(view!.estimatedWaitMinutes).toBe(Math.ceil((3 * avg) / windowsForItem));

    // The window's queue: its tickets in calling order (military first), with tags and the longest wait.
    env.clock.advance(5 * MINUTE);
    const q = await staff.queue.windowQueue({ windowId: window01 });
    expect(q.waiting).toBe(5);
    expect(q.next.map((t) => t.priority)).toEqual(["military", "normal", "normal", "normal", "normal"]);
    expect(q.next[1]).toMatchObject({ number: a1.number, booked: false, transferred: false, waitedMinutes: 6 });
    expect(q.next[3]!.number).toBe(mine.number);
    expect(q.longestWaitMinutes).toBe(6);
    // A specialty window's queue holds only its zone's tickets.
    const estate = await env.as("staff07");
    await estate.queue.takeTicket({ itemId: estateItem });
    expect((await estate.queue.windowQueue({ windowId: estateWindow })).waiting).toBe(1);
    // Another window's staff cannot read this window's queue.
    expect((await refusal(estate.queue.windowQueue({ windowId: window01 }))).code).toBe("FORBIDDEN");

    // Three services of 4 minutes each: the wait now follows them, not the item's average.
    for (let i = 0; i < 3; i++) {
      const t = await staff.queue.callNext({ windowId: window01 });
      expect(t!.ticketId).not.toBe(mine.ticketId);
      env.clock.advance(4 * MINUTE);
      await staff.queue.complete({ ticketId: t!.ticketId, outcome: "done" });
    }
    [view] = await citizen.queue.mine();
    expect(view).toMatchObject({ status: "waiting", ahead: 0, estimatedWaitMinutes: 0 });
    await staff.queue.takeTicket({ itemId: item, military: true });
    [view] = await citizen.queue.mine();
    expect(view).toMatchObject({ ahead: 1, estimatedWaitMinutes: Math.ceil(4 / windowsForItem) });

    // Called: the citizen is told the window.
    const military = await staff.queue.callNext({ windowId: window01 });
    await staff.queue.complete({ ticketId: military!.ticketId, outcome: "done" });
    const called = await staff.queue.callNext({ windowId: window01 });
    expect(called!.ticketId).toBe(mine.ticketId);
    [view] = await citizen.queue.mine();
    expect(view).toMatchObject({ status: "called", ahead: null, estimatedWaitMinutes: null });
    expect(view!.window).toMatchObject({ number: "01" });
    expect(view!.calledAt).not.toBeNull();

    // Done: rated once; the rating page shows the rating given.
    await staff.queue.complete({ ticketId: mine.ticketId, outcome: "done" });
    [view] = await citizen.queue.mine();
    expect(view).toMatchObject({ status: "done", window: null });
    expect(await citizen.rating.ofTicket({ ticketId: mine.ticketId })).toMatchObject({
      number: mine.number,
      rating: null,
      canRate: true,
    });
    await citizen.rating.submit({ ticketId: mine.ticketId, score: 4, comment: "很快" });
    expect(await citizen.rating.ofTicket({ ticketId: mine.ticketId })).toMatchObject({
      rating: { score: 4, comment: "很快" },
      canRate: false,
    });
    // Someone else's ticket is not found, to the rating page as to the rating.
    const other = await env.as("13800000001");
    expect((await refusal(other.rating.ofTicket({ ticketId: mine.ticketId }))).code).toBe("NOT_FOUND");
    expect(await other.queue.mine()).toEqual([]);
  });
});
