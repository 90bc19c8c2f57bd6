import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { AppShell, type AppShellProps } from "./app-shell.tsx";
import { defaultApps } from "./apps.ts";

type HappyDOMWindow = { happyDOM: { setViewport(v: { width: number; height: number }): void } };
const setViewport = (width: number, height: number) =>
  (window as unknown as HappyDOMWindow).happyDOM.setViewport({ width, height });

beforeEach(() => setViewport(1440, 900));
afterEach(() => setViewport(1024, 768));

function renderShell(props: Partial<AppShellProps> = {}) {
  return render(
    <I18nProvider>
      <AppShell
        current="training"
        apps={defaultApps()}
        user={{ name: "张三", roleLabels: ["窗口工作人员"] }}
        {...props}
      >
        <p>content</p>
      </AppShell>
    </I18nProvider>,
  );
}

describe("defaultApps", () => {
  it("links the five apps", () => {
    expect(defaultApps().map((a) => a.href)).toEqual([
      "/",
      "/appointments/",
      "/training/",
      "/mentoring/",
      "/performance/",
    ]);
    expect(defaultApps("/hall")[1]?.href).toBe("/hall/appointments/");
  });
});

describe("AppShell", () => {
  it("shows the title, the apps with the current one highlighted, the user and the content", () => {
    renderShell();
    expect(screen.getByText("政务服务大厅综合管理平台")).toBeTruthy();
    const current = screen.getByRole("link", { name: "培训考试" });
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(current.closest("li")?.className).toContain("hall-shell-app-selected");
    const other = screen.getByRole("link", { name: "预约取号" });
    expect(other.getAttribute("href")).toBe("/appointments/");
    expect(other.getAttribute("aria-current")).toBeNull();
    expect(other.closest("li")?.className ?? "").not.toContain("hall-shell-app-selected");
    expect(screen.getByText("张三")).toBeTruthy();
    expect(screen.getByText("content")).toBeTruthy();
  });

  it("switches the header from Chinese to English", () => {
    renderShell();
    fireEvent.click(screen.getByText("English"));
    expect(screen.getByText("Government Service Hall Management Platform")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Training" })).toBeTruthy();
    expect(screen.queryByText("政务服务大厅综合管理平台")).toBeNull();
  });

  it("signs out from the user menu", async () => {
    const onLogout = vi.fn();
    renderShell({ onLogout });
    fireEvent.click(screen.getByRole("button", { name: "张三，用户菜单" }));
    expect(await screen.findByText("当前用户：张三")).toBeTruthy();
    fireEvent.click(screen.getByText("退出登录"));
    expect(onLogout).toHaveBeenCalledOnce();
  });

  it("offers sign-in when signed out", () => {
    renderShell({ user: null });
    expect(screen.getByText("登录")).toBeTruthy();
    expect(screen.queryByText("张三")).toBeNull();
  });

  describe("on a 390px phone", () => {
    it("collapses the app switcher into a drawer", async () => {
      setViewport(390, 844);
      renderShell();
      expect(screen.getByText("政务服务大厅")).toBeTruthy();
      expect(screen.queryByRole("link", { name: "培训考试" })).toBeNull();
      fireEvent.click(screen.getByRole("button", { name: "菜单" }));
      const current = await screen.findByRole("link", { name: "培训考试" });
      expect(current.getAttribute("aria-current")).toBe("page");
      expect(screen.getByRole("link", { name: "绩效考核" }).getAttribute("href")).toBe("/performance/");
    });
  });
});
