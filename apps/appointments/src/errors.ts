import { isServerErrorLike, type ServerErrorLike } from "@hall/ui";

function dataOf(err: unknown): ServerErrorLike["data"] {
  return isServerErrorLike(err) ? err.data : undefined;
}

/** The slot filled up (or another conflict): 409. */
export function isConflict(err: unknown): boolean {
  return dataOf(err)?.httpStatus === 409;
}

/** Not signed in (any more): 401. */
export function isUnauthenticated(err: unknown): boolean {
  return dataOf(err)?.httpStatus === 401;
}

/**
 * A refusal for ErrorAlert outside a form, as a plain object (it may travel in history state): the server's
 * message once. (ErrorAlert lists a domain error's `field`, and the gateway's `fieldErrors` for it, as lines of
 * their own, which repeat the message when there is no form field to point at.)
 */
export function asRefusal(err: unknown): ServerErrorLike | null {
  if (err === null || err === undefined) return null;
  if (!isServerErrorLike(err)) return { message: String(err) };
  if (!err.data) return { message: err.message };
  const { field: _field, fieldErrors, ...data } = err.data;
  // Keep only field messages that say something the main message does not.
  const extra = Object.entries(fieldErrors ?? {})
    .map(([name, messages]) => [name, messages.filter((m) => m !== err.message)] as const)
    .filter(([, messages]) => messages.length > 0);
  return { message: err.message, data: extra.length > 0 ? { ...data, fieldErrors: Object.fromEntries(extra) } : data };
}
