import { describe, expect, it } from "vitest";
import { labelOf } from "../labels/label-of.ts";
import { isRole, ROLE_LABELS, ROLES } from "./roles.ts";

describe("roles", () => {
  it("have Chinese and English labels", () => {
    expect(ROLES.map((role) => labelOf(ROLE_LABELS, role, "zh-CN"))).toEqual([
      "办事群众",
      "窗口工作人员",
      "小组长",
      "窗口负责人",
      "带班领导",
      "培训师",
      "导师",
      "巡查员",
      "大厅管理员",
    ]);
    for (const role of ROLES) expect(ROLE_LABELS[role]["en-US"]).not.toBe("");
  });

  it("recognises role names", () => {
    expect(isRole("mentor")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
