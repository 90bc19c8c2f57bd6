import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-labels.ts";

describe("fieldLabel", () => {
  it("names a plain field in both languages", () => {
    expect(fieldLabel(["idNumber"], "zh-CN")).toBe("身份证号");
    expect(fieldLabel(["idNumber"], "en-US")).toBe("ID number");
  });
  it("names a field inside a list by the list and the 1-based position", () => {
    expect(fieldLabel(["materials", 0, "name"], "zh-CN")).toBe("申请材料第1项名称");
    expect(fieldLabel(["settings", "openingHours", 1, "start"], "zh-CN")).toBe("开放时间第2项开始时间");
    expect(fieldLabel(["settings", "openingHours", 1, "start"], "en-US")).toBe("Opening hours #2 Start");
  });
  it("falls back to the raw name for an unknown field and to 输入 for no path", () => {
    expect(fieldLabel(["mystery"], "zh-CN")).toBe("mystery");
    expect(fieldLabel([], "zh-CN")).toBe("输入");
  });
});
