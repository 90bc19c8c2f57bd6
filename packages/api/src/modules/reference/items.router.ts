import { permittedProcedure, router } from "../../trpc.ts";
import { createItem, listItems, updateItem } from "./items.service.ts";
import { ZCreateItemInput, ZListByHallInput, ZUpdateItemInput } from "./schemas.ts";

export { itemDto } from "./dto.ts";
export { ZCreateItemInput, ZMaterialInput, ZUpdateItemInput } from "./schemas.ts";

export const itemsRouter = router({
  list: permittedProcedure("reference.read")
    .input(ZListByHallInput)
    .query(({ ctx, input }) => listItems(ctx, ctx.actor, input.hallId)),
  create: permittedProcedure("reference.write")
    .input(ZCreateItemInput)
    .mutation(({ ctx, input }) => createItem(ctx, ctx.actor, input)),
  update: permittedProcedure("reference.write")
    .input(ZUpdateItemInput)
    .mutation(({ ctx, input }) => updateItem(ctx, ctx.actor, input)),
});
