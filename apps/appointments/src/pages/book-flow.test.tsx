import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setConfirmedMaterials } from "../draft.ts";
import { errorAlert } from "../test/dom.ts";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { booking, catalogApi, citizenMe, slotsOf, staffMe } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

/** The confirm button once the slot's seats are known (it stays disabled for a full slot). */
async function enabledSubmit() {
  await waitFor(() => expect(screen.getByRole("button", { name: "确认预约" }).hasAttribute("disabled")).toBe(false));
  return screen.getByRole("button", { name: "确认预约" });
}

const slot = (time: string) => screen.getByRole("button", { name: new RegExp(`^${time}`) });

describe("choosing an item (/book)", () => {
  it("lets a visitor browse, search and filter by zone and by 一件事 theme", async () => {
    fakeApi(catalogApi(null));
    renderApp("/book");
    const list = await screen.findByRole("list", { name: "选择办理事项" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(4);
    expect(within(list).getByRole("link", { name: "不动产首次登记" }).getAttribute("href")).toBe("/book/1");
    expect(list.textContent).toContain("承诺 5 个工作日");
    expect(list.textContent).toContain("即办件");
    // Not bookable: listed, greyed, no link.
    expect(within(list).queryByRole("link", { name: "社保卡挂失" })).toBeNull();
    expect(list.textContent).toContain("暂不支持预约");

    fireEvent.click(
      within(screen.getByRole("group", { name: "一件事" })).getByRole("button", { name: "企业开办一件事" }),
    );
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    expect(list.textContent).toContain("企业设立登记");
    fireEvent.click(within(screen.getByRole("group", { name: "一件事" })).getByRole("button", { name: "全部" }));

    fireEvent.click(
      within(screen.getByRole("group", { name: "功能区" })).getByRole("button", { name: "不动产登记专区" }),
    );
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(2));

    fireEvent.change(screen.getByRole("searchbox", { name: "搜索事项" }), { target: { value: "查询" } });
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    expect(list.textContent).toContain("不动产登记资料查询");
    fireEvent.change(screen.getByRole("searchbox", { name: "搜索事项" }), { target: { value: "不存在的事项" } });
    expect(await screen.findByText("没有符合条件的事项")).toBeTruthy();
  });
});

describe("the materials list (一次性告知)", () => {
  it("must be confirmed before choosing a time", async () => {
    fakeApi(catalogApi(citizenMe));
    const { router } = renderApp("/book/1");
    const checklist = await screen.findByTestId("materials-checklist");
    expect(checklist.textContent).toContain("房屋已竣工的材料");
    expect(checklist.textContent).toContain("可容缺");
    const next = screen.getByRole("button", { name: "下一步：选择预约时间" });
    expect(next.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("请先阅读材料清单并勾选确认")).toBeTruthy();
    fireEvent.click(next);
    expect(router.state.location.pathname).toBe("/book/1");

    fireEvent.click(screen.getByRole("checkbox", { name: "我已阅读并知晓需携带的全部材料" }));
    await waitFor(() => expect(next.hasAttribute("disabled")).toBe(false));
    fireEvent.click(next);
    await waitFor(() => expect(router.state.location.pathname).toBe("/book/1/slot"));
    expect(await screen.findByTestId("slot-picker")).toBeTruthy();
  });

  it("sends a citizen who skipped it from the time and confirm pages back to it", async () => {
    fakeApi(catalogApi(citizenMe));
    const { router } = renderApp("/book/1/confirm?start=2026-11-24T10%3A00%3A00%2B08%3A00");
    await waitFor(() => expect(router.state.location.pathname).toBe("/book/1"));
    expect(await screen.findByTestId("materials-checklist")).toBeTruthy();
    await act(() => router.navigate("/book/1/slot"));
    await waitFor(() => expect(router.state.location.pathname).toBe("/book/1"));
  });
});

describe("choosing a time and confirming", () => {
  it("books the chosen slot with the materials confirmed and a fresh idempotency key, then shows the code", async () => {
    setConfirmedMaterials(1, true);
    const created = booking({ id: 777, code: "H4TN8WPC" });
    const api = fakeApi({
      ...catalogApi(citizenMe, ({ date }) =>
        slotsOf(date, { "09:00": { open: false }, "09:30": { booked: 4, available: 0 } }),
      ),
      "booking.create": () => created,
      "booking.mine": () => [created],
    });
    const { router } = renderApp("/book/1/slot");
    await screen.findByTestId("slot-picker");
    // The first working day (today) is preselected; a full slot can't be chosen.
    expect(document.querySelector('[data-date="2026-11-23"]')?.getAttribute("aria-pressed")).toBe("true");
    expect(slot("09:30–10:00").textContent).toContain("已约满");
    expect(slot("09:30–10:00").hasAttribute("disabled")).toBe(true);
    expect(slot("09:00–09:30").textContent).toContain("不可约");

    fireEvent.click(document.querySelector('[data-date="2026-11-24"]') as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe("?date=2026-11-24"));
    await waitFor(() =>
      expect(api.calls.some((c) => c.path === "booking.slots" && JSON.stringify(c.input).includes("11-24"))).toBe(true),
    );
    fireEvent.click(slot("10:00–10:30"));
    expect(await screen.findByText("已选：2026年11月24日 周二 10:00")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "下一步：确认预约" }));

    const submit = await screen.findByRole("button", { name: "确认预约" });
    expect(screen.getByText("2026年11月24日 周二 10:00–10:30")).toBeTruthy();
    expect(await screen.findByText("示范区政务服务中心")).toBeTruthy();
    fireEvent.click(submit);

    expect(await screen.findByTestId("booked-code")).toBeTruthy();
    expect(screen.getByTestId("booked-code").textContent).toBe("H4TN8WPC");
    expect(screen.getByRole("img", { name: "预约码 H4TN8WPC 的二维码" })).toBeTruthy();
    const create = api.calls.find((c) => c.path === "booking.create")?.input as Record<string, unknown>;
    expect(create).toMatchObject({ itemId: 1, start: "2026-11-24T10:00:00+08:00", materialsConfirmed: true });
    expect(create.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(router.state.location.pathname).toBe("/booked/777");
  });

  it("on a 409 (the slot filled up meanwhile) shows the server's message and the refreshed slot list", async () => {
    setConfirmedMaterials(1, true);
    let full = false;
    const api = fakeApi({
      ...catalogApi(citizenMe, ({ date }) => slotsOf(date, full ? { "10:00": { booked: 4, available: 0 } } : {})),
      "booking.create": () => {
        full = true;
        // As the gateway answers: the field, and the message again as that field's message.
        throw new TrpcFailure("CONFLICT", 409, "该时段已约满，请选择其他时段", {
          key: "booking.slot_full",
          field: "start",
          fieldErrors: { start: ["该时段已约满，请选择其他时段"] },
        });
      },
    });
    const { router } = renderApp("/book/1/confirm?start=2026-11-24T10%3A00%3A00%2B08%3A00");
    const submit = await enabledSubmit();
    const slotCalls = () => api.calls.filter((c) => c.path === "booking.slots").length;
    const before = slotCalls();
    fireEvent.click(submit);

    await waitFor(() => expect(router.state.location.pathname).toBe("/book/1/slot"));
    expect(router.state.location.search).toBe("?date=2026-11-24");
    const alert = await errorAlert();
    expect(alert.textContent).toContain("该时段已约满，请选择其他时段");
    // The message once (not repeated as a field line), and as a toast.
    expect(alert.querySelectorAll("li")).toHaveLength(0);
    expect((await screen.findAllByText("该时段已约满，请选择其他时段")).length).toBeGreaterThanOrEqual(2);
    await waitFor(() => expect(slot("10:00–10:30").textContent).toContain("已约满"));
    expect(slotCalls()).toBeGreaterThan(before);
    expect(slot("10:00–10:30").hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "下一步：确认预约" }).hasAttribute("disabled")).toBe(true);
  });

  it("shows other refusals (caps, window rules) on the confirm page", async () => {
    setConfirmedMaterials(1, true);
    fakeApi({
      ...catalogApi(citizenMe),
      "booking.create": () => {
        throw new TrpcFailure("FORBIDDEN", 403, "您已有3个未到期的预约，请办理或取消后再预约", {
          key: "booking.cap_active_future",
          field: "itemId",
        });
      },
    });
    const { router } = renderApp("/book/1/confirm?start=2026-11-24T10%3A00%3A00%2B08%3A00");
    const submit = await enabledSubmit();
    fireEvent.click(submit);
    const alert = await errorAlert();
    expect(alert.textContent).toContain("您已有3个未到期的预约");
    expect(router.state.location.pathname).toBe("/book/1/confirm");
  });

  it("asks a visitor to sign in before confirming, and refuses staff accounts", async () => {
    setConfirmedMaterials(1, true);
    fakeApi(catalogApi(null));
    const visitor = renderApp("/book/1/confirm?start=2026-11-24T10%3A00%3A00%2B08%3A00");
    const signIn = await screen.findByRole("link", { name: "登录后确认预约" });
    expect(signIn.getAttribute("href")).toMatch(/^\/\?next=/);
    expect(screen.queryByRole("button", { name: "确认预约" })).toBeNull();
    visitor.unmount();

    fakeApi(catalogApi(staffMe));
    renderApp("/book/1/confirm?start=2026-11-24T10%3A00%3A00%2B08%3A00");
    expect(await screen.findByText("工作人员账号不能预约，请使用办事群众账号登录。")).toBeTruthy();
  });
});
