import { addWorkingDays, dueDateOf } from "@hall/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../../seed/create-admin.ts";
import { hallCalendarLookup } from "../../shared/calendar.ts";
import { countRows, createTestEnv, type TestEnv } from "../../testing/harness.ts";
import { refusal, refusedField } from "../../testing/refusal.ts";

/**
 * Org-level calendar layers (issue #8, layout 3): a city enters 2027 before the national package has it; the hall
 * below inherits it; the county's layer and the hall's own overrides stay on top, in that order.
 */
describe("calendar across the year end", () => {
  let env: TestEnv;
  let cityId: number;
  let countyId: number;
  const orgRows = () =>
    env.h.db
      .selectFrom("org_calendar_overrides")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));

  beforeAll(async () => {
    // Monday 2026-12-28, 09:00 in Asia/Shanghai.
    env = await createTestEnv(new Date("2026-12-28T01:00:00Z"));
    const orgs = await env.h.db.selectFrom("org_units").select(["id", "name"]).execute();
    cityId = orgs.find((o) => o.name === "示范市")!.id;
    countyId = orgs.find((o) => o.name === "示范区")!.id;
    // The city's administrator (the demo's "admin" works for the county, where the hall is).
    await createAdmin(env.h.db, { login: "cityadmin", password: "abc12345", name: "市管理员", orgName: "示范市" });
    await createAdmin(env.h.db, { login: "otheradmin", password: "abc12345", name: "外市管理员", orgName: "另一市" });
  });
  afterAll(() => env.close());

  it("warns a hall that has no holiday schedule for the coming months of next year", async () => {
    const admin = await env.as("admin");
    const overview = await admin.calendar.overview({ hallId: env.hallId, year: 2027 });
    expect(overview.warnings.map((w) => w.month)).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(overview.warnings[0]).toMatchObject({ code: "calendar.no_data_for_month" });
    expect(overview.warnings[0]!.message).toContain("2027-01");
    expect(overview.days).toEqual([]);
    expect(overview.nationalAvailable).toBe(false);
    expect(overview.layers.map((l) => l.orgName)).toEqual(["示范市", "示范区"]);
    // Without 2027 data, 2027-01-01 (a Friday) is bookable like any weekday.
    const days = await env.anon().catalog.days();
    expect(days.find((d) => d.date === "2027-01-01")).toEqual({ date: "2027-01-01", working: true });
  });

  it("lets the city enter 2027 once; the hall below inherits it, under the county's layer and the hall's own days", async () => {
    const city = await env.as("cityadmin", "abc12345");
    expect(await city.calendar.orgList({ orgUnitId: cityId, year: 2027 })).toMatchObject({
      orgName: "示范市",
      source: "org:示范市",
      nationalAvailable: false,
      days: [],
    });
    await city.calendar.orgSet({
      orgUnitId: cityId,
      days: [
        { date: "2027-01-01", kind: "holiday", name: "元旦" },
        { date: "2027-02-06", kind: "holiday", name: "春节" },
        { date: "2027-02-07", kind: "workday", name: "春节调休" },
      ],
    });
    const county = await env.as("admin");
    // The county moves one day of the city's schedule, the hall one more (hall admin's own override).
    await county.calendar.orgSet({
      orgUnitId: countyId,
      days: [{ date: "2027-02-07", kind: "holiday", name: "区调整" }],
    });
    await county.calendar.setDay({ hallId: env.hallId, date: "2027-02-06", kind: "workday", name: "大厅值班" });

    const list = await county.calendar.list({ hallId: env.hallId, year: 2027 });
    expect(list).toEqual([
      { date: "2027-01-01", kind: "holiday", name: "元旦", source: "org:示范市", nationalKind: null },
      { date: "2027-02-06", kind: "workday", name: "大厅值班", source: "hall", nationalKind: null },
      { date: "2027-02-07", kind: "holiday", name: "区调整", source: "org:示范区", nationalKind: null },
    ]);
    const overview = await county.calendar.overview({ hallId: env.hallId, year: 2027 });
    expect(overview.warnings).toEqual([]);
    expect(overview.layers).toEqual([
      { orgUnitId: cityId, orgName: "示范市", source: "org:示范市", days: 3 },
      { orgUnitId: countyId, orgName: "示范区", source: "org:示范区", days: 1 },
    ]);
    // 2026 still comes from the national package.
    const y2026 = await county.calendar.list({ hallId: env.hallId, year: 2026 });
    expect(y2026.find((d) => d.date === "2026-10-01")).toMatchObject({ kind: "holiday", source: "national" });
  });

  it("uses the org-entered 2027 holiday for dates computed on 2026-12-28 (bookings and due dates)", async () => {
    const days = await env.anon().catalog.days();
    expect(days.find((d) => d.date === "2027-01-01")).toEqual({ date: "2027-01-01", working: false, name: "元旦" });
    // The lookup the queue computes due dates with asks for this year only; next year comes with it.
    const lookup = await hallCalendarLookup(env.h.db, env.hallId, [2026]);
    expect(dueDateOf("2026-12-28", 5, lookup)).toBe("2027-01-05");
    expect(addWorkingDays("2026-12-31", 1, lookup)).toBe("2027-01-04");
  });

  it("keeps org layers to the org's own admins and writes nothing when refused", async () => {
    const county = await env.as("admin");
    const other = await env.as("otheradmin", "abc12345");
    const staff = await env.as("staff01");
    const [rows, audits] = [await orgRows(), await countRows(env.h, "audit_log")];
    // The county admin may not change the city's layer above them; another city's admin sees neither.
    const up = await refusal(
      county.calendar.orgSet({ orgUnitId: cityId, days: [{ date: "2027-05-01", kind: "holiday" }] }),
    );
    expect(up.code).toBe("FORBIDDEN");
    expect((await refusal(county.calendar.orgRemove({ orgUnitId: cityId, dates: ["2027-01-01"] }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(other.calendar.orgList({ orgUnitId: cityId, year: 2027 }))).code).toBe("FORBIDDEN");
    expect((await refusal(other.calendar.overview({ hallId: env.hallId, year: 2027 }))).code).toBe("FORBIDDEN");
    expect(
      (await refusal(staff.calendar.orgSet({ orgUnitId: countyId, days: [{ date: "2027-05-01", kind: "holiday" }] })))
        .code,
    ).toBe("FORBIDDEN");
    // Unknown org unit, a date not in the layer, the same date twice: refused, naming the field.
    const missing = await refusal(county.calendar.orgList({ orgUnitId: 999_999, year: 2027 }));
    expect([missing.code, refusedField(missing)]).toEqual(["NOT_FOUND", "orgUnitId"]);
    const notThere = await refusal(
      county.calendar.orgRemove({ orgUnitId: countyId, dates: ["2027-02-07", "2027-03-03"] }),
    );
    expect([notThere.code, refusedField(notThere)]).toEqual(["NOT_FOUND", "dates"]);
    const twice = await refusal(
      county.calendar.orgSet({
        orgUnitId: countyId,
        days: [
          { date: "2027-05-01", kind: "holiday" },
          { date: "2027-05-01", kind: "workday" },
        ],
      }),
    );
    expect([twice.code, refusedField(twice)]).toEqual(["BAD_REQUEST", "days"]);
    expect(await orgRows()).toBe(rows);
    expect(await countRows(env.h, "audit_log")).toBe(audits);
  });

  it("removes days from a layer and audits org-level changes for the org", async () => {
    const city = await env.as("cityadmin", "abc12345");
    expect(await city.calendar.orgRemove({ orgUnitId: cityId, dates: ["2027-02-06"] })).toEqual({
      orgUnitId: cityId,
      removed: ["2027-02-06"],
    });
    expect((await city.calendar.orgList({ orgUnitId: cityId, year: 2027 })).days.map((d) => d.date)).toEqual([
      "2027-01-01",
      "2027-02-07",
    ]);
    const audit = await env.h.db
      .selectFrom("audit_log")
      .select(["action", "org_unit_id", "hall_id"])
      .where("action", "like", "calendar.org_%")
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "calendar.org_set", org_unit_id: cityId, hall_id: null },
      { action: "calendar.org_set", org_unit_id: countyId, hall_id: null },
      { action: "calendar.org_remove", org_unit_id: cityId, hall_id: null },
    ]);
  });
});
