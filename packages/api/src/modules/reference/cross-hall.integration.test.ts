import { insertOrgUnit } from "@hall/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../../seed/create-admin.ts";
import { createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

/**
 * Issue #8, security 5: every id a procedure of the reference and booking modules is given is checked against the
 * caller's org scope (and a reference to another row against the row's own hall), not only the main one. A second
 * hall is made beside the demo hall; each id-taking procedure is fed one of its ids and must refuse with nothing
 * written.
 */
const TABLES = [
  "org_units",
  "halls",
  "zones",
  "windows",
  "window_posts",
  "staff",
  "staff_groups",
  "service_items",
  "service_item_materials",
  "calendar_overrides",
  "org_calendar_overrides",
  "booking_slots",
  "bookings",
  "audit_log",
] as const;

type AnyCaller = Record<string, unknown>;
function call(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as AnyCaller)[key], caller);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

describe("ids of another hall", () => {
  let env: TestEnv;
  /** The demo hall (A), under the county 示范区, and its rows. */
  const a = { hallId: 0, orgId: 0, zoneId: 0, windowId: 0, staffId: 0, groupId: 0, itemId: 0, instantItemId: 0 };
  /** The second hall (B), under a sibling county 另一区 of the same city. */
  const b = { ...a };
  let cityId = 0;

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of TABLES) {
      const r = await env.h.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  };

  beforeAll(async () => {
    env = await createTestEnv();
    const db = env.h.db;
    a.hallId = env.hallId;
    const hallA = await db
      .selectFrom("halls")
      .select("org_unit_id")
      .where("id", "=", a.hallId)
      .executeTakeFirstOrThrow();
    a.orgId = hallA.org_unit_id;
    const city = await db.selectFrom("org_units").selectAll().where("name", "=", "示范市").executeTakeFirstOrThrow();
    cityId = city.id;
    a.zoneId = (await db.selectFrom("zones").select("id").where("hall_id", "=", a.hallId).executeTakeFirstOrThrow()).id;
    a.windowId = (
      await db.selectFrom("windows").select("id").where("hall_id", "=", a.hallId).executeTakeFirstOrThrow()
    ).id;
    a.staffId = (
      await db.selectFrom("staff").select("id").where("hall_id", "=", a.hallId).executeTakeFirstOrThrow()
    ).id;
    a.groupId = (
      await db.selectFrom("staff_groups").select("id").where("hall_id", "=", a.hallId).executeTakeFirstOrThrow()
    ).id;
    const items = await db
      .selectFrom("service_items")
      .select(["id", "instant"])
      .where("hall_id", "=", a.hallId)
      .execute();
    a.itemId = items.find((i) => !i.instant)!.id;
    a.instantItemId = items.find((i) => i.instant)!.id;

    // Hall B: its own org unit, zone, window with an A post, staff, group and items.
    const county = await insertOrgUnit(db, { parent: city, level: "county", name: "另一区" });
    b.orgId = county.id;
    b.hallId = (
      await db
        .insertInto("halls")
        .values({ org_unit_id: county.id, name: "另一区政务服务中心", address: null, phone: null, settings: "{}" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    b.zoneId = (
      await db
        .insertInto("zones")
        .values({ hall_id: b.hallId, kind: "acceptance_general", name: "综合受理区", prefix: "A" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const item = (instant: boolean, code: string) =>
      db
        .insertInto("service_items")
        .values({
          hall_id: b.hallId,
          zone_id: b.zoneId,
          code,
          name: `乙厅事项${code}`,
          department: "乙局",
          promised_days: 3,
          instant,
          bookable: true,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
    b.itemId = (await item(false, "B-1")).id;
    b.instantItemId = (await item(true, "B-2")).id;
    b.groupId = (
      await db
        .insertInto("staff_groups")
        .values({ hall_id: b.hallId, name: "乙厅一组", leader_staff_id: null })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    b.staffId = (
      await db
        .insertInto("staff")
        .values({ hall_id: b.hallId, name: "乙厅员工", employee_no: "B001", employment_type: "civil_servant" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    b.windowId = (
      await db
        .insertInto("windows")
        .values({ hall_id: b.hallId, zone_id: b.zoneId, number: "01", name: "乙厅1号窗口", type: "general" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    await db.insertInto("window_posts").values({ window_id: b.windowId, position: "A", staff_id: b.staffId }).execute();
    // A city admin: in scope of both halls, so only the same-hall rule can refuse a cross-hall link.
    await createAdmin(db, { login: "cityadmin", password: "abc12345", name: "市管理员", orgName: "示范市" });
  });
  afterAll(() => env.close());

  it("refuses the demo hall's admin every procedure given an id of the other hall, writing nothing", async () => {
    const admin = await env.as("admin"); // hall A's admin: scope 示范区, not 另一区
    const start = "2026-11-24T09:00:00+08:00";
    const cases: [string, unknown][] = [
      ["halls.get", { id: b.hallId }],
      ["halls.update", { id: b.hallId, name: "改名" }],
      ["halls.updateSettings", { hallId: b.hallId, settings: { maxSpecialtyZones: 2 } }],
      ["halls.create", { orgUnitId: b.orgId, name: "越权大厅" }],
      ["org.create", { parentId: b.orgId, level: "township", name: "越权街道" }],
      ["org.update", { id: b.orgId, name: "改名" }],
      ["zones.list", { hallId: b.hallId }],
      ["zones.create", { hallId: b.hallId, kind: "acceptance_general", name: "越权", prefix: "Z" }],
      ["zones.update", { id: b.zoneId, name: "改名" }],
      ["windows.list", { hallId: b.hallId }],
      ["windows.create", { hallId: b.hallId, zoneId: b.zoneId, number: "99", name: "越权", type: "general" }],
      ["windows.update", { id: b.windowId, name: "改名" }],
      ["windows.setPost", { windowId: b.windowId, position: "B", staffId: null }],
      ["staff.list", { hallId: b.hallId }],
      ["staff.create", { hallId: b.hallId, name: "越权", employeeNo: "X1", employmentType: "civil_servant" }],
      ["staff.update", { id: b.staffId, name: "改名" }],
      ["staff.groups.list", { hallId: b.hallId }],
      ["staff.groups.create", { hallId: b.hallId, name: "越权组" }],
      ["staff.groups.update", { id: b.groupId, name: "改名" }],
      ["items.list", { hallId: b.hallId }],
      [
        "items.create",
        { hallId: b.hallId, code: "X-1", name: "越权事项", department: "局", promisedDays: 1, materials: [] },
      ],
      ["items.update", { id: b.itemId, name: "改名" }],
      ["calendar.list", { hallId: b.hallId, year: 2026 }],
      ["calendar.overview", { hallId: b.hallId, year: 2026 }],
      ["calendar.setDay", { hallId: b.hallId, date: "2026-12-24", kind: "holiday" }],
      ["calendar.orgList", { orgUnitId: b.orgId, year: 2027 }],
      ["calendar.orgSet", { orgUnitId: b.orgId, days: [{ date: "2027-01-01", kind: "holiday" }] }],
      ["calendar.orgRemove", { orgUnitId: b.orgId, dates: ["2027-01-01"] }],
      ["audit.list", { hallId: b.hallId }],
      ["booking.overrideCapacity", { itemId: b.itemId, start, capacity: 5 }],
      ["booking.day", { hallId: b.hallId, date: "2026-11-24" }],
    ];
    const before = await counts();
    for (const [path, input] of cases) {
      const e = await refusal(call(admin, path, input));
      expect(e.code, path).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses links from one hall's rows to another hall's, even for an admin of both", async () => {
    const city = await env.as("cityadmin", "abc12345");
    const cases: [string, unknown, string][] = [
      [
        "items.create",
        { hallId: a.hallId, zoneId: b.zoneId, code: "X-2", name: "跨厅", department: "局", promisedDays: 1 },
        "zoneId",
      ],
      ["items.update", { id: a.itemId, zoneId: b.zoneId }, "zoneId"],
      ["windows.create", { hallId: a.hallId, zoneId: b.zoneId, number: "98", name: "跨厅", type: "general" }, "zoneId"],
      [
        "windows.create",
        { hallId: a.hallId, zoneId: a.zoneId, number: "97", name: "跨厅", type: "general", itemId: b.instantItemId },
        "itemId",
      ],
      ["windows.update", { id: a.windowId, zoneId: b.zoneId }, "zoneId"],
      ["windows.update", { id: a.windowId, itemId: b.instantItemId }, "itemId"],
      ["windows.setPost", { windowId: a.windowId, position: "B", staffId: b.staffId }, "staffId"],
      ["windows.setPost", { windowId: b.windowId, position: "B", staffId: a.staffId }, "staffId"],
      [
        "staff.create",
        { hallId: a.hallId, name: "跨厅", employeeNo: "X2", employmentType: "civil_servant", groupId: b.groupId },
        "groupId",
      ],
      ["staff.update", { id: a.staffId, groupId: b.groupId }, "groupId"],
      ["staff.groups.create", { hallId: a.hallId, name: "跨厅组", leaderStaffId: b.staffId }, "leaderStaffId"],
      ["staff.groups.update", { id: a.groupId, leaderStaffId: b.staffId }, "leaderStaffId"],
    ];
    const before = await counts();
    for (const [path, input, field] of cases) {
      const e = await refusal(call(city, path, input));
      expect([e.code, refusedField(e)], path).toEqual(["BAD_REQUEST", field]);
    }
    expect(await counts()).toEqual(before);
    // The same links inside one hall work for that admin (the refusals above are about the hall, not the admin).
    await expect(city.staff.update({ id: b.staffId, groupId: b.groupId })).resolves.toMatchObject({
      groupId: b.groupId,
    });
  });

  it("keeps a citizen's booking from another citizen and counter staff from another hall's day", async () => {
    const citizen = await env.as("13800000001");
    const other = await env.as("13800000002");
    const slots = await env.anon().booking.slots({ itemId: a.itemId, date: "2026-11-24" });
    const booking = await citizen.booking.create({
      itemId: a.itemId,
      start: slots.find((s) => s.open && s.available > 0)!.start,
      materialsConfirmed: true,
    });
    const staff = await env.as("staff01");
    const before = await counts();
    expect((await refusal(other.booking.cancel({ id: booking.id }))).code).toBe("NOT_FOUND");
    const later = slots.filter((s) => s.open && s.available > 0)[1]!.start;
    expect((await refusal(other.booking.reschedule({ id: booking.id, start: later }))).code).toBe("NOT_FOUND");
    expect((await refusal(staff.booking.day({ hallId: b.hallId, date: "2026-11-24" }))).code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("scopes org units: a county admin cannot hang a hall or an org layer under the city above", async () => {
    const admin = await env.as("admin");
    const before = await counts();
    expect((await refusal(admin.halls.create({ orgUnitId: cityId, name: "越级大厅" }))).code).toBe("FORBIDDEN");
    expect((await refusal(admin.org.update({ id: cityId, name: "改名" }))).code).toBe("FORBIDDEN");
    const missing = await refusal(admin.halls.create({ orgUnitId: 2_000_000_000, name: "无此机构" }));
    expect([missing.code, refusedField(missing)]).toEqual(["NOT_FOUND", "orgUnitId"]);
    expect(await counts()).toEqual(before);
  });
});
