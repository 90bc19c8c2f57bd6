import { permittedProcedure, router } from "../../trpc.ts";
import {
  hallCalendarOverview,
  listHallCalendar,
  listOrgCalendar,
  removeOrgCalendarDays,
  setHallCalendarDay,
  setOrgCalendarDays,
} from "./calendar.service.ts";
import {
  ZCalendarOverviewInput,
  ZListCalendarInput,
  ZListOrgCalendarInput,
  ZRemoveOrgCalendarDaysInput,
  ZSetCalendarDayInput,
  ZSetOrgCalendarDaysInput,
} from "./schemas.ts";

export { ZListCalendarInput, ZSetCalendarDayInput } from "./schemas.ts";

export const calendarRouter = router({
  /** The hall's non-standard days of a year with their source: national < org layers (root → leaf) < the hall. */
  list: permittedProcedure("reference.read")
    .input(ZListCalendarInput)
    .query(({ ctx, input }) => listHallCalendar(ctx, ctx.actor, input)),
  /** The same days, the org layers that apply and warnings for coming months without a holiday schedule. */
  overview: permittedProcedure("reference.read")
    .input(ZCalendarOverviewInput)
    .query(({ ctx, input }) => hallCalendarOverview(ctx, ctx.actor, input)),
  setDay: permittedProcedure("reference.write")
    .input(ZSetCalendarDayInput)
    .mutation(({ ctx, input }) => setHallCalendarDay(ctx, ctx.actor, input)),
  /** An org unit's own calendar layer of a year. */
  orgList: permittedProcedure("reference.read")
    .input(ZListOrgCalendarInput)
    .query(({ ctx, input }) => listOrgCalendar(ctx, ctx.actor, input)),
  /** Sets days of an org unit's layer; every hall below the unit inherits them (its own overrides stay on top). */
  orgSet: permittedProcedure("reference.write")
    .input(ZSetOrgCalendarDaysInput)
    .mutation(({ ctx, input }) => setOrgCalendarDays(ctx, ctx.actor, input)),
  /** Removes days from an org unit's layer. */
  orgRemove: permittedProcedure("reference.write")
    .input(ZRemoveOrgCalendarDaysInput)
    .mutation(({ ctx, input }) => removeOrgCalendarDays(ctx, ctx.actor, input)),
});
