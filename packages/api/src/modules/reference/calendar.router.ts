import { permittedProcedure, router } from "../../trpc.ts";
import { listHallCalendar, setHallCalendarDay } from "./calendar.service.ts";
import { ZListCalendarInput, ZSetCalendarDayInput } from "./schemas.ts";

export { ZListCalendarInput, ZSetCalendarDayInput } from "./schemas.ts";

export const calendarRouter = router({
  /** The hall's non-standard days of a year: national holidays and 调休 (chinese-days) with the hall's overrides on top. */
  list: permittedProcedure("reference.read")
    .input(ZListCalendarInput)
    .query(({ ctx, input }) => listHallCalendar(ctx, ctx.actor, input)),
  setDay: permittedProcedure("reference.write")
    .input(ZSetCalendarDayInput)
    .mutation(({ ctx, input }) => setHallCalendarDay(ctx, ctx.actor, input)),
});
