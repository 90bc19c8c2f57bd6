import { fakeSession, renderApp, staffMe } from "@hall/app-kit/testing";
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "./app.tsx";

describe("training app", () => {
  it("welcomes the signed-in person with what the app does, in Chinese and in English", async () => {
    fakeSession(staffMe);
    renderApp(App, "/");
    expect(await screen.findByRole("heading", { name: "培训考试" })).toBeTruthy();
    expect(screen.getByTestId("whoami").textContent).toContain("王芳，您好");
    expect(screen.getByText("课程与“五学联动”排期，检查培训节奏是否达标")).toBeTruthy();

    fireEvent.click(screen.getByTitle("English"));
    expect(await screen.findByRole("heading", { name: "Training & exams" })).toBeTruthy();
    expect(screen.getByText("Courses and the five-way learning cadence, with compliance warnings")).toBeTruthy();
  });
});
