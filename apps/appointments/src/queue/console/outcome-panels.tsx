import { labelOf, OUTCOME_LABELS } from "@hall/domain";
import { useLocale, useT } from "@hall/ui";
import { Button, Space } from "antd";
import { QRCodeSVG } from "qrcode.react";
import { Link } from "react-router";
import { colors } from "../../components/colors.ts";
import { Panel } from "../../components/page-title.tsx";
import { type Completed, offers, type Ticket } from "./types.ts";
import type { Counter } from "./use-counter.ts";

/** The ticket just completed: its outcome, due dates, and the rating QR code for the citizen. */
export function CompletedPanel({ completed }: { completed: Completed }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Panel>
      <div
        role="status"
        data-testid="completed"
        style={{ display: "flex", gap: 16, alignItems: "center", flexWrap: "wrap" }}
      >
        <div style={{ flex: 1, minWidth: 200 }}>
          <div style={{ fontSize: 18, fontWeight: 600 }}>
            {t("appointments.queue.console.completed", {
              number: completed.number,
              outcome: labelOf(OUTCOME_LABELS, completed.outcome, locale),
            })}
          </div>
          {completed.dueDate && <div>{t("appointments.queue.console.dueDate", { date: completed.dueDate })}</div>}
          {completed.materialsDeadline && (
            <div>{t("appointments.queue.console.materialsDeadline", { date: completed.materialsDeadline })}</div>
          )}
          <div style={{ marginTop: 8, color: colors.textSecondary }}>
            {t("appointments.queue.console.rateHint")}{" "}
            <Link to={`/rate/${completed.ticketId}`}>{t("appointments.queue.console.rateLink")}</Link>
          </div>
        </div>
        <QRCodeSVG value={`${window.location.origin}/appointments/rate/${completed.ticketId}`} size={112} />
      </div>
    </Panel>
  );
}

/** The ticket just passed (过号), with 重新排队 when the server still offers it. */
export function PassedPanel({ passed, counter }: { passed: Ticket; counter: Counter }) {
  const t = useT();
  return (
    <Panel>
      <Space wrap>
        <span>{t("appointments.queue.console.passed", { number: passed.number })}</span>
        {offers(passed, "requeue") && (
          <Button
            loading={counter.requeue.isPending}
            onClick={() => counter.requeue.mutate({ ticketId: passed.ticketId })}
          >
            {t("appointments.queue.console.requeue")}
          </Button>
        )}
      </Space>
    </Panel>
  );
}

/** The keyboard shortcuts of the console. */
export function ShortcutsPanel() {
  const t = useT();
  const rows: [string[], string][] = [
    [["N", "Enter"], t("appointments.queue.console.callNext")],
    [["R"], t("appointments.queue.console.recallShort")],
    [["P"], t("appointments.queue.console.pass")],
    [["C"], t("appointments.queue.console.complete")],
  ];
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.console.shortcuts")}</h2>
      <dl
        data-testid="shortcuts"
        style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "4px 12px", margin: 0 }}
      >
        {rows.map(([keys, label]) => (
          <div key={keys[0]} style={{ display: "contents" }}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && " / "}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd style={{ margin: 0 }}>{label}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
