import { fakeSession, renderApp, staffMe } from "@hall/app-kit/testing";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./app.tsx";

describe("performance app", () => {
  it("welcomes the signed-in person with what the app does, in Chinese and in English", async () => {
    fakeSession(staffMe);
    renderApp(App, "/");
    expect(await screen.findByRole("heading", { name: "绩效考核" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("王芳，您好");
    expect(screen.getByText("“五位一体”月度综合评分及扣分明细")).toBeTruthy();

    fireEvent.click(screen.getByTitle("English"));
    expect(await screen.findByRole("heading", { name: "Staff performance" })).toBeTruthy();
    expect(screen.getByText("Monthly composite score with every deduction")).toBeTruthy();
  });
});
