import type { z } from "zod";
import type { Context } from "../../context.ts";
import { audit } from "../../shared/audit.ts";
import { hallInScope, itemInScope, zoneInScope } from "../../shared/scope.ts";
import { itemDto } from "./dto.ts";
import {
  findItemRow,
  insertItem,
  listItemRows,
  listMaterialRows,
  replaceMaterials,
  updateItemRow,
} from "./items.repository.ts";
import type { ItemFieldInput, ZCreateItemInput, ZUpdateItemInput } from "./schemas.ts";

type Actor = NonNullable<Context["actor"]>;
type Db = Context["db"];

function itemColumns(i: ItemFieldInput) {
  const map: [keyof ItemFieldInput, string][] = [
    ["zoneId", "zone_id"],
    ["code", "code"],
    ["name", "name"],
    ["department", "department"],
    ["legalBasis", "legal_basis"],
    ["conditions", "conditions"],
    ["promisedDays", "promised_days"],
    ["instant", "instant"],
    ["bookable", "bookable"],
    ["online", "online"],
    ["avgHandlingMinutes", "avg_handling_minutes"],
    ["theme", "theme"],
  ];
  const cols: Record<string, unknown> = {};
  for (const [k, col] of map) if (i[k] !== undefined) cols[col] = i[k] ?? null;
  return cols;
}

async function itemView(db: Db, id: number) {
  return itemDto(await findItemRow(db, id), await listMaterialRows(db, [id]));
}

export async function listItems(ctx: Context, actor: Actor, hallId: number) {
  await hallInScope(ctx.db, actor, hallId, "reference.read");
  const items = await listItemRows(ctx.db, hallId);
  const materials = await listMaterialRows(
    ctx.db,
    items.map((i) => i.id),
  );
  return items.map((i) => itemDto(i, materials));
}

export async function createItem(ctx: Context, actor: Actor, input: z.infer<typeof ZCreateItemInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    await hallInScope(tx, actor, input.hallId, "reference.write");
    if (input.zoneId)
      await zoneInScope(tx, actor, input.zoneId, "reference.write", { hallId: input.hallId, field: "zoneId" });
    const id = await insertItem(tx, { hall_id: input.hallId, ...itemColumns(input) });
    await replaceMaterials(tx, id, input.materials);
    const after = await itemView(tx, id);
    await audit(tx, ctx, { action: "item.create", entity: "service_item", entityId: id, hallId: input.hallId, after });
    return after;
  });
}

export async function updateItem(ctx: Context, actor: Actor, input: z.infer<typeof ZUpdateItemInput>) {
  return ctx.db.transaction().execute(async (tx) => {
    const { hall_id: hallId } = await itemInScope(tx, actor, input.id, "reference.write", { forUpdate: true });
    if (input.zoneId) await zoneInScope(tx, actor, input.zoneId, "reference.write", { hallId, field: "zoneId" });
    const before = await itemView(tx, input.id);
    const cols = { ...itemColumns(input), ...(input.active !== undefined ? { active: input.active } : {}) };
    if (Object.keys(cols).length) await updateItemRow(tx, input.id, cols);
    if (input.materials) await replaceMaterials(tx, input.id, input.materials);
    const after = await itemView(tx, input.id);
    await audit(tx, ctx, { action: "item.update", entity: "service_item", entityId: input.id, hallId, before, after });
    return after;
  });
}
