import { idNumberCheckDigit } from "@hall/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../../seed/create-admin.ts";
import { countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

const idOf = (first17: string) => first17 + idNumberCheckDigit(first17);

// The harness clock starts on Monday 2026-11-23 09:00 in Asia/Shanghai.
describe("priority from an ID number counts once it is verified", () => {
  let env: TestEnv;
  let walkInItem: number; // 个体工商户设立登记, 综合受理区 (prefix A)
  let window01: number;
  beforeAll(async () => {
    env = await createTestEnv();
    walkInItem = (await env.anon().catalog.items.list()).find((i) => i.code === "SC-002")!.id;
    window01 = (await (await env.as("admin")).windows.list({ hallId: env.hallId })).find((w) => w.number === "01")!.id;
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  /** Someone registers with an elder's ID number (born 1950): anyone could type it. */
  const elderNumber = idOf("41010219500305401");
  async function registerAsElder(phone: string, idNumber = elderNumber) {
    await env.anon().auth.register({ phone, password: "abc12345", name: "自称老人", idNumber });
    return env.as(phone, "abc12345");
  }

  it("does not call an unverified elder first; after the clerk checks the card, the elder is called first", async () => {
    const staff = await env.as("staff01");
    const citizen = await registerAsElder("13900004001");
    const n1 = await staff.queue.takeTicket({ itemId: walkInItem });
    const n2 = await staff.queue.takeTicket({ itemId: walkInItem });
    const elder = await citizen.queue.takeTicket({ itemId: walkInItem });
    const ticketRow = async (id: number) =>
      env.h.db.selectFrom("tickets").select(["priority", "status"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect((await ticketRow(elder.ticketId)).priority).toBe("normal");

    // Not first: the two walk-ins who came earlier go before.
    const first = await staff.queue.callNext({ windowId: window01 });
    expect(first!.ticketId).toBe(n1.ticketId);
    await staff.queue.complete({ ticketId: n1.ticketId, outcome: "done" });

    // A card that is not the account's verifies nothing and changes nothing.
    const audits = await countRows(env.h, "audit_log");
    const wrong = await refusal(
      staff.queue.verifyIdentity({ ticketId: elder.ticketId, idNumber: idOf("41010219500305412") }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(refusedField(wrong)).toBe("idNumber");
    expect((wrong.cause as { key?: string }).key).toBe("identity.card_mismatch");
    expect(await countRows(env.h, "audit_log")).toBe(audits);
    expect((await citizen.auth.me()).idVerification).toBeNull();

    // The right card (typed in lower case, as a reader may give it): verified at the counter, audited.
    const verified = await staff.queue.verifyIdentity({
      ticketId: elder.ticketId,
      idNumber: elderNumber.toLowerCase(),
    });
    expect(verified).toMatchObject({ ticketId: elder.ticketId, priority: "elderly", alreadyVerified: false });
    expect((await citizen.auth.me()).idVerification).toBe("counter");
    const row = await env.h.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "identity.verify")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ hall_id: env.hallId, entity: "user" });
    expect(row.after).toMatchObject({ idVerification: "counter", ticket: elder.number, priority: "elderly" });
    expect(JSON.stringify(row)).not.toContain(elderNumber);

    // Now before n2, who came earlier.
    const second = await staff.queue.callNext({ windowId: window01 });
    expect(second!.ticketId).toBe(elder.ticketId);
    await staff.queue.complete({ ticketId: elder.ticketId, outcome: "done" });
    // Verified once, for every later ticket too.
    const later = await citizen.queue.takeTicket({ itemId: walkInItem });
    expect((await ticketRow(later.ticketId)).priority).toBe("elderly");
    // Verifying again changes nothing.
    await expect(
      staff.queue.verifyIdentity({ ticketId: later.ticketId, idNumber: elderNumber }),
    ).resolves.toMatchObject({ priority: "elderly", alreadyVerified: true });
    await staff.queue
      .callNext({ windowId: window01 })
      .then((t) => staff.queue.complete({ ticketId: t!.ticketId, outcome: "done" }));
    const rest = await staff.queue.callNext({ windowId: window01 });
    expect(rest!.ticketId).toBe(n2.ticketId);
    await staff.queue.complete({ ticketId: n2.ticketId, outcome: "done" });
  });

  it("follows the account at check-in too: 孙立军 (born 1954, card not yet checked) is normal, 赵建华 (checked) elderly", async () => {
    const social = (await env.anon().catalog.items.list()).find((i) => i.code === "SB-003")!;
    const unverified = await env.as("13800000003");
    const verified = await env.as("13800000001");
    const book = (c: typeof verified) =>
      c.booking.create({ itemId: social.id, start: "2026-11-23T10:00:00+08:00", materialsConfirmed: true });
    const [a, b] = [await book(unverified), await book(verified)];
    env.clock.set(new Date("2026-11-23T01:40:00Z")); // 09:40: check-in of the 10:00 slot is open
    try {
      const staff = await env.as("staff08");
      const ta = await unverified.queue.checkIn({ bookingId: a.id });
      const tb = await staff.queue.checkIn({ code: b.code });
      const rows = await env.h.db
        .selectFrom("tickets")
        .select(["id", "priority"])
        .where("id", "in", [ta.ticketId, tb.ticketId])
        .execute();
      const priorityOf = (id: number) => rows.find((r) => r.id === id)!.priority;
      expect([priorityOf(ta.ticketId), priorityOf(tb.ticketId)]).toEqual(["normal", "elderly"]);
    } finally {
      env.clock.set(new Date("2026-11-23T01:00:00Z"));
    }
  });

  it("keeps a clerk's walk-in ID number (entered from the card) effective at once", async () => {
    const staff = await env.as("staff01");
    const t = await staff.queue.takeTicket({ itemId: walkInItem, idNumber: elderNumber });
    const row = await env.h.db.selectFrom("tickets").select("priority").where("id", "=", t.ticketId).executeTakeFirst();
    expect(row!.priority).toBe("elderly");
    // A walk-in has no account to verify.
    const e = await refusal(staff.queue.verifyIdentity({ ticketId: t.ticketId, idNumber: elderNumber }));
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("ticketId");
    await staff.queue
      .callNext({ windowId: window01 })
      .then((x) => staff.queue.complete({ ticketId: x!.ticketId, outcome: "done" }));
  });

  it("lets only counter staff of the ticket's hall verify", async () => {
    const citizen = await registerAsElder("13900004002", idOf("41010219500305423"));
    const t = await citizen.queue.takeTicket({ itemId: walkInItem });
    const own = await refusal(
      citizen.queue.verifyIdentity({ ticketId: t.ticketId, idNumber: idOf("41010219500305423") }),
    );
    expect(own.code).toBe("FORBIDDEN");
    await createAdmin(env.h.db, { login: "otheradmin", password: "abc12345", name: "外市管理员", orgName: "另一市" });
    const other = await env.as("otheradmin", "abc12345");
    const e = await refusal(other.queue.verifyIdentity({ ticketId: t.ticketId, idNumber: idOf("41010219500305423") }));
    expect(e.code).toBe("FORBIDDEN");
    expect((await citizen.auth.me()).idVerification).toBeNull();
    const missing = await refusal(
      (await env.as("staff01")).queue.verifyIdentity({ ticketId: 2_000_000_000, idNumber: elderNumber }),
    );
    expect(missing.code).toBe("NOT_FOUND");
  });
});
