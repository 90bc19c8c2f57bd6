import type { Me } from "@hall/api-client";
import { I18nProvider } from "@hall/ui";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Home } from "./app.tsx";

const me = {
  id: 7,
  login: "staff01",
  name: "王芳",
  roles: ["window_staff", "group_leader"],
  roleLabels: [],
  hallId: 1,
  hallName: "示范区政务服务中心",
  windowId: 1,
  orgUnitId: 2,
  orgUnitName: "示范区",
  phoneMasked: null,
  idNumberMasked: null,
} as Me;

describe("performance home", () => {
  it("shows who is signed in, their roles and hall, in Chinese", () => {
    render(
      <I18nProvider locale="zh-CN">
        <Home me={me} />
      </I18nProvider>,
    );
    expect(screen.getByRole("heading", { name: "绩效考核" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("王芳，您好");
    expect(screen.getByText("窗口工作人员")).toBeTruthy();
    expect(screen.getByText("所属大厅：示范区政务服务中心")).toBeTruthy();
  });

  it("speaks English when switched", () => {
    render(
      <I18nProvider locale="en-US">
        <Home me={me} />
      </I18nProvider>,
    );
    expect(screen.getByRole("heading", { name: "Staff performance" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("Hello, 王芳");
  });
});
