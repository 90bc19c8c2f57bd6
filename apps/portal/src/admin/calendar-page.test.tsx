import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "../test/fake-api.ts";
import { adminMe, demoData, demoHall } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";
import { parseOrgDays } from "./calendar-page.tsx";

function renderCalendar() {
  const api = fakeApi({
    "auth.me": () => adminMe,
    "halls.list": () => [demoHall],
    ...demoData,
    "calendar.orgSet": (input) => input,
    "calendar.orgRemove": (input) => ({
      orgUnitId: (input as { orgUnitId: number }).orgUnitId,
      removed: (input as { dates: string[] }).dates,
    }),
  });
  renderApp("/admin/calendar");
  return api;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("calendar page: sources and org layers", () => {
  it("shows which layer each day comes from and warns about coming months without a schedule", async () => {
    vi.setSystemTime(new Date("2026-10-20T10:00:00+08:00"));
    renderCalendar();
    const sources = await screen.findByTestId("calendar-sources");
    expect(sources.textContent).toContain("国家日历");
    expect(sources.textContent).toContain("示范市 · 0 天");
    expect(sources.textContent).toContain("示范区 · 0 天");
    expect(sources.textContent).toContain("本厅设置 · 1 天");
    const warnings = await screen.findByTestId("calendar-warnings");
    expect(warnings.textContent).toContain("2027-01 没有节假日安排");
    expect(screen.getByText("日历数据不全")).toBeTruthy();
  });

  it("marks the days an org unit entered and lets its admin enter more", async () => {
    vi.setSystemTime(new Date("2027-01-05T10:00:00+08:00"));
    const api = renderCalendar();
    const list = await screen.findByTestId("month-entries");
    expect(list.textContent).toContain("上级安排休息（示范市）：元旦");
    expect(screen.getByTestId("calendar-sources").textContent).toContain("国家日历（2027 年尚未收录）");
    expect(screen.queryByTestId("calendar-warnings")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "编辑示范市的日历" }));
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(dialog.textContent).toContain("元旦"));
    const bulk = within(dialog).getByRole("textbox", { name: "批量录入" });
    fireEvent.change(bulk, { target: { value: "2027-02-06 休 春节\n2027-02-30 休" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "录入全部" }));
    expect(await within(dialog).findByText("第 2 行无法识别")).toBeTruthy();
    expect(api.calls.filter((c) => c.path === "calendar.orgSet")).toEqual([]);

    fireEvent.change(bulk, { target: { value: "2027-02-06 休 春节\n2027-02-07 班" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "录入全部" }));
    await waitFor(() =>
      expect(api.calls.filter((c) => c.path === "calendar.orgSet").map((c) => c.input)).toEqual([
        {
          orgUnitId: 1,
          days: [
            { date: "2027-02-06", kind: "holiday", name: "春节" },
            { date: "2027-02-07", kind: "workday", name: null },
          ],
        },
      ]),
    );

    fireEvent.click(within(dialog).getByRole("button", { name: "删除 2027-01-01" }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === "calendar.orgRemove")?.input).toEqual({
        orgUnitId: 1,
        dates: ["2027-01-01"],
      }),
    );
  });
});

describe("parseOrgDays", () => {
  it("reads one date a line with 休/班 (or holiday/workday) and an optional name", () => {
    expect(parseOrgDays("2027-01-01 休 元旦\n\n 2027-02-07 workday \n2027-02-08 holiday 春节 调休")).toEqual({
      days: [
        { date: "2027-01-01", kind: "holiday", name: "元旦" },
        { date: "2027-02-07", kind: "workday", name: null },
        { date: "2027-02-08", kind: "holiday", name: "春节 调休" },
      ],
      invalid: [],
    });
  });

  it("names the lines it cannot read", () => {
    expect(parseOrgDays("2027-13-01 休\n2027-01-02 放假\n2027-01-03").invalid).toEqual([1, 2, 3]);
  });
});
