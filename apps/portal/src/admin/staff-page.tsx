import { type RouterOutputs, useTRPC } from "@hall/api-client";
import {
  CERTIFICATE_LEVEL_LABELS,
  CERTIFICATE_LEVELS,
  type CertificateLevel,
  EMPLOYMENT_TYPE_LABELS,
  EMPLOYMENT_TYPES,
  type EmploymentType,
} from "@hall/domain";
import { EntityFormModal, ErrorAlert, type FieldSpec, MaskedId, PageHeader, ReferenceTable, useT } from "@hall/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Tag, Typography } from "antd";
import { useAdminHall } from "./hall-context.ts";
import { useLabel, useLabelOptions } from "./labels.ts";
import { ActiveTag, YesTag } from "./status-tag.tsx";
import { useEditor } from "./use-editor.ts";
import { textOrNull, textOrUndefined } from "./values.ts";

type Staff = RouterOutputs["staff"]["list"][number];
type StaffValues = {
  name: string;
  employeeNo: string;
  employmentType: EmploymentType;
  partyMember?: boolean;
  groupId?: number | null;
  certificateLevel?: CertificateLevel | null;
  certificateNo?: string | null;
  certificateDate?: string | null;
  hiredOn?: string | null;
  phone?: string;
  idNumber?: string;
  active?: boolean;
};

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** 工作人员: employment type, party member, group, certificate, hire date; phone and ID number shown masked. */
export function StaffPage() {
  const t = useT();
  const trpc = useTRPC();
  const label = useLabel();
  const labelOptions = useLabelOptions();
  const hall = useAdminHall();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const staff = useQuery(trpc.staff.list.queryOptions({ hallId: hall.id }));
  const groups = useQuery(trpc.staff.groups.list.queryOptions({ hallId: hall.id }));
  const onSuccess = async () => {
    message.success(t("portal.saved"));
    editor.close();
    await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
  };
  const create = useMutation(trpc.staff.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.staff.update.mutationOptions({ onSuccess }));
  const editor = useEditor<Staff>(() => {
    create.reset();
    update.reset();
  });
  const mutation = editor.row ? update : create;
  const formError = mutation.error;
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const row = editor.row;

  // The server only hands out masked numbers, so on edit these inputs start empty: blank keeps the stored one.
  const keepHint = (masked: string | null) =>
    masked ? t("portal.staff.keepMasked", { masked }) : t("portal.staff.optional");
  const fields: FieldSpec[] = [
    { name: "employeeNo", label: t("portal.staff.employeeNo"), kind: "text", required: true, max: 30 },
    { name: "name", label: t("portal.staff.name"), kind: "text", required: true, max: 100 },
    {
      name: "employmentType",
      label: t("portal.staff.employmentType"),
      kind: "select",
      required: true,
      options: labelOptions(EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES),
    },
    { name: "partyMember", label: t("portal.staff.partyMember"), kind: "switch" },
    {
      name: "groupId",
      label: t("portal.staff.group"),
      kind: "select",
      options: (groups.data ?? []).map((g) => ({ value: g.id, label: g.name })),
    },
    {
      name: "certificateLevel",
      label: t("portal.staff.certificateLevel"),
      kind: "select",
      options: labelOptions(CERTIFICATE_LEVEL_LABELS, CERTIFICATE_LEVELS),
    },
    { name: "certificateNo", label: t("portal.staff.certificateNo"), kind: "text", max: 50 },
    { name: "certificateDate", label: t("portal.staff.certificateDate"), kind: "date" },
    { name: "hiredOn", label: t("portal.staff.hiredOn"), kind: "date" },
    {
      name: "phone",
      label: t("portal.staff.phone"),
      kind: "text",
      placeholder: row ? keepHint(row.phoneMasked) : t("portal.staff.optional"),
    },
    {
      name: "idNumber",
      label: t("portal.staff.idNumber"),
      kind: "text",
      placeholder: row ? keepHint(row.idNumberMasked) : t("portal.staff.optional"),
    },
    ...(row ? [{ name: "active", label: t("portal.active"), kind: "switch" as const }] : []),
  ];

  return (
    <>
      <PageHeader title={t("portal.admin.menu.staff")} subtitle={t("portal.staff.subtitle")} />
      <ErrorAlert error={staff.error} />
      <ReferenceTable<Staff>
        columns={[
          { title: t("portal.staff.employeeNo"), dataIndex: "employeeNo", width: 88 },
          { title: t("portal.staff.name"), dataIndex: "name" },
          {
            title: t("portal.staff.employmentType"),
            dataIndex: "employmentType",
            render: (type: EmploymentType) => label(EMPLOYMENT_TYPE_LABELS, type),
          },
          {
            title: t("portal.staff.partyMember"),
            dataIndex: "partyMember",
            render: (party: boolean) => <YesTag value={party} label={t("portal.staff.partyMemberTag")} color="red" />,
          },
          {
            title: t("portal.staff.group"),
            dataIndex: "groupId",
            render: (id: number | null) => (id === null ? dash : (groupName.get(id) ?? id)),
          },
          {
            title: t("portal.staff.certificateLevel"),
            dataIndex: "certificateLevel",
            render: (level: CertificateLevel | null) =>
              level === null ? dash : <Tag color="green">{label(CERTIFICATE_LEVEL_LABELS, level)}</Tag>,
          },
          {
            title: t("portal.staff.certificateNo"),
            dataIndex: "certificateNo",
            render: (v: string | null) => v ?? dash,
          },
          {
            title: t("portal.staff.certificateDate"),
            dataIndex: "certificateDate",
            render: (v: string | null) => v ?? dash,
          },
          { title: t("portal.staff.hiredOn"), dataIndex: "hiredOn", render: (v: string | null) => v ?? dash },
          {
            title: t("portal.staff.phone"),
            dataIndex: "phoneMasked",
            render: (v: string | null) => (v ? <MaskedId value={v} kind="phone" /> : dash),
          },
          {
            title: t("portal.staff.idNumber"),
            dataIndex: "idNumberMasked",
            render: (v: string | null) => (v ? <MaskedId value={v} kind="id" /> : dash),
          },
          {
            title: t("portal.status"),
            dataIndex: "active",
            render: (active: boolean) => <ActiveTag active={active} />,
          },
        ]}
        dataSource={staff.data ?? []}
        loading={staff.isLoading}
        searchKeys={["name", "employeeNo"]}
        onCreate={editor.create}
        onEdit={editor.edit}
      />
      <EntityFormModal<StaffValues>
        open={editor.open}
        title={row ? t("portal.staff.editTitle") : t("portal.staff.createTitle")}
        fields={fields}
        initialValues={
          row
            ? {
                name: row.name,
                employeeNo: row.employeeNo,
                employmentType: row.employmentType as EmploymentType,
                partyMember: row.partyMember,
                groupId: row.groupId,
                certificateLevel: row.certificateLevel as CertificateLevel | null,
                certificateNo: row.certificateNo,
                certificateDate: row.certificateDate,
                hiredOn: row.hiredOn,
                active: row.active,
              }
            : { employmentType: "civil_servant", partyMember: false }
        }
        submitting={mutation.isPending}
        error={formError}
        onCancel={editor.close}
        onSubmit={(values) => {
          const input = {
            name: values.name.trim(),
            employeeNo: values.employeeNo.trim(),
            employmentType: values.employmentType,
            partyMember: values.partyMember ?? false,
            groupId: values.groupId ?? null,
            certificateLevel: values.certificateLevel ?? null,
            certificateNo: textOrNull(values.certificateNo),
            certificateDate: values.certificateDate ?? null,
            hiredOn: values.hiredOn ?? null,
          };
          if (row) {
            update.mutate({
              id: row.id,
              ...input,
              phone: textOrUndefined(values.phone),
              idNumber: textOrUndefined(values.idNumber),
              active: values.active ?? true,
            });
          } else {
            create.mutate({
              hallId: hall.id,
              ...input,
              phone: textOrNull(values.phone),
              idNumber: textOrNull(values.idNumber),
            });
          }
        }}
      />
    </>
  );
}
