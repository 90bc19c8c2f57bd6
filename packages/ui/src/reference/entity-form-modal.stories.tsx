import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { EntityFormModal, type FieldSpec } from "./entity-form-modal.tsx";

const zhFields: FieldSpec[] = [
  { name: "name", label: "事项名称", kind: "text", required: true, placeholder: "如：营业执照设立登记", max: 100 },
  {
    name: "department",
    label: "实施部门",
    kind: "select",
    required: true,
    options: [
      { value: "market", label: "市场监督管理局" },
      { value: "housing", label: "住房和城乡建设局" },
      { value: "social", label: "人力资源和社会保障局" },
    ],
  },
  {
    name: "zones",
    label: "可办理功能区",
    kind: "multiselect",
    options: [
      { value: "acceptance", label: "业务受理区" },
      { value: "online", label: "网办专区/7×24自助区" },
      { value: "elderly", label: "为老服务区" },
    ],
  },
  { name: "timeLimitDays", label: "承诺时限（工作日）", kind: "number", required: true, min: 0, max: 60 },
  { name: "instant", label: "即办件", kind: "switch" },
  { name: "effectiveFrom", label: "生效日期", kind: "date" },
  { name: "conditions", label: "受理条件", kind: "textarea" },
];

const meta = {
  title: "Reference/EntityFormModal",
  component: EntityFormModal,
  parameters: {
    usage: {
      use: {
        zh: ["管理端参考数据（事项、窗口、人员等）的新建/编辑弹窗，由字段描述生成，服务器错误显示在字段下。"],
        en: [
          "Create/edit dialog for reference data in admin pages (items, windows, staff), generated from field specs; server errors under the fields.",
        ],
      },
      avoid: {
        zh: ["不用于多步骤流程或群众端的表单（请单独设计页面）。"],
        en: ["Not for multi-step flows or citizen-facing forms (design a page of its own)."],
      },
    } satisfies Usage,
  },
  args: {
    open: true,
    title: "新建事项",
    fields: zhFields,
    submitting: false,
    error: null,
    onSubmit: fn(),
    onCancel: fn(),
  },
} satisfies Meta<typeof EntityFormModal>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Create: Story = {};

export const Edit: Story = {
  args: {
    title: "编辑事项",
    initialValues: {
      name: "营业执照设立登记",
      department: "market",
      zones: ["acceptance", "online"],
      timeLimitDays: 3,
      instant: false,
      effectiveFrom: "2025-01-01",
    },
  },
};

export const WithServerFieldError: Story = {
  args: {
    ...Edit.args,
    error: {
      message: "事项名称已存在",
      data: {
        code: "CONFLICT",
        httpStatus: 409,
        key: "item.nameTaken",
        field: "name",
        fieldErrors: { timeLimitDays: ["即办件的承诺时限须为 0 个工作日"] },
      },
    },
  },
};

export const Submitting: Story = {
  args: { ...Edit.args, submitting: true },
  // antd fades a loading button to 65 % (not clickable meanwhile), which axe reads as low contrast.
  parameters: { a11y: { config: { rules: [{ id: "color-contrast", enabled: false }] } } },
};

export const WithServerFieldErrorEnglish: Story = {
  args: {
    title: "Edit service item",
    fields: [
      { name: "name", label: "Item name", kind: "text", required: true },
      { name: "timeLimitDays", label: "Time limit (working days)", kind: "number", required: true, min: 0, max: 60 },
      { name: "instant", label: "Instant item", kind: "switch" },
      { name: "effectiveFrom", label: "Effective from", kind: "date" },
    ],
    initialValues: { name: "Business licence registration", timeLimitDays: 3, effectiveFrom: "2025-01-01" },
    error: {
      message: "An item with this name already exists",
      data: { code: "CONFLICT", httpStatus: 409, field: "name" },
    },
  },
  globals: { locale: "en-US" },
};
