import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../test/fake-api.ts";
import { adminMe, demoData, demoHall } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

let consoleErrors: ReturnType<typeof vi.spyOn>;
let consoleWarnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleErrors = vi.spyOn(console, "error");
  consoleWarnings = vi.spyOn(console, "warn");
});
afterEach(() => {
  // No React key/act warnings and no antd deprecation notices.
  expect(consoleErrors).not.toHaveBeenCalled();
  expect(consoleWarnings).not.toHaveBeenCalled();
});

function renderAdmin(path: string) {
  fakeApi({ "auth.me": () => adminMe, "halls.list": () => [demoHall], ...demoData });
  return renderApp(path);
}

const pages: [string, string, string][] = [
  ["/admin/hall", "大厅信息", "所属机构：示范区"],
  ["/admin/org", "组织机构", "幸福社区"],
  ["/admin/zones", "功能区", "不动产登记专区"],
  ["/admin/windows", "窗口", "综合受理1号窗口"],
  ["/admin/staff", "工作人员", "4101**********1234"],
  ["/admin/groups", "小组", "第一小组"],
  ["/admin/items", "服务事项", "不动产转移登记"],
  ["/admin/users", "账号", "staff01"],
  ["/admin/audit", "审计日志", "林海（大厅管理员）"],
];

describe("admin pages", () => {
  it.each(pages)("%s renders its data", async (path, title, sample) => {
    renderAdmin(path);
    expect(await screen.findByRole("heading", { name: title, level: 3 })).toBeTruthy();
    await waitFor(() => expect(document.body.textContent).toContain(sample));
  });

  it("/admin goes to the hall page and the menu lists every section", async () => {
    const { router } = renderAdmin("/admin");
    expect(await screen.findByRole("heading", { name: "大厅信息", level: 3 })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/admin/hall");
    const menu = screen.getByRole("menu", { name: "大厅管理" });
    expect(
      within(menu)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["大厅信息", "组织机构", "功能区", "窗口", "工作人员", "小组", "服务事项", "日历", "账号", "审计日志"]);
  });

  it("counts the specialty zones against the hall's limit", async () => {
    renderAdmin("/admin/zones");
    const counter = await screen.findByTestId("specialty-counter");
    await waitFor(() => expect(counter.textContent).toBe("专业综合受理区 1 / 6"));
  });

  it("calendar marks national holidays, 调休 and hall days", async () => {
    vi.setSystemTime(new Date("2026-10-20T10:00:00+08:00"));
    try {
      renderAdmin("/admin/calendar");
      const list = await screen.findByTestId("month-entries");
      expect(list.textContent).toContain("法定节假日：国庆节");
      expect(list.textContent).toContain("调休上班：国庆节");
      expect(list.textContent).toContain("本厅休息：系统升级停办");
      fireEvent.click(within(list).getByText(/系统升级停办/));
      const dialog = await screen.findByRole("dialog");
      expect(within(dialog).getByLabelText("清除本厅设置")).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it("audit rows expand to before/after JSON", async () => {
    renderAdmin("/admin/audit");
    const row = (await screen.findByText("修改功能区")).closest("tr") as HTMLElement;
    fireEvent.click(within(row).getByRole("button"));
    expect(await screen.findByText(/"name": "不动产专区"/)).toBeTruthy();
    expect(screen.getByText(/"name": "不动产登记专区"/)).toBeTruthy();
  });
});
