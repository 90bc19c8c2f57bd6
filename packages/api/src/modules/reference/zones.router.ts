import { permittedProcedure, router } from "../../trpc.ts";
import { ZCreateZoneInput, ZListByHallInput, ZUpdateZoneInput } from "./schemas.ts";
import { createZone, listZones, updateZone } from "./zones.service.ts";

export { zoneDto } from "./dto.ts";
export { ZCreateZoneInput, ZUpdateZoneInput } from "./schemas.ts";

export const zonesRouter = router({
  list: permittedProcedure("reference.read")
    .input(ZListByHallInput)
    .query(({ ctx, input }) => listZones(ctx, ctx.actor, input.hallId)),
  create: permittedProcedure("reference.write")
    .input(ZCreateZoneInput)
    .mutation(({ ctx, input }) => createZone(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateZoneInput)
    .mutation(({ ctx, input }) => updateZone(ctx, ctx.actor, input)),
});
