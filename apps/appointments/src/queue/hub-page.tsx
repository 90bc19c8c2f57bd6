import { AuditOutlined, DesktopOutlined, RightOutlined, SolutionOutlined, TagOutlined } from "@ant-design/icons";
import { useT } from "@hall/ui";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { colors } from "../components/colors.ts";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { useCan } from "../me-context.ts";
import "./queue.messages.ts";

function Row({
  to,
  icon,
  title,
  hint,
  external,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  external?: boolean;
}) {
  const body = (
    <>
      <span style={{ fontSize: 22, color: colors.primary }} aria-hidden>
        {icon}
      </span>
      <span style={{ flex: 1, minWidth: 0 }}>
        <span style={{ display: "block", fontWeight: 500 }}>{title}</span>
        <span style={{ display: "block", fontSize: 13, color: colors.textSecondary }}>{hint}</span>
      </span>
      <RightOutlined style={{ color: colors.textQuaternary }} aria-hidden />
    </>
  );
  const style = { display: "flex", alignItems: "center", gap: 12, padding: "12px 0", color: colors.text };
  return (
    <li style={{ borderTop: `1px solid ${colors.split}` }}>
      {external ? (
        // The display is a page of its own (no shell): a full page load.
        <a href={`/appointments${to}`} target="_blank" rel="noreferrer" style={style} aria-label={title}>
          {body}
        </a>
      ) : (
        <Link to={to} style={style} aria-label={title}>
          {body}
        </Link>
      )}
    </li>
  );
}

/** `/queue`: the hall-queue pages this person may use (取号, 窗口叫号, 审批, 叫号屏). */
export function QueueHubPage() {
  const t = useT();
  const canOwn = useCan("queue.own");
  const canServe = useCan("queue.serve");
  const canTake = canOwn || canServe;
  const canSupervise = useCan("queue.supervise");
  return (
    <>
      <PageTitle title={t("appointments.queue.hub.title")} back="/" backLabel={t("appointments.backHome")} />
      <Panel style={{ paddingBlock: 4 }}>
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {canTake && (
            <Row
              to="/ticket"
              icon={<TagOutlined />}
              title={t("appointments.queue.hub.ticket")}
              hint={t("appointments.queue.hub.ticketHint")}
            />
          )}
          {canServe && (
            <Row
              to="/console"
              icon={<SolutionOutlined />}
              title={t("appointments.queue.hub.console")}
              hint={t("appointments.queue.hub.consoleHint")}
            />
          )}
          {canSupervise && (
            <Row
              to="/approvals"
              icon={<AuditOutlined />}
              title={t("appointments.queue.hub.approvals")}
              hint={t("appointments.queue.hub.approvalsHint")}
            />
          )}
          <Row
            to="/display"
            external
            icon={<DesktopOutlined />}
            title={t("appointments.queue.hub.display")}
            hint={t("appointments.queue.hub.displayHint")}
          />
        </ul>
      </Panel>
    </>
  );
}
