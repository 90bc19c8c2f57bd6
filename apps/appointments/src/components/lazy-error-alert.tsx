import { type ErrorAlertProps, errorMessage, useT } from "@hall/ui";
import { lazy, Suspense } from "react";

const ErrorAlert = lazy(() => import("./error-alert-module.ts"));

/**
 * The shared ErrorAlert, loaded only when there is an error: the item list (/book) is on the first load and a
 * failure there is rare. Until the chunk arrives the plain message is shown.
 */
export function LazyErrorAlert(props: ErrorAlertProps) {
  const t = useT();
  if (props.error === null || props.error === undefined) return null;
  return (
    <Suspense fallback={<div role="alert">{errorMessage(props.error, t)}</div>}>
      <ErrorAlert {...props} />
    </Suspense>
  );
}
