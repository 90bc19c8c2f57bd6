import { assertItemSpecificWindowAllowed, DomainError } from "@hall/domain";
import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, itemInScope, staffInScope, windowInScope, zoneInScope } from "../../shared/scope.ts";
import { windowDto } from "./dto.ts";
import type { ZCreateWindowInput, ZSetWindowPostInput, ZUpdateWindowInput } from "./schemas.ts";
import {
  deletePost,
  findOtherPostStaff,
  findPost,
  insertPost,
  insertWindow,
  listPostsOfHall,
  listWindowRows,
  updateWindowRow,
  windowNumberTaken,
} from "./windows.repository.ts";

type Actor = NonNullable<Context["actor"]>;
type Db = Context["db"];

/** An item-specific window must point at an instant item of the same hall (HN §一(二)). */
async function checkItemSpecific(db: Db, actor: Actor, hallId: number, itemId: number | null | undefined) {
  if (itemId == null) return;
  const item = await itemInScope(db, actor, itemId, "reference.write", { hallId, field: "itemId" });
  assertItemSpecificWindowAllowed(item);
}

async function assertNumberFree(db: Db, hallId: number, number: string, exceptId?: number) {
  if (await windowNumberTaken(db, hallId, number, exceptId))
    throw new DomainError("CONFLICT", "window.number_taken", { field: "number" });
}

export async function listWindows(ctx: Context, actor: Actor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "reference.read");
  const [rows, posts] = await Promise.all([listWindowRows(ctx.db, hallId), listPostsOfHall(ctx.db, hallId)]);
  return rows.map((w) => {
    const post = (pos: "A" | "B") => {
      const p = posts.find((x) => x.window_id === w.id && x.position === pos);
      return p ? { staffId: p.staff_id, name: p.name } : null;
    };
    return { ...windowDto(w), postA: post("A"), postB: post("B") };
  });
}

export async function createWindow(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateWindowInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "reference.write", { forUpdate: true });
    await zoneInScope(tx, actor, input.zoneId, "reference.write", { hallId: input.hallId, field: "zoneId" });
    await checkItemSpecific(tx, actor, input.hallId, input.itemId);
    await assertNumberFree(tx, input.hallId, input.number);
    const w = await insertWindow(tx, {
      hallId: input.hallId,
      zoneId: input.zoneId,
      number: input.number,
      name: input.name,
      type: input.type,
      itemId: input.itemId ?? null,
    });
    await audit(tx, ctx, {
      action: "window.create",
      entity: "window",
      entityId: w.id,
      hallId: w.hall_id,
      after: windowDto(w),
    });
    return windowDto(w);
  });
}

export async function updateWindow(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateWindowInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const { hall_id: hallId } = await windowInScope(tx, actor, input.id, "reference.write");
    await hallInScope(tx, actor, hallId, "reference.write", { forUpdate: true });
    const before = await windowInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    if (input.zoneId) await zoneInScope(tx, actor, input.zoneId, "reference.write", { hallId, field: "zoneId" });
    if (input.itemId !== undefined) await checkItemSpecific(tx, actor, hallId, input.itemId);
    if (input.number) await assertNumberFree(tx, hallId, input.number, input.id);
    const { id, itemId, zoneId, ...rest } = input;
    const after = await updateWindowRow(tx, id, {
      ...rest,
      ...(itemId !== undefined ? { item_id: itemId ?? null } : {}),
      ...(zoneId ? { zone_id: zoneId } : {}),
    });
    await audit(tx, ctx, {
      action: "window.update",
      entity: "window",
      entityId: id,
      hallId,
      before: windowDto(before),
      after: windowDto(after),
    });
    return windowDto(after);
  });
}

/** Assigns the A or B post of a window (AB岗); staffId null clears it. */
export async function setWindowPost(ctx: Context, actor: Actor, input: z.infer<typeof ZSetWindowPostInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const { hall_id: hallId } = await windowInScope(tx, actor, input.windowId, "reference.write", {
      field: "windowId",
    });
    await hallInScope(tx, actor, hallId, "reference.write", { forUpdate: true });
    if (input.staffId !== null) {
      await staffInScope(tx, actor, input.staffId, "reference.write", { hallId, field: "staffId" });
      if ((await findOtherPostStaff(tx, input.windowId, input.position)) === input.staffId)
        throw new DomainError("BAD_REQUEST", "window.same_staff_ab", { field: "staffId" });
    }
    const before = await findPost(tx, input.windowId, input.position);
    await deletePost(tx, input.windowId, input.position);
    if (input.staffId !== null) await insertPost(tx, input.windowId, input.position, input.staffId);
    await audit(tx, ctx, {
      action: "window.post",
      entity: "window",
      entityId: input.windowId,
      hallId,
      before: before ?? null,
      after: input.staffId === null ? null : { position: input.position, staffId: input.staffId },
    });
    return { windowId: input.windowId, position: input.position, staffId: input.staffId };
  });
}
