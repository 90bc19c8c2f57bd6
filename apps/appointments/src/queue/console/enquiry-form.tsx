import { useTRPC } from "@hall/api-client";
import { ErrorAlert, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Form, Input } from "antd";
import { colors } from "../../components/colors.ts";
import { Panel } from "../../components/page-title.tsx";

/** 首问登记: a first-contact enquiry for the ledger. */
export function EnquiryForm({ hallId, windowId }: { hallId: number; windowId: number }) {
  const t = useT();
  const trpc = useTRPC();
  const [form] = Form.useForm<{ topic: string; directedTo?: string }>();
  const log = useMutation(trpc.enquiries.log.mutationOptions({ onSuccess: () => form.resetFields() }));
  return (
    <Panel>
      <h2 style={{ margin: "0 0 8px", fontSize: 16 }}>{t("appointments.queue.console.enquiryTitle")}</h2>
      <ErrorAlert error={log.error} onClose={() => log.reset()} />
      {log.isSuccess && (
        <div role="status" style={{ color: colors.textSecondary, marginBottom: 8 }}>
          {t("appointments.queue.console.enquiryLogged")}
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          log.mutate({
            hallId,
            windowId,
            topic: v.topic,
            ...(v.directedTo?.trim() ? { directedTo: v.directedTo } : {}),
          })
        }
      >
        <Form.Item
          name="topic"
          label={t("appointments.queue.console.enquiryTopic")}
          rules={[{ required: true, whitespace: true, message: t("appointments.queue.console.enquiryTopicRequired") }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="directedTo" label={t("appointments.queue.console.enquiryDirectedTo")}>
          <Input maxLength={200} />
        </Form.Item>
        <Button htmlType="submit" loading={log.isPending}>
          {t("appointments.queue.console.enquirySubmit")}
        </Button>
      </Form>
    </Panel>
  );
}
