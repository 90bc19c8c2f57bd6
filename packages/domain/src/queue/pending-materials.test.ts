import { describe, expect, it } from "vitest";
import { assertWaivableMaterials, type ItemMaterial, waivableMaterials } from "./pending-materials.ts";

const MATERIALS: ItemMaterial[] = [
  { name: "申请人身份证明", waivable: false },
  { name: "户口簿复印件", waivable: true },
  { name: "结婚证复印件", waivable: true },
];

describe("容缺受理: only waivable materials may be missing", () => {
  it("lists the waivable materials in the item's order", () => {
    expect(waivableMaterials(MATERIALS)).toEqual(["户口簿复印件", "结婚证复印件"]);
    expect(waivableMaterials([{ name: "申请人身份证明", waivable: false }])).toEqual([]);
    expect(waivableMaterials([])).toEqual([]);
  });

  it("accepts waivable materials, trimmed, without repeats, in the item's order", () => {
    expect(assertWaivableMaterials(["户口簿复印件"], MATERIALS)).toEqual(["户口簿复印件"]);
    expect(assertWaivableMaterials([" 结婚证复印件 ", "户口簿复印件", "户口簿复印件", " "], MATERIALS)).toEqual([
      "户口簿复印件",
      "结婚证复印件",
    ]);
  });

  it("refuses a required material, naming it and the field", () => {
    expect(() => assertWaivableMaterials(["户口簿复印件", "申请人身份证明"], MATERIALS)).toThrow(
      expect.objectContaining({
        code: "BAD_REQUEST",
        key: "queue.material_not_waivable",
        field: "missingMaterials",
        params: { material: "申请人身份证明" },
      }),
    );
  });

  it("refuses a material the item does not ask for (free text)", () => {
    expect(() => assertWaivableMaterials(["随便写的材料"], MATERIALS)).toThrow(
      expect.objectContaining({ key: "queue.material_unknown", field: "missingMaterials" }),
    );
    // An item without materials has nothing that could be missing.
    expect(() => assertWaivableMaterials(["户口簿复印件"], [])).toThrow(
      expect.objectContaining({ key: "queue.material_unknown" }),
    );
  });

  it("needs at least one material", () => {
    for (const missing of [[], [""], ["  "]]) {
      expect(() => assertWaivableMaterials(missing, MATERIALS)).toThrow(
        expect.objectContaining({ key: "queue.missing_materials_required", field: "missingMaterials" }),
      );
    }
  });
});
