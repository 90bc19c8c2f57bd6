import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { MaskedId } from "./masked-id.tsx";
import { PageHeader } from "./page-header.tsx";
import { RoleTags } from "./role-tags.tsx";

describe("RoleTags", () => {
  it("labels role codes in the current language and keeps unknown codes", () => {
    render(
      <I18nProvider locale="zh-CN">
        <RoleTags roles={["window_staff", "hall_admin", "robot"]} />
      </I18nProvider>,
    );
    expect(screen.getByText("窗口工作人员")).toBeTruthy();
    expect(screen.getByText("大厅管理员")).toBeTruthy();
    expect(screen.getByText("robot")).toBeTruthy();
  });

  it("uses English labels in en-US", () => {
    render(
      <I18nProvider locale="en-US">
        <RoleTags roles={["duty_leader"]} />
      </I18nProvider>,
    );
    expect(screen.getByText("Duty leader")).toBeTruthy();
  });
});

describe("MaskedId", () => {
  it("shows the masked value as given and reveals only through onReveal", async () => {
    render(
      <I18nProvider>
        <MaskedId value="4101**********1234" kind="id" revealable onReveal={async () => "410102199001011234"} />
      </I18nProvider>,
    );
    expect(screen.getByText("4101**********1234")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "查看完整号码" }));
    expect(await screen.findByText("410102199001011234")).toBeTruthy();
    const hide = screen.getByRole("button", { name: "隐藏" });
    await waitFor(() => expect(hide.className).not.toContain("ant-btn-loading"));
    fireEvent.click(hide);
    expect(await screen.findByText("4101**********1234")).toBeTruthy();
  });

  it("has no reveal button unless revealable", () => {
    render(
      <I18nProvider>
        <MaskedId value="138****5678" kind="phone" />
      </I18nProvider>,
    );
    expect(screen.getByText("138****5678")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("PageHeader", () => {
  it("renders title, subtitle and extra", () => {
    render(
      <I18nProvider>
        <PageHeader title="窗口管理" subtitle="共 12 个窗口" extra={<button type="button">导出</button>} />
      </I18nProvider>,
    );
    expect(screen.getByRole("heading", { name: "窗口管理" })).toBeTruthy();
    expect(screen.getByText("共 12 个窗口")).toBeTruthy();
    expect(screen.getByRole("button", { name: "导出" })).toBeTruthy();
  });
});
