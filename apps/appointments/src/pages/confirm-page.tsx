import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, errorMessage, formatSlotRange, hallDate, MaterialsChecklist, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Skeleton, theme } from "antd";
import { type ReactNode, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { PageTitle, Panel, signInHref } from "../components/page-title.tsx";
import { useRouteItem } from "../components/use-item.ts";
import { hasConfirmedMaterials, newIdempotencyKey } from "../draft.ts";
import { asRefusal, isConflict, isUnauthenticated } from "../errors.ts";
import { hallInput, useHallParam } from "../hall.ts";
import { useCan, useCurrentUser } from "../me-context.ts";
import { formatSlotStart } from "../time.ts";
import type { SlotPageState } from "./slot-page.tsx";
import "./booking.messages.ts";

export type Booking = RouterOutputs["booking"]["mine"][number];
/** Navigation state of the success page. */
export type BookedPageState = { booking?: Booking; rescheduled?: boolean } | null;

function Row({ label, children }: { label: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div style={{ display: "flex", gap: 12, padding: "6px 0" }}>
      <span style={{ flex: "0 0 72px", color: token.colorTextSecondary }}>{label}</span>
      <span style={{ minWidth: 0, overflowWrap: "anywhere", fontWeight: 500 }}>{children}</span>
    </div>
  );
}

/** `/book/:itemId/confirm?start=`: check item, hall and time, then book (signed-in citizens only). */
export function ConfirmPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const canBook = useCan("booking.own");
  const { hallId, withHall } = useHallParam();
  const [params] = useSearchParams();
  const start = params.get("start") ?? "";
  const date = start ? hallDate(start) : "";
  const { itemId, item, isLoading, error } = useRouteItem();
  const [refusal, setRefusal] = useState<unknown>(null);

  const halls = useQuery(trpc.catalog.halls.queryOptions());
  const rules = useQuery(trpc.catalog.rules.queryOptions(hallInput(hallId)));
  const slots = useQuery({ ...trpc.booking.slots.queryOptions({ itemId, date }), enabled: !!date });
  const slot = slots.data?.find((s) => s.start === start);

  const create = useMutation(
    trpc.booking.create.mutationOptions({
      onSuccess: async (booking) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.booking.mine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.booking.slots.queryKey({ itemId, date }) }),
        ]);
        navigate(`/booked/${booking.id}`, { replace: true, state: { booking } satisfies BookedPageState });
      },
      onError: async (err) => {
        const text = errorMessage(err, t);
        if (isConflict(err)) {
          // The slot filled up while the citizen was choosing: say so and show the fresh slot list.
          message.error(text);
          await queryClient.invalidateQueries({ queryKey: trpc.booking.slots.queryKey({ itemId, date }) });
          navigate(withHall(`/book/${itemId}/slot?date=${date}`), {
            replace: true,
            state: { refusal: asRefusal(err) } satisfies SlotPageState,
          });
          return;
        }
        message.error(text);
        setRefusal(err);
      },
    }),
  );

  if (!hasConfirmedMaterials(itemId)) return <Navigate to={withHall(`/book/${itemId}`)} replace />;
  if (!start) return <Navigate to={withHall(`/book/${itemId}/slot`)} replace />;
  if (isLoading) return <Skeleton active />;

  const hallName = halls.data?.find((h) => h.id === hallId)?.name ?? halls.data?.[0]?.name ?? "";
  const time = slot ? formatSlotRange(slot.start, slot.end, locale) : formatSlotStart(start, locale);
  const unavailable = slots.isSuccess && (!slot?.open || slot.available <= 0);

  const confirm = () => {
    setRefusal(null);
    // A fresh key per click: a retried request (same key) can't book twice, a second click is a new attempt.
    create.mutate({ itemId, start, idempotencyKey: newIdempotencyKey(), materialsConfirmed: true });
  };

  let action: ReactNode;
  if (!me) {
    action = (
      <>
        <Alert type="info" showIcon title={t("appointments.confirm.signInHint")} style={{ marginBottom: 12 }} />
        <Button type="primary" size="large" block href={signInHref()}>
          {t("appointments.confirm.signIn")}
        </Button>
      </>
    );
  } else if (!canBook) {
    action = <Alert type="warning" showIcon title={t("appointments.confirm.staffCannotBook")} />;
  } else {
    action = (
      <Button type="primary" size="large" block loading={create.isPending} disabled={unavailable} onClick={confirm}>
        {t("appointments.confirm.submit")}
      </Button>
    );
  }

  return (
    <>
      <PageTitle
        title={t("appointments.confirm.title")}
        back={withHall(`/book/${itemId}/slot?date=${date}&start=${encodeURIComponent(start)}`)}
        backLabel={t("appointments.confirm.backToSlots")}
      />
      <ErrorAlert error={error} />
      <ErrorAlert error={asRefusal(refusal)} onClose={() => setRefusal(null)} />
      {isUnauthenticated(refusal) && (
        <Button href={signInHref()} style={{ marginBottom: 16 }}>
          {t("appointments.confirm.signIn")}
        </Button>
      )}
      <Panel>
        <Row label={t("appointments.confirm.item")}>{item?.name}</Row>
        <Row label={t("appointments.confirm.hall")}>{hallName}</Row>
        <Row label={t("appointments.confirm.time")}>{time}</Row>
        {slot && slot.available > 0 && (
          <Row label={t("appointments.confirm.seats")}>
            {t("appointments.confirm.seatsLeft", { n: slot.available })}
          </Row>
        )}
        {me && <Row label={t("appointments.confirm.citizen")}>{me.name}</Row>}
      </Panel>
      {unavailable && (
        <Alert
          type="warning"
          showIcon
          title={t("appointments.confirm.slotGone")}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={() => navigate(withHall(`/book/${itemId}/slot?date=${date}`))}>
              {t("appointments.confirm.repick")}
            </Button>
          }
        />
      )}
      {rules.data && (
        <Panel style={{ fontSize: 13 }}>
          <h2 style={{ margin: "0 0 6px", fontSize: 15 }}>{t("appointments.confirm.rulesTitle")}</h2>
          <ul style={{ margin: 0, paddingInlineStart: 18, lineHeight: 1.8 }}>
            <li>{t("appointments.confirm.ruleCheckIn", { minutes: rules.data.checkInEarlyMinutes })}</li>
            <li>{t("appointments.confirm.ruleCancel", { minutes: rules.data.cancelDeadlineMinutes })}</li>
            <li>
              {t("appointments.confirm.ruleNoShow", {
                grace: rules.data.noShowGraceMinutes,
                window: rules.data.noShowWindowDays,
                limit: rules.data.noShowLimit,
                days: rules.data.suspensionDays,
              })}
            </li>
          </ul>
        </Panel>
      )}
      {item && (
        <Panel>
          <MaterialsChecklist materials={item.materials} confirmed readOnly />
        </Panel>
      )}
      <div style={{ position: "sticky", bottom: 0, paddingBlock: 12, background: "#f3f5f9" }}>{action}</div>
    </>
  );
}
