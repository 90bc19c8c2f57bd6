import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

describe("hall reference data (hall admin)", () => {
  let env: TestEnv;
  let admin: Awaited<ReturnType<TestEnv["as"]>>;
  beforeAll(async () => {
    env = await createTestEnv();
    admin = await env.as("admin");
  });
  // A test that moves a clock cannot leak its time into the next one, even when it fails.
  afterEach(() => env.resetClocks());
  afterAll(() => env.close());

  it("lists the demo hall's reference data", async () => {
    const [zones, windows, staff, items, groups] = await Promise.all([
      admin.zones.list({ hallId: env.hallId }),
      admin.windows.list({ hallId: env.hallId }),
      admin.staff.list({ hallId: env.hallId }),
      admin.items.list({ hallId: env.hallId }),
      admin.staff.groups.list({ hallId: env.hallId }),
    ]);
    expect(zones.filter((z) => z.kind === "acceptance_specialty")).toHaveLength(3);
    expect(windows.length).toBeGreaterThanOrEqual(10);
    expect(windows.every((w) => w.postA && w.postB && w.postA.staffId !== w.postB.staffId)).toBe(true);
    expect(staff).toHaveLength(14);
    expect(staff[0]!.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.every((i) => i.materials.length > 0)).toBe(true);
    expect(groups).toHaveLength(3);
  });

  it("creates and updates a window, writing both to the audit log", async () => {
    const zones = await admin.zones.list({ hallId: env.hallId });
    const general = zones.find((z) => z.kind === "acceptance_general")!;
    const auditBefore = await countRows(env.h, "audit_log");
    const w = await admin.windows.create({
      hallId: env.hallId,
      zoneId: general.id,
      number: "20",
      name: "综合受理20号窗口",
      type: "general",
    });
    expect(w).toMatchObject({ number: "20", type: "general", active: true });
    const u = await admin.windows.update({ id: w.id, name: "综合受理二十号窗口", active: false });
    expect(u).toMatchObject({ name: "综合受理二十号窗口", active: false });
    expect(await countRows(env.h, "audit_log")).toBe(auditBefore + 2);
    const log = await admin.audit.list({ hallId: env.hallId, limit: 2 });
    expect(log.map((l) => l.action)).toEqual(["window.update", "window.create"]);
    expect(log[0]!.before).toMatchObject({ name: "综合受理20号窗口", active: true });
    expect(log[0]!.after).toMatchObject({ active: false });
    expect(log[0]!.actorName).toContain("林海");
  });

  it("refuses a duplicate window number and writes nothing", async () => {
    const zones = await admin.zones.list({ hallId: env.hallId });
    const before = await countRows(env.h, "windows");
    const e = await refusal(
      admin.windows.create({ hallId: env.hallId, zoneId: zones[0]!.id, number: "01", name: "重复", type: "general" }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(refusedField(e)).toBe("number");
    expect(await countRows(env.h, "windows")).toBe(before);
  });

  it("allows at most 6 specialty zones (HN §一(二)); the 7th is refused", async () => {
    for (const [i, p] of ["E", "F", "G"].entries()) {
      await admin.zones.create({ hallId: env.hallId, kind: "acceptance_specialty", name: `专业区${i}`, prefix: p });
    }
    const before = await countRows(env.h, "zones");
    const e = await refusal(
      admin.zones.create({ hallId: env.hallId, kind: "acceptance_specialty", name: "第七个专业区", prefix: "J" }),
    );
    expect(e.code).toBe("BAD_REQUEST");
    expect(refusedField(e)).toBe("kind");
    expect(e.message).toContain("最多设置6个");
    expect(await countRows(env.h, "zones")).toBe(before);
    // Turning an existing general zone into a 7th specialty zone is refused too.
    const consult = (await admin.zones.list({ hallId: env.hallId })).find((z) => z.kind === "consultation")!;
    await refusal(admin.zones.update({ id: consult.id, kind: "acceptance_specialty" }));
  });

  it("races: concurrent creates never exceed the specialty-zone limit", async () => {
    const zones = await admin.zones.list({ hallId: env.hallId });
    // Free two places by retiring two specialty zones, then race 6 creates for them.
    const specialty = zones.filter((z) => z.kind === "acceptance_specialty" && z.active);
    for (const z of specialty.slice(0, 2)) await admin.zones.update({ id: z.id, active: false });
    const results = await Promise.allSettled(
      ["K", "M", "N", "P", "Q", "R"].map((p) =>
        admin.zones.create({ hallId: env.hallId, kind: "acceptance_specialty", name: `并发专业区${p}`, prefix: p }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const active = (await admin.zones.list({ hallId: env.hallId })).filter(
      (z) => z.kind === "acceptance_specialty" && z.active,
    );
    expect(active).toHaveLength(6);
  });

  it("allows an item-specific window only for an instant item", async () => {
    const [zones, items] = await Promise.all([
      admin.zones.list({ hallId: env.hallId }),
      admin.items.list({ hallId: env.hallId }),
    ]);
    const notInstant = items.find((i) => !i.instant)!;
    const instant = items.find((i) => i.instant)!;
    const e = await refusal(
      admin.windows.create({
        hallId: env.hallId,
        zoneId: zones[0]!.id,
        number: "30",
        name: "专窗",
        type: "specialty",
        itemId: notInstant.id,
      }),
    );
    expect(refusedField(e)).toBe("itemId");
    await expect(
      admin.windows.create({
        hallId: env.hallId,
        zoneId: zones[0]!.id,
        number: "30",
        name: "专窗",
        type: "specialty",
        itemId: instant.id,
      }),
    ).resolves.toMatchObject({ itemId: instant.id });
  });

  it("creates a service item with materials and replaces them on update", async () => {
    const item = await admin.items.create({
      hallId: env.hallId,
      code: "TEST-001",
      name: "测试事项",
      department: "测试局",
      promisedDays: 5,
      materials: [{ name: "申请表" }, { name: "身份证明", waivable: true }],
    });
    expect(item.materials.map((m) => [m.name, m.waivable])).toEqual([
      ["申请表", false],
      ["身份证明", true],
    ]);
    const updated = await admin.items.update({ id: item.id, materials: [{ name: "新申请表", copies: 2 }] });
    expect(updated.materials).toMatchObject([{ name: "新申请表", copies: 2 }]);
    const e = await refusal(admin.items.update({ id: item.id, materials: [{ name: "" }] }));
    expect(refusedField(e)).toBe("materials.0.name");
    expect((await admin.items.list({ hallId: env.hallId })).find((i) => i.id === item.id)!.materials).toHaveLength(1);
  });

  it("validates staff ID numbers and masks them", async () => {
    const e = await refusal(
      admin.staff.create({
        hallId: env.hallId,
        name: "新同事",
        employeeNo: "S099",
        employmentType: "dispatched",
        idNumber: "410102199001011230",
      }),
    );
    expect(refusedField(e)).toBe("idNumber");
    const s = await admin.staff.create({
      hallId: env.hallId,
      name: "新同事",
      employeeNo: "S099",
      employmentType: "dispatched",
      idNumber: "11010519491231002x",
    });
    expect(s.idNumberMasked).toBe("1101**********002X");
    expect(JSON.stringify(s)).not.toContain("11010519491231002X");
  });

  it("keeps AB posts distinct", async () => {
    const windows = await admin.windows.list({ hallId: env.hallId });
    const w = windows.find((x) => x.number === "01")!;
    const e = await refusal(admin.windows.setPost({ windowId: w.id, position: "B", staffId: w.postA!.staffId }));
    expect(refusedField(e)).toBe("staffId");
    const after = (await admin.windows.list({ hallId: env.hallId })).find((x) => x.number === "01")!;
    expect(after.postB).toEqual(w.postB);
  });

  it("overrides the national calendar for the hall", async () => {
    const national = await admin.calendar.list({ hallId: env.hallId, year: 2026 });
    expect(national.find((d) => d.date === "2026-10-01")).toMatchObject({ kind: "holiday", source: "national" });
    expect(national.find((d) => d.date === "2026-10-10")).toMatchObject({ kind: "workday" });
    await admin.calendar.setDay({ hallId: env.hallId, date: "2026-12-24", kind: "holiday", name: "大厅设备检修" });
    const after = await admin.calendar.list({ hallId: env.hallId, year: 2026 });
    expect(after.find((d) => d.date === "2026-12-24")).toMatchObject({
      kind: "holiday",
      source: "hall",
      nationalKind: null,
    });
    // The public booking horizon shows the hall's closure by name.
    env.clock.set(new Date("2026-12-20T01:00:00Z"));
    const days = await env.anon().catalog.days({ hallId: env.hallId });
    expect(days.find((d) => d.date === "2026-12-24")).toEqual({
      date: "2026-12-24",
      working: false,
      name: "大厅设备检修",
    });
    // chinese-days 1.5.7 has no 2027 data yet: until it does, New Year's Day 2027 is a working day unless the hall
    // enters it (see docs/operations.md).
    expect(days.find((d) => d.date === "2027-01-01")).toEqual({ date: "2027-01-01", working: true });
    env.clock.set(new Date("2026-11-23T01:00:00Z"));
    const e = await refusal(admin.calendar.setDay({ hallId: env.hallId, date: "2026-02-30", kind: "holiday" }));
    expect(refusedField(e)).toBe("date");
  });

  it("creates an org unit only one level below its parent", async () => {
    const orgs = await admin.org.list();
    const county = orgs.find((o) => o.level === "county")!;
    const town = await admin.org.create({ parentId: county.id, level: "township", name: "东城街道" });
    expect(town.path).toBe(`${county.path}${town.id}/`);
    const e = await refusal(admin.org.create({ parentId: county.id, level: "village", name: "跳级社区" }));
    expect(refusedField(e)).toBe("level");
  });

  it("manages hall accounts and refuses creating citizens here", async () => {
    const e = await refusal(
      admin.users.create({
        hallId: env.hallId,
        login: "newcitizen",
        name: "甲",
        password: "abc12345",
        roles: ["citizen"],
      }),
    );
    expect(refusedField(e)).toBe("roles.0");
    const u = await admin.users.create({
      hallId: env.hallId,
      login: "trainer2",
      name: "新培训师",
      password: "abc12345",
      roles: ["trainer"],
    });
    expect(u.roles).toEqual(["trainer"]);
    const t2 = await env.as("trainer2", "abc12345");
    expect((await t2.auth.me()).roles).toEqual(["trainer"]);
    await admin.users.update({ id: u.id, active: false });
    expect((await refusal(env.anon().auth.login({ login: "trainer2", password: "abc12345" }))).code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("validates opening hours in hall settings", async () => {
    const e = await refusal(
      admin.halls.updateSettings({
        hallId: env.hallId,
        settings: { openingHours: [{ start: "13:00", end: "12:00" }] },
      }),
    );
    expect(refusedField(e)).toBe("openingHours");
    const s = await admin.halls.updateSettings({
      hallId: env.hallId,
      settings: {
        openingHours: [
          { start: "08:30", end: "12:00" },
          { start: "14:00", end: "17:30" },
        ],
      },
    });
    expect(s.openingHours[0]).toEqual({ start: "08:30", end: "12:00" });
  });

  it("changes a hall's booking rules; the public catalogue follows", async () => {
    const e = await refusal(
      admin.halls.updateSettings({ hallId: env.hallId, settings: { booking: { slotMinutes: 0 } } }),
    );
    expect(refusedField(e)).toBe("settings.booking.slotMinutes");
    const s = await admin.halls.updateSettings({ hallId: env.hallId, settings: { booking: { maxDaysAhead: 7 } } });
    expect(s.booking).toMatchObject({ maxDaysAhead: 7, slotMinutes: 30, cancelDeadlineMinutes: 30 });
    expect(await env.anon().catalog.days({ hallId: env.hallId })).toHaveLength(8);
    // Other settings stay as they were.
    expect((await admin.halls.get({ id: env.hallId })).settings.openingHours[0]).toEqual({
      start: "08:30",
      end: "12:00",
    });
  });
});
