import type { Database, Kysely, Window } from "@hall/db";
import { AB_POSITIONS, assertItemSpecificWindowAllowed, DomainError, WINDOW_TYPES } from "@hall/domain";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zId, zName } from "../../shared/schemas.ts";
import { assertInHall, hallIdOf, hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

const zNumber = z.string().trim().min(1).max(10);
export const ZCreateWindowInput = z.object({
  hallId: zId,
  zoneId: zId,
  number: zNumber,
  name: zName,
  type: z.enum(WINDOW_TYPES),
  itemId: zId.nullish(),
});
export const ZUpdateWindowInput = z.object({
  id: zId,
  zoneId: zId.optional(),
  number: zNumber.optional(),
  name: zName.optional(),
  type: z.enum(WINDOW_TYPES).optional(),
  itemId: zId.nullish(),
  active: z.boolean().optional(),
});
export const ZSetWindowPostInput = z.object({ windowId: zId, position: z.enum(AB_POSITIONS), staffId: zId.nullable() });

export const windowDto = (w: Window) => ({
  id: w.id,
  hallId: w.hall_id,
  zoneId: w.zone_id,
  number: w.number,
  name: w.name,
  type: w.type,
  itemId: w.item_id,
  active: w.active,
});

/** An item-specific window must point at an instant item of the same hall (HN §一(二)). */
async function checkItemSpecific(db: Kysely<Database>, hallId: number, itemId: number | null | undefined) {
  if (itemId == null) return;
  const item = await db
    .selectFrom("service_items")
    .select(["hall_id", "instant"])
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!item || item.hall_id !== hallId) throw new DomainError("BAD_REQUEST", "item.not_found", { field: "itemId" });
  assertItemSpecificWindowAllowed(item);
}

async function assertNumberFree(db: Kysely<Database>, hallId: number, number: string, exceptId?: number) {
  let q = db.selectFrom("windows").select("id").where("hall_id", "=", hallId).where("number", "=", number);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw new DomainError("CONFLICT", "window.number_taken", { field: "number" });
}

export const windowsRouter = router({
  list: permittedProcedure("reference.read")
    .input(z.object({ hallId: zId }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
      const rows = await ctx.db
        .selectFrom("windows")
        .selectAll()
        .where("hall_id", "=", input.hallId)
        .orderBy("number")
        .execute();
      const posts = await ctx.db
        .selectFrom("window_posts as p")
        .innerJoin("windows as w", "w.id", "p.window_id")
        .innerJoin("staff as s", "s.id", "p.staff_id")
        .select(["p.window_id", "p.position", "p.staff_id", "s.name"])
        .where("w.hall_id", "=", input.hallId)
        .execute();
      return rows.map((w) => {
        const post = (pos: "A" | "B") => {
          const p = posts.find((x) => x.window_id === w.id && x.position === pos);
          return p ? { staffId: p.staff_id, name: p.name } : null;
        };
        return { ...windowDto(w), postA: post("A"), postB: post("B") };
      });
    }),

  create: permittedProcedure("reference.write")
    .input(ZCreateWindowInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        await hallInScope(tx, ctx.actor, input.hallId, "reference.write", { forUpdate: true });
        await assertInHall(tx, "zones", input.zoneId, input.hallId, "zoneId", "zone.not_found");
        await checkItemSpecific(tx, input.hallId, input.itemId);
        await assertNumberFree(tx, input.hallId, input.number);
        const w = await tx
          .insertInto("windows")
          .values({
            hall_id: input.hallId,
            zone_id: input.zoneId,
            number: input.number,
            name: input.name,
            type: input.type,
            item_id: input.itemId ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "window.create",
          entity: "window",
          entityId: w.id,
          hallId: w.hall_id,
          after: windowDto(w),
        });
        return windowDto(w);
      }),
    ),

  update: permittedProcedure("reference.write")
    .input(ZUpdateWindowInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hallId = await hallIdOf(tx, "windows", input.id, "window.not_found");
        await hallInScope(tx, ctx.actor, hallId, "reference.write", { forUpdate: true });
        const before = await tx.selectFrom("windows").selectAll().where("id", "=", input.id).executeTakeFirstOrThrow();
        if (input.zoneId) await assertInHall(tx, "zones", input.zoneId, hallId, "zoneId", "zone.not_found");
        if (input.itemId !== undefined) await checkItemSpecific(tx, hallId, input.itemId);
        if (input.number) await assertNumberFree(tx, hallId, input.number, input.id);
        const { id, itemId, zoneId, ...rest } = input;
        const after = await tx
          .updateTable("windows")
          .set({
            ...rest,
            ...(itemId !== undefined ? { item_id: itemId ?? null } : {}),
            ...(zoneId ? { zone_id: zoneId } : {}),
          })
          .where("id", "=", id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, ctx, {
          action: "window.update",
          entity: "window",
          entityId: id,
          hallId,
          before: windowDto(before),
          after: windowDto(after),
        });
        return windowDto(after);
      }),
    ),

  /** Assigns the A or B post of a window (AB岗); staffId null clears it. */
  setPost: permittedProcedure("reference.write")
    .input(ZSetWindowPostInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hallId = await hallIdOf(tx, "windows", input.windowId, "window.not_found");
        await hallInScope(tx, ctx.actor, hallId, "reference.write", { forUpdate: true });
        const before = await tx
          .selectFrom("window_posts")
          .selectAll()
          .where("window_id", "=", input.windowId)
          .where("position", "=", input.position)
          .executeTakeFirst();
        await tx
          .deleteFrom("window_posts")
          .where("window_id", "=", input.windowId)
          .where("position", "=", input.position)
          .execute();
        if (input.staffId !== null) {
          await assertInHall(tx, "staff", input.staffId, hallId, "staffId", "staff.not_found");
          const other = await tx
            .selectFrom("window_posts")
            .select("staff_id")
            .where("window_id", "=", input.windowId)
            .where("position", "!=", input.position)
            .executeTakeFirst();
          if (other?.staff_id === input.staffId)
            throw new DomainError("BAD_REQUEST", "window.same_staff_ab", { field: "staffId" });
          await tx
            .insertInto("window_posts")
            .values({ window_id: input.windowId, position: input.position, staff_id: input.staffId })
            .execute();
        }
        await audit(tx, ctx, {
          action: "window.post",
          entity: "window",
          entityId: input.windowId,
          hallId,
          before: before ?? null,
          after: input.staffId === null ? null : { position: input.position, staffId: input.staffId },
        });
        return { windowId: input.windowId, position: input.position, staffId: input.staffId };
      }),
    ),
});
