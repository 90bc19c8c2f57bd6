import type { ListenOptions } from "@hall/db";
import { describe, expect, it } from "vitest";
import { BOARD_CHANNEL, changes, createHallEvents } from "./events.ts";

/** A stand-in for DbHandle.listen that the test drives by hand. */
function fakeListen(failFirst = 0) {
  const state = {
    calls: 0,
    dispatch: null as ((payload: string) => void) | null,
    options: undefined as ListenOptions | undefined,
  };
  return {
    state,
    handle: {
      async listen(channel: string, onPayload: (payload: string) => void, options?: ListenOptions) {
        state.calls++;
        expect(channel).toBe(BOARD_CHANNEL);
        if (state.calls <= failFirst) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
        state.dispatch = onPayload;
        state.options = options;
        return async () => {};
      },
    },
  };
}

describe("createHallEvents", () => {
  it("fans a hall's notification out to that hall's subscribers only", async () => {
    const { state, handle } = fakeListen();
    const events = createHallEvents(handle);
    const woken: string[] = [];
    await events.onBoard(1, () => woken.push("hall 1"));
    await events.onBoard(2, () => woken.push("hall 2"));
    state.dispatch?.("1");
    expect(woken).toEqual(["hall 1"]);
    expect(state.calls).toBe(1); // one LISTEN per process
  });

  it("wakes every subscriber when the LISTEN connection is back after an outage", async () => {
    const { state, handle } = fakeListen();
    const events = createHallEvents(handle);
    const woken: number[] = [];
    await events.onBoard(1, () => woken.push(1));
    await events.onBoard(2, () => woken.push(2));
    state.options?.onReconnect?.();
    expect(woken.sort()).toEqual([1, 2]);
  });

  it("tries LISTEN again for the next subscriber when the first attempt failed (database down)", async () => {
    const { state, handle } = fakeListen(1);
    const events = createHallEvents(handle);
    await expect(events.onBoard(1, () => {})).rejects.toThrow("ECONNREFUSED");
    const woken: number[] = [];
    await events.onBoard(1, () => woken.push(1));
    state.dispatch?.("1");
    expect(state.calls).toBe(2);
    expect(woken).toEqual([1]);
  });

  it("changes() yields once per burst of wake-ups and stops on abort", async () => {
    let wake: () => void = () => {};
    const ac = new AbortController();
    const it = changes(async (w) => {
      wake = w;
      return () => {};
    }, ac.signal);
    const first = it.next();
    await new Promise((r) => setTimeout(r, 0));
    wake();
    wake();
    expect(await first).toEqual({ value: undefined, done: false });
    const second = it.next();
    ac.abort();
    expect(await second).toEqual({ value: undefined, done: true });
  });
});
