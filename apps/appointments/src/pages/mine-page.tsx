import { PlusOutlined } from "@ant-design/icons";
import { useTRPC } from "@hall/api-client";
import { BookingCard, type BookingView, ErrorAlert, useT } from "@hall/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Empty, Skeleton } from "antd";
import { type ReactNode, useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageTitle } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useInvalidateBookings, useMyBookings } from "../components/use-my-bookings.ts";
import { asRefusal } from "../errors.ts";
import { useCurrentUser } from "../me-context.ts";
import "./booking.messages.ts";
import "./visit.messages.ts";

function Section({
  title,
  bookings,
  render,
}: {
  title: string;
  bookings: BookingView[];
  render: (b: BookingView) => ReactNode;
}) {
  if (bookings.length === 0) return null;
  return (
    <section aria-label={title} style={{ marginBottom: 16 }}>
      <h2 style={{ fontSize: 16, margin: "0 0 8px" }}>{title}</h2>
      <div style={{ display: "grid", gap: 12 }}>{bookings.map(render)}</div>
    </section>
  );
}

/** `/mine`: my bookings — upcoming first (cancel with a confirm dialog, reschedule), then the history. */
export function MinePage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const mine = useMyBookings();
  const rules = useQuery(trpc.catalog.rules.queryOptions({}));
  const invalidate = useInvalidateBookings();
  const [refusal, setRefusal] = useState<unknown>(null);
  const cancel = useMutation(trpc.booking.cancel.mutationOptions());

  if (!me) return <SignInPrompt />;
  if (!mine.canBook) return <Empty description={t("appointments.mine.citizensOnly")} />;

  const onCancel = async (booking: BookingView) => {
    setRefusal(null);
    try {
      await cancel.mutateAsync({ id: booking.id });
      message.success(t("appointments.mine.cancelled"));
    } catch (err) {
      // Shown once, inline (not a toast as well).
      setRefusal(err);
    } finally {
      await invalidate();
    }
  };

  const bookings = (mine.data ?? []) as BookingView[];
  // Upcoming: soonest first; history: latest first (the server's order).
  const upcoming = bookings.filter((b) => b.status === "confirmed").sort((a, b) => a.start.localeCompare(b.start));
  const past = bookings.filter((b) => b.status !== "confirmed");
  const card = (booking: BookingView) => (
    <BookingCard
      key={booking.id}
      booking={booking}
      cancelDeadlineMinutes={rules.data?.cancelDeadlineMinutes}
      onCancel={onCancel}
      onReschedule={(b) => navigate(`/mine/${b.id}/reschedule`)}
      extra={
        booking.status === "confirmed" ? (
          <Link
            to={`/booked/${booking.id}`}
            data-testid="show-code"
            style={{ display: "inline-block", marginTop: 8, fontSize: 14 }}
          >
            {t("appointments.visit.showCode")}
          </Link>
        ) : undefined
      }
    />
  );

  return (
    <>
      <PageTitle title={t("appointments.mine.title")} back="/" backLabel={t("appointments.backHome")} />
      <ErrorAlert error={mine.error} />
      <ErrorAlert error={asRefusal(refusal)} onClose={() => setRefusal(null)} />
      {mine.isLoading ? (
        <Skeleton active />
      ) : bookings.length === 0 ? (
        <Empty description={t("appointments.mine.empty")}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/book")}>
            {t("appointments.home.book")}
          </Button>
        </Empty>
      ) : (
        <>
          <Section title={t("appointments.mine.upcoming")} bookings={upcoming} render={card} />
          <Section title={t("appointments.mine.history")} bookings={past} render={card} />
          <Button type="primary" size="large" block icon={<PlusOutlined />} onClick={() => navigate("/book")}>
            {t("appointments.home.book")}
          </Button>
        </>
      )}
    </>
  );
}
