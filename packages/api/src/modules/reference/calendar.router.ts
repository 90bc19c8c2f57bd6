import { type CalendarEntry, defaultCalendarEntries } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { hallCalendarEntries } from "../../shared/calendar.ts";
import { zDate, zId } from "../../shared/schemas.ts";
import { hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

export const ZListCalendarInput = z.object({ hallId: zId, year: z.number().int().min(2000).max(2100) });
export const ZSetCalendarDayInput = z.object({
  hallId: zId,
  date: zDate,
  /** null removes the hall's override, falling back to the national calendar. */
  kind: z.enum(["holiday", "workday"]).nullable(),
  name: z.string().trim().max(50).nullish(),
});

export const calendarRouter = router({
  /** The hall's non-standard days of a year: national holidays and 调休 (chinese-days) with the hall's overrides on top. */
  list: permittedProcedure("reference.read")
    .input(ZListCalendarInput)
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
      const national = new Map(defaultCalendarEntries(input.year).map((e) => [e.date, e]));
      const merged = await hallCalendarEntries(ctx.db, input.hallId, input.year);
      return merged.map((e: CalendarEntry & { source: "national" | "hall" }) => ({
        ...e,
        nationalKind: national.get(e.date)?.kind ?? null,
      }));
    }),

  setDay: permittedProcedure("reference.write")
    .input(ZSetCalendarDayInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        await hallInScope(tx, ctx.actor, input.hallId, "reference.write");
        const before = await tx
          .selectFrom("calendar_overrides")
          .selectAll()
          .where("hall_id", "=", input.hallId)
          .where("date", "=", input.date)
          .executeTakeFirst();
        await tx
          .deleteFrom("calendar_overrides")
          .where("hall_id", "=", input.hallId)
          .where("date", "=", input.date)
          .execute();
        if (input.kind) {
          await tx
            .insertInto("calendar_overrides")
            .values({ hall_id: input.hallId, date: input.date, kind: input.kind, name: input.name ?? null })
            .execute();
        }
        const after = input.kind ? { date: input.date, kind: input.kind, name: input.name ?? null } : null;
        await audit(tx, ctx, {
          action: "calendar.set",
          entity: "calendar_day",
          entityId: input.date,
          hallId: input.hallId,
          before: before ?? null,
          after,
        });
        return { date: input.date, kind: input.kind };
      }),
    ),
});
