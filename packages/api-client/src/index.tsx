export {
  type AppRouter,
  createHallTrpcClient,
  createQueryClient,
  type HallTrpcClient,
  httpStatusOf,
} from "./client.ts";
export { HallApiProvider, TRPCProvider, useTRPC, useTRPCClient } from "./provider.tsx";
export { type Me, type RouterOutputs, useLogout, useMe } from "./session.ts";
