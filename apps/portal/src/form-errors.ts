import { applyServerErrors, isServerErrorLike, type ServerErrorData, toFieldErrors } from "@hall/ui";
import type { FormInstance } from "antd";

/**
 * Shows a refused call's field messages under the form's inputs. Returns the error for the alert above
 * the form, or null when every message already sits under its input (no need to say it twice).
 */
export function showServerErrors(form: FormInstance, serverError: unknown): unknown {
  const fieldErrors = toFieldErrors(serverError);
  const unmatched = applyServerErrors(form, serverError);
  return fieldErrors.length > 0 && unmatched.length === 0 ? null : serverError;
}

/**
 * The same error with its field paths renamed for a form whose names differ from the API input
 * (e.g. "settings.openingHours.0.start" → "openingHours.0"); `rename` returning null drops a field.
 */
export function renameErrorFields(error: unknown, rename: (field: string) => string | null): unknown {
  if (!isServerErrorLike(error) || !error.data) return error;
  const data: ServerErrorData = { ...error.data };
  if (data.field !== undefined) data.field = rename(data.field) ?? undefined;
  if (data.fieldErrors) {
    const renamed: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(data.fieldErrors)) {
      const name = rename(field);
      if (name !== null)
        renamed[name] = [...(renamed[name] ?? []), ...messages.filter((m) => !renamed[name]?.includes(m))];
    }
    data.fieldErrors = renamed;
  }
  return { message: error.message, data };
}
