import { type RouterOutputs, useTRPC } from "@hall/api-client";
import { EntityFormModal, ErrorAlert, type FieldSpec, PageHeader, ReferenceTable, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Tag, Typography } from "antd";
import { useAdminHall } from "./hall-context.ts";
import { useEditor } from "./use-editor.ts";

type Group = RouterOutputs["staff"]["groups"]["list"][number];
type GroupRow = Group & { leaderName: string | null; members: string[] };
type GroupValues = { name: string; leaderStaffId?: number | null };

/** 小组: name, leader and members (members are set on the staff page). */
export function GroupsPage() {
  const t = useT();
  const trpc = useTRPC();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const groups = useQuery(trpc.staff.groups.list.queryOptions({ hallId: hall.id }));
  const staff = useQuery(trpc.staff.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.staff.groups.list.queryKey() });
  };
  const create = useMutation(trpc.staff.groups.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.staff.groups.update.mutationOptions({ onSuccess }));
  const editor = useEditor<GroupRow>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;

  const staffList = staff.data ?? [];
  const rows: GroupRow[] = (groups.data ?? []).map((g) => ({
    ...g,
    leaderName: staffList.find((s) => s.id === g.leaderStaffId)?.name ?? null,
    members: staffList.filter((s) => s.groupId === g.id && s.active).map((s) => s.name),
  }));

  const fields: FieldSpec[] = [
    { name: "name", label: t("portal.groups.name"), kind: "text", required: true, max: 100 },
    {
      name: "leaderStaffId",
      label: t("portal.groups.leader"),
      kind: "select",
      options: staffList.filter((s) => s.active).map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNo}）` })),
    },
  ];

  return (
    <>
      <PageHeader title={t("portal.admin.menu.groups")} subtitle={t("portal.groups.subtitle")} />
      <ErrorAlert error={groups.error} />
      <ReferenceTable<GroupRow>
        columns={[
          { title: t("portal.groups.name"), dataIndex: "name" },
          {
            title: t("portal.groups.leader"),
            dataIndex: "leaderName",
            render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: t("portal.groups.members"),
            dataIndex: "members",
            render: (members: string[]) => (
              <span>
                <Tag color={members.length >= 4 && members.length <= 5 ? "blue" : "orange"}>
                  {t("portal.groups.memberCount", { count: members.length })}
                </Tag>
                <Typography.Text type="secondary">{members.join("、")}</Typography.Text>
              </span>
            ),
          },
        ]}
        dataSource={rows}
        loading={groups.isLoading}
        searchKeys={["name"]}
        onCreate={editor.create}
        onEdit={editor.edit}
      />
      <EntityFormModal<GroupValues>
        open={editor.open}
        title={editor.row ? t("portal.groups.editTitle") : t("portal.groups.createTitle")}
        fields={fields}
        initialValues={editor.row ? { name: editor.row.name, leaderStaffId: editor.row.leaderStaffId } : {}}
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          const input = { name: values.name.trim(), leaderStaffId: values.leaderStaffId ?? null };
          if (editor.row) update.mutate({ id: editor.row.id, ...input });
          else create.mutate({ hallId: hall.id, ...input });
        }}
      />
    </>
  );
}
