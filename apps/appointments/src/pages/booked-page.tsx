import { CheckCircleFilled } from "@ant-design/icons";
import { BookingCard, useT } from "@hall/ui";
import { Button, Empty, Skeleton, theme } from "antd";
import { QRCodeSVG } from "qrcode.react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useMyBookings } from "../components/use-my-bookings.ts";
import { useCurrentUser } from "../me-context.ts";
import type { BookedPageState } from "./confirm-page.tsx";
import "./booking.messages.ts";

/** `/booked/:id`: the booking is made — its code in large type and as a QR code to show at check-in. */
export function BookedPage() {
  const t = useT();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const state = useLocation().state as BookedPageState;
  const mine = useMyBookings();
  const booking = mine.data?.find((b) => b.id === id) ?? (state?.booking?.id === id ? state.booking : undefined);

  if (!me) return <SignInPrompt />;
  if (!booking) {
    if (mine.isLoading) return <Skeleton active />;
    return (
      <Empty description={t("appointments.booked.notFound")}>
        <Link to="/mine">{t("appointments.mine.title")}</Link>
      </Empty>
    );
  }

  return (
    <>
      <div style={{ textAlign: "center", padding: "8px 0 16px" }}>
        <CheckCircleFilled style={{ fontSize: 48, color: token.colorSuccess }} aria-hidden />
        <h1 style={{ margin: "8px 0 4px", fontSize: 22 }}>
          {t(state?.rescheduled ? "appointments.booked.rescheduledTitle" : "appointments.booked.title")}
        </h1>
        <div style={{ color: token.colorTextSecondary }}>{t("appointments.booked.subtitle")}</div>
      </div>
      <Panel style={{ textAlign: "center" }}>
        <div style={{ color: token.colorTextSecondary, fontSize: 14 }}>{t("appointments.booked.code")}</div>
        <div
          data-testid="booked-code"
          style={{
            fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
            fontSize: 36,
            fontWeight: 700,
            letterSpacing: 6,
            color: token.colorPrimary,
            margin: "4px 0 12px",
          }}
        >
          {booking.code}
        </div>
        <div style={{ display: "inline-block", padding: 8, background: "#fff", borderRadius: 8 }}>
          <QRCodeSVG
            value={booking.code}
            size={168}
            level="M"
            marginSize={1}
            role="img"
            aria-label={t("appointments.booked.qr", { code: booking.code })}
          />
        </div>
        <div style={{ color: token.colorTextSecondary, fontSize: 13, marginTop: 8 }}>
          {t("appointments.booked.qrHint")}
        </div>
      </Panel>
      <BookingCard booking={booking} />
      <div style={{ display: "grid", gap: 8, marginTop: 16 }}>
        <Button type="primary" size="large" block onClick={() => navigate("/mine")}>
          {t("appointments.booked.toMine")}
        </Button>
        <Button size="large" block onClick={() => navigate("/book")}>
          {t("appointments.booked.bookAnother")}
        </Button>
      </div>
    </>
  );
}
