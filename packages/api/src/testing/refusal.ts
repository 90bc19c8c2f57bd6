import { TRPCError } from "@trpc/server";

/** Awaits a call that must be refused and returns the TRPCError (fails the test if it succeeded). */
export async function refusal(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to be refused, but it succeeded");
}

/** The input field a refusal names: the domain error's field or the first schema issue's path. */
export function refusedField(e: TRPCError): string | undefined {
  const cause = e.cause as { field?: string; issues?: { path: PropertyKey[] }[] } | undefined;
  if (cause?.field) return cause.field;
  return cause?.issues?.[0]?.path.map(String).join(".");
}
