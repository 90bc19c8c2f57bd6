import { IdcardOutlined, LockOutlined, MobileOutlined, UserOutlined } from "@ant-design/icons";
import { useTRPC } from "@hall/api-client";
import { ID_CHECK_FAILURE_KEYS, isValidMobile, translate as translateDomain, validateIdNumber } from "@hall/domain";
import { ErrorAlert, useLocale, useT } from "@hall/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { showServerErrors } from "../form-errors.ts";
import { AuthSwitchLink } from "./auth-links.tsx";

type RegisterValues = { phone: string; name: string; idNumber: string; password: string; confirm: string };

const strongPassword = (value: string) => value.length >= 8 && /[A-Za-z]/.test(value) && /\d/.test(value);

/** `/register`: citizens sign up with phone, real name and ID number, and land in the launcher signed in. */
export function RegisterPage() {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [form] = Form.useForm<RegisterValues>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const register = useMutation(
    trpc.auth.register.mutationOptions({
      onSuccess: () => window.location.assign("/"),
      onError: (error) => setAlertError(showServerErrors(form, error)),
    }),
  );
  // The same checks the server makes (shared domain functions), so most mistakes show before sending.
  const domainMessage = (key: string, params?: Record<string, string>) => translateDomain(key, locale, params);

  return (
    <div style={{ maxWidth: 420, margin: "24px auto 0" }}>
      <Card styles={{ body: { padding: "28px 24px" } }}>
        <Typography.Title level={3} style={{ textAlign: "center", marginTop: 0 }}>
          {t("portal.register.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          {t("portal.register.subtitle")}
        </Typography.Paragraph>
        <ErrorAlert error={alertError} onClose={() => setAlertError(null)} />
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={({ phone, name, idNumber, password }) => {
            setAlertError(null);
            register.mutate({
              phone: phone.trim(),
              name: name.trim(),
              idNumber: idNumber.trim().toUpperCase(),
              password,
            });
          }}
        >
          <Form.Item
            name="phone"
            label={t("portal.register.phone")}
            rules={[
              { required: true, whitespace: true, message: t("portal.register.phoneRequired") },
              {
                validator: (_, value?: string) =>
                  !value?.trim() || isValidMobile(value.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(domainMessage("identity.invalid_phone"))),
              },
            ]}
          >
            <Input
              prefix={<MobileOutlined />}
              placeholder={t("portal.register.phonePlaceholder")}
              inputMode="numeric"
              autoComplete="tel"
              maxLength={11}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t("portal.register.name")}
            rules={[
              { required: true, whitespace: true, message: t("portal.register.nameRequired") },
              { max: 100, message: t("portal.register.nameTooLong") },
            ]}
          >
            <Input prefix={<UserOutlined />} placeholder={t("portal.register.namePlaceholder")} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t("portal.register.idNumber")}
            normalize={(value?: string) => value?.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: t("portal.register.idNumberRequired") },
              {
                validator: (_, value?: string) => {
                  if (!value?.trim()) return Promise.resolve();
                  const check = validateIdNumber(value);
                  if (check.ok) return Promise.resolve();
                  const reason = ID_CHECK_FAILURE_KEYS[check.reason];
                  return Promise.reject(new Error(domainMessage("identity.invalid_id_number", { reason })));
                },
              },
            ]}
          >
            <Input
              prefix={<IdcardOutlined />}
              placeholder={t("portal.register.idNumberPlaceholder")}
              autoComplete="off"
              maxLength={18}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("portal.register.password")}
            extra={t("portal.register.passwordHint")}
            rules={[
              { required: true, message: t("portal.register.passwordRequired") },
              {
                validator: (_, value?: string) =>
                  !value || strongPassword(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(domainMessage("auth.weak_password"))),
              },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t("portal.register.confirm")}
            dependencies={["password"]}
            rules={[
              { required: true, message: t("portal.register.confirmRequired") },
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  !value || value === getFieldValue("password")
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("portal.register.confirmMismatch"))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending || register.isSuccess}>
            {t("portal.register.submit")}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t("portal.register.privacy")}
        </Typography.Paragraph>
      </Card>
      <AuthSwitchLink to="signIn" />
    </div>
  );
}
