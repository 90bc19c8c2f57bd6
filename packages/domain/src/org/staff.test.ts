import { describe, expect, it } from "vitest";
import { labelOf } from "../labels/label-of.ts";
import {
  AB_POSITION_LABELS,
  AB_POSITIONS,
  CERTIFICATE_LEVEL_LABELS,
  CERTIFICATE_LEVELS,
  EMPLOYMENT_TYPE_LABELS,
  EMPLOYMENT_TYPES,
} from "./staff.ts";

describe("staff reference labels", () => {
  it("name the employment types", () => {
    expect(EMPLOYMENT_TYPES.map((t) => labelOf(EMPLOYMENT_TYPE_LABELS, t, "zh-CN"))).toEqual([
      "在编",
      "劳务派遣",
      "部门派驻",
    ]);
  });

  it("name the certificate levels from entry level to highest", () => {
    expect(CERTIFICATE_LEVELS.map((level) => labelOf(CERTIFICATE_LEVEL_LABELS, level, "zh-CN"))).toEqual([
      "五级/初级工",
      "四级/中级工",
      "三级/高级工",
      "二级/技师",
      "一级/高级技师",
    ]);
    expect(labelOf(CERTIFICATE_LEVEL_LABELS, 1, "en-US")).toBe("Level 1 / Senior technician");
  });

  it("name the AB posts", () => {
    expect(AB_POSITIONS.map((p) => labelOf(AB_POSITION_LABELS, p, "zh-CN"))).toEqual(["A岗", "B岗"]);
  });
});
