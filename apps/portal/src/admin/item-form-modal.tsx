import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { ErrorAlert, useServerFormErrors, useT } from "@hall/ui";
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Switch, Typography } from "antd";
import type { ReactNode } from "react";

export type MaterialValues = {
  name: string;
  copies?: number | null;
  originalRequired?: boolean;
  waivable?: boolean;
  note?: string | null;
};

export type ItemValues = {
  code: string;
  name: string;
  department: string;
  zoneId?: number | null;
  legalBasis?: string | null;
  conditions?: string | null;
  promisedDays: number;
  avgHandlingMinutes?: number | null;
  instant?: boolean;
  bookable?: boolean;
  online?: boolean;
  theme?: string | null;
  active?: boolean;
  materials?: MaterialValues[];
};

export type ItemFormModalProps = {
  open: boolean;
  title: ReactNode;
  editing: boolean;
  initialValues: Partial<ItemValues>;
  zoneOptions: { value: number; label: string }[];
  submitting: boolean;
  error: unknown;
  onSubmit: (values: ItemValues) => void;
  onCancel: () => void;
};

const MAX_MATERIALS = 50;

function MaterialsList() {
  const t = useT();
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={t("portal.items.materialN", { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t("portal.items.removeMaterial", { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={16}>
                  <Form.Item
                    name={[field.name, "name"]}
                    label={t("portal.items.materialName")}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t("form.required", { label: t("portal.items.materialName") }),
                      },
                    ]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name={[field.name, "copies"]} label={t("portal.items.copies")}>
                    <InputNumber min={1} max={20} precision={0} style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item
                    name={[field.name, "originalRequired"]}
                    valuePropName="checked"
                    style={{ marginBottom: 8 }}
                  >
                    <Checkbox>{t("portal.items.originalRequired")}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item name={[field.name, "waivable"]} valuePropName="checked" style={{ marginBottom: 8 }}>
                    <Checkbox>{t("portal.items.waivable")}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[field.name, "note"]} label={t("portal.items.note")} style={{ marginBottom: 0 }}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_MATERIALS}
            onClick={() => add({ name: "", copies: 1, originalRequired: false, waivable: false, note: "" })}
          >
            {t("portal.items.addMaterial")}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Registers the server's field errors once the fields exist (rendered inside the form). */
function ServerErrors({ error }: { error: unknown }) {
  const form = Form.useFormInstance();
  useServerFormErrors(form, error);
  return null;
}

/** Create/edit a service item with its materials list (一次性告知, each material may be 容缺). */
export function ItemFormModal({
  open,
  title,
  editing,
  initialValues,
  zoneOptions,
  submitting,
  error,
  onSubmit,
  onCancel,
}: ItemFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<ItemValues>();
  const required = (label: string) => [{ required: true, message: t("form.required", { label }) }];
  return (
    <Modal
      open={open}
      title={title}
      width={760}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={submitting}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} clearOnDestroy>
          {dom}
        </Form>
      )}
    >
      <ErrorAlert error={error} />
      <ServerErrors error={error} />
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="code" label={t("portal.items.code")} rules={required(t("portal.items.code"))}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="name" label={t("portal.items.name")} rules={required(t("portal.items.name"))}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="department"
            label={t("portal.items.department")}
            rules={required(t("portal.items.department"))}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="zoneId" label={t("portal.items.zone")}>
            <Select options={zoneOptions} allowClear showSearch={{ optionFilterProp: "label" }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name="promisedDays"
            label={t("portal.items.promisedDays")}
            rules={required(t("portal.items.promisedDays"))}
          >
            <InputNumber min={0} max={365} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="avgHandlingMinutes" label={t("portal.items.avgHandlingMinutes")}>
            <InputNumber min={1} max={480} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={8} sm={4}>
          <Form.Item name="instant" label={t("portal.items.instant")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={8} sm={4}>
          <Form.Item name="bookable" label={t("portal.items.bookable")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={8} sm={4}>
          <Form.Item name="online" label={t("portal.items.online")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={editing ? 18 : 24}>
          <Form.Item name="theme" label={t("portal.items.theme")} extra={t("portal.items.themeHint")}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={24} sm={6}>
            <Form.Item name="active" label={t("portal.active")} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item name="legalBasis" label={t("portal.items.legalBasis")}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="conditions" label={t("portal.items.conditions")}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("portal.items.materials")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("portal.items.materialsHint")}</Typography.Paragraph>
      <MaterialsList />
    </Modal>
  );
}
