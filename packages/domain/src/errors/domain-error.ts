import { DEFAULT_LOCALE, type MessageParams, translate } from "./messages.ts";

/** Error categories; the API maps them to HTTP status codes. */
export type ErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

export interface DomainErrorOptions {
  /** The input field the error is about, so the UI can show it next to that field. */
  field?: string;
  /** Values for the message placeholders. */
  params?: MessageParams;
}

/**
 * A rule was broken. Carries a message key (see MESSAGES) rather than text, so the API can answer in the
 * user's language with `translate(error.key, locale, error.params)`; `message` is the zh-CN text.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly field?: string;
  readonly params?: MessageParams;

  constructor(code: ErrorCode, key: string, opts: DomainErrorOptions = {}) {
    super(translate(key, DEFAULT_LOCALE, opts.params));
    this.name = "DomainError";
    this.code = code;
    this.key = key;
    if (opts.field !== undefined) this.field = opts.field;
    if (opts.params !== undefined) this.params = opts.params;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
