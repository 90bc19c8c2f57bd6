import { KeyOutlined } from "@ant-design/icons";
import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { ROLES, type Role } from "@hall/domain";
import {
  EntityFormModal,
  ErrorAlert,
  type FieldSpec,
  MaskedId,
  PageHeader,
  ReferenceTable,
  RoleTags,
  useRoleLabel,
  useT,
} from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { showServerErrors } from "../form-errors.ts";
import { useAdminHall } from "./hall-context.ts";
import { ActiveTag } from "./status-tag.tsx";
import { useEditor } from "./use-editor.ts";
import { textOrNull } from "./values.ts";

type User = RouterOutputs["users"]["list"][number];
type UserValues = {
  login: string;
  name: string;
  password: string;
  roles: Role[];
  phone?: string | null;
  staffId?: number | null;
  active?: boolean;
};
type PasswordValues = { password: string; confirm: string };

/** Every role an administrator can give; citizens register themselves. */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => role !== "citizen");

function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [alertError, setAlertError] = useState<unknown>(null);
  const reset = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: () => {
        message.success(t("portal.users.passwordReset", { login: user.login }));
        onClose();
      },
      onError: (error) => setAlertError(showServerErrors(form, error)),
    }),
  );
  return (
    <Modal
      open
      title={t("portal.users.resetTitle", { login: user.login })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ htmlType: "submit" }}
      confirmLoading={reset.isPending}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<PasswordValues>
          form={form}
          layout="vertical"
          onFinish={({ password }) => {
            setAlertError(null);
            reset.mutate({ id: user.id, password });
          }}
        >
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t("portal.users.resetHint")}</Typography.Paragraph>
      <ErrorAlert error={alertError} onClose={() => setAlertError(null)} />
      <Form.Item
        name="password"
        label={t("portal.users.newPassword")}
        extra={t("portal.register.passwordHint")}
        rules={[{ required: true, message: t("portal.register.passwordRequired") }]}
      >
        <Input.Password autoComplete="new-password" />
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
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Modal>
  );
}

/** 账号: hall accounts with their roles (all but citizen), enable/disable and password reset. */
export function UsersPage() {
  const t = useT();
  const trpc = useTRPC();
  const roleLabel = useRoleLabel();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useQuery(trpc.users.list.queryOptions({ hallId: hall.id }));
  const staff = useQuery(trpc.staff.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
  };
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess }));
  const editor = useEditor<User>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;
  const roleOptions = ASSIGNABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

  const fields: FieldSpec[] = editor.row
    ? [
        { name: "name", label: t("portal.users.name"), kind: "text", required: true, max: 100 },
        { name: "roles", label: t("portal.users.roles"), kind: "multiselect", required: true, options: roleOptions },
        { name: "active", label: t("portal.active"), kind: "switch" },
      ]
    : [
        {
          name: "login",
          label: t("portal.users.login"),
          kind: "text",
          required: true,
          placeholder: t("portal.users.loginPlaceholder"),
        },
        { name: "name", label: t("portal.users.name"), kind: "text", required: true, max: 100 },
        {
          name: "password",
          label: t("portal.users.initialPassword"),
          kind: "text",
          required: true,
          placeholder: t("portal.register.passwordHint"),
        },
        { name: "roles", label: t("portal.users.roles"), kind: "multiselect", required: true, options: roleOptions },
        { name: "phone", label: t("portal.users.phone"), kind: "text", placeholder: t("portal.staff.optional") },
        {
          name: "staffId",
          label: t("portal.users.staff"),
          kind: "select",
          placeholder: t("portal.users.staffPlaceholder"),
          options: (staff.data ?? [])
            .filter((s) => s.userId === null && s.active)
            .map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNo}）` })),
        },
      ];

  return (
    <>
      <PageHeader title={t("portal.admin.menu.users")} subtitle={t("portal.users.subtitle")} />
      <ErrorAlert error={users.error} />
      <ReferenceTable<User>
        columns={[
          { title: t("portal.users.login"), dataIndex: "login" },
          { title: t("portal.users.name"), dataIndex: "name" },
          {
            title: t("portal.users.roles"),
            dataIndex: "roles",
            render: (roles: string[]) => <RoleTags roles={roles} />,
          },
          {
            title: t("portal.users.phone"),
            dataIndex: "phoneMasked",
            render: (v: string | null) => (v ? <MaskedId value={v} kind="phone" /> : "—"),
          },
          {
            title: t("portal.status"),
            dataIndex: "active",
            render: (active: boolean) => <ActiveTag active={active} />,
          },
        ]}
        dataSource={users.data ?? []}
        loading={users.isLoading}
        searchKeys={["login", "name"]}
        onCreate={editor.create}
        onEdit={editor.edit}
        rowActions={(user) => (
          <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setResetting(user)}>
            {t("portal.users.resetPassword")}
          </Button>
        )}
      />
      <EntityFormModal<UserValues>
        open={editor.open}
        title={editor.row ? t("portal.users.editTitle") : t("portal.users.createTitle")}
        fields={fields}
        initialValues={
          editor.row
            ? { name: editor.row.name, roles: editor.row.roles as Role[], active: editor.row.active }
            : { roles: ["window_staff"] }
        }
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          if (editor.row) {
            update.mutate({
              id: editor.row.id,
              name: values.name.trim(),
              roles: values.roles,
              active: values.active ?? true,
            });
          } else {
            create.mutate({
              hallId: hall.id,
              login: values.login.trim(),
              name: values.name.trim(),
              password: values.password,
              roles: values.roles,
              phone: textOrNull(values.phone),
              staffId: values.staffId ?? null,
            });
          }
        }}
      />
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
