import { describe, expect, it } from "vitest";
import { asRefusal, isConflict } from "./errors.ts";

describe("asRefusal", () => {
  it("keeps the message once: drops the field and field messages that repeat it", () => {
    const err = {
      message: "该时段已约满，请选择其他时段",
      data: {
        code: "CONFLICT",
        httpStatus: 409,
        key: "booking.slot_full",
        field: "start",
        fieldErrors: { start: ["该时段已约满，请选择其他时段"] },
      },
    };
    expect(asRefusal(err)).toEqual({
      message: "该时段已约满，请选择其他时段",
      data: { code: "CONFLICT", httpStatus: 409, key: "booking.slot_full" },
    });
    expect(isConflict(asRefusal(err))).toBe(true);
  });

  it("keeps field messages that add something, and plain errors as they are", () => {
    const err = {
      message: "提交的数据有误",
      data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: { start: ["时间格式不正确"] } },
    };
    expect(asRefusal(err)).toEqual(err);
    expect(asRefusal(new TypeError("Failed to fetch"))).toEqual({ message: "Failed to fetch" });
    expect(asRefusal(null)).toBeNull();
  });
});
