import { describe, expect, it } from "vitest";
import { applyTicketAction, type CallState, type TicketStatus } from "./calling.ts";
import { COUNTER_ACTIONS, type CounterAction, counterActions, outcomeOptions } from "./counter-actions.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";
import { assertCanCompleteAsRefused, assertCanRequestRefusal, type RefusalStatus } from "./refusal.ts";

const S = DEFAULT_QUEUE_SETTINGS; // 3 recalls, 1 re-queue
const at = (status: TicketStatus, recalls = 0, requeues = 0): CallState => ({ status, recalls, requeues });

describe("counterActions", () => {
  it("offers recall, pass, start, transfer, complete and a refusal request for a called ticket", () => {
    expect(counterActions(at("called"), null, S)).toEqual([
      "recall",
      "pass",
      "start",
      "transfer",
      "complete",
      "requestRefusal",
    ]);
  });

  it("offers the 3rd recall but not a 4th (the limit is the hall's setting)", () => {
    expect(counterActions(at("called", 2), null, S)).toContain("recall");
    expect(counterActions(at("called", 3), null, S)).not.toContain("recall");
    expect(counterActions(at("called", 3), null, S)).toContain("pass");
    expect(counterActions(at("called", 1), null, resolveQueueSettings({ maxRecalls: 1 }))).not.toContain("recall");
    expect(counterActions(at("called", 0), null, resolveQueueSettings({ maxRecalls: 0 }))).not.toContain("recall");
  });

  it("offers no recall, pass or start once the citizen is being served", () => {
    expect(counterActions(at("serving", 1), null, S)).toEqual(["transfer", "complete", "requestRefusal"]);
  });

  it("offers a re-queue for a passed ticket until its re-queues are used up", () => {
    expect(counterActions(at("passed", 3, 0), null, S)).toEqual(["requeue"]);
    expect(counterActions(at("passed", 0, 1), null, S)).toEqual([]);
  });

  it("offers nothing for a waiting, transferred or done ticket", () => {
    for (const status of ["waiting", "transferred", "done"] as const)
      expect(counterActions(at(status), null, S)).toEqual([]);
  });

  it("offers no new refusal request while one waits for the chief or was approved; again after a denial", () => {
    expect(counterActions(at("called"), "requested", S)).not.toContain("requestRefusal");
    expect(counterActions(at("serving"), "approved", S)).not.toContain("requestRefusal");
    expect(counterActions(at("serving"), "denied", S)).toContain("requestRefusal");
  });

  it("lists exactly the actions the state machine and the refusal rules let through", () => {
    const statuses: TicketStatus[] = ["waiting", "called", "serving", "passed", "transferred", "done"];
    const refusals: (RefusalStatus | null)[] = [null, "requested", "approved", "denied"];
    for (const status of statuses)
      for (const recalls of [0, 2, 3])
        for (const requeues of [0, 1])
          for (const refusal of refusals) {
            const ticket = at(status, recalls, requeues);
            const offered = counterActions(ticket, refusal, S);
            for (const action of COUNTER_ACTIONS) {
              const passes = (() => {
                try {
                  if (action === "requestRefusal") assertCanRequestRefusal(ticket.status, refusal);
                  else applyTicketAction(ticket, action as Exclude<CounterAction, "requestRefusal">, S);
                  return true;
                } catch {
                  return false;
                }
              })();
              expect(offered.includes(action), `${status} r${recalls} q${requeues} ${refusal} ${action}`).toBe(passes);
            }
          }
  });
});

describe("outcomeOptions", () => {
  it("offers the four outcomes a window records itself, with the detail each needs", () => {
    expect(outcomeOptions(at("called"), null)).toEqual([
      { outcome: "done", needs: null },
      { outcome: "accepted", needs: null },
      { outcome: "accepted_pending_materials", needs: "missingMaterials" },
      { outcome: "notice_given", needs: "noticeText" },
    ]);
  });

  it("offers 办不成事 only once the chief approved the refusal request", () => {
    for (const refusal of [null, "requested", "denied"] as const) {
      expect(outcomeOptions(at("serving"), refusal).map((o) => o.outcome)).not.toContain("refused");
      expect(() => assertCanCompleteAsRefused(refusal)).toThrow();
    }
    expect(outcomeOptions(at("serving"), "approved").at(-1)).toEqual({ outcome: "refused", needs: null });
  });

  it("offers no outcome for a ticket that is not at a window", () => {
    for (const status of ["waiting", "passed", "transferred", "done"] as const)
      expect(outcomeOptions(at(status), "approved")).toEqual([]);
  });
});
