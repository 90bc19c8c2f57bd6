import { fakeSession, renderApp, staffMe } from "@hall/app-kit/testing";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./app.tsx";

describe("mentoring app", () => {
  it("welcomes the signed-in person with what the app does, in Chinese and in English", async () => {
    fakeSession(staffMe);
    renderApp(App, "/");
    expect(await screen.findByRole("heading", { name: "导师带教（1+N）" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("王芳，您好");
    expect(screen.getByText("导师与新人结对，带教目标与清单签字确认")).toBeTruthy();

    fireEvent.click(screen.getByTitle("English"));
    expect(await screen.findByRole("heading", { name: "Mentoring (1+N)" })).toBeTruthy();
    expect(screen.getByText("Pair mentors with new staff; goals with checklists and sign-off")).toBeTruthy();
  });
});
