import type { MessageKey } from "./messages.zh-CN.ts";

/** Built-in en-US catalog; typed against the zh-CN keys so both always have the same keys. */
export const enUS: Record<MessageKey, string> = {
  "platform.title": "Government Service Hall Management Platform",
  "platform.shortTitle": "Service Hall",

  "app.portal": "Home",
  "app.appointments": "Appointments",
  "app.training": "Training",
  "app.mentoring": "Mentoring",
  "app.performance": "Performance",

  "shell.logout": "Sign out",
  "shell.login": "Sign in",
  "shell.language": "Language",
  "shell.signedInAs": "Signed in as {name}",
  "shell.menu": "Menu",
  "shell.apps": "Apps",
  "shell.userMenu": "User menu",

  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.create": "New",
  "common.edit": "Edit",
  "common.delete": "Delete",
  "common.search": "Search",
  "common.searchPlaceholder": "Search by keyword",
  "common.actions": "Actions",
  "common.loading": "Loading…",
  "common.empty": "No data",
  "common.yes": "Yes",
  "common.no": "No",
  "common.total": "{total} in total",

  "form.required": "Please enter {label}",
  "form.requiredSelect": "Please select {label}",

  "error.title": "Something went wrong",
  "error.network": "Network error. Please check your connection and try again.",
  "error.unknown": "An unexpected error occurred. Please try again later.",
  "error.field": "{field}: {message}",

  "masked.id": "ID number (masked)",
  "masked.phone": "Phone number (masked)",
  "masked.reveal": "Show full number",
  "masked.hide": "Hide",

  "role.citizen": "Citizen",
  "role.window_staff": "Window staff",
  "role.group_leader": "Group leader",
  "role.window_chief": "Window chief",
  "role.duty_leader": "Duty leader",
  "role.trainer": "Trainer",
  "role.mentor": "Mentor",
  "role.inspector": "Inspector",
  "role.hall_admin": "Hall administrator",

  "login.title": "Sign in",
  "login.login": "Account / phone",
  "login.loginPlaceholder": "Enter your account or phone number",
  "login.loginRequired": "Please enter your account or phone number",
  "login.password": "Password",
  "login.passwordPlaceholder": "Enter your password",
  "login.passwordRequired": "Please enter your password",
  "login.submit": "Sign in",
};
