export { createHallTrpcClient, createQueryClient, httpStatusOf, type AppRouter, type HallTrpcClient } from "./client.ts";
export { HallApiProvider, TRPCProvider, useTRPC, useTRPCClient } from "./provider.tsx";
export { type Me, type RouterOutputs, useLogout, useMe } from "./session.ts";
export { AppFrame, type AppFrameProps } from "./app-frame.tsx";
