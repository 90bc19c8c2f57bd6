import type { FormInstance } from "antd";
import { useCallback, useEffect } from "react";
import { applyServerErrors, type FieldError } from "./server-error.ts";

/**
 * Applies `error`'s field messages to `form` whenever `error` changes (call it from a component rendered
 * inside the form so the fields are registered). Also returns an imperative `apply(err)`.
 */
export function useServerFormErrors(form: FormInstance, error?: unknown): (err: unknown) => FieldError[] {
  useEffect(() => {
    if (error) applyServerErrors(form, error);
  }, [form, error]);
  return useCallback((err: unknown) => applyServerErrors(form, err), [form]);
}
