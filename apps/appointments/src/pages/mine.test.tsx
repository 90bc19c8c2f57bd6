import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { errorAlert } from "../test/dom.ts";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { booking, catalogApi, citizenMe, slotsOf } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

const cards = () => screen.findAllByTestId("booking-card");

describe("my bookings (/mine)", () => {
  it("lists upcoming bookings first, then the history, each with status, time, hall and code", async () => {
    fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [
        booking({ id: 3, status: "completed", code: "P9RF2ZQA", start: "2026-11-16T14:00:00+08:00" }),
        booking({ id: 2, start: "2026-11-26T09:00:00+08:00", end: "2026-11-26T09:30:00+08:00", code: "M3VB6YKD" }),
        booking({ id: 1 }),
      ],
    });
    renderApp("/mine");
    const [first, second, third] = await cards();
    expect(first?.textContent).toContain("7KQ2M9XR");
    expect(first?.textContent).toContain("已预约");
    expect(first?.textContent).toContain("2026年11月24日 周二 10:00–10:30");
    expect(second?.textContent).toContain("M3VB6YKD");
    expect(third?.textContent).toContain("已完成");
    expect(within(third as HTMLElement).queryByRole("button")).toBeNull();
    expect(screen.getByRole("region", { name: "历史预约" })).toBeTruthy();
  });

  it("cancels after the confirm dialog and refreshes the list", async () => {
    let status: "confirmed" | "cancelled" = "confirmed";
    const api = fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [booking({ status, cancellable: status === "confirmed" })],
      "booking.cancel": () => {
        status = "cancelled";
        return booking({ status, cancellable: false });
      },
    });
    renderApp("/mine");
    await cards();
    fireEvent.click(screen.getByRole("button", { name: "取消预约" }));
    const dialog = await screen.findByRole("dialog");
    expect(api.calls.some((c) => c.path === "booking.cancel")).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "确定取消" }));
    expect((await screen.findAllByText("已取消预约，该时段已释放")).length).toBeGreaterThan(0);
    expect(api.calls.find((c) => c.path === "booking.cancel")?.input).toEqual({ id: 501 });
    await waitFor(() => expect(screen.getByTestId("booking-card").getAttribute("data-status")).toBe("cancelled"));
  });

  it("shows why a booking past the deadline can't be cancelled, and the server's refusal when it comes late", async () => {
    fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [
        booking({ id: 2, code: "H4TN8WPC", cancellable: false }),
        booking({ id: 1, start: "2026-11-25T10:00:00+08:00", end: "2026-11-25T10:30:00+08:00" }),
      ],
      "booking.cancel": () => {
        throw new TrpcFailure("BAD_REQUEST", 400, "距时段开始已不足30分钟，不能取消或改约", {
          key: "booking.cancel_deadline",
          field: "start",
        });
      },
    });
    renderApp("/mine");
    const [locked, open] = await cards();
    const lockedCancel = within(locked as HTMLElement).getByRole("button", { name: "取消预约" });
    expect(lockedCancel.hasAttribute("disabled")).toBe(true);
    expect(within(locked as HTMLElement).getByTestId("not-cancellable-reason").textContent).toBe(
      "距开始已不足 30 分钟，不能再取消或改约",
    );

    fireEvent.click(within(open as HTMLElement).getByRole("button", { name: "取消预约" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "确定取消" }));
    const alert = await errorAlert();
    expect(alert.textContent).toContain("距时段开始已不足30分钟，不能取消或改约");
    // One error shown once: inline, not a toast as well.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getAllByText(/距时段开始已不足30分钟/)).toHaveLength(1);
    // An upcoming booking opens its code and QR code.
    expect(
      within(open as HTMLElement)
        .getByTestId("show-code")
        .getAttribute("href"),
    ).toBe("/booked/1");
  });

  it("asks a visitor to sign in", async () => {
    fakeApi(catalogApi(null));
    renderApp("/mine");
    expect(await screen.findByRole("link", { name: "登 录" })).toBeTruthy();
  });
});

describe("rescheduling (/mine/:id/reschedule)", () => {
  it("moves the booking to the chosen slot", async () => {
    const api = fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [booking()],
      "booking.reschedule": () => booking({ start: "2026-11-24T14:00:00+08:00", end: "2026-11-24T14:30:00+08:00" }),
    });
    const { router } = renderApp("/mine/501/reschedule");
    await screen.findByTestId("slot-picker");
    expect(screen.getByText("2026年11月24日 周二 10:00")).toBeTruthy();
    // The day of the booking is preselected.
    expect(document.querySelector('[data-date="2026-11-24"]')?.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: /^10:00–10:30/ }));
    expect(await screen.findByText("这是原预约的时段，请选择其他时段")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^14:00–14:30/ }));
    fireEvent.click(await screen.findByRole("button", { name: "确认改约" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/booked/501"));
    expect(await screen.findByText("改约成功")).toBeTruthy();
    expect(api.calls.find((c) => c.path === "booking.reschedule")?.input).toEqual({
      id: 501,
      start: "2026-11-24T14:00:00+08:00",
    });
  });

  it("on a 409 keeps the old booking, says so and refreshes the slots", async () => {
    let full = false;
    const api = fakeApi({
      ...catalogApi(citizenMe, ({ date }) => slotsOf(date, full ? { "14:00": { booked: 4, available: 0 } } : {})),
      "booking.mine": () => [booking()],
      "booking.reschedule": () => {
        full = true;
        throw new TrpcFailure("CONFLICT", 409, "新时段已约满，原预约保留不变", {
          key: "booking.slot_full",
          field: "start",
        });
      },
    });
    const { router } = renderApp("/mine/501/reschedule");
    await screen.findByTestId("slot-picker");
    fireEvent.click(screen.getByRole("button", { name: /^14:00–14:30/ }));
    const before = api.calls.filter((c) => c.path === "booking.slots").length;
    fireEvent.click(await screen.findByRole("button", { name: "确认改约" }));
    const alert = await errorAlert();
    expect(alert.textContent).toContain("新时段已约满，原预约保留不变");
    await waitFor(() => expect(screen.getByRole("button", { name: /^14:00–14:30/ }).textContent).toContain("已约满"));
    expect(api.calls.filter((c) => c.path === "booking.slots").length).toBeGreaterThan(before);
    expect(screen.getByRole("button", { name: /确认改约/ }).hasAttribute("disabled")).toBe(true);
    expect(router.state.location.pathname).toBe("/mine/501/reschedule");
  });

  it("explains when a booking can no longer be moved", async () => {
    fakeApi({ ...catalogApi(citizenMe), "booking.mine": () => [booking({ cancellable: false })] });
    renderApp("/mine/501/reschedule");
    expect(await screen.findByText("距开始已不足 30 分钟，不能再改约")).toBeTruthy();
    expect(screen.queryByTestId("slot-picker")).toBeNull();
  });
});
