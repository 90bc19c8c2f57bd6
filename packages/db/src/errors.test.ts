import { describe, expect, it } from "vitest";
import { classifyDbRefusal } from "./errors.ts";

describe("classifyDbRefusal", () => {
  it("names the column of a missing foreign key and tells a delete of a row in use apart", () => {
    expect(
      classifyDbRefusal({ code: "23503", detail: 'Key (item_id)=(99) is not present in table "service_items".' }),
    ).toEqual({ kind: "missing_reference", column: "item_id" });
    expect(
      classifyDbRefusal({ code: "23503", detail: 'Key (id)=(1) is still referenced from table "windows".' }),
    ).toEqual({ kind: "still_referenced", column: "id" });
  });

  it("maps out-of-range numbers and other data exceptions to invalid values, uniques to conflicts", () => {
    expect(classifyDbRefusal({ code: "22003" })?.kind).toBe("invalid_value");
    expect(classifyDbRefusal({ code: "22P02" })?.kind).toBe("invalid_value");
    expect(classifyDbRefusal({ code: "23505", detail: "Key (login)=(x) already exists." })).toEqual({
      kind: "conflict",
      column: "login",
    });
  });

  it("leaves everything else alone (connection errors, programming errors, non-database errors)", () => {
    expect(classifyDbRefusal({ code: "57P01" })).toBeNull();
    expect(classifyDbRefusal({ code: "42P01" })).toBeNull();
    expect(classifyDbRefusal(new Error("boom"))).toBeNull();
    expect(classifyDbRefusal(null)).toBeNull();
  });
});
