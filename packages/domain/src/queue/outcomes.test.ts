import { describe, expect, it } from "vitest";
import { defaultCalendarEntries } from "../calendar/default-calendar.ts";
import { buildCalendarLookup } from "../calendar/working-days.ts";
import { DomainError } from "../errors/domain-error.ts";
import {
  assertOutcomeDetails,
  COMPLETABLE_OUTCOMES,
  dueDateOf,
  hasDueDate,
  isPendingOverdue,
  OUTCOME_LABELS,
  OUTCOMES,
  pendingMaterialsDeadline,
} from "./outcomes.ts";
import { DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";

const CAL = buildCalendarLookup(defaultCalendarEntries(2026));
const EMPTY = buildCalendarLookup();
const S = DEFAULT_QUEUE_SETTINGS;

describe("outcomes", () => {
  it("are the five of the SPEC, of which the window records four itself", () => {
    expect(OUTCOMES).toEqual(["done", "accepted", "accepted_pending_materials", "notice_given", "refused"]);
    expect(COMPLETABLE_OUTCOMES).not.toContain("refused");
    expect(OUTCOME_LABELS.accepted_pending_materials["zh-CN"]).toBe("容缺受理");
    expect(OUTCOMES.filter(hasDueDate)).toEqual(["accepted", "accepted_pending_materials"]);
  });

  it("need the missing materials for 容缺受理 and the notice for 一次性告知", () => {
    expect(() => assertOutcomeDetails({ outcome: "done" })).not.toThrow();
    expect(() =>
      assertOutcomeDetails({ outcome: "accepted_pending_materials", missingMaterials: ["户口簿复印件"] }),
    ).not.toThrow();
    for (const missingMaterials of [undefined, null, [], ["  "]]) {
      expect(() => assertOutcomeDetails({ outcome: "accepted_pending_materials", missingMaterials })).toThrow(
        expect.objectContaining({ key: "queue.missing_materials_required", field: "missingMaterials" }),
      );
    }
    expect(() => assertOutcomeDetails({ outcome: "notice_given", noticeText: "请携带身份证原件" })).not.toThrow();
    for (const noticeText of [undefined, null, "", " \n"]) {
      expect(() => assertOutcomeDetails({ outcome: "notice_given", noticeText })).toThrow(
        expect.objectContaining({ key: "queue.notice_text_required", field: "noticeText" }),
      );
    }
  });
});

describe("dueDateOf", () => {
  it("counts promised working days across National Day 2026 (Oct 1–7) and the 调休 Saturday Oct 10", () => {
    expect(dueDateOf("2026-09-30", 1, CAL)).toBe("2026-10-08"); // Wed → the Thursday after the holiday
    expect(dueDateOf("2026-09-30", 2, CAL)).toBe("2026-10-09");
    expect(dueDateOf("2026-09-30", 3, CAL)).toBe("2026-10-10"); // the 调休 Saturday is a working day
    expect(dueDateOf("2026-09-30", 4, CAL)).toBe("2026-10-12"); // Sunday Oct 11 is not
    expect(dueDateOf("2026-09-30", 3, EMPTY)).toBe("2026-10-05"); // without the holiday calendar
  });

  it("is the day itself for 0 promised days (即办件) on a working day, else the next working day", () => {
    expect(dueDateOf("2026-09-30", 0, CAL)).toBe("2026-09-30");
    expect(dueDateOf("2026-10-10", 0, CAL)).toBe("2026-10-10");
    expect(dueDateOf("2026-10-01", 0, CAL)).toBe("2026-10-08");
  });

  it("counts from the next working day when accepted on a closed day", () => {
    expect(dueDateOf("2026-10-03", 1, CAL)).toBe("2026-10-08");
  });

  it("refuses a bad date or a negative number of days", () => {
    expect(() => dueDateOf("2026-02-30", 1, CAL)).toThrow(DomainError);
    expect(() => dueDateOf("2026-09-30", -1, CAL)).toThrow(RangeError);
  });
});

describe("容缺受理 deadline", () => {
  it("is 5 working days after acceptance by default, across the holiday", () => {
    expect(pendingMaterialsDeadline("2026-09-30", S, CAL)).toBe("2026-10-13"); // Oct 8, 9, 10, 12, 13
    expect(pendingMaterialsDeadline("2026-03-10", S, CAL)).toBe("2026-03-17");
    expect(pendingMaterialsDeadline("2026-03-10", resolveQueueSettings({ pendingMaterialsDays: 1 }), CAL)).toBe(
      "2026-03-11",
    );
  });

  it("is overdue from the day after the deadline (materials on the deadline day are in time)", () => {
    expect(isPendingOverdue("2026-10-13", "2026-10-12")).toBe(false);
    expect(isPendingOverdue("2026-10-13", "2026-10-13")).toBe(false);
    expect(isPendingOverdue("2026-10-13", "2026-10-14")).toBe(true);
    expect(() => isPendingOverdue("2026-10-13", "13/10/2026")).toThrow(DomainError);
  });
});
