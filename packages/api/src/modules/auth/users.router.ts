import { permittedProcedure, router } from "../../trpc.ts";
import { ZCreateUserInput, ZListUsersInput, ZUpdateUserInput } from "./schemas.ts";
import { createUser, listUsers, updateHallUser } from "./users.service.ts";

export { ZCreateUserInput, ZUpdateUserInput } from "./schemas.ts";

/** Hall accounts (staff, trainers, …). Citizens register themselves and are not managed here. */
export const usersRouter = router({
  list: permittedProcedure("users.manage")
    .input(ZListUsersInput)
    .query(({ ctx, input }) => listUsers(ctx, ctx.actor, input.hallId)),
  create: permittedProcedure("users.manage")
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUser(ctx, ctx.actor, input)),
  update: permittedProcedure("users.manage")
    .input(ZUpdateUserInput)
    .mutation(({ ctx, input }) => updateHallUser(ctx, ctx.actor, input)),
});
