import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, newContext, PHONE, shot, signIn } from "./browser.ts";

/** The page is no wider than the phone (nothing scrolls sideways). */
async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

// The gateway's clock starts on Monday 2026-11-23 09:30 (Asia/Shanghai): tomorrow 09:00 is bookable.
describe("a citizen books, sees and cancels an appointment on a phone", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("books 个体工商户设立登记 for tomorrow 09:00, sees the code, then cancels it", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, "13800000005");

    await page.goto("/appointments/book");
    await page.getByPlaceholder(/输入事项名称/).fill("个体工商户");
    await shot(page, "book-1-items");
    await fitsPhone(page);
    await page.getByText("个体工商户设立登记").first().click();

    // 一次性告知: the full materials list must be confirmed before going on.
    await page.getByTestId("materials-checklist").waitFor();
    const next = page.getByRole("button", { name: /下一步：选择预约时间/ });
    expect(await next.isDisabled()).toBe(true);
    await page.getByText("我已阅读并知晓需携带的全部材料").click();
    await shot(page, "book-2-materials");
    await next.click();

    await page.locator('button[data-date="2026-11-24"]').click();
    await page.getByRole("button", { name: /^09:00–09:30，/ }).click();
    await shot(page, "book-3-slot");
    await fitsPhone(page);
    await page.getByRole("button", { name: /下一步：确认预约/ }).click();

    await page.getByRole("button", { name: /确认预约/ }).waitFor();
    await shot(page, "book-4-confirm");
    await page.getByRole("button", { name: /确认预约/ }).click();

    await page.getByText("预约成功").first().waitFor();
    const code = (await page.locator("text=/^[2-9A-HJKMNP-Z]{8}$/").first().textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await page.locator("svg, canvas").count()).toBeGreaterThan(0); // the QR code
    await shot(page, "book-5-booked");

    await page.getByRole("button", { name: /查看我的预约/ }).click();
    const card = page
      .getByRole("article", { name: "个体工商户设立登记" })
      .or(page.locator('[aria-label="个体工商户设立登记"]'))
      .first();
    await card.waitFor();
    expect(await card.textContent()).toContain(code);
    await shot(page, "book-6-mine");

    await card.getByRole("button", { name: /取消预约/ }).click();
    await shot(page, "book-7-cancel-dialog");
    await page.getByRole("button", { name: /确定取消/ }).click();
    await page.getByText("已取消预约，该时段已释放").first().waitFor();
    await page.getByText("已取消").first().waitFor();
    await shot(page, "book-8-cancelled");
    await fitsPhone(page);
    await ctx.close();
  });

  it("shows a full slot as full", async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, "admin");
    // The admin closes tomorrow 10:00 for 个体工商户设立登记 by setting its capacity to 0.
    const items = await page.evaluate(
      async () => (await (await fetch("/api/trpc/catalog.items.list")).json()).result.data,
    );
    const item = (items as { id: number; code: string }[]).find((i) => i.code === "SC-002")!;
    const r = await page.evaluate(
      async (itemId) =>
        (
          await fetch("/api/trpc/booking.overrideCapacity", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ itemId, start: "2026-11-24T10:00:00+08:00", capacity: 0 }),
          })
        ).status,
      item.id,
    );
    expect(r).toBe(200);
    await page.goto(`/appointments/book/${item.id}`);
    await page.getByText("我已阅读并知晓需携带的全部材料").click();
    await page.getByRole("button", { name: /下一步：选择预约时间/ }).click();
    await page.locator('button[data-date="2026-11-24"]').click();
    const full = page.getByRole("button", { name: /^10:00–10:30，已约满/ });
    await full.waitFor();
    expect(await full.isDisabled()).toBe(true);
    await shot(page, "book-full-slot");
    await ctx.close();
  });
});
