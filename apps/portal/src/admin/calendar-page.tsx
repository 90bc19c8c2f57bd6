import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, PageHeader, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Calendar,
  Card,
  DatePicker,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type CSSProperties, useEffect, useRef, useState } from "react";
import { showServerErrors } from "../form-errors.ts";
import { useAdminHall } from "./hall-context.ts";
import { textOrNull } from "./values.ts";
import "./calendar.messages.ts";

type Overview = RouterOutputs["calendar"]["overview"];
type Entry = Overview["days"][number];
/** How a day is marked: the national calendar, an org unit's layer, the hall's own override, or just a weekend. */
export type DayCategory =
  | "holiday"
  | "adjustedWorkday"
  | "orgHoliday"
  | "orgWorkday"
  | "hallHoliday"
  | "hallWorkday"
  | "weekend";
type Choice = "holiday" | "workday" | "clear";
type DayValues = { choice: Choice; name?: string | null };

const ISO = "YYYY-MM-DD";

export const CATEGORY_STYLE: Record<DayCategory, { color: string; background: string }> = {
  holiday: { color: "#cf1322", background: "#fff1f0" },
  adjustedWorkday: { color: "#d46b08", background: "#fff7e6" },
  orgHoliday: { color: "#c41d7f", background: "#fff0f6" },
  orgWorkday: { color: "#08979c", background: "#e6fffb" },
  hallHoliday: { color: "#531dab", background: "#f9f0ff" },
  hallWorkday: { color: "#389e0d", background: "#f6ffed" },
  weekend: { color: "rgba(0,0,0,0.45)", background: "transparent" },
};
const CATEGORIES = Object.keys(CATEGORY_STYLE) as DayCategory[];

/** The org unit's name of an org layer's source ("org:示范市" → "示范市"), else null. */
export function orgNameOf(source: string | undefined): string | null {
  return source?.startsWith("org:") ? source.slice(4) : null;
}

/** Where the day comes from, as the server said (`source`): the hall, an org unit's layer or the national data. */
export function categoryOf(entry: Entry | undefined, date: Dayjs): DayCategory | null {
  if (entry?.source === "hall") return entry.kind === "holiday" ? "hallHoliday" : "hallWorkday";
  if (orgNameOf(entry?.source)) return entry?.kind === "holiday" ? "orgHoliday" : "orgWorkday";
  if (entry) return entry.kind === "holiday" ? "holiday" : "adjustedWorkday";
  const weekday = date.day();
  return weekday === 0 || weekday === 6 ? "weekend" : null;
}

function isWorkingDay(entry: Entry | undefined, date: Dayjs): boolean {
  if (entry) return entry.kind === "workday";
  return date.day() !== 0 && date.day() !== 6;
}

function Legend() {
  const t = useT();
  return (
    <Flex gap={12} wrap aria-label={t("portal.calendar.legend")} style={{ marginBottom: 12 }}>
      {CATEGORIES.map((category) => (
        <Flex key={category} gap={6} align="center">
          <span
            aria-hidden
            style={{
              display: "inline-block",
              width: 14,
              height: 14,
              borderRadius: 3,
              background: CATEGORY_STYLE[category].background,
              border: `1px solid ${CATEGORY_STYLE[category].color}`,
            }}
          />
          <Typography.Text style={{ color: CATEGORY_STYLE[category].color }}>
            {t(`portal.calendar.category.${category}`)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** What a day is now, in words: "法定节假日：国庆节", "上级安排休息（示范市）：元旦", "本厅上班", "周末". */
function useDescribeDay() {
  const t = useT();
  return (entry: Entry | undefined, date: Dayjs) => {
    const category = categoryOf(entry, date);
    if (!category) return t("portal.calendar.normalWorkday");
    const org = orgNameOf(entry?.source);
    const base = `${t(`portal.calendar.category.${category}`)}${org ? `（${org}）` : ""}`;
    return entry?.name ? `${base}：${entry.name}` : base;
  };
}

function DayDialog({
  date,
  entry,
  hallId,
  onClose,
}: {
  date: Dayjs;
  entry: Entry | undefined;
  hallId: number;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const describe = useDescribeDay();
  const [form] = Form.useForm<DayValues>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const setDay = useMutation(
    trpc.calendar.setDay.mutationOptions({
      onSuccess: async () => {
        message.success(t("portal.saved"));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.calendar.overview.queryKey() });
      },
      onError: (error) => setAlertError(showServerErrors(form, error)),
    }),
  );
  const hallOverride = entry?.source === "hall";
  const choice: Choice = hallOverride ? (entry.kind as Choice) : isWorkingDay(entry, date) ? "holiday" : "workday";
  return (
    <Modal
      open
      title={date.format(t("portal.calendar.dateFormat"))}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={setDay.isPending}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<DayValues>
          form={form}
          layout="vertical"
          initialValues={{ choice, name: hallOverride ? (entry.name ?? "") : "" }}
          onFinish={(values) => {
            setAlertError(null);
            setDay.mutate({
              hallId,
              date: date.format(ISO),
              kind: values.choice === "clear" ? null : values.choice,
              name: values.choice === "clear" ? null : textOrNull(values.name),
            });
          }}
        >
          {dom}
        </Form>
      )}
    >
      <ErrorAlert error={alertError} onClose={() => setAlertError(null)} />
      <Typography.Paragraph>
        {t("portal.calendar.currently")} <Typography.Text strong>{describe(entry, date)}</Typography.Text>
        {hallOverride && entry.nationalKind && (
          <Typography.Text type="secondary">
            {" "}
            {t("portal.calendar.nationally", {
              kind: t(`portal.calendar.category.${entry.nationalKind === "holiday" ? "holiday" : "adjustedWorkday"}`),
            })}
          </Typography.Text>
        )}
      </Typography.Paragraph>
      <Form.Item name="choice" label={t("portal.calendar.setAs")}>
        <Radio.Group
          options={[
            { value: "holiday", label: t("portal.calendar.setHoliday") },
            { value: "workday", label: t("portal.calendar.setWorkday") },
            { value: "clear", label: t("portal.calendar.clear"), disabled: !hallOverride },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={["choice"]}>
        {({ getFieldValue }) => (
          <Form.Item name="name" label={t("portal.calendar.name")}>
            <Input
              maxLength={50}
              placeholder={t("portal.calendar.namePlaceholder")}
              disabled={getFieldValue("choice") === "clear"}
            />
          </Form.Item>
        )}
      </Form.Item>
    </Modal>
  );
}

type OrgDay = { date: string; kind: "holiday" | "workday"; name: string | null };
type OrgDayValues = { date: Dayjs | null; kind: "holiday" | "workday"; name?: string | null };

/** "2027-01-01 休 元旦" lines → days, and the numbers of the lines that could not be read. */
export function parseOrgDays(text: string): { days: OrgDay[]; invalid: number[] } {
  const days: OrgDay[] = [];
  const invalid: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [date, kindWord, ...name] = line.split(/\s+/);
    const kind =
      kindWord === "休" || kindWord === "holiday"
        ? "holiday"
        : kindWord === "班" || kindWord === "workday"
          ? "workday"
          : null;
    if (!date || !dayjs(date, ISO, true).isValid() || !kind) {
      invalid.push(index + 1);
      return;
    }
    days.push({ date, kind, name: name.join(" ") || null });
  });
  return { days, invalid };
}

/** An org unit's own layer of a year: its days, one more, many at once (pasted), or one less. */
function OrgLayerDialog({
  orgUnitId,
  orgName,
  year,
  onClose,
}: {
  orgUnitId: number;
  orgName: string;
  year: number;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgDayValues>();
  const [bulk, setBulk] = useState("");
  const [bulkInvalid, setBulkInvalid] = useState<number[]>([]);
  const [alertError, setAlertError] = useState<unknown>(null);
  const layer = useQuery(trpc.calendar.orgList.queryOptions({ orgUnitId, year }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.calendar.orgList.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.calendar.overview.queryKey() }),
    ]);
  const setDays = useMutation(
    trpc.calendar.orgSet.mutationOptions({
      onSuccess: async (result) => {
        message.success(t("portal.calendar.org.saved", { n: result.days.length }));
        form.resetFields();
        setBulk("");
        await refresh();
      },
      onError: (error) => setAlertError(error),
    }),
  );
  const removeDays = useMutation(
    trpc.calendar.orgRemove.mutationOptions({
      onSuccess: async () => {
        message.success(t("portal.saved"));
        await refresh();
      },
      onError: (error) => setAlertError(error),
    }),
  );
  const kindOptions = [
    { value: "holiday", label: t("portal.calendar.setHoliday") },
    { value: "workday", label: t("portal.calendar.setWorkday") },
  ];
  return (
    <Modal
      open
      width={720}
      title={t("portal.calendar.org.title", { name: orgName, year })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("portal.calendar.org.hint")}</Typography.Paragraph>
      <ErrorAlert error={alertError ?? layer.error} onClose={() => setAlertError(null)} />
      <Table<OrgDay>
        size="small"
        rowKey="date"
        loading={layer.isLoading}
        pagination={false}
        scroll={{ y: 240 }}
        dataSource={(layer.data?.days ?? []) as OrgDay[]}
        locale={{ emptyText: t("portal.calendar.org.empty") }}
        columns={[
          { title: t("portal.calendar.org.date"), dataIndex: "date", width: 130 },
          {
            title: t("portal.calendar.org.kind"),
            dataIndex: "kind",
            width: 100,
            render: (kind: OrgDay["kind"]) => (
              <Tag color={kind === "holiday" ? "magenta" : "cyan"}>
                {t(kind === "holiday" ? "portal.calendar.setHoliday" : "portal.calendar.setWorkday")}
              </Tag>
            ),
          },
          { title: t("portal.calendar.org.name"), dataIndex: "name", render: (name: string | null) => name ?? "" },
          {
            key: "remove",
            width: 80,
            render: (_, day) => (
              <Button
                size="small"
                type="link"
                danger
                aria-label={t("portal.calendar.org.removeLabel", { date: day.date })}
                loading={removeDays.isPending && removeDays.variables?.dates[0] === day.date}
                onClick={() => {
                  setAlertError(null);
                  removeDays.mutate({ orgUnitId, dates: [day.date] });
                }}
              >
                {t("portal.calendar.org.remove")}
              </Button>
            ),
          },
        ]}
      />
      <Form<OrgDayValues>
        form={form}
        layout="inline"
        initialValues={{ date: null, kind: "holiday", name: "" }}
        style={{ marginTop: 16, rowGap: 8 }}
        onFinish={(values) => {
          if (!values.date) return;
          setAlertError(null);
          setDays.mutate({
            orgUnitId,
            days: [{ date: values.date.format(ISO), kind: values.kind, name: textOrNull(values.name) }],
          });
        }}
      >
        <Form.Item name="date" label={t("portal.calendar.org.date")} rules={[{ required: true, message: "" }]}>
          <DatePicker aria-label={t("portal.calendar.org.date")} />
        </Form.Item>
        <Form.Item name="kind" label={t("portal.calendar.org.kind")}>
          <Radio.Group options={kindOptions} />
        </Form.Item>
        <Form.Item name="name" label={t("portal.calendar.org.name")}>
          <Input maxLength={50} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={setDays.isPending}>
            {t("portal.calendar.org.add")}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("portal.calendar.org.bulk")}
      </Typography.Title>
      <Input.TextArea
        rows={4}
        value={bulk}
        aria-label={t("portal.calendar.org.bulk")}
        placeholder={t("portal.calendar.org.bulkHint")}
        onChange={(e) => {
          setBulk(e.target.value);
          setBulkInvalid([]);
        }}
      />
      {bulkInvalid.length > 0 && (
        <Typography.Text type="danger">
          {t("portal.calendar.org.bulkInvalid", { lines: bulkInvalid.join(", ") })}
        </Typography.Text>
      )}
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Button
          disabled={!bulk.trim()}
          loading={setDays.isPending}
          onClick={() => {
            const parsed = parseOrgDays(bulk);
            setBulkInvalid(parsed.invalid);
            if (parsed.invalid.length > 0 || parsed.days.length === 0) return;
            setAlertError(null);
            setDays.mutate({ orgUnitId, days: parsed.days });
          }}
        >
          {t("portal.calendar.org.bulkSave")}
        </Button>
      </Flex>
    </Modal>
  );
}

/** Where the hall's days come from, in the order they apply, each org unit's layer editable. */
function Sources({ overview, onEdit }: { overview: Overview; onEdit: (layer: Overview["layers"][number]) => void }) {
  const t = useT();
  const hallDays = overview.days.filter((d) => d.source === "hall").length;
  return (
    <div style={{ marginBottom: 12 }} data-testid="calendar-sources">
      <Typography.Text type="secondary">{t("portal.calendar.sources")}</Typography.Text>
      <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
        <Tag>
          {overview.nationalAvailable
            ? t("portal.calendar.source.national")
            : t("portal.calendar.source.nationalMissing", { year: overview.year })}
        </Tag>
        {overview.layers.map((layer) => (
          <Space key={layer.orgUnitId} size={2}>
            <span aria-hidden>›</span>
            <Tag color={layer.days > 0 ? "magenta" : undefined}>
              {layer.orgName} · {t("portal.calendar.source.days", { n: layer.days })}
            </Tag>
            <Button
              size="small"
              type="link"
              aria-label={t("portal.calendar.source.editLabel", { name: layer.orgName })}
              onClick={() => onEdit(layer)}
            >
              {t("portal.calendar.source.edit")}
            </Button>
          </Space>
        ))}
        <span aria-hidden>›</span>
        <Tag color={hallDays > 0 ? "purple" : undefined}>
          {t("portal.calendar.source.hall")} · {t("portal.calendar.source.days", { n: hallDays })}
        </Tag>
      </Flex>
    </div>
  );
}

/** 日历: national holidays and 调休 working days, org units' layers and the hall's own overrides; click a day to change it. */
export function CalendarPage() {
  const t = useT();
  const trpc = useTRPC();
  const hall = useAdminHall();
  const screens = Grid.useBreakpoint();
  const fullscreen = screens.md !== false;
  const describe = useDescribeDay();
  const [cursor, setCursor] = useState<Dayjs>(() => dayjs().startOf("day"));
  // "Today" is the hall's today (the server's hall clock: the first of catalog.days), not the browser's.
  const hallDays = useQuery(trpc.catalog.days.queryOptions({ hallId: hall.id }));
  const hallToday = hallDays.data?.[0]?.date;
  const today = () => (hallToday ? dayjs(hallToday) : dayjs().startOf("day"));
  const jumped = useRef(false);
  useEffect(() => {
    if (hallToday && !jumped.current) {
      jumped.current = true;
      setCursor(dayjs(hallToday));
    }
  }, [hallToday]);
  const [dialogDate, setDialogDate] = useState<Dayjs | null>(null);
  const year = cursor.year();
  const [editing, setEditing] = useState<Overview["layers"][number] | null>(null);
  const calendar = useQuery(trpc.calendar.overview.queryOptions({ hallId: hall.id, year }));
  const days = calendar.data?.days ?? [];
  const byDate = new Map(days.map((e) => [e.date, e]));
  const entryOf = (date: Dayjs) => byDate.get(date.format(ISO));
  const monthEntries = days.filter((e) => e.date.startsWith(cursor.format("YYYY-MM")));
  const warnings = calendar.data?.warnings ?? [];

  const cell = (date: Dayjs) => {
    const inMonth = date.month() === cursor.month() && date.year() === year;
    const entry = entryOf(date);
    const category = inMonth ? categoryOf(entry, date) : null;
    const tone = category ? CATEGORY_STYLE[category] : null;
    const selected = date.isSame(cursor, "day");
    if (!fullscreen) {
      const style: CSSProperties = tone ? { color: tone.color, background: tone.background, fontWeight: 600 } : {};
      return (
        <div className="ant-picker-cell-inner" style={selected ? {} : style} title={entry?.name}>
          {date.date()}
        </div>
      );
    }
    return (
      <div
        style={{
          margin: "0 4px",
          padding: "4px 8px",
          minHeight: 80,
          textAlign: "start",
          background: tone?.background,
          borderTop: `2px solid ${selected ? "#1f5fbf" : "rgba(5,5,5,0.06)"}`,
          color: inMonth ? undefined : "rgba(0,0,0,0.25)",
        }}
      >
        <div
          style={{ textAlign: "end", color: tone?.color, fontWeight: tone && category !== "weekend" ? 600 : undefined }}
        >
          {date.date()}
        </div>
        {category && category !== "weekend" && (
          <div style={{ fontSize: 12, color: tone?.color, lineHeight: 1.4 }}>
            {entry?.name ?? t(`portal.calendar.category.${category}`)}
          </div>
        )}
      </div>
    );
  };

  const monthOptions = Array.from({ length: 12 }, (_, month) => ({
    value: month,
    label: cursor.month(month).format(t("portal.calendar.monthFormat")),
  }));

  return (
    <>
      <PageHeader
        title={t("portal.admin.menu.calendar")}
        subtitle={t("portal.calendar.subtitle")}
        extra={
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t("portal.calendar.year")}
            value={cursor}
            onChange={(value) => value && setCursor(cursor.year(value.year()))}
          />
        }
      />
      <ErrorAlert error={calendar.error} />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("portal.calendar.warningsTitle")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="calendar-warnings">
              {warnings.map((w) => (
                <li key={w.month}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card>
        {calendar.data && <Sources overview={calendar.data} onEdit={setEditing} />}
        <Legend />
        <Calendar
          fullscreen={fullscreen}
          value={cursor}
          onPanelChange={(date) => setCursor(date)}
          onSelect={(date, { source }) => {
            setCursor(date);
            if (source === "date") setDialogDate(date);
          }}
          fullCellRender={(date, info) => (info.type === "date" ? cell(date) : info.originNode)}
          headerRender={() => (
            <Flex gap={8} align="center" justify="flex-end" wrap style={{ padding: "8px 0" }}>
              <Button
                icon={<LeftOutlined />}
                aria-label={t("portal.calendar.prevMonth")}
                onClick={() => setCursor(cursor.subtract(1, "month"))}
              />
              <Typography.Text strong>{cursor.format(t("portal.calendar.yearFormat"))}</Typography.Text>
              <Select
                aria-label={t("portal.calendar.month")}
                value={cursor.month()}
                options={monthOptions}
                onChange={(month: number) => setCursor(cursor.month(month))}
                style={{ width: 100 }}
              />
              <Button
                icon={<RightOutlined />}
                aria-label={t("portal.calendar.nextMonth")}
                onClick={() => setCursor(cursor.add(1, "month"))}
              />
              <Button onClick={() => setCursor(today())}>{t("portal.calendar.today")}</Button>
            </Flex>
          )}
        />
        <Typography.Title level={5}>{t("portal.calendar.monthList")}</Typography.Title>
        {monthEntries.length === 0 ? (
          <Typography.Text type="secondary">{t("portal.calendar.monthListEmpty")}</Typography.Text>
        ) : (
          <Space orientation="vertical" size={4} data-testid="month-entries">
            {monthEntries.map((entry) => {
              const date = dayjs(entry.date);
              const category = categoryOf(entry, date);
              return (
                <Typography.Link key={entry.date} onClick={() => setDialogDate(date)}>
                  <span style={{ color: category ? CATEGORY_STYLE[category].color : undefined }}>
                    {date.format(t("portal.calendar.dateFormat"))} · {describe(entry, date)}
                  </span>
                </Typography.Link>
              );
            })}
          </Space>
        )}
      </Card>
      {dialogDate && (
        <DayDialog
          key={dialogDate.format(ISO)}
          date={dialogDate}
          entry={entryOf(dialogDate)}
          hallId={hall.id}
          onClose={() => setDialogDate(null)}
        />
      )}
      {editing && (
        <OrgLayerDialog
          key={`${editing.orgUnitId}-${year}`}
          orgUnitId={editing.orgUnitId}
          orgName={editing.orgName}
          year={year}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
