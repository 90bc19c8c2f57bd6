import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, TrpcFailure, unauthenticated } from "../test/fake-api.ts";
import { renderApp } from "../test/render-app.tsx";

function signIn(login: string, password: string) {
  fireEvent.change(screen.getByLabelText("账号/手机号"), { target: { value: login } });
  fireEvent.change(screen.getByLabelText("密码"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: /登\s*录/ }));
}

describe("sign-in page", () => {
  it("shows the server's refusal message", async () => {
    const api = fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
      "auth.login": () => {
        throw new TrpcFailure("UNAUTHORIZED", 401, "账号或密码错误", {
          key: "auth.invalid_credentials",
          field: "password",
        });
      },
    });
    renderApp("/");
    expect(await screen.findByTestId("demo-hint")).toBeTruthy();
    expect(screen.getByTestId("demo-hint").textContent).toContain("demo1234");

    signIn("admin", "wrong-password");

    // The server names the password field: the message sits under that input.
    const message = await screen.findByText("账号或密码错误");
    expect(message.closest(".ant-form-item-explain-error")).toBeTruthy();
    expect(api.calls.find((c) => c.path === "auth.login")?.input).toEqual({
      login: "admin",
      password: "wrong-password",
    });
  });

  it("goes to ?next= after signing in", async () => {
    fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
      "auth.login": () => ({ id: 1, name: "林海" }),
    });
    const assign = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign, origin: "http://localhost" });
    renderApp("/?next=%2Ftraining%2Fexams%3Fid%3D3");
    await screen.findByTestId("demo-hint");
    signIn("trainer", "demo1234");
    await waitFor(() => expect(assign).toHaveBeenCalledWith("/training/exams?id=3"));
  });

  it("ignores a ?next= that leaves the site", async () => {
    fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
      "auth.login": () => ({ id: 1, name: "林海" }),
    });
    const assign = vi.fn();
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign, origin: "http://localhost" });
    renderApp("/?next=%2F%2Fevil.example%2Fphish");
    await screen.findByTestId("demo-hint");
    signIn("admin", "demo1234");
    await waitFor(() => expect(assign).toHaveBeenCalledWith("/"));
  });

  it("switches to English", async () => {
    fakeApi({
      "auth.me": () => {
        throw unauthenticated();
      },
    });
    renderApp("/");
    await screen.findByTestId("demo-hint");
    fireEvent.click(screen.getByText("English"));
    expect(await screen.findByRole("link", { name: "Register as a citizen" })).toBeTruthy();
    expect(screen.getByTestId("demo-hint").textContent).toContain("Demo accounts");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();
  });
});
