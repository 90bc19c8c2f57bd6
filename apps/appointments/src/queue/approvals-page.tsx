import { useTRPC } from "@hall/api-client";
import {
  COMPLAINT_SOURCE_LABELS,
  COMPLAINT_SOURCES,
  COMPLAINT_STATUS_LABELS,
  type ComplaintSource,
  labelOf,
  REFUSAL_STATUS_LABELS,
} from "@hall/domain";
import { ErrorAlert, hallTime, PageHeader, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Checkbox, Form, Input, Modal, Result, Select, Space, Statistic, Table, Tabs, Tag } from "antd";
import { useState } from "react";
import { colors } from "../components/colors.ts";
import { Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useCan, useCurrentUser } from "../me-context.ts";
import "./queue.messages.ts";

/** A note (or reason) asked for in a small dialog, then `onSubmit(note)`. */
function NoteButton({
  label,
  title,
  onSubmit,
  busy,
  danger,
  primary,
}: {
  label: string;
  title: string;
  onSubmit: (note: string) => Promise<unknown>;
  busy: boolean;
  danger?: boolean;
  primary?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button size="small" danger={danger} type={primary ? "primary" : "default"} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={label}
        okButtonProps={{ disabled: note.trim() === "", loading: busy, danger }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          onSubmit(note.trim()).then(() => {
            setOpen(false);
            setNote("");
            setError(null);
          }, setError)
        }
        destroyOnHidden
      >
        <ErrorAlert error={error} />
        <Input.TextArea
          aria-label={t("appointments.queue.approvals.note")}
          placeholder={t("appointments.queue.approvals.note")}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </>
  );
}

function Refusals() {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const weekly = useQuery({ ...trpc.refusals.weekly.queryOptions({}), refetchInterval: 10_000 });
  const decide = useMutation(
    trpc.queue.decideRefusal.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.refusals.weekly.queryKey() }),
    }),
  );
  const data = weekly.data;
  return (
    <>
      <ErrorAlert error={weekly.error} />
      {data && (
        <Panel>
          <div style={{ color: colors.textSecondary, marginBottom: 8 }}>
            {t("appointments.queue.approvals.week", { week: data.week, from: data.from, to: data.to })}
          </div>
          <Space size={32} wrap data-testid="refusal-summary">
            <Statistic title={t("appointments.queue.approvals.requested")} value={data.requested} />
            <Statistic title={t("appointments.queue.approvals.pending")} value={data.pending} />
            <Statistic title={t("appointments.queue.approvals.approved")} value={data.approved} />
            <Statistic title={t("appointments.queue.approvals.denied")} value={data.denied} />
          </Space>
        </Panel>
      )}
      <Table
        rowKey="requestId"
        loading={weekly.isLoading}
        dataSource={data?.requests ?? []}
        pagination={false}
        size="middle"
        columns={[
          { title: t("appointments.queue.approvals.ticket"), dataIndex: "ticketNumber", width: 90 },
          { title: t("appointments.queue.approvals.item"), dataIndex: "itemName" },
          { title: t("appointments.queue.approvals.by"), dataIndex: "requestedBy", width: 100 },
          { title: t("appointments.queue.approvals.reason"), dataIndex: "reason" },
          {
            title: t("appointments.queue.approvals.at"),
            dataIndex: "requestedAt",
            width: 80,
            render: (v: string) => hallTime(v),
          },
          {
            title: t("appointments.queue.approvals.status"),
            dataIndex: "status",
            width: 200,
            // The decisions the server offers this supervisor (none once decided, none on one's own request).
            render: (_: unknown, r) =>
              r.status === "requested" ? (
                <Space>
                  {r.actions.length === 0 && <Tag>{labelOf(REFUSAL_STATUS_LABELS, r.status, locale)}</Tag>}
                  {r.actions.includes("approve") && (
                    <NoteButton
                      primary
                      label={t("appointments.queue.approvals.approve")}
                      title={t("appointments.queue.approvals.decideTitle", { number: r.ticketNumber })}
                      busy={decide.isPending}
                      onSubmit={(reason) =>
                        decide.mutateAsync({ requestId: r.requestId, decision: "approved", reason })
                      }
                    />
                  )}
                  {r.actions.includes("deny") && (
                    <NoteButton
                      danger
                      label={t("appointments.queue.approvals.deny")}
                      title={t("appointments.queue.approvals.decideTitle", { number: r.ticketNumber })}
                      busy={decide.isPending}
                      onSubmit={(reason) => decide.mutateAsync({ requestId: r.requestId, decision: "denied", reason })}
                    />
                  )}
                </Space>
              ) : (
                <span>
                  <Tag color={r.status === "approved" ? "green" : "orange"}>
                    {labelOf(REFUSAL_STATUS_LABELS, r.status, locale)}
                  </Tag>
                  {r.decisionReason}
                </span>
              ),
          },
        ]}
      />
    </>
  );
}

function Cases() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cases = useQuery(trpc.cases.list.queryOptions({}));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.cases.list.queryKey() });
  const followUp = useMutation(trpc.cases.followUp.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.cases.close.mutationOptions({ onSuccess: refresh }));
  const statusLabel = (s: string) =>
    s === "open"
      ? t("appointments.queue.cases.open")
      : s === "followed_up"
        ? t("appointments.queue.cases.followedUp")
        : t("appointments.queue.cases.closed");
  return (
    <>
      <ErrorAlert error={cases.error} />
      <Table
        rowKey="caseId"
        loading={cases.isLoading}
        dataSource={cases.data ?? []}
        pagination={false}
        size="middle"
        columns={[
          { title: t("appointments.queue.approvals.ticket"), dataIndex: "ticketNumber", width: 90 },
          { title: t("appointments.queue.cases.score"), dataIndex: "score", width: 70 },
          { title: t("appointments.queue.cases.comment"), dataIndex: "comment" },
          {
            title: t("appointments.queue.cases.staff"),
            render: (_: unknown, c) => `${c.windowNumber ?? ""} ${c.staffName ?? ""}`,
          },
          { title: t("appointments.queue.cases.due"), dataIndex: "dueDate", width: 110 },
          {
            title: t("appointments.queue.approvals.status"),
            width: 220,
            render: (_: unknown, c) => (
              <Space wrap>
                <Tag>{statusLabel(c.status)}</Tag>
                {c.actions.includes("follow_up") && (
                  <NoteButton
                    label={t("appointments.queue.cases.followUp")}
                    title={t("appointments.queue.cases.followUp")}
                    busy={followUp.isPending}
                    onSubmit={(note) => followUp.mutateAsync({ caseId: c.caseId, note })}
                  />
                )}
                {c.actions.includes("close") && (
                  <NoteButton
                    label={t("appointments.queue.cases.close")}
                    title={t("appointments.queue.cases.close")}
                    busy={close.isPending}
                    onSubmit={(note) => close.mutateAsync({ caseId: c.caseId, note })}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function Complaints({ hallId }: { hallId: number }) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const complaints = useQuery(trpc.complaints.list.queryOptions({}));
  const staff = useQuery(trpc.staff.list.queryOptions({ hallId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.complaints.list.queryKey() });
  const update = useMutation(trpc.complaints.update.mutationOptions({ onSuccess: refresh }));
  const [form] = Form.useForm<{
    source: ComplaintSource;
    content: string;
    staffId?: number;
    complainantName?: string;
  }>();
  const create = useMutation(
    trpc.complaints.create.mutationOptions({
      onSuccess: () => {
        form.resetFields();
        return refresh();
      },
    }),
  );
  const staffOptions = (staff.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <>
      <Panel>
        <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.complaints.create")}</h2>
        <ErrorAlert error={create.error} onClose={() => create.reset()} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ source: "onsite" }}
          onFinish={(v) =>
            create.mutate({
              hallId,
              source: v.source,
              content: v.content,
              ...(v.staffId ? { staffId: v.staffId } : {}),
              ...(v.complainantName?.trim() ? { complainantName: v.complainantName.trim() } : {}),
            })
          }
        >
          <Space wrap align="start">
            <Form.Item name="source" label={t("appointments.queue.complaints.source")}>
              <Select
                style={{ width: 180 }}
                options={COMPLAINT_SOURCES.map((s) => ({
                  value: s,
                  label: labelOf(COMPLAINT_SOURCE_LABELS, s, locale),
                }))}
              />
            </Form.Item>
            <Form.Item name="staffId" label={t("appointments.queue.complaints.staff")}>
              <Select style={{ width: 180 }} allowClear showSearch optionFilterProp="label" options={staffOptions} />
            </Form.Item>
            <Form.Item name="complainantName" label={t("appointments.queue.complaints.complainant")}>
              <Input style={{ width: 160 }} maxLength={50} />
            </Form.Item>
          </Space>
          <Form.Item
            name="content"
            label={t("appointments.queue.complaints.content")}
            rules={[{ required: true, whitespace: true, message: t("appointments.queue.complaints.contentRequired") }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t("appointments.queue.complaints.submit")}
          </Button>
        </Form>
      </Panel>
      <ErrorAlert error={complaints.error ?? update.error} onClose={() => update.reset()} />
      <Table
        rowKey="complaintId"
        loading={complaints.isLoading}
        dataSource={complaints.data ?? []}
        pagination={false}
        size="middle"
        columns={[
          {
            title: t("appointments.queue.complaints.source"),
            dataIndex: "source",
            width: 110,
            render: (s: ComplaintSource) => labelOf(COMPLAINT_SOURCE_LABELS, s, locale),
          },
          { title: t("appointments.queue.complaints.content"), dataIndex: "content" },
          {
            title: t("appointments.queue.complaints.staff"),
            width: 170,
            render: (_: unknown, c) =>
              !c.actions.includes("set_flags") ? (
                (c.staffName ?? "—")
              ) : (
                <Select
                  size="small"
                  style={{ width: 150 }}
                  allowClear
                  aria-label={t("appointments.queue.complaints.staff")}
                  value={c.staffId}
                  options={staffOptions}
                  onChange={(staffId) => update.mutate({ complaintId: c.complaintId, staffId: staffId ?? null })}
                />
              ),
          },
          {
            title: t("appointments.queue.complaints.flags"),
            width: 160,
            render: (_: unknown, c) => (
              <Space direction="vertical" size={0}>
                <Checkbox
                  checked={c.verified}
                  disabled={!c.actions.includes("set_flags")}
                  onChange={(e) => update.mutate({ complaintId: c.complaintId, verified: e.target.checked })}
                >
                  {t("appointments.queue.complaints.verified")}
                </Checkbox>
                <Checkbox
                  checked={c.major}
                  disabled={!c.actions.includes("set_flags")}
                  onChange={(e) => update.mutate({ complaintId: c.complaintId, major: e.target.checked })}
                >
                  {t("appointments.queue.complaints.major")}
                </Checkbox>
              </Space>
            ),
          },
          {
            title: t("appointments.queue.approvals.status"),
            width: 220,
            render: (_: unknown, c) => {
              const next = c.actions.includes("advance") ? c.nextStatus : null;
              return (
                <Space wrap>
                  <Tag>{labelOf(COMPLAINT_STATUS_LABELS, c.status, locale)}</Tag>
                  {next && (
                    <NoteButton
                      label={t("appointments.queue.complaints.advance", {
                        status: labelOf(COMPLAINT_STATUS_LABELS, next, locale),
                      })}
                      title={t("appointments.queue.complaints.advance", {
                        status: labelOf(COMPLAINT_STATUS_LABELS, next, locale),
                      })}
                      busy={update.isPending}
                      onSubmit={(note) => update.mutateAsync({ complaintId: c.complaintId, to: next, note })}
                    />
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </>
  );
}

/** `/approvals` (window chief, duty leader, hall admin): 办不成事 approvals and the week's summary, 差评整改, 投诉. */
export function ApprovalsPage() {
  const t = useT();
  const me = useCurrentUser();
  const canSupervise = useCan("queue.supervise");
  if (!me) return <SignInPrompt />;
  if (!canSupervise) return <Result status="403" title={t("appointments.queue.forbidden")} />;
  return (
    <div style={{ maxWidth: 1200, marginInline: "auto" }}>
      <PageHeader title={t("appointments.queue.approvals.title")} />
      <Tabs
        items={[
          { key: "refusals", label: t("appointments.queue.approvals.refusals"), children: <Refusals /> },
          { key: "cases", label: t("appointments.queue.approvals.cases"), children: <Cases /> },
          ...(me.hallId
            ? [
                {
                  key: "complaints",
                  label: t("appointments.queue.approvals.complaints"),
                  children: <Complaints hallId={me.hallId} />,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
