import { DatePicker, Form, type FormInstance, type FormRule, Input, InputNumber, Modal, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { ErrorAlert } from "../errors/error-alert.tsx";
import { useServerFormErrors } from "../errors/use-server-form-errors.ts";
import { useT } from "../i18n/i18n-provider.tsx";

export type FieldKind = "text" | "number" | "select" | "multiselect" | "switch" | "textarea" | "date";

export type FieldSpec = {
  name: string;
  label: string;
  kind: FieldKind;
  options?: { value: string | number; label: string }[];
  required?: boolean;
  placeholder?: string;
  /** number: value range; text/textarea: length range. */
  min?: number;
  max?: number;
};

export type EntityFormModalProps<T extends object = Record<string, unknown>> = {
  /** Whether the dialog is shown. */
  open: boolean;
  /** The dialog title, e.g. 新建事项 / 编辑事项. */
  title: ReactNode;
  /** The inputs, in order: name, label, kind, options, required. */
  fields: FieldSpec[];
  /** The row being edited; empty for a new one. */
  initialValues?: Partial<T>;
  /** The submit is in flight: the OK button spins. */
  submitting: boolean;
  /** The last server error of the submit; its field messages appear under the inputs. */
  error: unknown;
  /** Values keyed by field name; date fields are "YYYY-MM-DD" strings. */
  onSubmit: (values: T) => void;
  /** Cancel button, the close icon or Esc. */
  onCancel: () => void;
};

const DATE_FORMAT = "YYYY-MM-DD";
const choiceKinds: FieldKind[] = ["select", "multiselect", "date"];

function renderInput(field: FieldSpec) {
  const { kind, placeholder, options, min, max } = field;
  switch (kind) {
    case "number":
      return <InputNumber placeholder={placeholder} min={min} max={max} style={{ width: "100%" }} />;
    case "select":
    case "multiselect":
      return (
        <Select
          placeholder={placeholder}
          options={options}
          mode={kind === "multiselect" ? "multiple" : undefined}
          allowClear
          showSearch={{ optionFilterProp: "label" }}
        />
      );
    case "switch":
      return <Switch />;
    case "textarea":
      return <Input.TextArea placeholder={placeholder} autoSize={{ minRows: 3, maxRows: 8 }} />;
    case "date":
      return <DatePicker placeholder={placeholder} format={DATE_FORMAT} style={{ width: "100%" }} />;
    default:
      return <Input placeholder={placeholder} />;
  }
}

function FormFields({ fields, form, error }: { fields: FieldSpec[]; form: FormInstance; error: unknown }) {
  const t = useT();
  // Rendered inside the form, so its fields are registered before the server errors are applied.
  useServerFormErrors(form, error);
  return fields.map((field) => {
    const rules: FormRule[] = [];
    if (field.required) {
      const key = choiceKinds.includes(field.kind) ? "form.requiredSelect" : "form.required";
      rules.push({ required: true, message: t(key, { label: field.label }) });
    }
    if ((field.kind === "text" || field.kind === "textarea") && (field.min ?? field.max) !== undefined) {
      rules.push({ type: "string", min: field.min, max: field.max });
    }
    const dateProps =
      field.kind === "date"
        ? {
            getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : null }),
            normalize: (value?: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null),
          }
        : {};
    return (
      <Form.Item
        key={field.name}
        name={field.name}
        label={field.label}
        rules={rules}
        valuePropName={field.kind === "switch" ? "checked" : "value"}
        {...dateProps}
      >
        {renderInput(field)}
      </Form.Item>
    );
  });
}

/** Create/edit dialog for reference data, generated from `fields`; shows server errors inline. */
export function EntityFormModal<T extends object = Record<string, unknown>>({
  open,
  title,
  fields,
  initialValues,
  submitting,
  error,
  onSubmit,
  onCancel,
}: EntityFormModalProps<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const fieldLabels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  // Switches start as false rather than undefined, so the submitted value is always a boolean.
  const defaults = Object.fromEntries(fields.filter((f) => f.kind === "switch").map((f) => [f.name, false]));
  return (
    <Modal
      open={open}
      title={title}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={submitting}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ ...defaults, ...initialValues }}
          onFinish={onSubmit}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
    >
      <ErrorAlert error={error} fieldLabels={fieldLabels} />
      <FormFields fields={fields} form={form} error={error} />
    </Modal>
  );
}
