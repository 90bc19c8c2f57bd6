import type { AppRouter } from "@hall/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";

export type { AppRouter };
export type HallTrpcClient = ReturnType<typeof createHallTrpcClient>;

/** Plain JSON over HTTP (no transformer), the session travels in the httpOnly cookie. */
export function createHallTrpcClient(url = "/api/trpc") {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // The gateway refuses batches of more than 50 calls (MAX_BATCH_SIZE in apps/gateway/src/server.ts).
        maxItems: 50,
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

/** HTTP status of a tRPC client error, if any. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof TRPCClientError) return (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return undefined;
}

/**
 * The call may not have been served and asking again may work: no tRPC answer at all (network error, the gateway
 * unreachable, a proxy's own error page) or 502/503/504 (the gateway could not reach its database, or the load
 * balancer no gateway). Never a 4xx: a refusal does not change by asking again.
 */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const status = httpStatusOf(error);
  if (status === undefined) return error.data == null && (error.cause as Error | undefined)?.name !== "AbortError";
  return status === 502 || status === 503 || status === 504;
}

/**
 * Mutations the apps send once more after a transient failure (the answer may have been lost after the server
 * acted). Each is answered the same when repeated: `booking.create` replays its idempotency key, `booking.cancel`
 * of a booking already cancelled answers with it, `queue.takeTicket` returns the ticket its idempotency key (or the
 * citizen's waiting ticket for the item) already got. Every other mutation is never retried automatically
 * (docs/api.md, "Retries").
 */
export const RETRIED_MUTATIONS = ["booking.create", "booking.cancel", "queue.takeTicket"] as const;

export function createQueryClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refusal (4xx) will not change by asking again.
        retry: (count, error) => {
          const status = httpStatusOf(error);
          return (status === undefined || status >= 500) && count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  for (const path of RETRIED_MUTATIONS) {
    // The key @trpc/tanstack-react-query gives the mutation: [["booking", "create"]].
    client.setMutationDefaults([path.split(".")], {
      retry: (count, error) => count < 1 && isTransientFailure(error),
      retryDelay: 1000,
    });
  }
  return client;
}
