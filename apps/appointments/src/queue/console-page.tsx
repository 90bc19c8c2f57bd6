import { useTRPC } from "@hall/api-client";
import { ErrorAlert, PageHeader, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Button, Result, Select } from "antd";
import { useState } from "react";
import { colors } from "../components/colors.ts";
import { Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useCan, useCurrentUser } from "../me-context.ts";
import { CompleteForm } from "./console/complete-form.tsx";
import { CurrentTicketPanel } from "./console/current-ticket-panel.tsx";
import { EnquiryForm } from "./console/enquiry-form.tsx";
import { CompletedPanel, PassedPanel, ShortcutsPanel } from "./console/outcome-panels.tsx";
import { QueuePanel } from "./console/queue-panel.tsx";
import { RefusalBox } from "./console/refusal-box.tsx";
import { TransferModal } from "./console/transfer-modal.tsx";
import { offers } from "./console/types.ts";
import { useCounter } from "./console/use-counter.ts";
import { useShortcuts } from "./console/use-shortcuts.ts";
import "./queue.messages.ts";

/**
 * `/console`: the window console (窗口叫号) for window staff, usable with the keyboard. Every button is one the server
 * offers for the ticket at the window (`ticket.actions`, `ticket.outcomes`); the console decides no rule itself.
 */
export function ConsolePage() {
  const t = useT();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const canServe = useCan("queue.serve");
  const hallId = me?.hallId ?? 0;
  const [pickedWindow, setPickedWindow] = useState<number | null>(null);
  const windowId = me?.windowId ?? pickedWindow;
  const windows = useQuery({ ...trpc.windows.list.queryOptions({ hallId }), enabled: canServe && hallId > 0 });
  const windowRow = windows.data?.find((w) => w.id === windowId);
  const counter = useCounter(windowId, canServe);
  const { current } = counter;
  const [completing, setCompleting] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const next = () => windowId && !current && !counter.busy && counter.callNext.mutate({ windowId });
  const recall = () =>
    current && offers(current, "recall") && !counter.busy && counter.recall.mutate({ ticketId: current.ticketId });
  const pass = () => {
    if (!current || !offers(current, "pass") || counter.busy) return;
    setCompleting(false);
    counter.pass.mutate({ ticketId: current.ticketId });
  };
  const complete = () => current && offers(current, "complete") && setCompleting(true);
  useShortcuts({ next, recall, pass, complete });

  if (!me) return <SignInPrompt />;
  if (!canServe) return <Result status="403" title={t("appointments.queue.forbidden")} />;

  return (
    <div style={{ maxWidth: 1100, marginInline: "auto" }}>
      <PageHeader
        title={t("appointments.queue.console.title")}
        subtitle={
          windowRow
            ? t("appointments.queue.console.window", { number: windowRow.number, name: windowRow.name })
            : undefined
        }
      />
      {!me.windowId && (
        <Panel>
          <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
            <span>{t("appointments.queue.console.pickWindow")}</span>
            <Select
              style={{ minWidth: 260 }}
              aria-label={t("appointments.queue.console.pickWindow")}
              value={pickedWindow}
              onChange={setPickedWindow}
              loading={windows.isLoading}
              options={(windows.data ?? []).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            />
          </div>
        </Panel>
      )}
      <ErrorAlert error={counter.error ?? windows.error} onClose={counter.clearError} />
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(260px, 1fr)", gap: 16 }}>
        <div>
          <Panel>
            <Button
              type="primary"
              size="large"
              block
              disabled={!windowId || current !== null}
              loading={counter.callNext.isPending}
              onClick={next}
              style={{ height: 72, fontSize: 28, fontWeight: 700 }}
            >
              {t("appointments.queue.console.callNext")}
            </Button>
            {counter.empty && !current && (
              <p role="status" style={{ margin: "12px 0 0", color: colors.textSecondary }}>
                {t("appointments.queue.console.nobodyWaiting")}
              </p>
            )}
          </Panel>

          {current ? (
            <CurrentTicketPanel
              ticket={current}
              counter={counter}
              onRecall={recall}
              onPass={pass}
              onComplete={complete}
              onTransfer={() => setTransferring(true)}
            >
              <RefusalBox
                ticket={current}
                onChange={counter.update}
                onRefresh={counter.refresh}
                refreshing={counter.refreshing}
              />
            </CurrentTicketPanel>
          ) : (
            !counter.completed && (
              <Panel>
                <span style={{ color: colors.textSecondary }}>{t("appointments.queue.console.noCurrent")}</span>
              </Panel>
            )
          )}

          {current && completing && (
            <CompleteForm
              key={current.ticketId}
              ticket={current}
              onCancel={() => setCompleting(false)}
              onDone={(r) => {
                setCompleting(false);
                counter.done(r);
              }}
            />
          )}
          {counter.completed && <CompletedPanel completed={counter.completed} />}
          {counter.passed && <PassedPanel passed={counter.passed} counter={counter} />}
        </div>

        <div>
          {windowId && hallId > 0 && <QueuePanel hallId={hallId} windowId={windowId} />}
          <ShortcutsPanel />
          {windowId && hallId > 0 && <EnquiryForm hallId={hallId} windowId={windowId} />}
        </div>
      </div>
      {current && windowId && (
        <TransferModal
          open={transferring}
          hallId={hallId}
          windowId={windowId}
          onClose={() => setTransferring(false)}
          busy={counter.transfer.isPending}
          onTransfer={(target) =>
            counter.transfer.mutate(
              { ticketId: current.ticketId, ...target },
              {
                onSuccess: () => {
                  setTransferring(false);
                  setCompleting(false);
                },
              },
            )
          }
        />
      )}
    </div>
  );
}
