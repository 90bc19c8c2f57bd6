import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../test/fake-api.ts";
import { adminMe, booking, catalogApi, citizenMe, staffMe } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

describe("home", () => {
  it("greets a citizen with the big booking button and their next bookings, soonest first", async () => {
    fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [
        booking({ id: 3, start: "2026-11-26T14:00:00+08:00", end: "2026-11-26T14:30:00+08:00", code: "ZZZZ2222" }),
        booking({ id: 2, status: "cancelled", code: "CCCC3333" }),
        booking({ id: 1 }),
      ],
    });
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "预约 · 取号 · 叫号" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("赵建华，您好");
    expect(screen.getByRole("button", { name: /预约办事/ })).toBeTruthy();
    const upcoming = await screen.findByTestId("upcoming");
    const items = within(upcoming).getAllByRole("listitem");
    expect(items[0]?.textContent).toContain("7KQ2M9XR");
    expect(items[0]?.textContent).toContain("2026年11月24日 周二 10:00–10:30");
    expect(items[1]?.textContent).toContain("ZZZZ2222");
    expect(upcoming.textContent).not.toContain("CCCC3333");
    expect(screen.queryByRole("link", { name: "大厅预约一览" })).toBeNull();
    // 取号·签到 (and from there my ticket and rating) is reachable from home.
    expect(screen.getByRole("link", { name: "取号 · 签到" }).getAttribute("href")).toBe("/ticket");
  });

  it("links window staff to the day view and hall admins also to capacity overrides", async () => {
    fakeApi(catalogApi(staffMe));
    const staff = renderApp("/");
    expect(await screen.findByRole("link", { name: "大厅预约一览" })).toBeTruthy();
    expect(screen.getByText("窗口工作人员")).toBeTruthy();
    expect(screen.getByText("所属大厅：示范区政务服务中心")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "时段容量调整" })).toBeNull();
    staff.unmount();

    fakeApi(catalogApi(adminMe));
    renderApp("/");
    expect(await screen.findByRole("link", { name: "时段容量调整" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "大厅预约一览" }).getAttribute("href")).toBe("/day");
  });

  it("lets a visitor start booking and offers sign-in", async () => {
    fakeApi(catalogApi(null));
    renderApp("/");
    expect(await screen.findByRole("button", { name: /预约办事/ })).toBeTruthy();
    expect(screen.getByRole("link", { name: "已有账号？登录后查看我的预约" }).getAttribute("href")).toBe("/?next=%2F");
  });

  it("speaks English when switched", async () => {
    fakeApi({ ...catalogApi(citizenMe), "booking.mine": () => [] });
    renderApp("/");
    await screen.findByTestId("whoami");
    fireEvent.click(screen.getByText("English"));
    expect(await screen.findByRole("heading", { name: "Appointments & hall queue" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("Hello, 赵建华");
    expect(await screen.findByText("No upcoming bookings")).toBeTruthy();
  });
});
