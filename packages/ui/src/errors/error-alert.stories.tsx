import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import type { Usage } from "../docs/usage.ts";
import { ErrorAlert } from "./error-alert.tsx";

const meta = {
  title: "Errors/ErrorAlert",
  component: ErrorAlert,
  parameters: {
    usage: {
      use: {
        zh: ["显示服务器拒绝的原因（已本地化的消息和字段消息），放在表单或页面顶部。"],
        en: ["Showing why the server refused (the localised message and field messages), above a form or page."],
      },
      avoid: {
        zh: [
          "字段错误应显示在字段下方：表单里用 useServerFormErrors，只有不对应字段的错误放在这里。",
          "不用于成功或提示信息（用 antd message / Alert）。",
        ],
        en: [
          "Field errors belong under their fields: in forms use useServerFormErrors, and keep only the rest here.",
          "Not for success or info messages (use antd message / Alert).",
        ],
      },
    } satisfies Usage,
  },
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
