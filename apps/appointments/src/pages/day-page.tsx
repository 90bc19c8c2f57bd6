import { EditOutlined, LeftOutlined, RightOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { addCalendarDays, type BookingStatus } from "@hall/domain";
import { BookingStatusTag, ErrorAlert, errorMessage, formatLongDate, formatSlotTime, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Collapse,
  DatePicker,
  Empty,
  Grid,
  InputNumber,
  Popover,
  Result,
  Skeleton,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  theme,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageTitle } from "../components/page-title.tsx";
import { asRefusal } from "../errors.ts";
import { hallInput } from "../hall.ts";
import { useCan, useCurrentUser } from "../me-context.ts";
import "./day.messages.ts";

type DayItem = RouterOutputs["booking"]["day"][number];
type DaySlot = DayItem["slots"][number];

/** The capacity editor of one slot (hall admins): a number, save, or back to the computed capacity. */
function CapacityEditor({ itemId, slot, onDone }: { itemId: number; slot: DaySlot; onDone: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(slot.capacity);
  const override = useMutation(
    trpc.booking.overrideCapacity.mutationOptions({
      onSuccess: async (_result, input) => {
        message.success(
          t(input.capacity === null ? "appointments.day.overrideCleared" : "appointments.day.overrideSaved"),
        );
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.booking.day.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.booking.slots.pathKey() }),
        ]);
        onDone();
      },
      onError: (err) => message.error(errorMessage(err, t)),
    }),
  );
  return (
    <div style={{ width: 240 }}>
      <ErrorAlert error={asRefusal(override.error)} />
      <div style={{ marginBottom: 8, fontSize: 13 }}>
        {t("appointments.day.overrideHint", {
          booked: slot.booked,
          min: slot.capacityBounds.min,
          max: slot.capacityBounds.max,
        })}
      </div>
      <Space.Compact style={{ width: "100%" }}>
        <InputNumber
          // The server's bounds (the domain's override rule); a value below the seats taken is still sent, and the
          // server's refusal is shown, so the rule lives in one place.
          min={0}
          max={slot.capacityBounds.max}
          precision={0}
          value={value}
          onChange={(v) => setValue(typeof v === "number" ? v : null)}
          aria-label={t("appointments.day.capacity")}
          style={{ flex: 1 }}
        />
        <Button
          type="primary"
          loading={override.isPending && override.variables?.capacity !== null}
          disabled={value === null}
          onClick={() => value !== null && override.mutate({ itemId, start: slot.start, capacity: value })}
        >
          {t("appointments.day.save")}
        </Button>
      </Space.Compact>
      {slot.overridden && (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0, marginTop: 8 }}
          loading={override.isPending && override.variables?.capacity === null}
          onClick={() => override.mutate({ itemId, start: slot.start, capacity: null })}
        >
          {t("appointments.day.clearOverride")}
        </Button>
      )}
    </div>
  );
}

function CapacityCell({ itemId, slot, canManage }: { itemId: number; slot: DaySlot; canManage: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Space size={4} wrap>
      <span>{slot.capacity}</span>
      {slot.overridden && <Tag color="purple">{t("appointments.day.overridden")}</Tag>}
      {canManage && (
        <Popover
          trigger="click"
          open={open}
          onOpenChange={setOpen}
          title={t("appointments.day.overrideTitle", { time: formatSlotTime(slot.start, slot.end) })}
          content={open ? <CapacityEditor itemId={itemId} slot={slot} onDone={() => setOpen(false)} /> : null}
          destroyOnHidden
        >
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            aria-label={t("appointments.day.overrideTitle", { time: formatSlotTime(slot.start, slot.end) })}
          />
        </Popover>
      )}
    </Space>
  );
}

function SlotTable({ item, canManage }: { item: DayItem; canManage: boolean }) {
  const t = useT();
  const { token } = theme.useToken();
  const columns: TableColumnsType<DaySlot> = [
    {
      title: t("appointments.day.time"),
      key: "time",
      width: 110,
      render: (_, slot) => <span style={{ whiteSpace: "nowrap" }}>{formatSlotTime(slot.start, slot.end)}</span>,
    },
    {
      title: t("appointments.day.capacity"),
      key: "capacity",
      width: 130,
      render: (_, slot) => <CapacityCell itemId={item.itemId} slot={slot} canManage={canManage} />,
    },
    { title: t("appointments.day.booked"), dataIndex: "booked", width: 70 },
    {
      title: t("appointments.day.available"),
      key: "available",
      width: 80,
      render: (_, slot) => (slot.available > 0 ? slot.available : <Tag color="red">{t("appointments.day.full")}</Tag>),
    },
    {
      title: t("appointments.day.bookings"),
      key: "bookings",
      render: (_, slot) =>
        slot.bookings.length === 0 ? (
          <span style={{ color: token.colorTextQuaternary }}>—</span>
        ) : (
          <ul style={{ margin: 0, padding: 0, listStyle: "none" }}>
            {slot.bookings.map((b) => (
              <BookingLine key={b.id} booking={b} />
            ))}
          </ul>
        ),
    },
  ];
  return (
    <Table<DaySlot>
      size="small"
      rowKey="start"
      columns={columns}
      dataSource={item.slots}
      pagination={false}
      scroll={{ x: 640 }}
    />
  );
}

function BookingLine({ booking }: { booking: DaySlot["bookings"][number] }) {
  const { token } = theme.useToken();
  return (
    <li style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
      <code style={{ fontWeight: 600, letterSpacing: 1 }}>{booking.code}</code>
      <span>{booking.citizenName}</span>
      {booking.citizenPhoneMasked && (
        <span style={{ color: token.colorTextSecondary }}>{booking.citizenPhoneMasked}</span>
      )}
      <BookingStatusTag status={booking.status as BookingStatus} />
    </li>
  );
}

/** On a phone: one block per slot, the bookings under it (a 5-column table would scroll sideways). */
function SlotList({ item, canManage }: { item: DayItem; canManage: boolean }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <ul style={{ margin: 0, padding: 0, listStyle: "none" }} aria-label={item.itemName}>
      {item.slots.map((slot, index) => (
        <li
          key={slot.start}
          style={{ padding: "8px 0", borderTop: index === 0 ? undefined : `1px solid ${token.colorSplit}` }}
        >
          <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
            <strong style={{ minWidth: 96 }}>{formatSlotTime(slot.start, slot.end)}</strong>
            <span style={{ color: token.colorTextSecondary }}>{t("appointments.day.capacity")}</span>
            <CapacityCell itemId={item.itemId} slot={slot} canManage={canManage} />
            <span style={{ color: token.colorTextSecondary }}>
              {t("appointments.day.booked")} {slot.booked}
            </span>
            {slot.available === 0 && <Tag color="red">{t("appointments.day.full")}</Tag>}
          </div>
          {slot.bookings.length > 0 && (
            <ul style={{ margin: "4px 0 0", padding: 0, listStyle: "none", display: "grid", gap: 4 }}>
              {slot.bookings.map((b) => (
                <BookingLine key={b.id} booking={b} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** `/day`: hall staff see every item's slots of a day with their bookings; hall admins override capacities. */
export function DayPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const me = useCurrentUser();
  const canView = useCan("booking.view");
  const canManage = useCan("booking.manage");
  const compact = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const hallId = me?.hallId ?? undefined;
  const days = useQuery({ ...trpc.catalog.days.queryOptions(hallInput(hallId)), enabled: canView });
  const today = days.data?.[0]?.date ?? null;
  const date = params.get("date") ?? today;
  const onlyBooked = params.get("booked") === "1";
  const day = useQuery({
    ...trpc.booking.day.queryOptions({ ...hallInput(hallId), date: date ?? "" }),
    enabled: canView && date !== null,
    refetchInterval: 30_000,
  });

  if (!canView) {
    return (
      <Result
        status="403"
        title={t("appointments.day.forbiddenTitle")}
        subTitle={t("appointments.day.forbiddenHint")}
      />
    );
  }

  const setParam = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const items = (day.data ?? []).filter((item) => !onlyBooked || item.slots.some((s) => s.booked > 0));
  const total = (day.data ?? []).reduce(
    (sum, item) => sum + item.slots.reduce((n, s) => n + s.bookings.filter((b) => b.status !== "cancelled").length, 0),
    0,
  );

  return (
    <div style={{ maxWidth: 1200, marginInline: "auto" }}>
      <PageTitle
        title={t(canManage && params.get("manage") ? "appointments.home.capacity" : "appointments.day.title")}
        subtitle={me?.hallName}
        back="/"
        backLabel={t("appointments.backHome")}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          icon={<LeftOutlined />}
          aria-label={t("appointments.day.prev")}
          disabled={!date}
          onClick={() => date && setParam("date", addCalendarDays(date, -1))}
        />
        <DatePicker
          allowClear={false}
          value={date ? dayjs(date) : null}
          onChange={(d) => d && setParam("date", d.format("YYYY-MM-DD"))}
          aria-label={t("appointments.day.date")}
        />
        <Button
          icon={<RightOutlined />}
          aria-label={t("appointments.day.next")}
          disabled={!date}
          onClick={() => date && setParam("date", addCalendarDays(date, 1))}
        />
        <Button disabled={!today || date === today} onClick={() => setParam("date", null)}>
          {t("appointments.day.today")}
        </Button>
        <Space size={6}>
          <Switch
            size="small"
            checked={onlyBooked}
            onChange={(on) => setParam("booked", on ? "1" : null)}
            aria-label={t("appointments.day.onlyBooked")}
          />
          <span>{t("appointments.day.onlyBooked")}</span>
        </Space>
      </Space>
      {date && (
        <div style={{ marginBottom: 12 }}>
          <strong>{formatLongDate(date, locale)}</strong>
          {day.data && <span> · {t("appointments.day.total", { n: total })}</span>}
        </div>
      )}
      <ErrorAlert error={days.error ?? day.error} />
      {day.isLoading || days.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty
          description={
            (day.data?.length ?? 0) > 0 && onlyBooked ? t("appointments.day.noBookings") : t("appointments.day.noSlots")
          }
        />
      ) : (
        <Collapse
          defaultActiveKey={items.filter((i) => i.slots.some((s) => s.booked > 0)).map((i) => String(i.itemId))}
          items={items.map((item) => {
            const booked = item.slots.reduce((n, s) => n + s.booked, 0);
            const capacity = item.slots.reduce((n, s) => n + s.capacity, 0);
            return {
              key: String(item.itemId),
              label: item.itemName,
              extra: (
                <span style={{ whiteSpace: "nowrap" }}>{t("appointments.day.itemSummary", { booked, capacity })}</span>
              ),
              children:
                item.slots.length === 0 ? (
                  <Empty description={t("appointments.day.noSlots")} />
                ) : compact ? (
                  <SlotList item={item} canManage={canManage} />
                ) : (
                  <SlotTable item={item} canManage={canManage} />
                ),
            };
          })}
        />
      )}
    </div>
  );
}
