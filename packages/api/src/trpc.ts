import { classifyDbRefusal, isDatabaseUnavailable } from "@hall/db";
import { DomainError, hasPermission, type Permission, translate } from "@hall/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import type { Context } from "./context.ts";
import { issuePath, localiseIssue, type SchemaIssue } from "./i18n/validation-messages.ts";
import { findUnsafeText } from "./shared/safe-text.ts";

/** Error data every client can rely on (documented in docs/api.md). */
export interface HallErrorData {
  code: string;
  httpStatus: number;
  path?: string;
  /** i18n key of a domain error, e.g. "zone.specialty_limit". */
  key?: string;
  /** The first offending input field, dot-separated ("materials.0.name"). */
  field?: string;
  /** Every offending field with its localised messages. */
  fieldErrors?: Record<string, string[]>;
}

const t = initTRPC.context<Context>().create({
  // Plain JSON on the wire, no transformer: any HTTP client can call the API.
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "zh-CN";
    const cause = error.cause as unknown;
    const data: HallErrorData = {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      ...(shape.data.path ? { path: shape.data.path } : {}),
    };
    let message = shape.message;
    const issues = (cause as { issues?: SchemaIssue[] } | null)?.issues;
    if (error.code === "BAD_REQUEST" && Array.isArray(issues)) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) {
        const key = issuePath(issue).map(String).join(".");
        fieldErrors[key] = [...(fieldErrors[key] ?? []), localiseIssue(issue, locale)];
      }
      data.key = "validation.failed";
      data.field = Object.keys(fieldErrors)[0];
      data.fieldErrors = fieldErrors;
      message = Object.values(fieldErrors)
        .flat()
        .join(locale === "en-US" ? "; " : "；");
    } else if (cause instanceof DomainError) {
      message = translate(cause.key, locale, cause.params);
      data.key = cause.key;
      if (cause.field) {
        data.field = cause.field;
        data.fieldErrors = { [cause.field]: [message] };
      }
    } else if (error.code === "SERVICE_UNAVAILABLE") {
      // Without a context (the session lookup itself failed) the gateway already put the caller's language in.
      data.key = "common.unavailable";
      if (ctx) message = translate("common.unavailable", locale);
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      message = translate("common.internal", locale);
    }
    return { message, code: shape.code, data };
  },
});

/** snake_case column → the camelCase input field that carried it ("item_id" → "itemId"). */
const fieldOfColumn = (column: string | null) =>
  column ? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : undefined;

/** A statement the database refused (constraint, range, reference) as the domain error the caller should see. */
function domainErrorOfDb(cause: unknown): DomainError | null {
  const refusal = classifyDbRefusal(cause);
  if (!refusal) return null;
  const field = fieldOfColumn(refusal.column);
  switch (refusal.kind) {
    case "missing_reference":
      return new DomainError("BAD_REQUEST", "common.reference_not_found", field ? { field } : {});
    case "still_referenced":
      return new DomainError("CONFLICT", "common.in_use");
    case "invalid_value":
      return new DomainError("BAD_REQUEST", "common.invalid_value", field ? { field } : {});
    case "conflict":
      return new DomainError("CONFLICT", "common.conflict");
  }
}

/** Domain errors and constraint violations become the matching tRPC codes (one place for the mapping). */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  // The database is down, restarting or too slow: 503, a fault of the moment a client may retry (never a 500).
  if (isDatabaseUnavailable(cause)) {
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: translate("common.unavailable", "zh-CN"), cause });
  }
  const refused = domainErrorOfDb(cause);
  if (refused) throw new TRPCError({ code: refused.code, message: refused.message, cause: refused });
  return result;
});

/** A raw input refused before its schema runs; carries zod-like issues so the formatter names the field. */
class UnsafeInputError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super("unsafe input");
  }
}

/**
 * Every text that reaches a procedure, however deep, is checked in one place: a NUL byte (PostgreSQL refuses it in
 * text) or an unpaired UTF-16 surrogate (not valid UTF-8) is refused naming its field — for every procedure,
 * including the ones added later. Schemas add their own bounds (lengths, formats) on top.
 */
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput().catch(() => undefined);
  const path = findUnsafeText(raw);
  if (path) {
    const cause = new UnsafeInputError([{ code: "custom", message: "validation.unsafe_text", path }]);
    throw new TRPCError({ code: "BAD_REQUEST", message: "unsafe input", cause });
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors).use(refuseUnsafeText);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new DomainError("UNAUTHORIZED", "auth.unauthenticated");
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Signed in and holding the permission; org scope is checked by the service against the target. */
export function permittedProcedure(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasPermission(ctx.actor.roles, permission)) throw new DomainError("FORBIDDEN", "auth.forbidden");
    return next();
  });
}
