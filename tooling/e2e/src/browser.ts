import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { inject } from "vitest";

export const SCREENSHOTS = resolve(import.meta.dirname, "../screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 860 };

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function newContext(browser: Browser, viewport = DESKTOP, locale = "zh-CN"): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport, locale, baseURL: baseUrl(), deviceScaleFactor: 1 });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the portal's form, then waits for the launcher. */
export async function signIn(page: Page, login: string, password = "demo1234") {
  await page.goto("/");
  await page.getByLabel(/账号|Account/).fill(login);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole("button", { name: /登\s*录|Sign in/ }).click();
  await page.getByTestId("welcome").waitFor();
}

/** Picks an option of the antd Select labelled `label` (looked up inside `within`, e.g. a dialog). */
export async function pick(page: Page, label: string | RegExp, option: string, within: Locator = page.locator("body")) {
  await within.getByLabel(label).click();
  // The open dropdown's option with exactly this label (closed dropdowns stay in the DOM, hidden).
  const item = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`,
  );
  await item.waitFor();
  await item.click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").waitFor({ state: "hidden" });
}
