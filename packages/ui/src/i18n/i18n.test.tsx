import { act, render, screen } from "@testing-library/react";
import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { addMessages, translate } from "./catalog.ts";
import { I18nProvider, LOCALE_STORAGE_KEY, useLocale, useT } from "./i18n-provider.tsx";
import { enUS } from "./messages.en-US.ts";
import { zhCN } from "./messages.zh-CN.ts";

describe("message catalogs", () => {
  it("zh-CN and en-US have exactly the same keys", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it("has no empty messages and the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(zhCN)) {
      const en = enUS[key as keyof typeof zhCN];
      expect(zh, key).not.toBe("");
      expect(en, key).not.toBe("");
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("zh-CN", "shell.signedInAs", { name: "张三" })).toBe("当前用户：张三");
    expect(translate("en-US", "shell.signedInAs", { name: "Zhang San" })).toBe("Signed in as Zhang San");
  });

  it("falls back to zh-CN and then to the key", () => {
    addMessages("zh-CN", { "test.onlyChinese": "仅中文" });
    expect(translate("en-US", "test.onlyChinese")).toBe("仅中文");
    expect(translate("en-US", "test.missing")).toBe("test.missing");
  });

  it("lets apps register and override their own keys", () => {
    addMessages("en-US", { "test.app": "Queue {n}" });
    expect(translate("en-US", "test.app", { n: 3 })).toBe("Queue 3");
  });
});

function Probe() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <button type="button" onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")}>
      {t("common.save")}
    </button>
  );
}

describe("I18nProvider", () => {
  it("defaults to zh-CN and persists a switch to localStorage, the cookie and dayjs", () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole("button").textContent).toBe("保存");
    expect(dayjs.locale()).toBe("zh-cn");
    act(() => screen.getByRole("button").click());
    expect(screen.getByRole("button").textContent).toBe("Save");
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en-US");
    expect(document.cookie).toContain("hall_locale=en-US");
    expect(dayjs.locale()).toBe("en");
  });

  it("starts from the stored choice", () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, "en-US");
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole("button").textContent).toBe("Save");
  });

  it("follows the locale prop", () => {
    const { rerender } = render(
      <I18nProvider locale="en-US">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole("button").textContent).toBe("Save");
    rerender(
      <I18nProvider locale="zh-CN">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole("button").textContent).toBe("保存");
  });
});
