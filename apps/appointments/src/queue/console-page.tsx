import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { labelOf, OUTCOME_LABELS, PRIORITY_CLASS_LABELS, REFUSAL_STATUS_LABELS } from "@hall/domain";
import { ErrorAlert, PageHeader, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Result, Segmented, Select, Space, Tag } from "antd";
import { QRCodeSVG } from "qrcode.react";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { colors } from "../components/colors.ts";
import { Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useCan, useCurrentUser } from "../me-context.ts";
import "./queue.messages.ts";

type Ticket = NonNullable<RouterOutputs["queue"]["callNext"]>;
type Outcome = "done" | "accepted" | "accepted_pending_materials" | "notice_given" | "refused";
type Refusal = { requestId: number; status: "requested" | "approved" | "denied" };
type Completed = RouterOutputs["queue"]["complete"] & { number: string };

/** Up to this many recalls, then the ticket is passed (the hall default). */
export const MAX_RECALLS = 3;
const OUTCOMES: Outcome[] = ["done", "accepted", "accepted_pending_materials", "notice_given", "refused"];

/** State kept per window in sessionStorage, so a reload does not lose the ticket at the counter. */
function usePersisted<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : initial;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      if (next === null || next === undefined) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, set];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(target.tagName) ||
    target.closest(".ant-select, .ant-modal") !== null
  );
}

/** 首问登记: a first-contact enquiry for the ledger. */
function EnquiryForm({ hallId, windowId }: { hallId: number; windowId: number }) {
  const t = useT();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ topic: string; directedTo?: string }>();
  const log = useMutation(trpc.enquiries.log.mutationOptions({ onSuccess: () => form.resetFields() }));
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.console.enquiryTitle")}</h2>
      <ErrorAlert error={log.error} onClose={() => log.reset()} />
      {log.isSuccess && (
        <div role="status" style={{ color: colors.textSecondary, marginBottom: 8 }}>
          {t("appointments.queue.console.enquiryLogged")}
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          log.mutate({
            hallId,
            windowId,
            topic: v.topic,
            ...(v.directedTo?.trim() ? { directedTo: v.directedTo } : {}),
          })
        }
      >
        <Form.Item
          name="topic"
          label={t("appointments.queue.console.enquiryTopic")}
          rules={[{ required: true, whitespace: true, message: t("appointments.queue.console.enquiryTopicRequired") }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="directedTo" label={t("appointments.queue.console.enquiryDirectedTo")}>
          <Input maxLength={200} />
        </Form.Item>
        <Button htmlType="submit" loading={log.isPending}>
          {t("appointments.queue.console.enquirySubmit")}
        </Button>
      </Form>
    </Panel>
  );
}

/** 转窗: to another window or to a zone's queue. */
function TransferModal({
  open,
  hallId,
  windowId,
  onClose,
  onTransfer,
  busy,
}: {
  open: boolean;
  hallId: number;
  windowId: number;
  onClose: () => void;
  onTransfer: (target: { toWindowId: number } | { toZoneId: number }) => void;
  busy: boolean;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [kind, setKind] = useState<"window" | "zone">("window");
  const [target, setTarget] = useState<number | null>(null);
  const windows = useQuery({ ...trpc.windows.list.queryOptions({ hallId }), enabled: open });
  const zones = useQuery({ ...trpc.zones.list.queryOptions({ hallId }), enabled: open });
  const options =
    kind === "window"
      ? (windows.data ?? [])
          .filter((w) => w.id !== windowId)
          .map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))
      : (zones.data ?? []).map((z) => ({ value: z.id, label: z.name }));
  return (
    <Modal
      open={open}
      title={t("appointments.queue.console.transferTitle")}
      onCancel={onClose}
      okText={t("appointments.queue.console.transfer")}
      okButtonProps={{ disabled: target === null, loading: busy }}
      onOk={() => target !== null && onTransfer(kind === "window" ? { toWindowId: target } : { toZoneId: target })}
      destroyOnHidden
    >
      <Segmented
        value={kind}
        onChange={(v) => {
          setKind(v as "window" | "zone");
          setTarget(null);
        }}
        options={[
          { value: "window", label: t("appointments.queue.console.toWindow") },
          { value: "zone", label: t("appointments.queue.console.toZone") },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Select
        style={{ width: "100%" }}
        aria-label={t("appointments.queue.console.transferTarget")}
        value={target}
        onChange={setTarget}
        options={options}
        loading={windows.isLoading || zones.isLoading}
        showSearch
        optionFilterProp="label"
      />
    </Modal>
  );
}

/** The 办结 form: outcome, the missing materials of 容缺受理, the written notice of 一次性告知. */
function CompleteForm({
  ticket,
  refusal,
  onDone,
  onCancel,
}: {
  ticket: Ticket;
  refusal: Refusal | null;
  onDone: (result: Completed) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const me = useCurrentUser();
  const items = useQuery(trpc.catalog.items.list.queryOptions(me?.hallId ? { hallId: me.hallId } : {}));
  const materials = items.data?.find((i) => i.id === ticket.itemId)?.materials ?? [];
  const [outcome, setOutcome] = useState<Outcome>("done");
  const [missing, setMissing] = useState<string[]>([]);
  const [notice, setNotice] = useState("");
  const complete = useMutation(
    trpc.queue.complete.mutationOptions({ onSuccess: (r) => onDone({ ...r, number: ticket.number }) }),
  );
  const refusedAllowed = refusal?.status === "approved";
  const invalid =
    (outcome === "accepted_pending_materials" && missing.length === 0) ||
    (outcome === "notice_given" && notice.trim() === "") ||
    (outcome === "refused" && !refusedAllowed);
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
        {OUTCOMES.map((o) => (
          <Radio key={o} value={o} disabled={o === "refused" && !refusedAllowed} data-testid={`outcome-${o}`}>
            {labelOf(OUTCOME_LABELS, o, locale)}
            {o === "refused" && !refusedAllowed && (
              <span style={{ color: colors.textTertiary, marginLeft: 8, fontSize: 13 }}>
                {t("appointments.queue.console.refusedNeedsApproval")}
              </span>
            )}
          </Radio>
        ))}
      </Radio.Group>
      {outcome === "accepted_pending_materials" && (
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
              options={materials.map((m) => ({
                value: m.name,
                label: m.waivable ? `${m.name}（${t("appointments.queue.console.waivable")}）` : m.name,
              }))}
            />
          )}
        </fieldset>
      )}
      {outcome === "notice_given" && (
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
          disabled={invalid}
          loading={complete.isPending}
          onClick={() =>
            complete.mutate({
              ticketId: ticket.ticketId,
              outcome,
              ...(outcome === "accepted_pending_materials" ? { missingMaterials: missing } : {}),
              ...(outcome === "notice_given" ? { noticeText: notice } : {}),
            })
          }
        >
          {t("appointments.queue.console.completeSubmit")}
        </Button>
        <Button onClick={onCancel}>{t("appointments.queue.console.cancel")}</Button>
      </Space>
    </Panel>
  );
}

/** 办不成事: the request with a reason, then its status (polled for those who may read the week's requests). */
function RefusalBox({
  ticket,
  refusal,
  onChange,
}: {
  ticket: Ticket;
  refusal: Refusal | null;
  onChange: (refusal: Refusal) => void;
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
        onChange(r);
      },
    }),
  );
  const pending = refusal?.status === "requested";
  // Any window staff member sees the chief's decision on their own request.
  const status = useQuery({
    ...trpc.queue.refusalStatus.queryOptions({ ticketId: ticket.ticketId }),
    enabled: pending,
    refetchInterval: 5000,
  });
  const seen = status.data && status.data.requestId === refusal?.requestId ? status.data : undefined;
  useEffect(() => {
    if (refusal && seen && seen.status !== refusal.status)
      onChange({ requestId: refusal.requestId, status: seen.status });
  }, [seen, refusal, onChange]);

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
              <Button size="small" loading={status.isFetching} onClick={() => status.refetch()}>
                {t("appointments.queue.console.refusalRefresh")}
              </Button>
            ) : undefined
          }
        />
      )}
      {(!refusal || refusal.status === "denied") && (
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

/** `/console`: the window console (窗口叫号) for window staff, usable with the keyboard. */
export function ConsolePage() {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canServe = useCan("queue.serve");
  const hallId = me?.hallId ?? 0;
  const [pickedWindow, setPickedWindow] = useState<number | null>(null);
  const windowId = me?.windowId ?? pickedWindow;
  const windows = useQuery({ ...trpc.windows.list.queryOptions({ hallId }), enabled: canServe && hallId > 0 });
  const windowRow = windows.data?.find((w) => w.id === windowId);

  const [current, setCurrent] = usePersisted<Ticket | null>(`hall.console.${windowId}.ticket`, null);
  const [refusal, setRefusal] = usePersisted<Refusal | null>(`hall.console.${windowId}.refusal`, null);
  // The server knows the window's open ticket: a new browser or device picks it up instead of being stuck.
  // Only on opening the console: afterwards this page's own actions are the truth (a stale answer must not bring a
  // completed ticket back).
  const open = useQuery({
    ...trpc.queue.current.queryOptions({ windowId: windowId ?? 0 }),
    enabled: canServe && !!windowId,
  });
  const restored = useRef<number | null>(null);
  useEffect(() => {
    if (!open.isSuccess || !windowId || restored.current === windowId) return;
    restored.current = windowId;
    if (open.data) setCurrent(open.data);
  }, [open.isSuccess, open.data, windowId, setCurrent]);
  const [passed, setPassed] = useState<Ticket | null>(null);
  const [completing, setCompleting] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [completed, setCompleted] = useState<Completed | null>(null);
  const [empty, setEmpty] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const atWindow = (ticket: Ticket | null) => {
    if (ticket?.ticketId !== current?.ticketId) setRefusal(null);
    setCurrent(ticket);
    setError(null);
  };
  const onError = (err: unknown) => setError(err);
  const callNext = useMutation(
    trpc.queue.callNext.mutationOptions({
      onSuccess: (ticket) => {
        setCompleted(null);
        setEmpty(ticket === null);
        if (ticket) setPassed(null);
        atWindow(ticket);
      },
      onError,
    }),
  );
  const recall = useMutation(trpc.queue.recall.mutationOptions({ onSuccess: atWindow, onError }));
  const start = useMutation(trpc.queue.start.mutationOptions({ onSuccess: atWindow, onError }));
  const pass = useMutation(
    trpc.queue.pass.mutationOptions({
      onSuccess: (ticket) => {
        setPassed(ticket);
        setCompleting(false);
        atWindow(null);
      },
      onError,
    }),
  );
  const requeue = useMutation(trpc.queue.requeue.mutationOptions({ onSuccess: () => setPassed(null), onError }));
  const transfer = useMutation(
    trpc.queue.transfer.mutationOptions({
      onSuccess: () => {
        setTransferring(false);
        setCompleting(false);
        atWindow(null);
      },
      onError,
    }),
  );
  const busy = callNext.isPending || recall.isPending || start.isPending || pass.isPending || transfer.isPending;
  const canRecall = current !== null && current.status === "called" && current.recalls < MAX_RECALLS;

  const keys = useRef({ next: () => {}, recall: () => {}, pass: () => {}, complete: () => {} });
  keys.current = {
    next: () => windowId && !current && !busy && callNext.mutate({ windowId }),
    recall: () => current && canRecall && !busy && recall.mutate({ ticketId: current.ticketId }),
    pass: () => current && current.status === "called" && !busy && pass.mutate({ ticketId: current.ticketId }),
    complete: () => current && setCompleting(true),
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const action =
        key === "n" || key === "enter"
          ? "next"
          : key === "r"
            ? "recall"
            : key === "p"
              ? "pass"
              : key === "c"
                ? "complete"
                : null;
      if (!action) return;
      e.preventDefault();
      keys.current[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
      <ErrorAlert error={error ?? windows.error} onClose={() => setError(null)} />
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(260px, 1fr)", gap: 16 }}>
        <div>
          <Panel>
            <Button
              type="primary"
              size="large"
              block
              disabled={!windowId || current !== null}
              loading={callNext.isPending}
              onClick={() => keys.current.next()}
              style={{ height: 72, fontSize: 28, fontWeight: 700 }}
            >
              {t("appointments.queue.console.callNext")}
            </Button>
            {empty && !current && (
              <p role="status" style={{ margin: "12px 0 0", color: colors.textSecondary }}>
                {t("appointments.queue.console.nobodyWaiting")}
              </p>
            )}
          </Panel>

          {current ? (
            <Panel>
              <div
                data-testid="current-ticket"
                style={{ display: "flex", gap: 16, alignItems: "center", flexWrap: "wrap" }}
              >
                <div style={{ fontSize: 56, fontWeight: 800, lineHeight: 1, color: colors.primary }}>
                  {current.number}
                </div>
                <div style={{ flex: 1, minWidth: 200 }}>
                  <div style={{ fontSize: 18, fontWeight: 600 }}>{current.itemName ?? "—"}</div>
                  <Space size={4} wrap style={{ marginTop: 4 }}>
                    <Tag color={current.booked ? "blue" : "default"}>
                      {current.booked ? t("appointments.queue.console.booked") : t("appointments.queue.console.walkIn")}
                    </Tag>
                    {current.priority !== "normal" && (
                      <Tag color="orange">{labelOf(PRIORITY_CLASS_LABELS, current.priority, locale)}</Tag>
                    )}
                    <Tag>
                      {current.status === "serving"
                        ? t("appointments.queue.console.statusServing")
                        : t("appointments.queue.console.statusCalled")}
                    </Tag>
                  </Space>
                </div>
              </div>
              <Space wrap style={{ marginTop: 16 }}>
                <Button
                  size="large"
                  disabled={!canRecall}
                  loading={recall.isPending}
                  onClick={() => keys.current.recall()}
                >
                  {t("appointments.queue.console.recall", { n: current.recalls, max: MAX_RECALLS })}
                </Button>
                <Button
                  size="large"
                  disabled={current.status !== "called"}
                  loading={pass.isPending}
                  onClick={() => keys.current.pass()}
                >
                  {t("appointments.queue.console.pass")}
                </Button>
                <Button
                  size="large"
                  disabled={current.status !== "called"}
                  loading={start.isPending}
                  onClick={() => start.mutate({ ticketId: current.ticketId })}
                >
                  {t("appointments.queue.console.start")}
                </Button>
                <Button size="large" onClick={() => setTransferring(true)}>
                  {t("appointments.queue.console.transfer")}
                </Button>
                <Button size="large" type="primary" onClick={() => setCompleting(true)}>
                  {t("appointments.queue.console.complete")}
                </Button>
              </Space>
              <RefusalBox ticket={current} refusal={refusal} onChange={setRefusal} />
            </Panel>
          ) : (
            !completed && (
              <Panel>
                <span style={{ color: colors.textSecondary }}>{t("appointments.queue.console.noCurrent")}</span>
              </Panel>
            )
          )}

          {current && completing && (
            <CompleteForm
              ticket={current}
              refusal={refusal}
              onCancel={() => setCompleting(false)}
              onDone={(r) => {
                setCompleting(false);
                setCompleted(r);
                atWindow(null);
              }}
            />
          )}

          {completed && (
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
                      outcome: labelOf(OUTCOME_LABELS, completed.outcome as Outcome, locale),
                    })}
                  </div>
                  {completed.dueDate && (
                    <div>{t("appointments.queue.console.dueDate", { date: completed.dueDate })}</div>
                  )}
                  {completed.materialsDeadline && (
                    <div>
                      {t("appointments.queue.console.materialsDeadline", { date: completed.materialsDeadline })}
                    </div>
                  )}
                  <div style={{ marginTop: 8, color: colors.textSecondary }}>
                    {t("appointments.queue.console.rateHint")}{" "}
                    <Link to={`/rate/${completed.ticketId}`}>{t("appointments.queue.console.rateLink")}</Link>
                  </div>
                </div>
                <QRCodeSVG value={`${window.location.origin}/appointments/rate/${completed.ticketId}`} size={112} />
              </div>
            </Panel>
          )}

          {passed && (
            <Panel>
              <Space wrap>
                <span>{t("appointments.queue.console.passed", { number: passed.number })}</span>
                <Button loading={requeue.isPending} onClick={() => requeue.mutate({ ticketId: passed.ticketId })}>
                  {t("appointments.queue.console.requeue")}
                </Button>
              </Space>
            </Panel>
          )}
        </div>

        <div>
          <Panel>
            <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.console.shortcuts")}</h2>
            <dl
              data-testid="shortcuts"
              style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "4px 12px", margin: 0 }}
            >
              <dt>
                <kbd>N</kbd> / <kbd>Enter</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{t("appointments.queue.console.callNext")}</dd>
              <dt>
                <kbd>R</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{t("appointments.queue.console.recallShort")}</dd>
              <dt>
                <kbd>P</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{t("appointments.queue.console.pass")}</dd>
              <dt>
                <kbd>C</kbd>
              </dt>
              <dd style={{ margin: 0 }}>{t("appointments.queue.console.complete")}</dd>
            </dl>
          </Panel>
          {windowId && hallId > 0 && <EnquiryForm hallId={hallId} windowId={windowId} />}
        </div>
      </div>
      {current && windowId && (
        <TransferModal
          open={transferring}
          hallId={hallId}
          windowId={windowId}
          onClose={() => setTransferring(false)}
          busy={transfer.isPending}
          onTransfer={(target) => transfer.mutate({ ticketId: current.ticketId, ...target })}
        />
      )}
    </div>
  );
}
