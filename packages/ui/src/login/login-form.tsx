import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, Typography } from "antd";
import type { ReactNode } from "react";
import { ErrorAlert } from "../errors/error-alert.tsx";
import { toFieldErrors } from "../errors/server-error.ts";
import { useServerFormErrors } from "../errors/use-server-form-errors.ts";
import { useT } from "../i18n/i18n-provider.tsx";

export type LoginValues = { login: string; password: string };

export type LoginFormProps = {
  /** Called with the trimmed account and the password once both fields pass. */
  onSubmit: (values: LoginValues) => void;
  /** The sign-in is in flight (the button spins). */
  submitting: boolean;
  /** The last server refusal: one naming a field shows under it, others above the form. */
  error: unknown;
  /** e.g. the demo accounts of a seeded installation. */
  demoHint?: ReactNode;
};

/** Phone-friendly sign-in card (账号/手机号 + 密码). Center it on the page yourself. */
export function LoginForm({ onSubmit, submitting, error, demoHint }: LoginFormProps) {
  const t = useT();
  const [form] = Form.useForm<LoginValues>();
  // A refusal that names a field (wrong password) shows under that field; others above the form.
  useServerFormErrors(form, error);
  const namesField = toFieldErrors(error).length > 0;
  return (
    <Card style={{ width: "100%", maxWidth: 420, marginInline: "auto" }} styles={{ body: { padding: "28px 24px" } }}>
      <Typography.Title level={3} style={{ textAlign: "center", marginTop: 0 }}>
        {t("platform.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
        {t("login.title")}
      </Typography.Paragraph>
      <ErrorAlert error={namesField ? null : error} />
      <Form<LoginValues>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={({ login, password }) => onSubmit({ login: login.trim(), password })}
      >
        <Form.Item
          name="login"
          label={t("login.login")}
          rules={[{ required: true, whitespace: true, message: t("login.loginRequired") }]}
        >
          <Input
            prefix={<UserOutlined />}
            placeholder={t("login.loginPlaceholder")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("login.password")}
          rules={[{ required: true, message: t("login.passwordRequired") }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            placeholder={t("login.passwordPlaceholder")}
            autoComplete="current-password"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t("login.submit")}
        </Button>
      </Form>
      {demoHint && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {demoHint}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
