import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { adminMe, demoHall } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

const window1 = {
  id: 11,
  hallId: 1,
  zoneId: 3,
  number: "1",
  name: "综合受理窗口",
  type: "general",
  itemId: null,
  active: true,
  postA: { staffId: 21, name: "王芳" },
  postB: null,
};

describe("windows page", () => {
  it("shows a server field error under 窗口号", async () => {
    const api = fakeApi({
      "auth.me": () => adminMe,
      "halls.list": () => [demoHall],
      "windows.list": () => [window1],
      "zones.list": () => [
        { id: 3, hallId: 1, kind: "acceptance_general", name: "综合受理区", prefix: "A", sort: 1, active: true },
      ],
      "items.list": () => [],
      "staff.list": () => [],
      "windows.update": () => {
        throw new TrpcFailure("CONFLICT", 409, "窗口编号已存在", {
          key: "window.number_taken",
          field: "number",
          fieldErrors: { number: ["窗口编号已存在"] },
        });
      },
    });
    renderApp("/admin/windows");

    const row = (await screen.findByText("综合受理窗口")).closest("tr") as HTMLElement;
    fireEvent.click(within(row).getByRole("button", { name: /编\s*辑/ }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("窗口号"), { target: { value: "2" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /保\s*存/ }));

    await waitFor(() =>
      expect(
        within(dialog).getByLabelText("窗口号").closest(".ant-form-item")?.querySelector(".ant-form-item-explain")
          ?.textContent,
      ).toBe("窗口编号已存在"),
    );
    expect(api.calls.find((c) => c.path === "windows.update")?.input).toEqual({
      id: 11,
      number: "2",
      name: "综合受理窗口",
      type: "general",
      zoneId: 3,
      itemId: null,
      active: true,
    });
  });
});
