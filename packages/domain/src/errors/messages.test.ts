import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, MESSAGES, translate } from "./messages.ts";

describe("translate", () => {
  it("speaks Chinese by default and English when asked", () => {
    expect(DEFAULT_LOCALE).toBe("zh-CN");
    expect(translate("auth.invalid_credentials", "zh-CN")).toBe("账号或密码错误");
    expect(translate("auth.invalid_credentials", "en-US")).toBe("Incorrect account or password");
  });

  it("fills {name} placeholders", () => {
    expect(translate("zone.specialty_limit", "zh-CN", { limit: 6 })).toBe(
      "专业综合受理区最多设置6个（豫审信〔2024〕44号）",
    );
    expect(translate("org.invalid_child_level", "zh-CN", { child: "县级", parent: "省级" })).toBe(
      "县级不能设在省级之下",
    );
  });

  it("translates a param that is itself a message key", () => {
    const params = { reason: "identity.id_checksum" };
    expect(translate("identity.invalid_id_number", "zh-CN", params)).toBe("身份证号码无效：校验码不正确");
    expect(translate("identity.invalid_id_number", "en-US", params)).toBe(
      "Invalid ID number: the check digit is wrong",
    );
  });

  it("leaves a placeholder without a value untouched", () => {
    expect(translate("zone.specialty_limit", "zh-CN")).toContain("{limit}");
    expect(translate("zone.specialty_limit", "zh-CN", {})).toContain("{limit}");
  });

  it("falls back to the key when it is unknown", () => {
    expect(translate("no.such.key", "en-US")).toBe("no.such.key");
  });

  it("has every message in every locale, with the same placeholders", () => {
    for (const [key, texts] of Object.entries(MESSAGES)) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of LOCALES) expect(texts[locale], `${key} ${locale}`).not.toBe("");
      expect(placeholders(texts["en-US"]), key).toEqual(placeholders(texts["zh-CN"]));
    }
  });

  it("knows the keys other packages rely on", () => {
    const required = [
      "auth.invalid_credentials",
      "auth.unauthenticated",
      "auth.forbidden",
      "auth.out_of_scope",
      "auth.rate_limited",
      "auth.phone_taken",
      "auth.login_taken",
      "auth.weak_password",
      "identity.invalid_id_number",
      "identity.id_format",
      "identity.id_checksum",
      "identity.id_birthdate",
      "identity.invalid_phone",
      "zone.specialty_limit",
      "window.item_specific_requires_instant",
      "org.invalid_child_level",
      "org.not_found",
      "hall.not_found",
      "zone.not_found",
      "window.not_found",
      "window.number_taken",
      "staff.not_found",
      "item.not_found",
      "user.not_found",
      "calendar.invalid_date",
      "settings.invalid_opening_hours",
      "validation.failed",
      "common.not_found",
      "common.conflict",
      "common.internal",
    ];
    for (const key of required) expect(MESSAGES[key], key).toBeDefined();
  });
});
