import { useTRPC } from "@hall/api-client";
import { BookingCard, type BookingView, ErrorAlert, errorMessage, hallDate, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Empty, Skeleton, theme } from "antd";
import { useCallback, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { DaySlotPicker } from "../components/day-slot-picker.tsx";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { useInvalidateBookings, useMyBookings } from "../components/use-my-bookings.ts";
import { asRefusal, isConflict } from "../errors.ts";
import { useCurrentUser } from "../me-context.ts";
import { formatSlotStart } from "../time.ts";
import type { BookedPageState } from "./confirm-page.tsx";
import "./booking.messages.ts";

/**
 * `/mine/:id/reschedule`: choose another day and slot for a booking. The server moves it atomically: when the
 * new slot is full the old booking stays, and the refusal says so.
 */
export function ReschedulePage() {
  const t = useT();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const mine = useMyBookings();
  const rules = useQuery(trpc.catalog.rules.queryOptions({}));
  const invalidate = useInvalidateBookings();
  const booking = (mine.data as BookingView[] | undefined)?.find((b) => b.id === id);
  const [date, setDate] = useState<string | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const onStartChange = useCallback((s: string | null) => setStart(s), []);

  const reschedule = useMutation(
    trpc.booking.reschedule.mutationOptions({
      onSuccess: async (moved) => {
        await invalidate();
        navigate(`/booked/${moved.id}`, {
          replace: true,
          state: { booking: moved, rescheduled: true } satisfies BookedPageState,
        });
      },
      onError: async (err) => {
        message.error(errorMessage(err, t));
        setRefusal(err);
        // The slot list is stale after any refusal, certainly after a 409 (the slot filled up meanwhile).
        if (isConflict(err)) setStart(null);
        await invalidate();
      },
    }),
  );

  if (!me) return <SignInPrompt />;
  if (mine.isLoading) return <Skeleton active />;
  if (!booking) {
    return (
      <Empty description={t("appointments.booked.notFound")}>
        <Link to="/mine">{t("appointments.mine.title")}</Link>
      </Empty>
    );
  }

  const back = { back: "/mine", backLabel: t("appointments.mine.title") };
  if (!booking.cancellable) {
    return (
      <>
        <PageTitle title={t("appointments.reschedule.title")} {...back} />
        <BookingCard booking={booking} cancelDeadlineMinutes={rules.data?.cancelDeadlineMinutes} />
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={
            booking.status === "confirmed"
              ? t("appointments.reschedule.tooLate", { minutes: rules.data?.cancelDeadlineMinutes ?? 30 })
              : t("appointments.reschedule.notActive")
          }
        />
      </>
    );
  }

  const same = start === booking.start;
  return (
    <>
      <PageTitle title={t("appointments.reschedule.title")} subtitle={booking.itemName} {...back} />
      <Panel style={{ fontSize: 14 }}>
        <span style={{ color: token.colorTextSecondary }}>{t("appointments.reschedule.current")}</span>
        <strong>{formatSlotStart(booking.start, locale)}</strong>
        <span style={{ color: token.colorTextSecondary }}> · {booking.code}</span>
      </Panel>
      <ErrorAlert error={asRefusal(refusal)} onClose={() => setRefusal(null)} />
      <Panel>
        <DaySlotPicker
          itemId={booking.itemId}
          date={date ?? hallDate(booking.start)}
          onDateChange={(d) => {
            setDate(d);
            setStart(null);
          }}
          start={start}
          onStartChange={onStartChange}
          disabled={reschedule.isPending}
        />
      </Panel>
      <div style={{ position: "sticky", bottom: 0, paddingBlock: 12, background: "#f3f5f9" }}>
        {start && (
          <div style={{ marginBottom: 8, textAlign: "center", fontSize: 14 }}>
            {same
              ? t("appointments.reschedule.sameSlot")
              : t("appointments.reschedule.moveTo", { time: formatSlotStart(start, locale) })}
          </div>
        )}
        <Button
          type="primary"
          size="large"
          block
          disabled={!start || same}
          loading={reschedule.isPending}
          onClick={() => {
            if (!start) return;
            setRefusal(null);
            reschedule.mutate({ id: booking.id, start });
          }}
        >
          {t("appointments.reschedule.submit")}
        </Button>
      </div>
    </>
  );
}
