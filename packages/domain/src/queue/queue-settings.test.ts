import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.ts";
import { assertValidQueueSettings, DEFAULT_QUEUE_SETTINGS, resolveQueueSettings } from "./queue-settings.ts";

describe("queue settings", () => {
  it("default to the issue's numbers", () => {
    expect(DEFAULT_QUEUE_SETTINGS).toEqual({
      maxRecalls: 3,
      maxRequeues: 1,
      elderlyAge: 60,
      ratingWindowDays: 7,
      badRatingMax: 2,
      badRatingCaseDays: 15,
      pendingMaterialsDays: 5,
      checkInEarlyMinutes: 30,
      checkInLateMinutes: 15,
    });
    expect(Object.isFrozen(DEFAULT_QUEUE_SETTINGS)).toBe(true);
  });

  it("resolve missing or null settings to the defaults, keeping the ones that are set", () => {
    expect(resolveQueueSettings(null)).toEqual(DEFAULT_QUEUE_SETTINGS);
    expect(resolveQueueSettings(undefined)).toEqual(DEFAULT_QUEUE_SETTINGS);
    expect(resolveQueueSettings({ maxRecalls: 2, elderlyAge: undefined })).toEqual({
      ...DEFAULT_QUEUE_SETTINGS,
      maxRecalls: 2,
    });
    const stored = JSON.parse('{"elderlyAge": null, "pendingMaterialsDays": 10}') as Partial<
      typeof DEFAULT_QUEUE_SETTINGS
    >;
    expect(resolveQueueSettings(stored)).toEqual({ ...DEFAULT_QUEUE_SETTINGS, pendingMaterialsDays: 10 });
  });

  it("hand out a fresh object every time", () => {
    const settings = resolveQueueSettings(null);
    settings.maxRecalls = 9;
    expect(resolveQueueSettings(null).maxRecalls).toBe(3);
  });

  it("are valid by default; zero is fine for limits and the case days, not for the rating window", () => {
    expect(() => assertValidQueueSettings(resolveQueueSettings(null))).not.toThrow();
    const zeros = resolveQueueSettings({ maxRecalls: 0, maxRequeues: 0, badRatingMax: 0, badRatingCaseDays: 0 });
    expect(() => assertValidQueueSettings(zeros)).not.toThrow();
    expect(() => assertValidQueueSettings(resolveQueueSettings({ badRatingMax: 4, elderlyAge: 150 }))).not.toThrow();
    for (const [field, value, key] of [
      ["ratingWindowDays", 0, "settings.invalid_queue_setting"],
      ["pendingMaterialsDays", 0, "settings.invalid_queue_setting"],
      ["maxRecalls", -1, "settings.invalid_queue_setting"],
      ["elderlyAge", 59.5, "settings.invalid_queue_setting"],
      ["checkInLateMinutes", Number.NaN, "settings.invalid_queue_setting"],
      ["badRatingMax", 5, "settings.queue_setting_too_large"],
      ["elderlyAge", 151, "settings.queue_setting_too_large"],
    ] as const) {
      try {
        assertValidQueueSettings(resolveQueueSettings({ [field]: value }));
        expect.unreachable(`${field} = ${value}`);
      } catch (error) {
        const e = error as DomainError;
        expect(e).toBeInstanceOf(DomainError);
        expect(e.code).toBe("BAD_REQUEST");
        expect(e.key, `${field} = ${value}`).toBe(key);
        expect(e.field).toBe(field);
      }
    }
  });
});
