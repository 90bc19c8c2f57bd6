import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi } from "../test/fake-api.ts";
import { adminMe, citizenMe } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

async function launcherApps() {
  const nav = await screen.findByTestId("launcher-apps");
  return within(nav)
    .getAllByRole("link")
    .map((link) => [link.getAttribute("aria-label"), link.getAttribute("href")]);
}

describe("launcher", () => {
  it("offers a citizen only the booking app", async () => {
    fakeApi({ "auth.me": () => citizenMe });
    renderApp("/");
    expect(await screen.findByText("赵六，您好")).toBeTruthy();
    expect(await launcherApps()).toEqual([["预约取号", "/appointments/"]]);
    expect(within(screen.getByTestId("welcome")).getByText("办事群众")).toBeTruthy();
    expect(screen.getByText("138****0001", { exact: false })).toBeTruthy();
  });

  it("offers a hall administrator every app and hall administration", async () => {
    fakeApi({ "auth.me": () => adminMe });
    renderApp("/");
    expect(await launcherApps()).toEqual([
      ["预约取号", "/appointments/"],
      ["培训考试", "/training/"],
      ["导师带教", "/mentoring/"],
      ["绩效考核", "/performance/"],
      ["大厅管理", "/admin"],
    ]);
    expect(screen.getByText("所属大厅：示范区政务服务中心")).toBeTruthy();
  });

  it("refuses hall administration to a citizen", async () => {
    fakeApi({ "auth.me": () => citizenMe });
    renderApp("/admin/zones");
    expect(await screen.findByText("无权访问")).toBeTruthy();
  });
});
