import type { FormInstance } from "antd";
import { createT, type Translate } from "../i18n/catalog.ts";

/** `data` of a tRPC error as shaped by the gateway's error formatter. */
export type ServerErrorData = {
  code: string;
  httpStatus: number;
  /** i18n key of the message (the message itself is already localised). */
  key?: string;
  /** The single field the error is about. */
  field?: string;
  /** Per-field messages, e.g. from zod: { "materials.0.name": ["不能为空"] }. */
  fieldErrors?: Record<string, string[]>;
};

/** Structural type of a TRPCClientError (or anything with a message and optional data). */
export type ServerErrorLike = { message: string; data?: ServerErrorData | null };

export type FieldError = { field: string; errors: string[] };

export function isServerErrorLike(err: unknown): err is ServerErrorLike {
  return typeof err === "object" && err !== null && typeof (err as { message?: unknown }).message === "string";
}

function errorData(err: unknown): ServerErrorData | undefined {
  return isServerErrorLike(err) && err.data && typeof err.data === "object" ? err.data : undefined;
}

/** Field messages of a server error: `fieldErrors` plus the error's own message for `field`. */
export function toFieldErrors(err: unknown): FieldError[] {
  const data = errorData(err);
  if (!data) return [];
  const byField = new Map<string, string[]>();
  for (const [field, errors] of Object.entries(data.fieldErrors ?? {})) {
    if (errors.length > 0) byField.set(field, [...errors]);
  }
  // A domain error names one field; validation errors already list theirs (their message joins them all).
  if (data.field && isServerErrorLike(err) && !byField.has(data.field)) byField.set(data.field, [err.message]);
  return [...byField].map(([field, errors]) => ({ field, errors }));
}

/** "materials.0.name" → ["materials", 0, "name"] (antd name path; numeric segments are list indexes). */
export function toNamePath(field: string): (string | number)[] {
  return field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const NETWORK_ERROR = /failed to fetch|networkerror|network request failed|load failed|fetch failed/i;

/** A human message for any thrown value; network failures get the localised `error.network`. */
export function errorMessage(err: unknown, t: Translate = createT("zh-CN")): string {
  if (typeof err === "string" && err) return err;
  if (!isServerErrorLike(err)) return t("error.unknown");
  if (!errorData(err) && NETWORK_ERROR.test(err.message)) return t("error.network");
  return err.message || t("error.unknown");
}

/**
 * Shows a server error's field messages under the matching inputs of `form` (only fields the form has).
 * Returns the field errors that had no matching input, so callers can show them elsewhere.
 */
export function applyServerErrors(form: FormInstance, err: unknown): FieldError[] {
  const known = new Set(form.getFieldsError().map(({ name }) => name.join(".")));
  const unmatched: FieldError[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const fieldError of toFieldErrors(err)) {
    const name = toNamePath(fieldError.field);
    if (known.has(name.join("."))) fields.push({ name, errors: fieldError.errors });
    else unmatched.push(fieldError);
  }
  if (fields.length > 0) form.setFields(fields);
  return unmatched;
}
