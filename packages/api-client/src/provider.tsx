import type { AppRouter } from "@hall/api";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { type ReactNode, useState } from "react";
import { createHallTrpcClient, createQueryClient, type HallTrpcClient } from "./client.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function HallApiProvider(props: {
  children: ReactNode;
  queryClient?: QueryClient;
  trpcClient?: HallTrpcClient;
}) {
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  const [trpcClient] = useState(() => props.trpcClient ?? createHallTrpcClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {props.children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
