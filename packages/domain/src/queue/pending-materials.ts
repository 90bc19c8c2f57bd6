import { DomainError } from "../errors/domain-error.ts";

/** A material an item asks for, as the 容缺受理 rule sees it. */
export interface ItemMaterial {
  name: string;
  /** May be handed in later on a written promise (容缺受理); a required one (e.g. 申请人身份证明) may not. */
  waivable: boolean;
}

/** The item's materials that may be missing at a 容缺受理, in the item's order. */
export function waivableMaterials(materials: readonly ItemMaterial[]): string[] {
  return materials.filter((m) => m.waivable).map((m) => m.name);
}

/**
 * 容缺受理 (ZC 第十七条) accepts an application while *secondary* materials are missing: every missing material must be
 * one of the item's materials and marked waivable. Names are compared after trimming; blank entries and repeats are
 * dropped. Returns the missing materials as recorded (the item's names, in the item's order). Throws BAD_REQUEST
 * `queue.material_not_waivable` (field "missingMaterials", param `material`) for the first name that is a required
 * material, and `queue.material_unknown` for one the item does not ask for; `queue.missing_materials_required` when
 * nothing remains.
 */
export function assertWaivableMaterials(missing: readonly string[], materials: readonly ItemMaterial[]): string[] {
  const named = new Set(missing.map((m) => m.trim()).filter((m) => m !== ""));
  for (const name of named) {
    const material = materials.find((m) => m.name.trim() === name);
    if (!material) {
      throw new DomainError("BAD_REQUEST", "queue.material_unknown", {
        field: "missingMaterials",
        params: { material: name },
      });
    }
    if (!material.waivable) {
      throw new DomainError("BAD_REQUEST", "queue.material_not_waivable", {
        field: "missingMaterials",
        params: { material: name },
      });
    }
  }
  const chosen = materials.filter((m) => named.has(m.name.trim())).map((m) => m.name);
  if (chosen.length === 0) {
    throw new DomainError("BAD_REQUEST", "queue.missing_materials_required", { field: "missingMaterials" });
  }
  return chosen;
}
