import { permittedProcedure, router } from "../../trpc.ts";
import { createHall, getHall, listHalls, updateHall, updateHallSettings } from "./halls.service.ts";
import { ZCreateHallInput, ZGetByIdInput, ZUpdateHallInput, ZUpdateHallSettingsInput } from "./schemas.ts";

export { hallDto } from "./dto.ts";
export { ZCreateHallInput, ZUpdateHallInput, ZUpdateHallSettingsInput } from "./schemas.ts";

export const hallsRouter = router({
  list: permittedProcedure("reference.read").query(({ ctx }) => listHalls(ctx, ctx.actor)),
  get: permittedProcedure("reference.read")
    .input(ZGetByIdInput)
    .query(({ ctx, input }) => getHall(ctx, ctx.actor, input.id)),
  create: permittedProcedure("reference.write")
    .input(ZCreateHallInput)
    .mutation(({ ctx, input }) => createHall(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateHallInput)
    .mutation(({ ctx, input }) => updateHall(ctx, ctx.actor, input)),
  updateSettings: permittedProcedure("settings.write")
    .input(ZUpdateHallSettingsInput)
    .mutation(({ ctx, input }) => updateHallSettings(ctx, ctx.actor, input)),
});
