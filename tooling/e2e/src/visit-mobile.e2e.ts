import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, PHONE, shot } from "./browser.ts";
import { type RunningGateway, startGateway } from "./gateway.ts";

/** The counter's screen: a 1440×900 monitor. */
const COUNTER = { width: 1440, height: 900 };

/**
 * The visit as a citizen on a phone (390×844) and a window clerk at a counter (1440×900) live it: home → 取号 with a
 * confirmation → the ticket screen (number, tickets ahead, estimated wait, live) → called to the window → rated; the
 * rating page reopened shows the rating given. The console shows the window's queue, and a second browser of the
 * same window sees the same ticket and refusal request (the counter's state lives on the server).
 */
describe("the visit on a phone and at a counter", () => {
  let browser: Browser;
  let gateway: RunningGateway | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "hall-visit-mobile-"));
  const port = 4100 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];
  const page = async (viewport: { width: number; height: number }) => {
    const ctx = await browser.newContext({ viewport, locale: "zh-CN", baseURL: base, deviceScaleFactor: 1 });
    ctx.setDefaultTimeout(15_000);
    contexts.push(ctx);
    return ctx.newPage();
  };
  const signIn = async (p: Page, login: string) => {
    await p.goto("/");
    await p.getByLabel(/账号/).fill(login);
    await p.getByLabel(/密码/).fill("demo1234");
    await p.getByRole("button", { name: /登\s*录/ }).click();
    await p.getByTestId("welcome").waitFor();
  };
  /** Counter staff issue a walk-in ticket for 个体工商户设立登记 (SC-002). */
  const walkIn = (p: Page) =>
    p.evaluate(async () => {
      const items = (await (await fetch("/api/trpc/catalog.items.list")).json()).result.data as {
        id: number;
        code: string;
      }[];
      const r = await fetch("/api/trpc/queue.takeTicket", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ itemId: items.find((i) => i.code === "SC-002")!.id }),
      });
      return (await r.json()).result.data.number as string;
    });

  beforeAll(async () => {
    browser = await launch();
    gateway = await startGateway({ port, dataDir, now: "2026-11-23T09:30:00+08:00" });
  });
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
    await browser?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("walks the visit: ticket, wait, call, rating; the console's queue and state on two browsers", async () => {
    // Two citizens are already waiting (walk-ins issued at the counter).
    const clerk = await page(COUNTER);
    await signIn(clerk, "staff01");
    const first = await walkIn(clerk);
    const second = await walkIn(clerk);

    // The citizen finds 取号·签到 from the app's home.
    const citizen = await page(PHONE);
    await signIn(citizen, "13800000003");
    await citizen.goto("/appointments/");
    await citizen.getByRole("link", { name: "取号 · 签到" }).waitFor();
    await shot(citizen, "visit-mobile-1-home");
    await citizen.getByRole("link", { name: "取号 · 签到" }).click();
    await citizen.getByRole("button", { name: "取号：个体工商户设立登记" }).click();
    // One confirmation: a stray tap issues no ticket.
    await citizen.getByTestId("take-confirm").waitFor();
    await shot(citizen, "visit-mobile-2-confirm");
    await citizen.getByRole("button", { name: "确认取号" }).click();
    const number = (await citizen.getByTestId("ticket-number").textContent())!.trim();
    expect(number).toMatch(/^A\d{3}$/);
    expect(citizen.url()).toMatch(/\/appointments\/ticket\?t=\d+$/);
    expect(await citizen.getByTestId("ticket-ahead").textContent()).toBe("2");
    expect(await citizen.getByTestId("ticket-estimate").textContent()).toMatch(/^约 \d+ 分钟$/);
    await shot(citizen, "visit-mobile-3-ticket");

    // The counter's console shows the window's queue: 3 waiting, in calling order.
    await clerk.goto("/appointments/console");
    const queue = clerk.getByTestId("window-queue");
    await queue.getByText("等候 3 人").waitFor();
    const listed = await queue.locator("li strong").allTextContents();
    expect(listed).toEqual([first, second, number]);
    await shot(clerk, "visit-mobile-4-console-queue");

    // The first ticket is called: the citizen's screen follows without a reload (queue.board), so does the queue.
    await clerk.keyboard.press("n");
    await clerk.getByTestId("current-ticket").getByText(first).waitFor();
    await expect.poll(() => citizen.getByTestId("ticket-ahead").textContent()).toBe("1");
    await queue.getByText("等候 2 人").waitFor();
    await clerk.getByRole("button", { name: /^办\s?结$/ }).click();
    await clerk.getByRole("radio", { name: /^办结$/ }).click();
    await clerk.getByRole("button", { name: "确认办结" }).click();
    await clerk.getByTestId("completed").waitFor();

    // The second ticket: the clerk asks the chief to refuse it. Another browser at the same window sees the same
    // ticket and the pending request — no request button, 办不成事 not offered.
    await clerk.keyboard.press("n");
    await clerk.getByTestId("current-ticket").getByText(second).waitFor();
    await clerk.getByRole("button", { name: "办不成事申请" }).click();
    await clerk.getByRole("dialog").getByRole("textbox").fill("经营场所为住宅且无证明，不符合设立条件");
    await clerk.getByRole("button", { name: "提交窗口负责人审批" }).click();
    await clerk
      .getByTestId("refusal-status")
      .getByText(/待审批/)
      .waitFor();
    const other = await page(COUNTER);
    await signIn(other, "staff01");
    await other.goto("/appointments/console");
    await other.getByTestId("current-ticket").getByText(second).waitFor();
    await other
      .getByTestId("refusal-status")
      .getByText(/待审批/)
      .waitFor();
    expect(await other.getByRole("button", { name: "办不成事申请" }).count()).toBe(0);
    await shot(other, "visit-mobile-5-console-second-browser");
    // The chief is away: the clerk accepts it after all (容缺受理 offers only the waivable material).
    await clerk.getByRole("button", { name: /^办\s?结$/ }).click();
    await clerk.getByRole("radio", { name: /容缺受理/ }).click();
    const materials = await clerk
      .getByRole("checkbox")
      .evaluateAll((els) => els.map((e) => e.closest("label")?.textContent?.trim()));
    expect(materials).toEqual(["经营场所使用证明"]);
    await clerk.getByRole("checkbox", { name: "经营场所使用证明" }).check();
    await shot(clerk, "visit-mobile-6-pending-materials");
    await clerk.getByRole("button", { name: "确认办结" }).click();
    await clerk.getByTestId("completed").waitFor();

    // The citizen is called: their phone says which window, live.
    await clerk.keyboard.press("n");
    await clerk.getByTestId("current-ticket").getByText(number).waitFor();
    await citizen
      .getByTestId("ticket-called")
      .getByText(/请到 01 号窗口/)
      .waitFor();
    await shot(citizen, "visit-mobile-7-called");
    await clerk.getByRole("button", { name: /^办\s?结$/ }).click();
    await clerk.getByRole("radio", { name: /^办结$/ }).click();
    await clerk.getByRole("button", { name: "确认办结" }).click();
    await clerk.getByTestId("completed").waitFor();

    // Done: the citizen rates, and the rating page reopened shows the rating given.
    await citizen.getByTestId("rate-link").click();
    await citizen.getByRole("radio", { name: /非常满意/ }).click();
    await citizen.getByRole("button", { name: /提交评价/ }).click();
    await citizen.getByText("感谢您的评价").first().waitFor();
    await citizen.reload();
    await citizen.getByTestId("rating-given").getByText("您已评价：非常满意").waitFor();
    expect(await citizen.getByRole("button", { name: /提交评价/ }).count()).toBe(0);
    await shot(citizen, "visit-mobile-8-rated");
  });
});
