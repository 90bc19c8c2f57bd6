import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useBoardFeed } from "./board-feed.ts";

/** A stand-in EventSource the test drives: open, message, error with a given readyState. */
class FakeEventSource {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  private listeners = new Map<string, ((e: unknown) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  emit(type: string, event: unknown = {}) {
    for (const fn of this.listeners.get(type) ?? []) fn(event);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

describe("useBoardFeed", () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.useFakeTimers();
    vi.stubGlobal("EventSource", FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("opens a new stream after the browser gave up on one (a 503 during an outage), and shows the board again", () => {
    const { result, unmount } = renderHook(() => useBoardFeed({ hallId: 1 }));
    expect(FakeEventSource.instances).toHaveLength(1);
    const first = FakeEventSource.instances[0]!;
    act(() => {
      first.readyState = FakeEventSource.CLOSED;
      first.emit("error");
    });
    expect(result.current.status).toBe("reconnecting");
    act(() => vi.advanceTimersByTime(2_000));
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => FakeEventSource.instances[1]!.emit("message", { data: JSON.stringify({ calls: [], waiting: 3 }) }));
    expect(result.current.status).toBe("open");
    expect(result.current.board).toMatchObject({ waiting: 3 });
    unmount();
    expect(FakeEventSource.instances[1]!.closed).toBe(true);
  });

  it("leaves a stream the browser is still retrying alone (no second stream)", () => {
    renderHook(() => useBoardFeed({ hallId: 1 }));
    act(() => {
      FakeEventSource.instances[0]!.readyState = FakeEventSource.CONNECTING;
      FakeEventSource.instances[0]!.emit("error");
    });
    act(() => vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.instances).toHaveLength(1);
  });
});
