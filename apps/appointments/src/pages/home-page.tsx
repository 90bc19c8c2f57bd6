import { CalendarOutlined, RightOutlined, ScheduleOutlined, SettingOutlined, TagOutlined } from "@ant-design/icons";
import { type BookingView, formatSlotRange, useLocale, useRoleLabel, useT } from "@hall/ui";
import { Button, Skeleton } from "antd";
import { lazy, type ReactNode, Suspense } from "react";
import { Link, useNavigate } from "react-router";
import { Chip } from "../components/chips.tsx";
import { colors } from "../components/colors.ts";
import { LazyErrorAlert } from "../components/lazy-error-alert.tsx";
import { Panel, signInHref } from "../components/page-title.tsx";
import { useMyBookings } from "../components/use-my-bookings.ts";
import { useCan, useCurrentUser } from "../me-context.ts";
import "./visit.messages.ts";

/** Today's tickets (live on the calling display's feed): a chunk of their own, loaded only for citizens. */
const MyTicketsList = lazy(async () => ({ default: (await import("../queue/my-ticket.tsx")).MyTicketsList }));

/** How many upcoming bookings the home page summarises. */
const UPCOMING_SHOWN = 2;

function NavRow({ to, icon, title, hint }: { to: string; icon: ReactNode; title: string; hint: string }) {
  return (
    <Link
      to={to}
      style={{ display: "flex", alignItems: "center", gap: 12, padding: "12px 0", color: colors.text }}
      aria-label={title}
    >
      <span style={{ fontSize: 22, color: colors.primary }} aria-hidden>
        {icon}
      </span>
      <span style={{ flex: 1, minWidth: 0 }}>
        <span style={{ display: "block", fontWeight: 500 }}>{title}</span>
        <span style={{ display: "block", fontSize: 13, color: colors.textSecondary }}>{hint}</span>
      </span>
      <RightOutlined style={{ color: colors.textQuaternary }} aria-hidden />
    </Link>
  );
}

function UpcomingBookings() {
  const t = useT();
  const { locale } = useLocale();
  const mine = useMyBookings();
  if (mine.isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (mine.error) return <LazyErrorAlert error={mine.error} />;
  const upcoming = ((mine.data ?? []) as BookingView[])
    .filter((b) => b.status === "confirmed")
    .sort((a, b) => a.start.localeCompare(b.start));
  return (
    <Panel>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
        <h2 style={{ margin: 0, fontSize: 16 }}>{t("appointments.home.upcoming")}</h2>
        <Link to="/mine">{t("appointments.home.allBookings")}</Link>
      </div>
      {upcoming.length === 0 ? (
        <p style={{ margin: "12px 0 0", color: colors.textSecondary }}>{t("appointments.home.noUpcoming")}</p>
      ) : (
        <ul style={{ listStyle: "none", margin: "8px 0 0", padding: 0 }} data-testid="upcoming">
          {upcoming.slice(0, UPCOMING_SHOWN).map((b) => (
            <li key={b.id} style={{ padding: "10px 0", borderTop: `1px solid ${colors.split}` }}>
              <Link to={`/booked/${b.id}`} style={{ color: colors.text, display: "block" }}>
                <div style={{ fontWeight: 500 }}>{b.itemName}</div>
                <div style={{ fontSize: 13, color: colors.textSecondary }}>
                  {formatSlotRange(b.start, b.end, locale)}
                </div>
                <div style={{ fontSize: 13 }}>
                  {t("appointments.home.code")}
                  <strong style={{ fontFamily: "ui-monospace, Menlo, Consolas, monospace", letterSpacing: 1 }}>
                    {b.code}
                  </strong>
                </div>
              </Link>
            </li>
          ))}
          {upcoming.length > UPCOMING_SHOWN && (
            <li style={{ fontSize: 13, color: colors.textSecondary }}>
              {t("appointments.home.more", { n: upcoming.length - UPCOMING_SHOWN })}
            </li>
          )}
        </ul>
      )}
    </Panel>
  );
}

/** `/`: who is signed in, the big 预约办事 button, my next bookings; staff links to the hall's day view. */
export function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const roleLabel = useRoleLabel();
  const canBook = useCan("booking.own");
  const canView = useCan("booking.view");
  const canManage = useCan("booking.manage");

  return (
    <>
      <h1 style={{ margin: "0 0 12px", fontSize: 22, fontWeight: 600 }}>{t("appointments.title")}</h1>
      {me ? (
        <Panel>
          <div data-testid="whoami">
            <div style={{ fontSize: 18, fontWeight: 600, marginBottom: 6 }}>
              {t("appointments.welcome", { name: me.name })}
            </div>
            {/* Not RoleTags: its module is in the entry (useRoleLabel), its antd Space/Tag would come along. */}
            <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
              {me.roles.map((role) => (
                <Chip key={role}>{roleLabel(role)}</Chip>
              ))}
            </div>
            {me.hallName && (
              <div style={{ marginTop: 8, color: colors.textSecondary }}>
                {t("appointments.hall", { hall: me.hallName })}
              </div>
            )}
          </div>
        </Panel>
      ) : (
        <Panel>
          <div style={{ marginBottom: 8 }}>{t("appointments.home.visitorIntro")}</div>
          <a href={signInHref()}>{t("appointments.home.visitorSignIn")}</a>
        </Panel>
      )}
      {(canBook || !canView) && (
        <Button
          type="primary"
          size="large"
          block
          icon={<CalendarOutlined />}
          onClick={() => navigate("/book")}
          style={{ height: 56, fontSize: 18, marginBottom: 16 }}
        >
          {t("appointments.home.book")}
        </Button>
      )}
      {canBook && (
        <Suspense fallback={null}>
          <MyTicketsList />
        </Suspense>
      )}
      {canBook && (
        <Panel style={{ paddingBlock: 4 }}>
          <NavRow
            to="/ticket"
            icon={<TagOutlined />}
            title={t("appointments.visit.ticket")}
            hint={t("appointments.visit.ticketHint")}
          />
        </Panel>
      )}
      {canBook && <UpcomingBookings />}
      {canView && (
        <Panel style={{ paddingBlock: 4 }}>
          <NavRow
            to="/day"
            icon={<ScheduleOutlined />}
            title={t("appointments.home.dayView")}
            hint={t("appointments.home.dayViewHint")}
          />
          <div style={{ borderTop: `1px solid ${colors.split}` }}>
            <NavRow
              to="/queue"
              icon={<ScheduleOutlined />}
              title={t("appointments.home.queue")}
              hint={t("appointments.home.queueHint")}
            />
          </div>
          {canManage && (
            <div style={{ borderTop: `1px solid ${colors.split}` }}>
              <NavRow
                to="/day?manage=1"
                icon={<SettingOutlined />}
                title={t("appointments.home.capacity")}
                hint={t("appointments.home.capacityHint")}
              />
            </div>
          )}
        </Panel>
      )}
      {me && !canBook && !canView && (
        <Panel>
          <span style={{ color: colors.textSecondary }}>{t("appointments.home.nothingForRole")}</span>
        </Panel>
      )}
    </>
  );
}
