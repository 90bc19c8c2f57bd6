import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launch, newContext, PHONE, shot, signIn } from "./browser.ts";

const APPS = [
  { path: "/appointments/", title: /预约 · 取号 · 叫号/ },
  { path: "/training/", title: /培训考试/ },
  { path: "/mentoring/", title: /导师带教/ },
  { path: "/performance/", title: /绩效考核/ },
];

describe("every app opens through the shared session", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("serves /healthz", async () => {
    const r = await fetch(`${baseUrl()}/healthz`);
    expect(await r.json()).toEqual({ status: "ok", db: "pglite" });
  });

  it("signs in as the hall admin and opens each of the four apps", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, "admin");
    for (const app of APPS) {
      await page.goto(app.path);
      const who = page.getByTestId("whoami");
      await expect(who.textContent()).resolves.toContain("林海");
      expect(await page.getByRole("heading", { name: app.title }).count()).toBeGreaterThan(0);
      await shot(page, `app${app.path.replaceAll("/", "-").replace(/-$/, "")}`);
    }
    await ctx.close();
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto("/training/");
    await page.getByRole("link", { name: /去登录/ }).click();
    await page.waitForURL(/\/\?next=%2Ftraining%2F/);
    await page.getByLabel(/账号/).fill("trainer");
    await page.getByLabel(/密码/).fill("demo1234");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.waitForURL(/\/training\/$/);
    await expect(page.getByTestId("whoami").textContent()).resolves.toContain("宋雅琴");
    await ctx.close();
  });

  it("shows a clear error for a wrong password", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto("/");
    await page.getByLabel(/账号/).fill("staff01");
    await page.getByLabel(/密码/).fill("wrong-pass1");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.locator(".ant-form-item-explain-error", { hasText: "账号或密码错误" }).waitFor();
    await shot(page, "portal-signin-error");
    await ctx.close();
  });

  it("works at phone size for a citizen, in Chinese and in English", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await page.goto("/");
    await shot(page, "phone-signin");
    await signIn(page, "13800000001");
    await shot(page, "phone-launcher-citizen");
    await page.goto("/appointments/");
    await expect(page.getByTestId("whoami").textContent()).resolves.toContain("赵建华");
    // A page wider than the phone would scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "phone-appointments-citizen");
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: /Appointments & hall queue/ }).waitFor();
    await shot(page, "phone-appointments-citizen-en");
    await ctx.close();
  });
});
