import { vi } from "vitest";

/** The error body the gateway sends for a refused call (tRPC JSON-RPC shape, no transformer). */
export type TrpcErrorBody = {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; key?: string; field?: string; fieldErrors?: Record<string, string[]> };
};

const RPC_CODES: Record<string, number> = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
};

/** Throw this from a fake procedure to answer with a tRPC error. */
export class TrpcFailure extends Error {
  readonly body: TrpcErrorBody;
  constructor(
    code: string,
    httpStatus: number,
    message: string,
    extra: Omit<TrpcErrorBody["data"], "code" | "httpStatus"> = {},
  ) {
    super(message);
    this.body = { message, code: RPC_CODES[code] ?? -32603, data: { code, httpStatus, ...extra } };
  }
}

export const unauthenticated = () => new TrpcFailure("UNAUTHORIZED", 401, "请先登录", { key: "auth.unauthenticated" });

type Procedure = (input: unknown) => unknown;
export type FakeCall = { path: string; input: unknown };

/**
 * Answers `/api/trpc/<path>` like the gateway does for httpBatchLink: `?batch=1`, comma-separated paths,
 * inputs as `{"0": …}` (query string for queries, JSON body for mutations), an array of results back.
 */
export function fakeApi(procedures: Record<string, Procedure>) {
  const calls: FakeCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const paths = url.pathname.replace(/^\/api\/trpc\//, "").split(",");
    const rawInputs = (
      init?.method === "POST"
        ? JSON.parse(String(init.body ?? "{}"))
        : JSON.parse(url.searchParams.get("input") ?? "{}")
    ) as Record<string, unknown>;
    const results = await Promise.all(
      paths.map(async (path, index) => {
        const procedureInput = rawInputs[String(index)];
        calls.push({ path, input: procedureInput });
        const procedure = procedures[path];
        try {
          if (!procedure) throw new TrpcFailure("NOT_FOUND", 404, `No procedure on path "${path}"`);
          return { result: { data: await procedure(procedureInput) }, error: undefined };
        } catch (error) {
          if (error instanceof TrpcFailure) return { result: undefined, error: error.body };
          throw error;
        }
      }),
    );
    const statuses = results.map((r) => (r.error ? r.error.data.httpStatus : 200));
    const status = statuses.every((s) => s === statuses[0]) ? (statuses[0] ?? 200) : 207;
    return new Response(JSON.stringify(results), { status, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}
