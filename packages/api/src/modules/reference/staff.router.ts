import { permittedProcedure, router } from "../../trpc.ts";
import {
  ZCreateGroupInput,
  ZCreateStaffInput,
  ZListByHallInput,
  ZUpdateGroupInput,
  ZUpdateStaffInput,
} from "./schemas.ts";
import { createGroup, createStaff, listGroups, listStaff, updateGroup, updateStaff } from "./staff.service.ts";

export { staffDto } from "./dto.ts";
export { ZCreateGroupInput, ZCreateStaffInput, ZUpdateGroupInput, ZUpdateStaffInput } from "./schemas.ts";

export const staffRouter = router({
  list: permittedProcedure("reference.read")
    .input(ZListByHallInput)
    .query(({ ctx, input }) => listStaff(ctx, ctx.actor, input.hallId)),
  create: permittedProcedure("reference.write")
    .input(ZCreateStaffInput)
    .mutation(({ ctx, input }) => createStaff(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateStaffInput)
    .mutation(({ ctx, input }) => updateStaff(ctx, ctx.actor, input)),

  groups: router({
    list: permittedProcedure("reference.read")
      .input(ZListByHallInput)
      .query(({ ctx, input }) => listGroups(ctx, ctx.actor, input.hallId)),
    create: permittedProcedure("reference.write")
      .input(ZCreateGroupInput)
      .mutation(({ ctx, input }) => createGroup(ctx, ctx.actor, input)),
    update: permittedProcedure("reference.write")
      .input(ZUpdateGroupInput)
      .mutation(({ ctx, input }) => updateGroup(ctx, ctx.actor, input)),
  }),
});
