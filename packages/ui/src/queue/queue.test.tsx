import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "../i18n/catalog.ts";
import { I18nProvider } from "../i18n/i18n-provider.tsx";
import { CallingBoard } from "./calling-board.tsx";
import { DEMO_BOARD, EMPTY_BOARD } from "./fixtures.ts";
import { queueUiEnUS, queueUiZhCN } from "./messages.ts";
import { RatingPicker } from "./rating-picker.tsx";
import { TicketCard } from "./ticket-card.tsx";

const wrap = (node: ReactNode, locale: Locale = "zh-CN") => render(<I18nProvider locale={locale}>{node}</I18nProvider>);

describe("queue messages", () => {
  it("have the same keys and placeholders in both languages", () => {
    expect(Object.keys(queueUiEnUS).sort()).toEqual(Object.keys(queueUiZhCN).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(queueUiZhCN)) {
      expect(placeholders(queueUiEnUS[key as keyof typeof queueUiZhCN]), key).toEqual(placeholders(zh));
    }
  });
});

describe("CallingBoard", () => {
  it("shows the latest call big, the older calls in the list, the waiting count and the clock", () => {
    wrap(<CallingBoard board={DEMO_BOARD} clock="09:41:15" />);
    const latest = screen.getByTestId("latest-call");
    expect(latest.textContent).toBe("请 A012 号 到 01 号窗口");
    expect(screen.getByRole("region", { name: "正在呼叫" }).contains(latest)).toBe(true);
    const recent = screen.getByTestId("recent-calls");
    expect(within(recent).getAllByRole("listitem")).toHaveLength(4);
    expect(recent.textContent).toContain("B004");
    expect(recent.textContent).not.toContain("A012");
    expect(screen.getByTestId("board-waiting").textContent).toContain("17 人");
    expect(screen.getByTestId("board-clock").textContent).toBe("09:41:15");
  });

  it("replaces (and re-flashes) the big call when a new call arrives", () => {
    const view = wrap(<CallingBoard board={DEMO_BOARD} />);
    const before = screen.getByTestId("latest-call");
    const next = {
      ...DEMO_BOARD,
      calls: [{ ...DEMO_BOARD.calls[0]!, number: "A013", calledAt: "2026-11-23T09:42:00+08:00" }, ...DEMO_BOARD.calls],
    };
    view.rerender(
      <I18nProvider locale="zh-CN">
        <CallingBoard board={next} />
      </I18nProvider>,
    );
    const after = screen.getByTestId("latest-call");
    expect(after.textContent).toBe("请 A013 号 到 01 号窗口");
    expect(after).not.toBe(before); // remounted: the flash animation runs again
    expect(after.className).toContain("hall-call-flash");
  });

  it("says so when nobody was called yet, in English too", () => {
    wrap(<CallingBoard board={EMPTY_BOARD} />, "en-US");
    expect(screen.queryByTestId("latest-call")).toBeNull();
    expect(screen.getByTestId("calling-board").textContent).toContain("No calls yet");
  });
});

describe("TicketCard", () => {
  it("shows the number and the zone", () => {
    wrap(<TicketCard number="A012" zone="综合受理区" />);
    expect(screen.getByTestId("ticket-number").textContent).toBe("A012");
    expect(screen.getByTestId("ticket-card").textContent).toContain("办理区域：综合受理区");
  });
});

describe("RatingPicker", () => {
  it("reports the clicked score and labels the chosen one", () => {
    const onChange = vi.fn();
    const view = wrap(<RatingPicker value={null} onChange={onChange} />);
    fireEvent.click(screen.getByRole("radio", { name: "4 星：满意" }));
    expect(onChange).toHaveBeenCalledWith(4);
    view.rerender(
      <I18nProvider locale="zh-CN">
        <RatingPicker value={2} onChange={onChange} />
      </I18nProvider>,
    );
    expect(screen.getByTestId("rating-label").textContent).toBe("不满意");
    expect(screen.getByRole("radio", { name: "2 星：不满意" }).getAttribute("aria-checked")).toBe("true");
    fireEvent.keyDown(screen.getByTestId("rating-picker"), { key: "ArrowRight" });
    expect(onChange).toHaveBeenLastCalledWith(3);
  });
});
