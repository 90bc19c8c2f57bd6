import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { MESSAGES, translate } from "../errors/messages.ts";
import {
  applyTicketAction,
  assertCanCall,
  assertCanComplete,
  assertCanPass,
  assertCanRecall,
  assertCanRequeue,
  assertCanStart,
  assertCanTransfer,
  type CallState,
  canCall,
  canRecall,
  canRequeue,
  TICKET_ACTIONS,
  TICKET_STATUS_LABELS,
  TICKET_STATUSES,
  type TicketAction,
  type TicketStatus,
} from "./calling.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";

const S = DEFAULT_QUEUE_SETTINGS;

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("recall", () => {
  it("allows 3 recalls after the first call; the 4th is refused and the ticket must be passed", () => {
    expect(canRecall({ status: "called", recalls: 0 }, S)).toBe(true);
    expect(canRecall({ status: "called", recalls: 2 }, S)).toBe(true);
    expect(() => assertCanRecall({ status: "called", recalls: 2 }, S)).not.toThrow(); // the 3rd recall
    expect(canRecall({ status: "called", recalls: 3 }, S)).toBe(false);
    const e = errorOf(() => assertCanRecall({ status: "called", recalls: 3 }, S)); // a 4th
    expect(e.code).toBe("CONFLICT");
    expect(e.key).toBe("queue.recall_limit");
    expect(e.message).toBe("已重呼3次，请作过号处理");
    expect(() => assertCanPass({ status: "called" })).not.toThrow();
  });

  it("counts recalls through applyTicketAction", () => {
    let t: CallState = { status: "waiting", recalls: 0, requeues: 0 };
    t = applyTicketAction(t, "call", S);
    for (let i = 1; i <= 3; i += 1) {
      t = applyTicketAction(t, "recall", S);
      expect(t).toEqual({ status: "called", recalls: i, requeues: 0 });
    }
    expect(() => applyTicketAction(t, "recall", S)).toThrow(DomainError);
    expect(applyTicketAction(t, "pass", S)).toEqual({ status: "passed", recalls: 3, requeues: 0 });
  });

  it("follows the hall's limit, also 0", () => {
    expect(canRecall({ status: "called", recalls: 0 }, resolveQueueSettings({ maxRecalls: 0 }))).toBe(false);
  });

  it("is only for a called ticket", () => {
    for (const status of TICKET_STATUSES.filter((s) => s !== "called")) {
      expect(canRecall({ status, recalls: 0 }, S), status).toBe(false);
      const e = errorOf(() => assertCanRecall({ status, recalls: 0 }, S));
      expect(e.key).toBe("queue.not_called");
      expect(e.params).toEqual({ status: `queue.ticket_status.${status}` });
    }
    expect(errorOf(() => assertCanRecall({ status: "serving", recalls: 0 }, S)).message).toBe(
      "该号当前状态为“办理中”，只有已呼叫的号才能重呼、过号或开始办理",
    );
  });
});

describe("pass and start", () => {
  it("only a called ticket can be passed or started", () => {
    for (const status of TICKET_STATUSES) {
      const allowed = status === "called";
      for (const assert of [assertCanPass, assertCanStart]) {
        if (allowed) expect(() => assert({ status }), status).not.toThrow();
        else expect(errorOf(() => assert({ status })).key, status).toBe("queue.not_called");
      }
    }
  });
});

describe("requeue", () => {
  it("lets a passed ticket be re-queued once, not twice", () => {
    expect(canRequeue({ status: "passed", requeues: 0 }, S)).toBe(true);
    const first = applyTicketAction({ status: "passed", recalls: 3, requeues: 0 }, "requeue", S);
    expect(first).toEqual({ status: "waiting", recalls: 0, requeues: 1 });
    const passedAgain = applyTicketAction(applyTicketAction(first, "call", S), "pass", S);
    expect(passedAgain).toEqual({ status: "passed", recalls: 0, requeues: 1 });
    expect(canRequeue(passedAgain, S)).toBe(false);
    const e = errorOf(() => assertCanRequeue(passedAgain, S));
    expect(e.key).toBe("queue.requeue_limit");
    expect(e.params).toEqual({ limit: 1 });
    expect(canRequeue(passedAgain, resolveQueueSettings({ maxRequeues: 2 }))).toBe(true);
  });

  it("is only for a passed ticket", () => {
    for (const status of TICKET_STATUSES.filter((s) => s !== "passed")) {
      expect(errorOf(() => assertCanRequeue({ status, requeues: 0 }, S)).key, status).toBe("queue.not_passed");
    }
  });
});

describe("call, transfer, complete", () => {
  it("calls a waiting or transferred ticket only", () => {
    for (const status of TICKET_STATUSES) {
      const allowed = status === "waiting" || status === "transferred";
      expect(canCall({ status }), status).toBe(allowed);
      if (!allowed) expect(errorOf(() => assertCanCall({ status })).key).toBe("queue.not_callable");
    }
  });

  it("transfers or completes a ticket at a window (called or being served) only", () => {
    for (const status of TICKET_STATUSES) {
      const allowed = status === "called" || status === "serving";
      for (const assert of [assertCanTransfer, assertCanComplete]) {
        if (allowed) expect(() => assert({ status }), status).not.toThrow();
        else expect(errorOf(() => assert({ status })).key, status).toBe("queue.not_at_window");
      }
    }
  });

  it("starts the recall count afresh when a transferred ticket is called at its target", () => {
    const transferred = applyTicketAction({ status: "called", recalls: 2, requeues: 0 }, "transfer", S);
    expect(transferred).toEqual({ status: "transferred", recalls: 0, requeues: 0 });
    expect(applyTicketAction(transferred, "call", S)).toEqual({ status: "called", recalls: 0, requeues: 0 });
  });

  it("runs a whole visit: call, recall, start, complete; done is final", () => {
    let t: CallState = { status: "waiting", recalls: 0, requeues: 0 };
    for (const action of ["call", "recall", "start", "complete"] as const) t = applyTicketAction(t, action, S);
    expect(t.status).toBe("done");
    for (const action of TICKET_ACTIONS) expect(() => applyTicketAction(t, action, S), action).toThrow(DomainError);
  });

  it("allows exactly these (status, action) pairs", () => {
    const allowed: Record<TicketStatus, TicketAction[]> = {
      waiting: ["call"],
      called: ["recall", "pass", "start", "transfer", "complete"],
      serving: ["transfer", "complete"],
      passed: ["requeue"],
      transferred: ["call"],
      done: [],
    };
    for (const status of TICKET_STATUSES) {
      for (const action of TICKET_ACTIONS) {
        let ok = true;
        try {
          applyTicketAction({ status, recalls: 0, requeues: 0 }, action, S);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          ok = false;
        }
        expect(ok, `${status} → ${action}`).toBe(allowed[status].includes(action));
      }
    }
  });
});

describe("ticket status labels", () => {
  it("match the status messages used in errors", () => {
    for (const status of TICKET_STATUSES) {
      expect(MESSAGES[`queue.ticket_status.${status}`]?.["zh-CN"], status).toBe(TICKET_STATUS_LABELS[status]["zh-CN"]);
    }
    expect(translate("queue.not_passed", "en-US", { status: "queue.ticket_status.waiting" })).toBe(
      "This ticket is “waiting”; only a passed ticket can be re-queued",
    );
  });
});
