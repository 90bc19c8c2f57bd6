import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { ErrorAlert } from "./error-alert.tsx";

const meta = {
  title: "Errors/ErrorAlert",
  component: ErrorAlert,
  args: { onClose: fn() },
} satisfies Meta<typeof ErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithFieldErrors: Story = {
  args: {
    error: {
      message: "提交的数据有误，请检查标红的字段",
      data: {
        code: "BAD_REQUEST",
        httpStatus: 400,
        key: "error.validation",
        fieldErrors: {
          name: ["事项名称不能为空"],
          "materials.0.name": ["材料名称不能为空"],
          timeLimitDays: ["承诺时限须为 1–60 个工作日"],
        },
      },
    },
    fieldLabels: { name: "事项名称", "materials.0.name": "材料 1 名称", timeLimitDays: "承诺时限" },
  },
};

export const SingleField: Story = {
  args: {
    error: {
      message: "每个大厅最多设置 6 个专业综合受理区",
      data: { code: "CONFLICT", httpStatus: 409, key: "zone.specialtyLimit", field: "kind" },
    },
    fieldLabels: { kind: "功能区类型" },
  },
};

export const NetworkError: Story = { args: { error: new TypeError("Failed to fetch") } };

export const WithFieldErrorsEnglish: Story = {
  args: {
    error: {
      message: "Some fields are invalid",
      data: {
        code: "BAD_REQUEST",
        httpStatus: 400,
        fieldErrors: { name: ["Name is required"], timeLimitDays: ["Must be between 1 and 60 working days"] },
      },
    },
    fieldLabels: { name: "Item name", timeLimitDays: "Time limit" },
  },
  globals: { locale: "en-US" },
};

export const NetworkErrorEnglish: Story = {
  args: { error: new TypeError("Failed to fetch") },
  globals: { locale: "en-US" },
};
