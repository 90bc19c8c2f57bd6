import { DomainError, defaultCalendarEntries, orgCalendarSource, shanghaiDate, translate } from "@hall/domain";
import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallCalendar, hallCalendarGaps, hallOrgChain } from "../../shared/calendar.ts";
import { hallInScope, orgUnitInScope } from "../../shared/scope.ts";
import {
  deleteOrgDays,
  findHallOverride,
  findOrgDays,
  listOrgDays,
  replaceHallOverride,
  upsertOrgDays,
} from "./calendar.repository.ts";
import type {
  ZCalendarOverviewInput,
  ZListCalendarInput,
  ZListOrgCalendarInput,
  ZRemoveOrgCalendarDaysInput,
  ZSetCalendarDayInput,
  ZSetOrgCalendarDaysInput,
} from "./schemas.ts";

type Actor = NonNullable<Context["actor"]>;

const nationalKinds = (year: number) => new Map(defaultCalendarEntries(year).map((e) => [e.date, e.kind]));

/**
 * The hall's non-standard days of a year, each with where it comes from: the national data (chinese-days), an org
 * unit's layer ("org:<name>") or the hall's own override.
 */
async function hallDays(ctx: Context, hallId: number, year: number) {
  const national = nationalKinds(year);
  const { entries, orgLayers } = await hallCalendar(ctx.db, hallId, [year]);
  return {
    orgLayers,
    days: entries.map((e) => ({ ...e, nationalKind: national.get(e.date) ?? null })),
  };
}

export async function listHallCalendar(ctx: Context, actor: Actor, input: z.infer<typeof ZListCalendarInput>) {
  await hallInScope(ctx.db, actor, input.hallId, "reference.read");
  return (await hallDays(ctx, input.hallId, input.year)).days;
}

/**
 * The hall's calendar of a year as the admin screen shows it: the days with their sources, the org units whose layers
 * apply (root first) and warnings for the coming months without a holiday schedule.
 */
export async function hallCalendarOverview(ctx: Context, actor: Actor, input: z.infer<typeof ZCalendarOverviewInput>) {
  await hallInScope(ctx.db, actor, input.hallId, "reference.read");
  const [{ days, orgLayers }, chain, gaps] = await Promise.all([
    hallDays(ctx, input.hallId, input.year),
    hallOrgChain(ctx.db, input.hallId),
    hallCalendarGaps(ctx.db, input.hallId, shanghaiDate(ctx.clock.now())),
  ]);
  const daysOf = new Map(orgLayers.map((l) => [l.orgUnitId, l.entries.length]));
  return {
    hallId: input.hallId,
    year: input.year,
    /** Whether the national package has this year at all (if not, org layers are what the hall relies on). */
    nationalAvailable: defaultCalendarEntries(input.year).length > 0,
    days,
    layers: chain.map((o) => ({
      orgUnitId: o.id,
      orgName: o.name,
      source: orgCalendarSource(o.name),
      days: daysOf.get(o.id) ?? 0,
    })),
    warnings: gaps.map((month) => ({
      code: "calendar.no_data_for_month" as const,
      month,
      message: translate("calendar.no_data_for_month", ctx.locale, { month }),
    })),
  };
}

export async function setHallCalendarDay(ctx: Context, actor: Actor, input: z.infer<typeof ZSetCalendarDayInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "reference.write");
    const before = await findHallOverride(tx, input.hallId, input.date);
    const after = input.kind ? { date: input.date, kind: input.kind, name: input.name ?? null } : null;
    await replaceHallOverride(tx, input.hallId, input.date, after);
    await audit(tx, ctx, {
      action: "calendar.set",
      entity: "calendar_day",
      entityId: input.date,
      hallId: input.hallId,
      before: before ?? null,
      after,
    });
    return { date: input.date, kind: input.kind };
  });
}

/** An org unit's own calendar layer of a year (what it entered; every hall below inherits it). */
export async function listOrgCalendar(ctx: Context, actor: Actor, input: z.infer<typeof ZListOrgCalendarInput>) {
  const org = await orgUnitInScope(ctx.db, actor, input.orgUnitId, "reference.read", { field: "orgUnitId" });
  const national = nationalKinds(input.year);
  const days = await listOrgDays(ctx.db, org.id, input.year);
  return {
    orgUnitId: org.id,
    orgName: org.name,
    year: input.year,
    source: orgCalendarSource(org.name),
    /** Whether the national package has this year at all (if not, this layer is what the halls below rely on). */
    nationalAvailable: national.size > 0,
    days: days.map((d) => ({
      date: d.date,
      kind: d.kind,
      name: d.name,
      nationalKind: national.get(d.date) ?? null,
    })),
  };
}

/** Sets days of an org unit's calendar layer (e.g. next year's national schedule, entered once). */
export async function setOrgCalendarDays(ctx: Context, actor: Actor, input: z.infer<typeof ZSetOrgCalendarDaysInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const org = await orgUnitInScope(tx, actor, input.orgUnitId, "reference.write", {
      field: "orgUnitId",
      forUpdate: true,
    });
    const days = input.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? null }));
    const before = await findOrgDays(
      tx,
      org.id,
      days.map((d) => d.date),
    );
    await upsertOrgDays(tx, org.id, days);
    await audit(tx, ctx, {
      action: "calendar.org_set",
      entity: "org_calendar",
      entityId: org.id,
      orgUnitId: org.id,
      before,
      after: days,
    });
    return { orgUnitId: org.id, days };
  });
}

/** Removes days from an org unit's calendar layer; every date must be in the layer, else nothing is removed. */
export async function removeOrgCalendarDays(
  ctx: Context,
  actor: Actor,
  input: z.infer<typeof ZRemoveOrgCalendarDaysInput>,
) {
  return ctx.db.transaction().execute(async (tx) => {
    const org = await orgUnitInScope(tx, actor, input.orgUnitId, "reference.write", {
      field: "orgUnitId",
      forUpdate: true,
    });
    const before = await findOrgDays(tx, org.id, input.dates);
    if (before.length !== input.dates.length) {
      throw new DomainError("NOT_FOUND", "calendar.org_day_not_found", { field: "dates" });
    }
    const removed = await deleteOrgDays(tx, org.id, input.dates);
    await audit(tx, ctx, {
      action: "calendar.org_remove",
      entity: "org_calendar",
      entityId: org.id,
      orgUnitId: org.id,
      before,
      after: null,
    });
    return { orgUnitId: org.id, removed };
  });
}
