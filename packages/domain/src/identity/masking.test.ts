import { describe, expect, it } from "vitest";
import { maskAllButLast4, maskIdNumber, maskPhone } from "./masking.ts";

describe("maskIdNumber", () => {
  it("shows the first 4 and last 4 of an 18-character number", () => {
    expect(maskIdNumber("410105199001011234")).toBe("4101**********1234");
    expect(maskIdNumber("11010519491231002x")).toBe("1101**********002X");
  });

  it("masks all but the last 4 of anything else", () => {
    expect(maskIdNumber("41010519900101")).toBe("**********0101");
    expect(maskIdNumber("1234")).toBe("****");
    expect(maskIdNumber("")).toBe("");
  });
});

describe("maskPhone", () => {
  it("shows the first 3 and last 4 of a mobile number", () => {
    expect(maskPhone("13800000001")).toBe("138****0001");
  });

  it("masks all but the last 4 of anything else", () => {
    expect(maskPhone("63912345")).toBe("****2345");
    expect(maskAllButLast4("abc")).toBe("***");
  });
});
