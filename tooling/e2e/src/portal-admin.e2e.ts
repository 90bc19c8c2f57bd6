import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, newContext, PHONE, pick, shot, signIn } from "./browser.ts";

describe("hall administration in the portal", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("creates a window, and refuses a duplicate number under the field", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, "admin");
    await shot(page, "portal-launcher-admin");
    await page.goto("/admin/windows");
    await page.getByText("综合受理1号窗口").waitFor();
    await shot(page, "admin-windows");

    await page.getByRole("button", { name: /新\s*建/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("窗口号").fill("21");
    await dialog.getByLabel("窗口名称").fill("综合受理21号窗口");
    await pick(page, "窗口类型", "无差别综合受理", dialog);
    await pick(page, /^功能区$/, "综合受理区", dialog);
    await shot(page, "admin-window-create-form");
    await dialog.getByRole("button", { name: /保\s*存|确\s*定/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("cell", { name: "综合受理21号窗口" }).waitFor();
    await shot(page, "admin-window-created");

    // The same number again: the server refuses and the message appears under 窗口号.
    await page.getByRole("button", { name: /新\s*建/ }).click();
    await dialog.getByLabel("窗口号").fill("21");
    await dialog.getByLabel("窗口名称").fill("重复的窗口");
    await pick(page, "窗口类型", "无差别综合受理", dialog);
    await pick(page, /^功能区$/, "综合受理区", dialog);
    await dialog.getByRole("button", { name: /保\s*存|确\s*定/ }).click();
    await dialog.locator(".ant-form-item-explain-error", { hasText: "窗口编号已存在" }).waitFor();
    await shot(page, "admin-window-duplicate-refused");
    await dialog.getByRole("button", { name: /取\s*消/ }).click();
    expect(await page.getByRole("cell", { name: "重复的窗口" }).count()).toBe(0);

    // The audit log recorded the creation.
    await page.goto("/admin/audit");
    await page.getByText("新建窗口").first().waitFor();
    await shot(page, "admin-audit");
    await ctx.close();
  });

  it("shows the calendar with national holidays and 调休 days", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, "admin");
    await page.goto("/admin/calendar");
    await page
      .getByText(/国庆|调休|休/)
      .first()
      .waitFor();
    await shot(page, "admin-calendar");
    await ctx.close();
  });

  it("refuses the admin screens to window staff", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, "staff01");
    await page.goto("/admin/windows");
    await page.getByText("无权访问").first().waitFor();
    expect(await page.getByText("综合受理1号窗口").count()).toBe(0);
    await ctx.close();
  });

  it("fits a phone screen", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, "admin");
    await shot(page, "phone-launcher-admin");
    await page.goto("/admin/items");
    await page.getByText("不动产首次登记").first().waitFor();
    await shot(page, "phone-admin-items");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await ctx.close();
  });

  it("registers a citizen who then lands on the launcher", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await page.goto("/register");
    await page.getByLabel("手机号").fill("13912345678");
    await page.getByLabel(/姓名/).fill("测试群众");
    await page.getByLabel(/身份证/).fill("11010519491231002X");
    await page.getByLabel(/^密码$/).fill("abc12345");
    await page.getByLabel(/确认密码/).fill("abc12345");
    await shot(page, "phone-register");
    await page.getByRole("button", { name: /注\s*册/ }).click();
    await page.getByTestId("welcome").waitFor();
    await expect(page.getByTestId("welcome").textContent()).resolves.toContain("测试群众");
    await ctx.close();
  });
});
