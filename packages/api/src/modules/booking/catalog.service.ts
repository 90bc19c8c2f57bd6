import type { Database, Kysely, ServiceItemMaterial } from "@hall/db";
import { listMaterialRows as listMaterials } from "../reference/index.ts";
import { listCatalogItems } from "./repository.ts";

/** The public catalogue of a hall: its active items with their zone and materials (no personal data). */
const materialDto = (m: ServiceItemMaterial) => ({
  name: m.name,
  copies: m.copies,
  originalRequired: m.original_required,
  waivable: m.waivable,
  note: m.note,
});

export async function catalogItems(db: Kysely<Database>, hallId: number) {
  const items = await listCatalogItems(db, hallId);
  const materials = await listMaterials(
    db,
    items.map((i) => i.id),
  );
  return items.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    department: i.department,
    zone: i.zone_id && i.zoneName ? { id: i.zone_id, name: i.zoneName, kind: i.zoneKind ?? "" } : null,
    theme: i.theme,
    materials: materials.filter((m) => m.item_id === i.id).map(materialDto),
    promisedDays: i.promised_days,
    instant: i.instant,
    bookable: i.bookable,
  }));
}
