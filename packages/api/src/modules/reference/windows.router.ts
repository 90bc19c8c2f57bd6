import { permittedProcedure, router } from "../../trpc.ts";
import { ZCreateWindowInput, ZListByHallInput, ZSetWindowPostInput, ZUpdateWindowInput } from "./schemas.ts";
import { createWindow, listWindows, setWindowPost, updateWindow } from "./windows.service.ts";

export { windowDto } from "./dto.ts";
export { ZCreateWindowInput, ZSetWindowPostInput, ZUpdateWindowInput } from "./schemas.ts";

export const windowsRouter = router({
  list: permittedProcedure("reference.read")
    .input(ZListByHallInput)
    .query(({ ctx, input }) => listWindows(ctx, ctx.actor, input.hallId)),
  create: permittedProcedure("reference.write")
    .input(ZCreateWindowInput)
    .mutation(({ ctx, input }) => createWindow(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateWindowInput)
    .mutation(({ ctx, input }) => updateWindow(ctx, ctx.actor, input)),
  /** Assigns the A or B post of a window (AB岗); staffId null clears it. */
  setPost: permittedProcedure("reference.write")
    .input(ZSetWindowPostInput)
    .mutation(({ ctx, input }) => setWindowPost(ctx, ctx.actor, input)),
});
