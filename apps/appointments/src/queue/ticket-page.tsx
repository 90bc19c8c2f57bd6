import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, formatSlotRange, TicketCard, useLocale, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Checkbox, Form, Input, List, Modal, Select, Skeleton } from "antd";
import { useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { colors } from "../components/colors.ts";
import { PageTitle, Panel } from "../components/page-title.tsx";
import { SignInPrompt } from "../components/sign-in-prompt.tsx";
import { newIdempotencyKey } from "../draft.ts";
import { hallInput, useHallParam } from "../hall.ts";
import { useCan, useCurrentUser } from "../me-context.ts";
import { matchesSearch } from "../pages/items-page.tsx";
import { MyTicketPanel, MyTicketsList } from "./my-ticket.tsx";
import "./queue.messages.ts";

type Item = RouterOutputs["catalog"]["items"]["list"][number];
type Issued = { ticketId: number; number: string; zone: string; itemName?: string | null };

/** The hall's today (the server's clock: the first of `catalog.days`). */
function useHallToday(): string | undefined {
  const trpc = useTRPC();
  const { hallId } = useHallParam();
  const days = useQuery(trpc.catalog.days.queryOptions(hallInput(hallId)));
  return days.data?.[0]?.date;
}

/** Search the hall's items and pick one: the same search as the booking flow's item list. */
function ItemPicker({ onPick, busy }: { onPick: (item: Item) => void; busy: boolean }) {
  const t = useT();
  const trpc = useTRPC();
  const { hallId } = useHallParam();
  const items = useQuery(trpc.catalog.items.list.queryOptions(hallInput(hallId)));
  const [query, setQuery] = useState("");
  const shown = useMemo(() => (items.data ?? []).filter((i) => matchesSearch(i, query)), [items.data, query]);
  if (items.isLoading) return <Skeleton active />;
  if (items.error) return <ErrorAlert error={items.error} />;
  return (
    <>
      <Input.Search
        allowClear
        size="large"
        aria-label={t("appointments.queue.ticket.search")}
        placeholder={t("appointments.queue.ticket.searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      <List
        data-testid="ticket-items"
        dataSource={shown}
        locale={{ emptyText: t("appointments.queue.ticket.noItems") }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Button
                key="take"
                type="primary"
                disabled={busy}
                onClick={() => onPick(item)}
                aria-label={t("appointments.queue.ticket.takeFor", { item: item.name })}
              >
                {t("appointments.queue.ticket.take")}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={item.name}
              description={`${item.department}${item.zone ? ` · ${item.zone.name}` : ""}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}

/** 签到: a citizen's confirmed bookings of today, each checked in with one button. */
function TodayBookings({ onIssued }: { onIssued: (ticket: Issued) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const today = useHallToday();
  const mine = useQuery(trpc.booking.mine.queryOptions());
  const [error, setError] = useState<unknown>(null);
  const checkIn = useMutation(
    trpc.queue.checkIn.mutationOptions({
      onSuccess: async (ticket, input) => {
        const booking = mine.data?.find((b) => "bookingId" in input && b.id === input.bookingId);
        onIssued({ ...ticket, itemName: booking?.itemName });
        await queryClient.invalidateQueries({ queryKey: trpc.booking.mine.queryKey() });
      },
      onError: setError,
    }),
  );
  const todays = (mine.data ?? []).filter((b) => b.status === "confirmed" && today && b.start.startsWith(today));
  if (mine.isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.ticket.checkInTitle")}</h2>
      <ErrorAlert error={error ?? mine.error} onClose={() => setError(null)} />
      {todays.length === 0 ? (
        <p style={{ margin: 0, color: colors.textSecondary }}>{t("appointments.queue.ticket.noBookingToday")}</p>
      ) : (
        <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="today-bookings">
          {todays.map((b) => (
            <li
              key={b.id}
              style={{
                display: "flex",
                alignItems: "center",
                gap: 12,
                padding: "10px 0",
                borderTop: `1px solid ${colors.split}`,
              }}
            >
              <div style={{ flex: 1 }}>
                <div style={{ fontWeight: 500 }}>{b.itemName}</div>
                <div style={{ fontSize: 13, color: colors.textSecondary }}>
                  {formatSlotRange(b.start, b.end, locale)}
                </div>
              </div>
              <Button
                type="primary"
                size="large"
                loading={
                  checkIn.isPending &&
                  checkIn.variables &&
                  "bookingId" in checkIn.variables &&
                  checkIn.variables.bookingId === b.id
                }
                onClick={() => checkIn.mutate({ bookingId: b.id })}
                aria-label={t("appointments.queue.ticket.checkInFor", { item: b.itemName })}
              >
                {t("appointments.queue.ticket.checkIn")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** Counter staff: check a citizen in by the booking code. */
function CheckInByCode({ onIssued }: { onIssued: (ticket: Issued) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ code: string }>();
  const checkIn = useMutation(
    trpc.queue.checkIn.mutationOptions({
      onSuccess: (ticket) => {
        form.resetFields();
        onIssued(ticket);
      },
    }),
  );
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.ticket.byCodeTitle")}</h2>
      <ErrorAlert error={checkIn.error} onClose={() => checkIn.reset()} />
      <Form form={form} layout="inline" onFinish={(v) => checkIn.mutate({ code: v.code.trim().toUpperCase() })}>
        <Form.Item
          name="code"
          label={t("appointments.queue.ticket.code")}
          rules={[{ required: true, min: 4, message: t("appointments.queue.ticket.codeRequired") }]}
        >
          <Input autoComplete="off" style={{ width: 180, textTransform: "uppercase" }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={checkIn.isPending}>
          {t("appointments.queue.ticket.checkIn")}
        </Button>
      </Form>
    </Panel>
  );
}

/** Counter staff: a walk-in ticket, with the ID number (elderly priority from it) and the 军人 flag. */
function WalkIn({ onIssued }: { onIssued: (ticket: Issued) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const { hallId } = useHallParam();
  const items = useQuery(trpc.catalog.items.list.queryOptions(hallInput(hallId)));
  const [form] = Form.useForm<{ itemId: number; idNumber?: string; military?: boolean }>();
  const take = useMutation(
    trpc.queue.takeTicket.mutationOptions({
      onSuccess: (ticket, input) => {
        form.resetFields();
        onIssued({ ...ticket, itemName: items.data?.find((i) => i.id === input.itemId)?.name });
      },
    }),
  );
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.ticket.walkInTitle")}</h2>
      <ErrorAlert error={take.error} onClose={() => take.reset()} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          take.mutate({
            itemId: v.itemId,
            // One key per submission: the client's one retry after a lost answer gets the same ticket, not a second.
            idempotencyKey: newIdempotencyKey(),
            ...(v.idNumber?.trim() ? { idNumber: v.idNumber.trim().toUpperCase() } : {}),
            ...(v.military ? { military: true } : {}),
          })
        }
      >
        <Form.Item
          name="itemId"
          label={t("appointments.queue.ticket.item")}
          rules={[{ required: true, message: t("appointments.queue.ticket.itemRequired") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={items.isLoading}
            options={(items.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t("appointments.queue.ticket.idNumber")}
          extra={t("appointments.queue.ticket.idNumberHint")}
        >
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item name="military" valuePropName="checked">
          <Checkbox>{t("appointments.queue.ticket.military")}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={take.isPending}>
          {t("appointments.queue.ticket.issue")}
        </Button>
      </Form>
    </Panel>
  );
}

/** A citizen takes a ticket for themselves (no priority claims: those come from the verified account). */
function TakeForSelf({ onIssued }: { onIssued: (ticket: Issued) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const take = useMutation(trpc.queue.takeTicket.mutationOptions());
  // A stray tap must not issue a real ticket: one confirmation, naming the service.
  const [asked, setAsked] = useState<Item | null>(null);
  const confirm = () => {
    if (!asked) return;
    const item = asked;
    take.mutate(
      { itemId: item.id, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: (ticket) => {
          setAsked(null);
          onIssued({ ...ticket, itemName: item.name });
        },
        onError: () => setAsked(null),
      },
    );
  };
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.ticket.takeTitle")}</h2>
      <ErrorAlert error={take.error} onClose={() => take.reset()} />
      <ItemPicker busy={take.isPending} onPick={setAsked} />
      <Modal
        open={asked !== null}
        title={t("appointments.queue.ticket.confirmTitle")}
        okText={t("appointments.queue.ticket.confirmOk")}
        cancelText={t("appointments.queue.ticket.confirmCancel")}
        confirmLoading={take.isPending}
        onOk={confirm}
        onCancel={() => setAsked(null)}
        width={400}
      >
        <p data-testid="take-confirm" style={{ margin: 0 }}>
          {t("appointments.queue.ticket.confirmText", { item: asked?.name ?? "" })}
        </p>
      </Modal>
    </Panel>
  );
}

/**
 * `/ticket` (kiosk or phone): 签到 for today's bookings and 取号 for a service; counter staff also check in by
 * booking code and issue walk-in tickets (ID number for the elderly priority, 军人依法优先).
 */
export function TicketPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const isCitizen = useCan("queue.own");
  const isCounter = useCan("queue.serve");
  const { hallId } = useHallParam();
  const [params] = useSearchParams();
  const [issued, setIssued] = useState<Issued | null>(null);
  const shown = Number(params.get("t"));
  // A citizen's ticket opens its live screen (/ticket?t=…, so a reload or the home page finds it again).
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onCitizenIssued = async (ticket: Issued) => {
    await queryClient.invalidateQueries({ queryKey: trpc.queue.mine.queryKey() });
    navigate(`/ticket?t=${ticket.ticketId}`);
  };

  if (!me) {
    return (
      <>
        <PageTitle title={t("appointments.queue.ticket.title")} back="/" backLabel={t("appointments.backHome")} />
        <SignInPrompt hint={t("appointments.queue.ticket.signInHint")} />
      </>
    );
  }
  if (isCitizen && Number.isInteger(shown) && shown > 0) {
    return (
      <>
        <PageTitle title={t("appointments.queue.mine.screenTitle")} back="/" backLabel={t("appointments.backHome")} />
        <MyTicketPanel ticketId={shown} hallId={hallId} />
        <div style={{ display: "flex", justifyContent: "center", marginTop: 16 }}>
          <Button size="large" onClick={() => navigate("/ticket")}>
            {t("appointments.queue.ticket.another")}
          </Button>
        </div>
      </>
    );
  }
  if (issued) {
    return (
      <>
        <PageTitle title={t("appointments.queue.ticket.issuedTitle")} />
        <div aria-live="polite">
          <TicketCard number={issued.number} zone={issued.zone} itemName={issued.itemName} />
        </div>
        <div style={{ display: "flex", justifyContent: "center", marginTop: 16 }}>
          <Button size="large" onClick={() => setIssued(null)}>
            {t("appointments.queue.ticket.another")}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <PageTitle title={t("appointments.queue.ticket.title")} back="/" backLabel={t("appointments.backHome")} />
      {isCitizen && <MyTicketsList hallId={hallId} />}
      {isCitizen && <TodayBookings onIssued={onCitizenIssued} />}
      {isCounter && <CheckInByCode onIssued={setIssued} />}
      {isCounter && <WalkIn onIssued={setIssued} />}
      {isCitizen && <TakeForSelf onIssued={onCitizenIssued} />}
      {!isCitizen && !isCounter && (
        <Panel>
          <span style={{ color: colors.textSecondary }}>{t("appointments.home.nothingForRole")}</span>
        </Panel>
      )}
    </>
  );
}
