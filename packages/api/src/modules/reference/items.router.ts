import type { Database, Kysely, ServiceItem, ServiceItemMaterial } from "@hall/db";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { zId, zName, zOptionalText } from "../../shared/schemas.ts";
import { assertInHall, hallIdOf, hallInScope } from "../../shared/scope.ts";
import { permittedProcedure, router } from "../../trpc.ts";

export const ZMaterialInput = z.object({
  name: z.string().trim().min(1).max(200),
  copies: z.number().int().min(1).max(20).default(1),
  originalRequired: z.boolean().default(false),
  waivable: z.boolean().default(false),
  note: z.string().trim().max(500).nullish(),
});
const itemFields = {
  zoneId: zId.nullish(),
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(200),
  department: zName,
  legalBasis: zOptionalText,
  conditions: zOptionalText,
  promisedDays: z.number().int().min(0).max(365),
  instant: z.boolean(),
  bookable: z.boolean(),
  online: z.boolean(),
  avgHandlingMinutes: z.number().int().min(1).max(480),
  theme: z.string().trim().max(100).nullish(),
  materials: z.array(ZMaterialInput).max(50),
};
export const ZCreateItemInput = z.object({
  hallId: zId,
  ...itemFields,
  instant: z.boolean().default(false),
  bookable: z.boolean().default(true),
  online: z.boolean().default(false),
  avgHandlingMinutes: z.number().int().min(1).max(480).default(15),
  materials: itemFields.materials.default([]),
});
export const ZUpdateItemInput = z.object({
  id: zId,
  active: z.boolean().optional(),
  ...z.object(itemFields).partial().shape,
});

const materialDto = (m: ServiceItemMaterial) => ({
  id: m.id,
  name: m.name,
  copies: m.copies,
  originalRequired: m.original_required,
  waivable: m.waivable,
  note: m.note,
});
export const itemDto = (i: ServiceItem, materials: ServiceItemMaterial[]) => ({
  id: i.id,
  hallId: i.hall_id,
  zoneId: i.zone_id,
  code: i.code,
  name: i.name,
  department: i.department,
  legalBasis: i.legal_basis,
  conditions: i.conditions,
  promisedDays: i.promised_days,
  instant: i.instant,
  bookable: i.bookable,
  online: i.online,
  avgHandlingMinutes: i.avg_handling_minutes,
  theme: i.theme,
  active: i.active,
  materials: materials.filter((m) => m.item_id === i.id).map(materialDto),
});

type ItemFieldInput = Partial<z.infer<z.ZodObject<typeof itemFields>>>;
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

async function replaceMaterials(db: Kysely<Database>, itemId: number, materials: z.infer<typeof ZMaterialInput>[]) {
  await db.deleteFrom("service_item_materials").where("item_id", "=", itemId).execute();
  if (!materials.length) return;
  await db
    .insertInto("service_item_materials")
    .values(
      materials.map((m, idx) => ({
        item_id: itemId,
        name: m.name,
        copies: m.copies,
        original_required: m.originalRequired,
        waivable: m.waivable,
        note: m.note ?? null,
        sort: idx,
      })),
    )
    .execute();
}

async function loadItem(db: Kysely<Database>, id: number) {
  const item = await db.selectFrom("service_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const materials = await db
    .selectFrom("service_item_materials")
    .selectAll()
    .where("item_id", "=", id)
    .orderBy("sort")
    .execute();
  return itemDto(item, materials);
}

export const itemsRouter = router({
  list: permittedProcedure("reference.read")
    .input(z.object({ hallId: zId }))
    .query(async ({ ctx, input }) => {
      await hallInScope(ctx.db, ctx.actor, input.hallId, "reference.read");
      const items = await ctx.db
        .selectFrom("service_items")
        .selectAll()
        .where("hall_id", "=", input.hallId)
        .orderBy("code")
        .execute();
      const materials = items.length
        ? await ctx.db
            .selectFrom("service_item_materials")
            .selectAll()
            .where(
              "item_id",
              "in",
              items.map((i) => i.id),
            )
            .orderBy("item_id")
            .orderBy("sort")
            .execute()
        : [];
      return items.map((i) => itemDto(i, materials));
    }),

  create: permittedProcedure("reference.write")
    .input(ZCreateItemInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        await hallInScope(tx, ctx.actor, input.hallId, "reference.write");
        if (input.zoneId) await assertInHall(tx, "zones", input.zoneId, input.hallId, "zoneId", "zone.not_found");
        const { id } = await tx
          .insertInto("service_items")
          .values({ hall_id: input.hallId, ...itemColumns(input) } as never)
          .returning("id")
          .executeTakeFirstOrThrow();
        await replaceMaterials(tx, id, input.materials);
        const after = await loadItem(tx, id);
        await audit(tx, ctx, {
          action: "item.create",
          entity: "service_item",
          entityId: id,
          hallId: input.hallId,
          after,
        });
        return after;
      }),
    ),

  update: permittedProcedure("reference.write")
    .input(ZUpdateItemInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (tx) => {
        const hallId = await hallIdOf(tx, "service_items", input.id, "item.not_found");
        await hallInScope(tx, ctx.actor, hallId, "reference.write");
        if (input.zoneId) await assertInHall(tx, "zones", input.zoneId, hallId, "zoneId", "zone.not_found");
        const before = await loadItem(tx, input.id);
        const cols = { ...itemColumns(input), ...(input.active !== undefined ? { active: input.active } : {}) };
        if (Object.keys(cols).length)
          await tx.updateTable("service_items").set(cols).where("id", "=", input.id).execute();
        if (input.materials) await replaceMaterials(tx, input.id, input.materials);
        const after = await loadItem(tx, input.id);
        await audit(tx, ctx, {
          action: "item.update",
          entity: "service_item",
          entityId: input.id,
          hallId,
          before,
          after,
        });
        return after;
      }),
    ),
});
