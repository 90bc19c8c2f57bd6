import type { AppRouter } from "@hall/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { httpStatusOf } from "./client.ts";
import { useTRPC } from "./provider.tsx";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type Me = RouterOutputs["auth"]["me"];

/** The signed-in person, null when nobody is signed in (401 is an answer, not an error). */
export function useMe() {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.auth.me.queryOptions(),
    retry: (count, error) => httpStatusOf(error) !== 401 && count < 2,
    staleTime: 60_000,
  });
  const signedOut = httpStatusOf(q.error) === 401;
  return { me: signedOut ? null : (q.data ?? null), isLoading: q.isLoading, error: signedOut ? null : q.error };
}

export function useLogout() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        qc.clear();
        window.location.assign("/");
      },
    }),
  );
}
