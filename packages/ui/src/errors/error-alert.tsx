import { Alert } from "antd";
import { useT } from "../i18n/i18n-provider.tsx";
import { errorMessage, toFieldErrors } from "./server-error.ts";

export type ErrorAlertProps = {
  /** Anything thrown (a TRPCClientError, an Error, …); nothing is rendered for null/undefined. */
  error: unknown;
  /** Makes the alert closable. */
  onClose?: () => void;
  /** Human labels for field paths, e.g. { name: "名称" }; unlabelled fields show just the message. */
  fieldLabels?: Record<string, string>;
};

/** antd error Alert: the (already localised) server message plus one line per field message. */
export function ErrorAlert({ error, onClose, fieldLabels = {} }: ErrorAlertProps) {
  const t = useT();
  if (error === null || error === undefined) return null;
  const message = errorMessage(error, t);
  // The server's message already names the field (a domain error's, or every field of a validation error joined):
  // list the field lines only when they add something.
  const fieldLines = toFieldErrors(error).flatMap(({ field, errors }) =>
    errors.map((message) => {
      const label = fieldLabels[field];
      return label ? t("error.field", { field: label, message }) : message;
    }),
  );
  const lines = fieldLines.every((line) => message.includes(line)) ? [] : fieldLines;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={message}
      description={
        lines.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      closable={onClose ? { onClose } : false}
    />
  );
}
