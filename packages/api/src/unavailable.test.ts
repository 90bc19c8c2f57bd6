import { DomainError } from "@hall/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import type { Context } from "./context.ts";
import { publicProcedure, router } from "./trpc.ts";

/** What the drivers throw while PostgreSQL restarts, is unreachable or too slow. */
const faults: Record<string, () => unknown> = {
  restart: () => Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
  cut: () => new Error("Connection terminated unexpectedly"),
  refused: () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
  poolWait: () => new Error("timeout exceeded when trying to connect"),
  statementTimeout: () => Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }),
};

const testRouter = router({
  fault: publicProcedure
    .input((v) => v as { kind: string })
    .mutation(({ input }) => {
      throw faults[input.kind]?.();
    }),
  refused: publicProcedure.mutation(() => {
    throw new DomainError("CONFLICT", "booking.slot_full", { field: "start" });
  }),
  bug: publicProcedure.mutation(() => {
    throw new TypeError("cannot read properties of undefined");
  }),
});

async function call(path: string, input: unknown, locale: "zh-CN" | "en-US") {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://hall/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input ?? null),
    }),
    router: testRouter,
    createContext: () => ({ locale }) as Context,
  });
  const body = (await res.json()) as { error: { message: string; data: { code: string; key?: string } } };
  return { status: res.status, error: body.error };
}

describe("a database that is down answers 503, in the caller's language", () => {
  it.each(Object.keys(faults))("%s → 503 common.unavailable", async (kind) => {
    const zh = await call("fault", { kind }, "zh-CN");
    expect(zh.status).toBe(503);
    expect(zh.error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", key: "common.unavailable" });
    expect(zh.error.message).toBe("系统繁忙，请稍后再试");
    const en = await call("fault", { kind }, "en-US");
    expect(en.status).toBe(503);
    expect(en.error.message).toBe("The system is busy, please try again");
  });

  it("leaves refusals and bugs as they were (409, 500)", async () => {
    expect((await call("refused", undefined, "en-US")).status).toBe(409);
    const bug = await call("bug", undefined, "en-US");
    expect(bug.status).toBe(500);
    expect(bug.error.data.code).toBe("INTERNAL_SERVER_ERROR");
  });
});
