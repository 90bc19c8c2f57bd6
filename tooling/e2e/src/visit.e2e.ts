import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, launch, PHONE, shot } from "./browser.ts";
import { type RunningGateway, startGateway } from "./gateway.ts";

/**
 * A whole visit: book → (time passes) → check in → called at a window, seen on the calling display → completed →
 * rated. Time passing is a restart of the gateway on the same embedded database with a later clock (HALL_NOW), on
 * the same port so the browsers keep their session cookies.
 */
describe("a whole visit", () => {
  let browser: Browser;
  let gateway: RunningGateway | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "hall-visit-"));
  const port = 3800 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];
  const context = async (viewport = PHONE) => {
    const ctx = await browser.newContext({ viewport, locale: "zh-CN", baseURL: base });
    ctx.setDefaultTimeout(15_000);
    contexts.push(ctx);
    return ctx;
  };

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("books, checks in, is called on the display, is served and rates the service", async () => {
    // 09:00 on Monday: the citizen books today's 10:30 slot.
    gateway = await startGateway({ port, dataDir, now: "2026-11-23T09:00:00+08:00" });
    const citizen = await (await context()).newPage();
    await citizen.goto("/");
    await citizen.getByLabel(/账号/).fill("13800000003");
    await citizen.getByLabel(/密码/).fill("demo1234");
    await citizen.getByRole("button", { name: /登\s*录/ }).click();
    await citizen.getByTestId("welcome").waitFor();
    const items = await citizen.evaluate(
      async () => (await (await fetch("/api/trpc/catalog.items.list")).json()).result.data,
    );
    const item = (items as { id: number; code: string }[]).find((i) => i.code === "SB-003")!; // 社会保障卡申领
    await citizen.goto(`/appointments/book/${item.id}`);
    await citizen.getByText("我已阅读并知晓需携带的全部材料").click();
    await citizen.getByRole("button", { name: /下一步：选择预约时间/ }).click();
    await citizen.getByRole("button", { name: /^10:30–11:00，/ }).click();
    await citizen.getByRole("button", { name: /下一步：确认预约/ }).click();
    await citizen.getByRole("button", { name: /确认预约/ }).click();
    await citizen.getByText("预约成功").first().waitFor();
    await shot(citizen, "visit-1-booked");

    // 10:05: check-in for the 10:30 slot is open (from 30 minutes before the start).
    await gateway.stop();
    gateway = await startGateway({ port, dataDir, now: "2026-11-23T10:05:00+08:00" });

    const tv = await (await context({ width: 1280, height: 720 })).newPage();
    await tv.goto("/appointments/display");
    await tv.getByTestId("calling-board").waitFor();
    await shot(tv, "visit-2-display-before");

    await citizen.goto("/appointments/ticket");
    await citizen.getByRole("button", { name: /签到/ }).first().click();
    const number = (await citizen.getByTestId("ticket-number").textContent())!.trim();
    expect(number).toMatch(/^C\d{3}$/); // 社保医保专区
    await shot(citizen, "visit-3-ticket");

    // staff08 holds the A post of the 社保医保 window (06) and calls with the keyboard.
    const staff = await (await context(DESKTOP)).newPage();
    await staff.goto("/");
    await staff.getByLabel(/账号/).fill("staff08");
    await staff.getByLabel(/密码/).fill("demo1234");
    await staff.getByRole("button", { name: /登\s*录/ }).click();
    await staff.getByTestId("welcome").waitFor();
    await staff.goto("/appointments/console");
    await staff.getByTestId("shortcuts").waitFor();
    await staff.keyboard.press("n");
    await staff.getByTestId("current-ticket").getByText(number).waitFor();
    await shot(staff, "visit-4-console-called");

    // The TV shows the call without a reload (server push).
    await tv.getByTestId("latest-call").getByText(number).waitFor();
    expect(await tv.getByTestId("latest-call").textContent()).toContain("06");
    // The display keeps the hall's clock (the server's), not the TV's.
    expect(await tv.getByTestId("board-clock").textContent()).toMatch(/2026年11月23日 周一 10:0\d/);
    await shot(tv, "visit-5-display-called");

    await staff.getByRole("button", { name: /^办\s?结$/ }).click();
    await staff.getByRole("radio", { name: /^办结$/ }).click();
    await staff.getByRole("button", { name: "确认办结" }).click();
    await staff.getByTestId("completed").waitFor();
    await shot(staff, "visit-6-completed");

    const auditStatus = await staff.evaluate(async () => {
      const r = await fetch(
        `/api/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ hallId: 1, limit: 5 }))}`,
      );
      return r.status;
    });
    expect(auditStatus).toBe(403); // window staff do not read the audit log

    // The citizen rates from the link the counter shows (its QR code points at the same page).
    const rateHref = await staff.getByRole("link", { name: /评价/ }).first().getAttribute("href");
    expect(rateHref).toMatch(/\/rate\/\d+$/);
    await citizen.goto(`/appointments${rateHref!.replace(/^\/appointments/, "")}`);
    await citizen.getByRole("radio", { name: /非常满意/ }).click();
    await citizen.getByRole("button", { name: /提交评价/ }).click();
    await citizen.getByText("感谢您的评价").first().waitFor();
    await shot(citizen, "visit-7-rated");
    for (const ctx of contexts) await ctx.close();
  });

  it("lets the window chief approve a refusal request, after which the counter completes it as 办不成事", async () => {
    const staff = await (await context(DESKTOP)).newPage();
    await staff.goto("/");
    await staff.getByLabel(/账号/).fill("staff01");
    await staff.getByLabel(/密码/).fill("demo1234");
    await staff.getByRole("button", { name: /登\s*录/ }).click();
    await staff.getByTestId("welcome").waitFor();
    // A walk-in at window 01, then a refusal request from the console.
    await staff.goto("/appointments/ticket");
    await staff.goto("/appointments/console");
    await staff.getByTestId("shortcuts").waitFor();
    const taken = await staff.evaluate(async () => {
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
    await staff.keyboard.press("n");
    await staff.getByTestId("current-ticket").getByText(taken).waitFor();
    await staff.getByRole("button", { name: "办不成事申请" }).click();
    await staff.getByRole("dialog").getByRole("textbox").fill("经营场所为住宅且无证明，不符合设立条件");
    await staff.getByRole("button", { name: "提交窗口负责人审批" }).click();
    await staff
      .getByTestId("refusal-status")
      .getByText(/待审批/)
      .waitFor();

    const chief = await (await context(DESKTOP)).newPage();
    await chief.goto("/");
    await chief.getByLabel(/账号/).fill("chief");
    await chief.getByLabel(/密码/).fill("demo1234");
    await chief.getByRole("button", { name: /登\s*录/ }).click();
    await chief.getByTestId("welcome").waitFor();
    await chief.goto("/appointments/approvals");
    await chief.getByText("经营场所为住宅且无证明，不符合设立条件").first().waitFor();
    await shot(chief, "visit-8-approvals");
    await chief.getByRole("button", { name: /^批\s*准$/ }).click();
    const dialog = chief.getByRole("dialog");
    await dialog.getByRole("textbox").fill("经核实确不符合设立条件，同意出具不予受理告知");
    await dialog.getByRole("button", { name: /^批\s*准$/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await chief.getByText("已批准").last().waitFor();
    await shot(chief, "visit-9-approved");

    // The counter sees the decision and may now complete the ticket as 办不成事.
    await staff.getByRole("button", { name: /刷新审批结果/ }).click();
    await staff
      .getByTestId("refusal-status")
      .getByText(/已批准/)
      .waitFor();
    await staff.getByRole("button", { name: /^办\s?结$/ }).click();
    await staff.getByRole("radio", { name: /办不成事/ }).click();
    await staff.getByRole("button", { name: "确认办结" }).click();
    await staff
      .getByTestId("completed")
      .getByText(/办不成事/)
      .waitFor();
    await shot(staff, "visit-10-refused");
    // The window is free again for the next citizen.
    const callButton = staff.getByRole("button", { name: /^叫\s*号$/ });
    await expect.poll(() => callButton.isDisabled()).toBe(false);
    for (const ctx of contexts) await ctx.close();
  });
});
