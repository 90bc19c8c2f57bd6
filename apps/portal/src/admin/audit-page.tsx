import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { auditLabel, formatShanghaiDateTime } from "@hall/domain";
import { ErrorAlert, PageHeader, useLocale, useT } from "@hall/ui";
import { useQuery } from "@tanstack/react-query";
import { Col, Flex, Grid, Input, Row, Select, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useAdminHall } from "./hall-context.ts";

type AuditRow = RouterOutputs["audit"]["list"][number];

const LIMITS = [100, 200, 500];

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const t = useT();
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">{t("portal.audit.none")}</Typography.Paragraph>
      ) : (
        <pre
          style={{
            margin: "4px 0 0",
            padding: 8,
            background: "#f6f8fa",
            borderRadius: 4,
            fontSize: 12,
            maxHeight: 320,
            overflow: "auto",
            whiteSpace: "pre-wrap",
            wordBreak: "break-all",
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

/** 审计日志: who changed what and when, newest first; expand a row for before/after. */
export function AuditPage() {
  const t = useT();
  const trpc = useTRPC();
  const hall = useAdminHall();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [limit, setLimit] = useState(100);
  const [query, setQuery] = useState("");
  const audit = useQuery(trpc.audit.list.queryOptions({ hallId: hall.id, limit }));

  const { locale } = useLocale();
  /** An action or entity in words in the reader's language (domain AUDIT_*_LABELS); an unknown one as its code. */
  const named = (kind: "action" | "entity", code: string) => auditLabel(kind, code, locale);

  const q = query.trim().toLowerCase();
  const rows = (audit.data ?? []).filter(
    (row) =>
      !q ||
      [
        row.action,
        named("action", row.action),
        row.entity,
        named("entity", row.entity),
        row.actorName ?? "",
        row.entityId,
      ]
        .join(" ")
        .toLowerCase()
        .includes(q),
  );

  return (
    <>
      <PageHeader title={t("portal.admin.menu.audit")} subtitle={t("portal.audit.subtitle")} />
      <ErrorAlert error={audit.error} />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t("common.search")}
          placeholder={t("portal.audit.searchPlaceholder")}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: phone ? "100%" : 280 }}
        />
        <Select
          aria-label={t("portal.audit.limit")}
          value={limit}
          onChange={setLimit}
          options={LIMITS.map((n) => ({ value: n, label: t("portal.audit.latest", { n }) }))}
          style={{ width: 140 }}
        />
      </Flex>
      <Table<AuditRow>
        rowKey="id"
        size={phone ? "small" : "middle"}
        loading={audit.isLoading}
        dataSource={rows}
        scroll={{ x: "max-content" }}
        pagination={{
          defaultPageSize: 20,
          hideOnSinglePage: true,
          simple: phone,
          showTotal: (total) => t("common.total", { total }),
        }}
        columns={[
          {
            title: t("portal.audit.at"),
            dataIndex: "at",
            render: (at: string) => <span style={{ whiteSpace: "nowrap" }}>{formatShanghaiDateTime(at)}</span>,
          },
          {
            title: t("portal.audit.actor"),
            dataIndex: "actorName",
            render: (name: string | null) =>
              name ?? <Typography.Text type="secondary">{t("portal.audit.system")}</Typography.Text>,
          },
          {
            title: t("portal.audit.actionTitle"),
            dataIndex: "action",
            render: (action: string) => (
              <span title={action}>
                <Tag color="blue">{named("action", action)}</Tag>
              </span>
            ),
          },
          {
            title: t("portal.audit.entityTitle"),
            key: "entity",
            render: (_: unknown, row: AuditRow) => (
              <span>
                {named("entity", row.entity)}
                <Typography.Text type="secondary"> #{row.entityId}</Typography.Text>
              </span>
            ),
          },
        ]}
        expandable={{
          rowExpandable: (row) => row.before != null || row.after != null,
          expandedRowRender: (row) => (
            <Row gutter={[16, 8]}>
              <Col xs={24} md={12}>
                <JsonBlock title={t("portal.audit.before")} value={row.before} />
              </Col>
              <Col xs={24} md={12}>
                <JsonBlock title={t("portal.audit.after")} value={row.after} />
              </Col>
            </Row>
          ),
        }}
      />
    </>
  );
}
