import type { Meta, StoryObj } from "@storybook/react-vite";
import { ROLE_CODES, RoleTags } from "./role-tags.tsx";

const meta = {
  title: "Display/RoleTags",
  component: RoleTags,
  args: { roles: [...ROLE_CODES] },
} satisfies Meta<typeof RoleTags>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllRoles: Story = {};

export const StaffMember: Story = { args: { roles: ["window_staff", "group_leader", "mentor"] } };

export const AllRolesEnglish: Story = { globals: { locale: "en-US" } };
