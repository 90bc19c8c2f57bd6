import type { AppRouter } from "@hall/api";
import { MutationObserver } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHallTrpcClient, createQueryClient, isTransientFailure } from "./client.ts";
import { fakeApi, TrpcFailure } from "./testing.ts";

const busy = () => new TrpcFailure("SERVICE_UNAVAILABLE", 503, "系统繁忙，请稍后再试", { key: "common.unavailable" });
const booking = { id: 7, status: "cancelled" };

/** Runs one mutation the way the apps do (trpc mutationOptions + the app's QueryClient) and settles it. */
async function mutate(path: "booking.cancel" | "booking.reschedule", input: unknown) {
  const queryClient = createQueryClient();
  const trpc = createTRPCOptionsProxy<AppRouter>({
    client: createHallTrpcClient("http://localhost/api/trpc"),
    queryClient,
  });
  const options =
    path === "booking.cancel" ? trpc.booking.cancel.mutationOptions() : trpc.booking.reschedule.mutationOptions();
  const observer = new MutationObserver(queryClient, options as never);
  return observer.mutate(input as never).then(
    (data) => ({ ok: true as const, data }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

describe("mutation retries", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends a retry-safe mutation once more after a 503, and gets the answer", async () => {
    let n = 0;
    const api = fakeApi({
      "booking.cancel": () => {
        if (n++ === 0) throw busy();
        return booking;
      },
    });
    const r = await mutate("booking.cancel", { id: 7 });
    expect(r).toEqual({ ok: true, data: booking });
    expect(api.calls.map((c) => c.path)).toEqual(["booking.cancel", "booking.cancel"]);
  });

  it("sends it once more after a network error (the answer may have been lost)", async () => {
    const api = fakeApi({ "booking.cancel": () => booking });
    const answer = api.fetchMock.getMockImplementation()!;
    let n = 0;
    api.fetchMock.mockImplementation(async (...args) => {
      if (n++ === 0) throw new TypeError("Failed to fetch");
      return answer(...args);
    });
    expect(await mutate("booking.cancel", { id: 7 })).toEqual({ ok: true, data: booking });
    expect(api.fetchMock).toHaveBeenCalledTimes(2);
  });

  it("retries only once", async () => {
    const api = fakeApi({
      "booking.cancel": () => {
        throw busy();
      },
    });
    const r = await mutate("booking.cancel", { id: 7 });
    expect(r.ok).toBe(false);
    expect(api.calls).toHaveLength(2);
  });

  it("never retries a refusal (4xx)", async () => {
    const api = fakeApi({
      "booking.cancel": () => {
        throw new TrpcFailure("BAD_REQUEST", 400, "已过取消时限", { key: "booking.cancel_deadline" });
      },
    });
    expect((await mutate("booking.cancel", { id: 7 })).ok).toBe(false);
    expect(api.calls).toHaveLength(1);
  });

  it("never retries a mutation that is not safe to repeat", async () => {
    const api = fakeApi({
      "booking.reschedule": () => {
        throw busy();
      },
    });
    expect((await mutate("booking.reschedule", { id: 7, start: "2026-11-24T09:00:00+08:00" })).ok).toBe(false);
    expect(api.calls).toHaveLength(1);
  });
});

describe("isTransientFailure", () => {
  it("is false for anything that is not a tRPC client error", () => {
    expect(isTransientFailure(new Error("x"))).toBe(false);
    expect(isTransientFailure(null)).toBe(false);
  });
});
