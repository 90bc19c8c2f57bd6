import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { MAX_SPECIALTY_ZONES } from "@hall/domain";
import { ErrorAlert, PageHeader, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Spin, TimePicker, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { renameErrorFields, showServerErrors } from "../form-errors.ts";
import { useAdminHall } from "./hall-context.ts";
import { textOrNull } from "./values.ts";

type Hall = RouterOutputs["halls"]["get"];
type InfoValues = { name: string; address?: string | null; phone?: string | null };
type SettingsValues = { openingHours: ([Dayjs, Dayjs] | null)[]; maxSpecialtyZones: number };

const TIME = "HH:mm";
const MAX_PERIODS = 4;

function HallInfoCard({ hall, orgUnitName }: { hall: Hall; orgUnitName: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<InfoValues>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const update = useMutation(
    trpc.halls.update.mutationOptions({
      onSuccess: async () => {
        message.success(t("portal.saved"));
        await queryClient.invalidateQueries({ queryKey: trpc.halls.pathKey() });
      },
      onError: (error) => setAlertError(showServerErrors(form, error)),
    }),
  );
  return (
    <Card title={t("portal.hall.infoTitle")}>
      <Typography.Paragraph type="secondary">{t("portal.hall.orgUnit", { org: orgUnitName })}</Typography.Paragraph>
      <ErrorAlert error={alertError} onClose={() => setAlertError(null)} />
      <Form<InfoValues>
        form={form}
        layout="vertical"
        initialValues={{ name: hall.name, address: hall.address, phone: hall.phone }}
        onFinish={(values) => {
          setAlertError(null);
          update.mutate({
            id: hall.id,
            name: values.name.trim(),
            address: textOrNull(values.address),
            phone: textOrNull(values.phone),
          });
        }}
      >
        <Form.Item
          name="name"
          label={t("portal.hall.name")}
          rules={[{ required: true, whitespace: true, message: t("form.required", { label: t("portal.hall.name") }) }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t("portal.hall.address")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t("portal.hall.phone")}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t("common.save")}
        </Button>
      </Form>
    </Card>
  );
}

/** "settings.openingHours.1.end" → "openingHours.1" (the range picker of that period). */
function settingsField(field: string): string {
  const name = field.replace(/^settings\./, "");
  const period = /^openingHours\.(\d+)/.exec(name);
  return period ? `openingHours.${period[1]}` : name;
}

function HallSettingsCard({ hall }: { hall: Hall }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const update = useMutation(
    trpc.halls.updateSettings.mutationOptions({
      onSuccess: async () => {
        message.success(t("portal.saved"));
        await queryClient.invalidateQueries({ queryKey: trpc.halls.pathKey() });
      },
      onError: (error) => setAlertError(showServerErrors(form, renameErrorFields(error, settingsField))),
    }),
  );
  const initialValues: SettingsValues = {
    openingHours: hall.settings.openingHours.map(({ start, end }) => [dayjs(start, TIME), dayjs(end, TIME)]),
    maxSpecialtyZones: hall.settings.maxSpecialtyZones,
  };
  const label = t("portal.hall.openingHours");

  return (
    <Card title={t("portal.hall.settingsTitle")}>
      <ErrorAlert error={alertError} onClose={() => setAlertError(null)} />
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setAlertError(null);
          update.mutate({
            hallId: hall.id,
            settings: {
              openingHours: values.openingHours.flatMap((range) =>
                range ? [{ start: range[0].format(TIME), end: range[1].format(TIME) }] : [],
              ),
              maxSpecialtyZones: values.maxSpecialtyZones,
            },
          });
        }}
      >
        <Typography.Text strong>{label}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("portal.hall.openingHoursHint")}
        </Typography.Paragraph>
        <Form.List name="openingHours">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1, marginBottom: 12 }}
                    rules={[{ required: true, message: t("portal.hall.periodRequired") }]}
                  >
                    <TimePicker.RangePicker
                      format={TIME}
                      minuteStep={5}
                      order
                      aria-label={t("portal.hall.period", { n: index + 1 })}
                      style={{ width: "100%" }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 1}
                    aria-label={t("portal.hall.removePeriod", { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_PERIODS}
                onClick={() => add(null)}
                style={{ marginBottom: 16 }}
              >
                {t("portal.hall.addPeriod")}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name="maxSpecialtyZones"
          label={t("portal.hall.maxSpecialtyZones")}
          extra={t("portal.hall.maxSpecialtyZonesHint", { max: MAX_SPECIALTY_ZONES })}
          rules={[{ required: true, message: t("form.required", { label: t("portal.hall.maxSpecialtyZones") }) }]}
        >
          <InputNumber min={1} max={MAX_SPECIALTY_ZONES} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t("common.save")}
        </Button>
      </Form>
    </Card>
  );
}

/** 大厅信息: name, address, phone; opening hours (1–4 periods) and the specialty zone limit. */
export function HallPage() {
  const t = useT();
  const trpc = useTRPC();
  const current = useAdminHall();
  const hall = useQuery(trpc.halls.get.queryOptions({ id: current.id }));
  return (
    <>
      <PageHeader title={t("portal.admin.menu.hall")} subtitle={current.name} />
      <ErrorAlert error={hall.error} />
      {hall.isLoading && <Spin style={{ display: "block", margin: "40px auto" }} />}
      {hall.data && (
        <Row gutter={[16, 16]} key={hall.data.id}>
          <Col xs={24} lg={12}>
            <HallInfoCard hall={hall.data} orgUnitName={current.orgUnitName} />
          </Col>
          <Col xs={24} lg={12}>
            <HallSettingsCard hall={hall.data} />
          </Col>
        </Row>
      )}
    </>
  );
}
