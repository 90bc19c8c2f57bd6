import { ErrorAlert, hallDate, useLocale, useT } from "@hall/ui";
import { Button, Skeleton, theme } from "antd";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { DaySlotPicker } from "../components/day-slot-picker.tsx";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { useRouteItem } from "../components/use-item.ts";
import { hasConfirmedMaterials } from "../draft.ts";
import { useHallParam } from "../hall.ts";
import { formatSlotStart } from "../time.ts";
import "./booking.messages.ts";

/** Navigation state: the refusal that sent the citizen back here (e.g. the slot filled up meanwhile). */
export type SlotPageState = { refusal?: unknown } | null;

/** `/book/:itemId/slot?date=&start=`: choose a day and a time slot (after the materials were confirmed). */
export function SlotPage() {
  const t = useT();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const { hallId, withHall } = useHallParam();
  const [params, setParams] = useSearchParams();
  const { itemId, item, isLoading, error } = useRouteItem();
  const refusal = (location.state as SlotPageState)?.refusal;
  const date = params.get("date");
  const start = params.get("start");

  if (!hasConfirmedMaterials(itemId)) return <Navigate to={withHall(`/book/${itemId}`)} replace />;
  if (isLoading) return <Skeleton active />;

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true, state: location.state },
    );

  return (
    <>
      <PageTitle
        title={t("appointments.slot.title")}
        subtitle={item?.name}
        back={withHall(`/book/${itemId}`)}
        backLabel={t("appointments.slot.backToMaterials")}
      />
      <ErrorAlert error={error} />
      {refusal && (
        <ErrorAlert
          error={refusal}
          onClose={() => navigate(`${location.pathname}${location.search}`, { replace: true, state: null })}
        />
      )}
      <Panel>
        <DaySlotPicker
          itemId={itemId}
          hallId={hallId}
          date={date}
          onDateChange={(d) => update({ date: d, start: null })}
          start={start}
          onStartChange={(s) => update({ start: s, date: s ? hallDate(s) : date })}
        />
      </Panel>
      <div style={{ position: "sticky", bottom: 0, paddingBlock: 12, background: "#f3f5f9" }}>
        {start && (
          <div style={{ marginBottom: 8, textAlign: "center", fontSize: 14, color: token.colorText }}>
            {t("appointments.slot.chosen", { time: formatSlotStart(start, locale) })}
          </div>
        )}
        <Button
          type="primary"
          size="large"
          block
          disabled={!start}
          onClick={() => start && navigate(withHall(`/book/${itemId}/confirm?start=${encodeURIComponent(start)}`))}
        >
          {t("appointments.slot.next")}
        </Button>
      </div>
    </>
  );
}
