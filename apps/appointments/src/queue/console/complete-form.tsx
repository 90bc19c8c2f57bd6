import { useTRPC } from "@hall/api-client";
import { labelOf, missingOutcomeDetail, OUTCOME_LABELS, OUTCOMES, type Outcome } from "@hall/domain";
import { ErrorAlert, useLocale, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Checkbox, Input, Radio, Space } from "antd";
import { useState } from "react";
import { colors } from "../../components/colors.ts";
import { Panel } from "../../components/page-title.tsx";
import type { Completed, Ticket } from "./types.ts";

/**
 * The 办结 form: the outcomes the server offers for the ticket (办不成事 only once the chief approved), the missing
 * materials of 容缺受理 and the written notice of 一次性告知 where the outcome needs them.
 */
export function CompleteForm({
  ticket,
  onDone,
  onCancel,
}: {
  ticket: Ticket;
  onDone: (result: Completed) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  // Only the item's waivable materials may be missing (the server refuses any other): the checklist offers those.
  const materials = ticket.waivableMaterials;
  const [outcome, setOutcome] = useState<Outcome>("done");
  const [missing, setMissing] = useState<string[]>([]);
  const [notice, setNotice] = useState("");
  const complete = useMutation(
    trpc.queue.complete.mutationOptions({ onSuccess: (r) => onDone({ ...r, number: ticket.number }) }),
  );
  const offered = ticket.outcomes.find((o) => o.outcome === outcome);
  const details = {
    outcome,
    ...(offered?.needs === "missingMaterials" ? { missingMaterials: missing } : {}),
    ...(offered?.needs === "noticeText" ? { noticeText: notice } : {}),
  };
  const ready = offered !== undefined && missingOutcomeDetail(details) === null;
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>
        {t("appointments.queue.console.completeTitle", { number: ticket.number })}
      </h2>
      <ErrorAlert error={complete.error} onClose={() => complete.reset()} />
      <Radio.Group
        aria-label={t("appointments.queue.console.outcome")}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as Outcome)}
        style={{ display: "flex", flexDirection: "column", gap: 6 }}
      >
        {OUTCOMES.map((o) => {
          const allowed = ticket.outcomes.some((x) => x.outcome === o);
          return (
            <Radio key={o} value={o} disabled={!allowed} data-testid={`outcome-${o}`}>
              {labelOf(OUTCOME_LABELS, o, locale)}
              {o === "refused" && !allowed && (
                <span style={{ color: colors.textTertiary, marginLeft: 8, fontSize: 13 }}>
                  {t("appointments.queue.console.refusedNeedsApproval")}
                </span>
              )}
            </Radio>
          );
        })}
      </Radio.Group>
      {offered?.needs === "missingMaterials" && (
        <fieldset style={{ border: 0, padding: 0, margin: "12px 0 0" }}>
          <legend style={{ fontWeight: 500, marginBottom: 6 }}>
            {t("appointments.queue.console.missingMaterials")}
          </legend>
          {materials.length === 0 ? (
            <span style={{ color: colors.textSecondary }}>{t("appointments.queue.console.noMaterials")}</span>
          ) : (
            <Checkbox.Group
              value={missing}
              onChange={(v) => setMissing(v as string[])}
              style={{ display: "flex", flexDirection: "column", gap: 4 }}
              options={materials.map((name) => ({ value: name, label: name }))}
            />
          )}
        </fieldset>
      )}
      {offered?.needs === "noticeText" && (
        <Input.TextArea
          aria-label={t("appointments.queue.console.noticeText")}
          placeholder={t("appointments.queue.console.noticeText")}
          value={notice}
          onChange={(e) => setNotice(e.target.value)}
          rows={4}
          maxLength={4000}
          style={{ marginTop: 12 }}
        />
      )}
      <Space style={{ marginTop: 12 }}>
        <Button
          type="primary"
          disabled={!ready}
          loading={complete.isPending}
          onClick={() => complete.mutate({ ticketId: ticket.ticketId, ...details })}
        >
          {t("appointments.queue.console.completeSubmit")}
        </Button>
        <Button onClick={onCancel}>{t("appointments.queue.console.cancel")}</Button>
      </Space>
    </Panel>
  );
}
