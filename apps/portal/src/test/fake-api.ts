// The fake tRPC server lives with the client it fakes (shared by every app's component tests).
export * from "@hall/api-client/testing";
