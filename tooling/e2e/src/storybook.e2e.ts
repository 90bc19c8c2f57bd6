import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launch, newContext, shot } from "./browser.ts";

describe("Storybook served by the gateway at /storybook/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("lists a story for every shared component", async () => {
    const r = await fetch(`${baseUrl()}/storybook/index.json`);
    expect(r.status).toBe(200);
    const ids = Object.keys((await r.json()).entries as Record<string, unknown>);
    for (const c of [
      "shell-appshell",
      "errors-erroralert",
      "auth-loginform",
      "reference-entityformmodal",
      "reference-referencetable",
      "display-maskedid",
      "display-roletags",
      "display-pageheader",
    ]) {
      expect(
        ids.some((id) => id.startsWith(`${c}--`)),
        c,
      ).toBe(true);
    }
  });

  it("renders a story in Chinese and its English twin", async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto("/storybook/iframe.html?id=reference-entityformmodal--with-server-field-error&viewMode=story");
    await page.getByRole("dialog").waitFor();
    await shot(page, "storybook-form-server-error-zh");
    await page.goto(
      "/storybook/iframe.html?id=reference-entityformmodal--with-server-field-error-english&viewMode=story",
    );
    await page.getByRole("dialog").waitFor();
    await shot(page, "storybook-form-server-error-en");
    await page.goto("/storybook/");
    await page.waitForSelector("#storybook-preview-iframe");
    await shot(page, "storybook-manager");
    await ctx.close();
  });
});
