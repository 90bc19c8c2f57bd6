import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ErrorAlert, PageHeader, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
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
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type CSSProperties, useState } from "react";
import { showServerErrors } from "../form-errors.ts";
import { useAdminHall } from "./hall-context.ts";
import { textOrNull } from "./values.ts";

type Entry = RouterOutputs["calendar"]["list"][number];
/** How a day is marked: the national calendar, the hall's own override, or just a weekend. */
export type DayCategory = "holiday" | "adjustedWorkday" | "hallHoliday" | "hallWorkday" | "weekend";
type Choice = "holiday" | "workday" | "clear";
type DayValues = { choice: Choice; name?: string | null };

const ISO = "YYYY-MM-DD";

export const CATEGORY_STYLE: Record<DayCategory, { color: string; background: string }> = {
  holiday: { color: "#cf1322", background: "#fff1f0" },
  adjustedWorkday: { color: "#d46b08", background: "#fff7e6" },
  hallHoliday: { color: "#531dab", background: "#f9f0ff" },
  hallWorkday: { color: "#389e0d", background: "#f6ffed" },
  weekend: { color: "rgba(0,0,0,0.45)", background: "transparent" },
};
const CATEGORIES = Object.keys(CATEGORY_STYLE) as DayCategory[];

export function categoryOf(entry: Entry | undefined, date: Dayjs): DayCategory | null {
  if (entry?.source === "hall") return entry.kind === "holiday" ? "hallHoliday" : "hallWorkday";
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

/** What a day is now, in words: "法定节假日：国庆节", "本厅设置：工作日", "周末". */
function useDescribeDay() {
  const t = useT();
  return (entry: Entry | undefined, date: Dayjs) => {
    const category = categoryOf(entry, date);
    if (!category) return t("portal.calendar.normalWorkday");
    const base = t(`portal.calendar.category.${category}`);
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
        await queryClient.invalidateQueries({ queryKey: trpc.calendar.list.queryKey() });
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

/** 日历: national holidays and 调休 working days with the hall's own overrides; click a day to change it. */
export function CalendarPage() {
  const t = useT();
  const trpc = useTRPC();
  const hall = useAdminHall();
  const screens = Grid.useBreakpoint();
  const fullscreen = screens.md !== false;
  const describe = useDescribeDay();
  const [cursor, setCursor] = useState<Dayjs>(() => dayjs().startOf("day"));
  const [dialogDate, setDialogDate] = useState<Dayjs | null>(null);
  const year = cursor.year();
  const calendar = useQuery(trpc.calendar.list.queryOptions({ hallId: hall.id, year }));
  const byDate = new Map((calendar.data ?? []).map((e) => [e.date, e]));
  const entryOf = (date: Dayjs) => byDate.get(date.format(ISO));
  const monthEntries = (calendar.data ?? []).filter((e) => e.date.startsWith(cursor.format("YYYY-MM")));

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
      <Card>
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
              <Button onClick={() => setCursor(dayjs().startOf("day"))}>{t("portal.calendar.today")}</Button>
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
    </>
  );
}
