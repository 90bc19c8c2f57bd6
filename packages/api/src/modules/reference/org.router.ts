import { permittedProcedure, router } from "../../trpc.ts";
import { createOrgUnit, listOrgUnits, updateOrgUnit } from "./org.service.ts";
import { ZCreateOrgUnitInput, ZUpdateOrgUnitInput } from "./schemas.ts";

export { ZCreateOrgUnitInput, ZUpdateOrgUnitInput } from "./schemas.ts";

export const orgRouter = router({
  /** The org units inside the caller's scope (their own unit and everything below it). */
  list: permittedProcedure("reference.read").query(({ ctx }) => listOrgUnits(ctx, ctx.actor)),
  create: permittedProcedure("reference.write")
    .input(ZCreateOrgUnitInput)
    .mutation(({ ctx, input }) => createOrgUnit(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateOrgUnitInput)
    .mutation(({ ctx, input }) => updateOrgUnit(ctx, ctx.actor, input)),
});
