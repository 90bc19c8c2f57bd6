import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { LoginForm } from "./login-form.tsx";

const meta = {
  title: "Auth/LoginForm",
  component: LoginForm,
  parameters: { layout: "centered" },
  decorators: [
    (Story) => (
      <div style={{ width: "min(420px, 100vw - 32px)" }}>
        <Story />
      </div>
    ),
  ],
  args: { onSubmit: fn(), submitting: false, error: null },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithDemoHint: Story = {
  args: { demoHint: "演示账号：admin / hall-demo-2025（大厅管理员），13800000001 / demo123（办事群众）" },
};

export const WrongPassword: Story = {
  args: {
    error: {
      message: "账号或密码错误",
      data: { code: "UNAUTHORIZED", httpStatus: 401, key: "auth.invalidCredentials" },
    },
  },
};

export const Submitting: Story = { args: { submitting: true } };

export const English: Story = {
  args: { demoHint: "Demo account: admin / hall-demo-2025 (hall administrator)" },
  globals: { locale: "en-US" },
};

export const WrongPasswordEnglish: Story = {
  args: { error: { message: "Wrong account or password", data: { code: "UNAUTHORIZED", httpStatus: 401 } } },
  globals: { locale: "en-US" },
};

export const Phone: Story = {
  globals: { viewport: { value: "phone390", isRotated: false } },
};
