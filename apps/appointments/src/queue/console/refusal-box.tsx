import { useTRPC } from "@hall/api-client";
import { labelOf, REFUSAL_STATUS_LABELS } from "@hall/domain";
import { ErrorAlert, useLocale, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Input, Modal } from "antd";
import { useState } from "react";
import { offers, type Ticket } from "./types.ts";

/**
 * 办不成事: the ticket's latest refusal request and the chief's decision, and the request itself (with a reason)
 * whenever the server offers it — not while one waits or after an approval.
 */
export function RefusalBox({
  ticket,
  onChange,
  onRefresh,
  refreshing,
}: {
  ticket: Ticket;
  /** The ticket as the server describes it after the request. */
  onChange: (ticket: Ticket) => void;
  /** Asks the server for the chief's decision now. */
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const request = useMutation(
    trpc.queue.requestRefusal.mutationOptions({
      onSuccess: (r) => {
        setOpen(false);
        setReason("");
        onChange(r.ticket);
      },
    }),
  );
  const refusal = ticket.refusal;
  const pending = refusal?.status === "requested";
  return (
    <div style={{ marginTop: 12 }}>
      {refusal && (
        <Alert
          data-testid="refusal-status"
          type={refusal.status === "approved" ? "success" : refusal.status === "denied" ? "warning" : "info"}
          showIcon
          style={{ marginBottom: 8 }}
          title={t("appointments.queue.console.refusalStatus", {
            status: labelOf(REFUSAL_STATUS_LABELS, refusal.status, locale),
          })}
          description={pending ? t("appointments.queue.console.refusalAskChief") : undefined}
          action={
            pending ? (
              <Button size="small" loading={refreshing} onClick={onRefresh}>
                {t("appointments.queue.console.refusalRefresh")}
              </Button>
            ) : undefined
          }
        />
      )}
      {offers(ticket, "requestRefusal") && (
        <Button danger onClick={() => setOpen(true)}>
          {t("appointments.queue.console.requestRefusal")}
        </Button>
      )}
      <Modal
        open={open}
        title={t("appointments.queue.console.requestRefusalTitle", { number: ticket.number })}
        okText={t("appointments.queue.console.requestRefusalSubmit")}
        okButtonProps={{ disabled: reason.trim() === "", loading: request.isPending }}
        onOk={() => request.mutate({ ticketId: ticket.ticketId, reason })}
        onCancel={() => setOpen(false)}
      >
        <ErrorAlert error={request.error} />
        <Input.TextArea
          aria-label={t("appointments.queue.console.refusalReason")}
          placeholder={t("appointments.queue.console.refusalReason")}
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
        />
      </Modal>
    </div>
  );
}
