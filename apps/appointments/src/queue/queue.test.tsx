import type { Me } from "@hall/api-client";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../app.tsx";
import { routes } from "../routes.tsx";
import { errorAlert } from "../test/dom.ts";
import { fakeApi, TrpcFailure } from "../test/fake-api.ts";
import { catalogApi, citizenMe, ITEMS, staffMe } from "../test/fixtures.ts";
import { renderApp } from "../test/render-app.tsx";

type Listener = (event: { data: string; lastEventId: string }) => void;

/** A stand-in for the browser's EventSource: the test pushes tRPC SSE events by hand. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = 0;
  private listeners = new Map<string, Set<Listener>>();
  constructor(
    readonly url: string,
    readonly init?: unknown,
  ) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(fn);
  }
  removeEventListener(type: string, fn: Listener) {
    this.listeners.get(type)?.delete(fn);
  }
  close() {
    this.readyState = 2;
  }
  emit(type: string, data: unknown) {
    this.readyState = 1;
    for (const fn of this.listeners.get(type) ?? []) fn({ data: JSON.stringify(data), lastEventId: "" });
  }
}

const board = (calls: [string, string][], waiting: number) => ({
  hallId: 1,
  waiting,
  calls: calls.map(([number, windowNumber], i) => ({
    number,
    windowNumber,
    windowName: `${windowNumber}号窗`,
    calledAt: `2026-11-23T09:4${9 - i}:00+08:00`,
    recalls: 0,
  })),
});

describe("calling display (/display)", () => {
  it("has no shell, subscribes to queue.board and shows each new call big", async () => {
    FakeEventSource.instances = [];
    const { stubGlobal } = await import("vitest").then((m) => m.vi);
    stubGlobal("EventSource", FakeEventSource);
    const api = fakeApi({ ...catalogApi(null) });
    // As in the browser: the router's pathname carries the /appointments basename.
    const router = createMemoryRouter(routes, { initialEntries: ["/appointments/display"], basename: "/appointments" });
    render(<App router={router} />);
    await waitFor(() => expect(FakeEventSource.instances.length).toBe(1));
    const source = FakeEventSource.instances[0] as FakeEventSource;
    expect(decodeURIComponent(source.url)).toContain("queue.board");
    // The display is public: no shell header, no auth.me.
    expect(document.body.textContent).not.toContain("政务服务大厅");
    expect(api.calls.some((c) => c.path === "auth.me")).toBe(false);

    act(() => {
      source.emit("connected", {});
      source.emit(
        "message",
        board(
          [
            ["A011", "03"],
            ["B004", "07"],
          ],
          5,
        ),
      );
    });
    await waitFor(() => expect(screen.getByTestId("latest-call").textContent).toBe("请 A011 号 到 03 号窗口"));
    expect(screen.getByTestId("board-waiting").textContent).toContain("5 人");
    expect(screen.getByTestId("recent-calls").textContent).toContain("B004");

    act(() =>
      source.emit(
        "message",
        board(
          [
            ["A012", "01"],
            ["A011", "03"],
            ["B004", "07"],
          ],
          4,
        ),
      ),
    );
    await waitFor(() => expect(screen.getByTestId("latest-call").textContent).toBe("请 A012 号 到 01 号窗口"));
    expect(screen.getByTestId("latest-call").className).toContain("hall-call-flash");
    expect(await screen.findByText("示范区政务服务中心 · 叫号信息")).toBeTruthy();
  });
});

const chiefAtWindow: Me = { ...staffMe, roles: ["window_chief"], windowId: 3 };
const WINDOW = {
  id: 3,
  hallId: 1,
  zoneId: 3,
  number: "03",
  name: "综合受理3号窗",
  type: "general",
  itemId: null,
  active: true,
};
/** The queue panel: 2 waiting for the window, the first a booked elderly citizen. */
const WINDOW_QUEUE = {
  windowId: 3,
  waiting: 2,
  next: [
    {
      ticketId: 91,
      number: "A014",
      priority: "elderly",
      booked: true,
      transferred: false,
      itemName: "不动产首次登记",
      waitingSince: "2026-11-23T09:25:00+08:00",
      waitedMinutes: 16,
    },
    {
      ticketId: 92,
      number: "A015",
      priority: "normal",
      booked: false,
      transferred: false,
      itemName: "不动产首次登记",
      waitingSince: "2026-11-23T09:30:00+08:00",
      waitedMinutes: 11,
    },
  ],
  longestWaitMinutes: 16,
};

// The ticket screen and the console's queue panel follow queue.board: every test gets the stand-in EventSource.
beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});

const TICKET = {
  ticketId: 88,
  number: "A012",
  status: "called",
  priority: "elderly",
  itemId: 1,
  itemName: "不动产首次登记",
  windowId: 3,
  booked: true,
  issuedAt: "2026-11-23T09:20:00+08:00",
  calledAt: "2026-11-23T09:41:00+08:00",
  recalls: 0,
  requeues: 0,
  recallLimit: 3,
  refusal: null as null | { requestId: number; status: "requested" | "approved" | "denied" },
  actions: ["recall", "pass", "start", "transfer", "complete", "requestRefusal"],
  outcomes: [
    { outcome: "done", needs: null },
    { outcome: "accepted", needs: null },
    { outcome: "accepted_pending_materials", needs: "missingMaterials" },
    { outcome: "notice_given", needs: "noticeText" },
  ],
  // The server's list of what may be missing at a 容缺受理: the console offers only these.
  waivableMaterials: [ITEMS[0]!.materials[0]!.name],
};

describe("window console (/console)", () => {
  it("calls with the N key; 办不成事 stays disabled until the chief approved the refusal request", async () => {
    // The server's view of the ticket at each step: the console offers exactly its actions and outcomes.
    const recalled = { ...TICKET, recalls: 1 };
    const requested = {
      ...recalled,
      refusal: { requestId: 9, status: "requested" as const },
      actions: ["recall", "pass", "start", "transfer", "complete"],
    };
    const approved = {
      ...requested,
      refusal: { requestId: 9, status: "approved" as const },
      outcomes: [...TICKET.outcomes, { outcome: "refused", needs: null }],
    };
    // The window has nothing open until it calls; afterwards the ticket as the chief's decision leaves it.
    let open: typeof TICKET | null = null;
    const api = fakeApi({
      ...catalogApi(chiefAtWindow),
      "windows.list": () => [WINDOW],
      "queue.windowQueue": () => WINDOW_QUEUE,
      "queue.callNext": () => TICKET,
      "queue.recall": () => recalled,
      "queue.requestRefusal": () => {
        open = requested;
        return { requestId: 9, status: "requested", ticket: requested };
      },
      "queue.current": () => open,
      "queue.complete": (input) => ({
        ticketId: 88,
        serviceRecordId: 1,
        outcome: (input as { outcome: string }).outcome,
        dueDate: null,
        materialsDeadline: null,
      }),
    });
    renderApp("/console");
    expect(await screen.findByText("03 号窗口 · 综合受理3号窗")).toBeTruthy();
    expect(screen.getByTestId("shortcuts").textContent).toContain("N");

    fireEvent.keyDown(window, { key: "n" });
    const current = await screen.findByTestId("current-ticket");
    expect(current.textContent).toContain("A012");
    expect(current.textContent).toContain("预约");
    expect(current.textContent).toContain("老年人优先");
    expect(api.calls.find((c) => c.path === "queue.callNext")?.input).toEqual({ windowId: 3 });

    await waitFor(() => expect(screen.getByRole("button", { name: "重呼 0/3" }).hasAttribute("disabled")).toBe(false));
    fireEvent.keyDown(window, { key: "r" });
    await waitFor(() => expect(screen.getByTestId("current-ticket").parentElement?.textContent).toContain("重呼 1/3"));

    fireEvent.click(screen.getByRole("button", { name: /^办\s?结$/ }));
    const refused = await screen.findByRole("radio", { name: /办不成事/ });
    expect(refused.hasAttribute("disabled")).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "办不成事申请" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("textbox"), { target: { value: "不属于本窗口受理范围且无法转办" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "提交窗口负责人审批" }));
    expect((await screen.findByTestId("refusal-status")).textContent).toContain("待审批");
    expect(screen.getByRole("radio", { name: /办不成事/ }).hasAttribute("disabled")).toBe(true);

    // The server no longer offers a second request while the first waits.
    expect(screen.queryByRole("button", { name: "办不成事申请" })).toBeNull();

    open = approved;
    fireEvent.click(await screen.findByRole("button", { name: /刷新审批结果/ }));
    await waitFor(() => expect(screen.getByTestId("refusal-status").textContent).toContain("已批准"));
    const enabled = screen.getByRole("radio", { name: /办不成事/ });
    expect(enabled.hasAttribute("disabled")).toBe(false);
    fireEvent.click(enabled);
    fireEvent.click(screen.getByRole("button", { name: "确认办结" }));
    expect((await screen.findByTestId("completed")).textContent).toContain("A012 已办结：办不成事");
    expect(api.calls.find((c) => c.path === "queue.complete")?.input).toEqual({ ticketId: 88, outcome: "refused" });
  }, 20_000);
});

const NOT_RATED = {
  ticketId: 88,
  number: "A012",
  itemName: "不动产首次登记",
  completedAt: "2026-11-23T10:00:00+08:00",
  rating: null,
  canRate: true,
};

describe("rating (/rate/:ticketId)", () => {
  it("submits the chosen score with the comment", async () => {
    const api = fakeApi({
      ...catalogApi(citizenMe),
      "rating.ofTicket": () => NOT_RATED,
      "rating.submit": () => ({ ratingId: 5, caseId: null, caseDueDate: null }),
    });
    renderApp("/rate/88");
    fireEvent.click(await screen.findByRole("radio", { name: "4 星：满意" }));
    expect(screen.getByTestId("rating-label").textContent).toBe("满意");
    fireEvent.change(screen.getByRole("textbox", { name: "评价内容" }), { target: { value: "窗口很耐心" } });
    fireEvent.click(screen.getByRole("button", { name: "提交评价" }));
    expect(await screen.findByText("感谢您的评价")).toBeTruthy();
    expect(api.calls.find((c) => c.path === "rating.submit")?.input).toEqual({
      ticketId: 88,
      score: 4,
      comment: "窗口很耐心",
    });
  });

  it("shows the rating given when reopened, not a blank form", async () => {
    fakeApi({
      ...catalogApi(citizenMe),
      "rating.ofTicket": () => ({
        ...NOT_RATED,
        canRate: false,
        rating: { score: 4, comment: "窗口很耐心", ratedAt: "2026-11-23T10:05:00+08:00" },
      }),
    });
    renderApp("/rate/88");
    const given = await screen.findByTestId("rating-given");
    expect(given.textContent).toContain("您已评价：满意");
    expect(given.textContent).toContain("窗口很耐心");
    expect(screen.queryByRole("button", { name: "提交评价" })).toBeNull();
  });

  it("shows the server's refusal of a second rating", async () => {
    fakeApi({
      ...catalogApi(citizenMe),
      "rating.ofTicket": () => NOT_RATED,
      "rating.submit": () => {
        throw new TrpcFailure("CONFLICT", 409, "该服务已评价过", { key: "rating.already_rated" });
      },
    });
    renderApp("/rate/88");
    fireEvent.click(await screen.findByRole("radio", { name: "1 星：非常不满意" }));
    fireEvent.click(screen.getByRole("button", { name: "提交评价" }));
    expect((await errorAlert()).textContent).toContain("该服务已评价过");
  });
});

describe("ticket page (/ticket)", () => {
  it("asks once before taking a ticket, then shows the number, the tickets ahead and the wait", async () => {
    const { stubGlobal } = await import("vitest").then((m) => m.vi);
    stubGlobal("EventSource", FakeEventSource);
    let taken = false;
    const mine = {
      ticketId: 90,
      hallId: 1,
      number: "A013",
      zone: "不动产登记专区",
      itemName: ITEMS[0]!.name,
      status: "waiting",
      booked: false,
      issuedAt: "2026-11-23T09:30:00+08:00",
      calledAt: null,
      completedAt: null,
      window: null,
      ahead: 3,
      estimatedWaitMinutes: 12,
    };
    const api = fakeApi({
      ...catalogApi(citizenMe),
      "booking.mine": () => [],
      "queue.mine": () => (taken ? [mine] : []),
      "queue.takeTicket": () => {
        taken = true;
        return { ticketId: 90, number: "A013", zone: "不动产登记专区" };
      },
    });
    renderApp("/ticket");
    fireEvent.click(await screen.findByRole("button", { name: `取号：${ITEMS[0]?.name}` }));
    // A stray tap issues nothing: the confirmation comes first.
    expect((await screen.findByTestId("take-confirm")).textContent).toContain(ITEMS[0]!.name);
    expect(api.calls.some((c) => c.path === "queue.takeTicket")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "确认取号" }));
    expect((await screen.findByTestId("ticket-number")).textContent).toBe("A013");
    expect(screen.getByTestId("ticket-card").textContent).toContain("不动产登记专区");
    expect(screen.getByTestId("ticket-ahead").textContent).toBe("3");
    expect(screen.getByTestId("ticket-estimate").textContent).toBe("约 12 分钟");
    expect(api.calls.find((c) => c.path === "queue.takeTicket")?.input).toMatchObject({ itemId: 1 });
  });
});

describe("window console shows what the server offers", () => {
  it("enables only the offered actions and shows the hall's recall limit; 容缺受理 needs a ticked material", async () => {
    fakeApi({
      ...catalogApi(chiefAtWindow),
      "windows.list": () => [WINDOW],
      "queue.windowQueue": () => WINDOW_QUEUE,
      // Recalls used up on a hall that allows 2: the server offers pass, start, transfer and complete only.
      "queue.current": () => ({
        ...TICKET,
        recalls: 2,
        recallLimit: 2,
        actions: ["pass", "start", "transfer", "complete"],
      }),
    });
    renderApp("/console");
    const recall = await screen.findByRole("button", { name: "重呼 2/2" });
    expect(recall.hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "过 号" }).hasAttribute("disabled")).toBe(false);
    // No refusal request on offer: no button for it.
    expect(screen.queryByRole("button", { name: "办不成事申请" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: /^办\s?结$/ }));
    fireEvent.click(await screen.findByRole("radio", { name: /容缺受理/ }));
    const submit = screen.getByRole("button", { name: "确认办结" });
    expect(submit.hasAttribute("disabled")).toBe(true);
    fireEvent.click(await screen.findByRole("checkbox", { name: new RegExp(ITEMS[0]!.materials[0]!.name) }));
    await waitFor(() => expect(screen.getByRole("button", { name: "确认办结" }).hasAttribute("disabled")).toBe(false));
  }, 20_000);

  it("offers nothing on a ticket whose actions are empty, whatever its status says", async () => {
    fakeApi({
      ...catalogApi(chiefAtWindow),
      "windows.list": () => [WINDOW],
      "queue.windowQueue": () => WINDOW_QUEUE,
      "queue.current": () => ({ ...TICKET, actions: [], outcomes: [] }),
    });
    renderApp("/console");
    await screen.findByTestId("current-ticket");
    for (const name of ["重呼 0/3", "过 号", "开始办理", "转 窗", /^办\s?结$/])
      expect(screen.getByRole("button", { name }).hasAttribute("disabled"), String(name)).toBe(true);
  }, 20_000);
});

describe("approvals (/approvals) show what the server offers", () => {
  const chief: Me = { ...staffMe, roles: ["window_chief"] };
  it("shows a case's follow-up or close, a complaint's next step and flags, and decisions only where offered", async () => {
    fakeApi({
      ...catalogApi(chief),
      "refusals.weekly": () => ({
        week: "2026-W48",
        from: "2026-11-23",
        to: "2026-11-29",
        requested: 2,
        approved: 0,
        denied: 0,
        pending: 2,
        requests: [
          {
            requestId: 1,
            status: "requested",
            reason: "他人的申请",
            decisionReason: null,
            ticketNumber: "A001",
            itemName: "x",
            requestedBy: "王芳",
            decidedBy: null,
            requestedAt: "2026-11-23T09:00:00+08:00",
            decidedAt: null,
            actions: ["approve", "deny"],
          },
          {
            requestId: 2,
            status: "requested",
            reason: "本人的申请",
            decisionReason: null,
            ticketNumber: "A002",
            itemName: "x",
            requestedBy: "马建国",
            decidedBy: null,
            requestedAt: "2026-11-23T09:05:00+08:00",
            decidedAt: null,
            actions: [],
          },
        ],
      }),
      "cases.list": () => [
        {
          caseId: 1,
          status: "followed_up",
          dueDate: "2026-12-14",
          score: 2,
          comment: "等太久",
          ticketNumber: "A003",
          windowNumber: "01",
          staffName: "王芳",
          assigneeName: null,
          followUpNote: "已回访",
          closingNote: null,
          createdAt: "2026-11-23T10:00:00+08:00",
          actions: ["assign", "close"],
        },
      ],
      "complaints.list": () => [
        {
          complaintId: 1,
          source: "onsite",
          content: "态度生硬",
          complainantName: null,
          complainantPhoneMasked: null,
          staffId: null,
          staffName: null,
          status: "filed",
          verified: false,
          major: false,
          notes: [],
          createdAt: "2026-11-23T10:00:00+08:00",
          nextStatus: null,
          actions: [],
        },
        {
          complaintId: 2,
          source: "onsite",
          content: "排队混乱",
          complainantName: null,
          complainantPhoneMasked: null,
          staffId: null,
          staffName: null,
          status: "received",
          verified: false,
          major: false,
          notes: [],
          createdAt: "2026-11-23T11:00:00+08:00",
          nextStatus: "handling",
          actions: ["advance", "set_flags"],
        },
      ],
      "staff.list": () => [],
    });
    renderApp("/approvals");
    // One decision pair: the chief's own request offers none.
    await screen.findByText("他人的申请");
    expect(screen.getAllByRole("button", { name: "批 准" })).toHaveLength(1);

    fireEvent.click(screen.getByRole("tab", { name: "差评整改" }));
    await screen.findByText("等太久");
    expect(screen.getByRole("button", { name: "办 结" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "回 访" })).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "投诉处理" }));
    await screen.findByText("排队混乱");
    expect(screen.getAllByRole("button", { name: /转入：/ }).map((b) => b.textContent)).toEqual(["转入：协调办理"]);
    const verified = screen.getAllByRole("checkbox", { name: "查实" });
    expect(verified.map((c) => c.hasAttribute("disabled"))).toEqual([true, false]);
  }, 20_000);
});
