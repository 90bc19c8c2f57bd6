import { defaultCalendarEntries } from "@hall/domain";
import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallCalendarEntries } from "../../shared/calendar.ts";
import { hallInScope } from "../../shared/scope.ts";
import { findHallOverride, replaceHallOverride } from "./calendar.repository.ts";
import type { ZListCalendarInput, ZSetCalendarDayInput } from "./schemas.ts";

type Actor = NonNullable<Context["actor"]>;

/** The hall's non-standard days of a year: national holidays and 调休 (chinese-days) with the hall's overrides on top. */
export async function listHallCalendar(ctx: Context, actor: Actor, input: z.infer<typeof ZListCalendarInput>) {
  await hallInScope(ctx.db, actor, input.hallId, "reference.read");
  const national = new Map(defaultCalendarEntries(input.year).map((e) => [e.date, e]));
  const merged = await hallCalendarEntries(ctx.db, input.hallId, input.year);
  return merged.map((e) => ({ ...e, nationalKind: national.get(e.date)?.kind ?? null }));
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
