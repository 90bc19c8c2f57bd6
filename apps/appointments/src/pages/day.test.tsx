import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { errorAlert } from "../test/dom.ts";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { adminMe, catalogApi, citizenMe, dayView, staffMe } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

describe("the hall's day view (/day)", () => {
  it("shows window staff each slot's capacity, bookings and the citizens (phones masked), without overrides", async () => {
    const api = fakeApi({ ...catalogApi(staffMe), "booking.day": () => dayView() });
    renderApp("/day?date=2026-11-24");
    const row = (await screen.findByText("7KQ2M9XR")).closest("tr") as HTMLElement;
    expect(row.textContent).toContain("10:00–10:30");
    expect(row.textContent).toContain("赵建华");
    expect(row.textContent).toContain("138****0001");
    expect(row.textContent).toContain("已预约");
    expect(screen.getByText("共 1 个预约", { exact: false })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /调整 .* 的容量/ })).toBeNull();
    expect(api.calls.find((c) => c.path === "booking.day")?.input).toEqual({ hallId: 1, date: "2026-11-24" });
  });

  it("lets a hall admin override a slot's capacity and shows the server's refusal below the booked count", async () => {
    const api = fakeApi({
      ...catalogApi(adminMe),
      "booking.day": () => dayView(),
      "booking.overrideCapacity": (input) => {
        const { capacity } = input as { capacity: number };
        if (capacity < 1) {
          throw new TrpcFailure("BAD_REQUEST", 400, "该时段已有1个预约，容量不能低于1", {
            key: "booking.capacity_below_booked",
            field: "capacity",
          });
        }
        return {
          start: "2026-11-24T10:00:00+08:00",
          end: "2026-11-24T10:30:00+08:00",
          capacity,
          booked: 1,
          available: capacity - 1,
        };
      },
    });
    renderApp("/day?date=2026-11-24");
    fireEvent.click(await screen.findByRole("button", { name: "调整 10:00–10:30 的容量" }));
    const input = await screen.findByRole("spinbutton", { name: "容量" });
    fireEvent.change(input, { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    const alert = await errorAlert();
    expect(alert.textContent).toContain("该时段已有1个预约，容量不能低于1");

    fireEvent.change(screen.getByRole("spinbutton", { name: "容量" }), { target: { value: "6" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s*存/ }));
    expect((await screen.findAllByText("容量已调整")).length).toBeGreaterThan(0);
    const calls = api.calls.filter((c) => c.path === "booking.overrideCapacity").map((c) => c.input);
    expect(calls).toEqual([
      { itemId: 1, start: "2026-11-24T10:00:00+08:00", capacity: 0 },
      { itemId: 1, start: "2026-11-24T10:00:00+08:00", capacity: 6 },
    ]);
    await waitFor(() => expect(api.calls.filter((c) => c.path === "booking.day").length).toBeGreaterThan(1));
  });

  it("is closed to citizens", async () => {
    fakeApi(catalogApi(citizenMe));
    renderApp("/day");
    expect(await screen.findByText("无权访问")).toBeTruthy();
  });

  it("starts on the hall's today and pages by day", async () => {
    const api = fakeApi({ ...catalogApi(staffMe), "booking.day": () => dayView() });
    const { router } = renderApp("/day");
    await screen.findByText("7KQ2M9XR");
    expect(api.calls.find((c) => c.path === "booking.day")?.input).toEqual({ hallId: 1, date: "2026-11-23" });
    fireEvent.click(screen.getByRole("button", { name: "后一天" }));
    await waitFor(() => expect(router.state.location.search).toBe("?date=2026-11-24"));
    const header = screen.getByText("2026年11月24日 周二");
    expect(within(header.parentElement as HTMLElement).getByText("2026年11月24日 周二")).toBeTruthy();
  });
});
