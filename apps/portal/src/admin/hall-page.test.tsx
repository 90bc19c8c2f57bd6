import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { adminMe, demoHall } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

const explainOf = (element: HTMLElement) =>
  element.closest(".ant-form-item")?.querySelector(".ant-form-item-explain")?.textContent;

function renderHallPage(updateSettings: () => unknown) {
  const api = fakeApi({
    "auth.me": () => adminMe,
    "halls.list": () => [demoHall],
    "halls.get": () => demoHall,
    "halls.updateSettings": updateSettings,
  });
  renderApp("/admin/hall");
  return api;
}

async function saveSettings() {
  const card = (await screen.findByText("开放时间与设置")).closest(".ant-card") as HTMLElement;
  fireEvent.click(within(card).getByRole("button", { name: /保\s*存/ }));
  return card;
}

describe("hall page", () => {
  it("sends the opening periods as HH:mm and shows a period's validation error under that period", async () => {
    const api = renderHallPage(() => {
      throw new TrpcFailure("BAD_REQUEST", 400, "开放时间第2项结束：格式不正确", {
        key: "validation.failed",
        field: "settings.openingHours.1.end",
        fieldErrors: { "settings.openingHours.1.end": ["开放时间第2项结束：格式不正确"] },
      });
    });
    await saveSettings();
    const period = (n: number) => screen.getAllByLabelText(`第 ${n} 时段`)[0] as HTMLElement;
    await waitFor(() => expect(explainOf(period(2))).toBe("开放时间第2项结束：格式不正确"));
    expect(explainOf(period(1))).toBeFalsy();
    expect(api.calls.find((c) => c.path === "halls.updateSettings")?.input).toEqual({
      hallId: 1,
      settings: {
        openingHours: [
          { start: "09:00", end: "12:00" },
          { start: "13:30", end: "17:30" },
        ],
        maxSpecialtyZones: 6,
      },
    });
  });

  it("shows a refusal of the whole list under the periods", async () => {
    const message = "办公时间设置有误：时间格式应为HH:mm，每段开始早于结束，且各段按时间先后排列、互不重叠";
    renderHallPage(() => {
      throw new TrpcFailure("BAD_REQUEST", 400, message, {
        key: "settings.invalid_opening_hours",
        field: "openingHours",
        fieldErrors: { openingHours: [message] },
      });
    });
    const card = await saveSettings();
    // Under the list itself (Form.ErrorList), not repeated in an alert.
    await waitFor(() => expect(card.querySelector(".ant-form-item-explain")?.textContent).toBe(message));
    expect(within(card).queryByRole("alert")).toBeNull();
  });
});
