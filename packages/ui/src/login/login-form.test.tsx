import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { LoginForm } from "./login-form.tsx";

function renderLogin(locale: "zh-CN" | "en-US" = "zh-CN") {
  const onSubmit = vi.fn();
  render(
    <I18nProvider locale={locale}>
      <LoginForm onSubmit={onSubmit} submitting={false} error={null} />
    </I18nProvider>,
  );
  return { onSubmit };
}

describe("LoginForm", () => {
  it("submits {login, password}", async () => {
    const { onSubmit } = renderLogin();
    fireEvent.change(screen.getByLabelText("账号/手机号"), { target: { value: " 13800138000 " } });
    fireEvent.change(screen.getByLabelText("密码"), { target: { value: "s3cret!" } });
    fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ login: "13800138000", password: "s3cret!" }));
  });

  it("validates in the current language", async () => {
    const { onSubmit } = renderLogin("en-US");
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Please enter your account or phone number")).toBeTruthy();
    expect(await screen.findByText("Please enter your password")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows a server error", () => {
    render(
      <I18nProvider>
        <LoginForm onSubmit={() => {}} submitting={false} error={{ message: "账号或密码错误" }} />
      </I18nProvider>,
    );
    expect(screen.getByRole("alert").textContent).toContain("账号或密码错误");
  });
});
