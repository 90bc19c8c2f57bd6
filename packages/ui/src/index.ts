// i18n + theme

// shell
export { AppShell, type AppShellProps, type ShellUser } from "./app-shell/app-shell.tsx";
export { APP_KEYS, type AppKey, type AppLink, defaultApps } from "./app-shell/apps.ts";
// booking
export { BookingCard, type BookingCardProps } from "./booking/booking-card.tsx";
export { BookingStatusTag, useBookingStatusLabel } from "./booking/booking-status-tag.tsx";
export { DayStrip, type DayStripProps, firstWorkingDay } from "./booking/day-strip.tsx";
export {
  formatLongDate,
  formatMonthDay,
  formatSlotRange,
  formatSlotTime,
  formatWeekday,
  hallDate,
  hallTime,
  isMorningSlot,
} from "./booking/format.ts";
export { MaterialsChecklist, type MaterialsChecklistProps } from "./booking/materials-checklist.tsx";
export { bookingEnUS, bookingZhCN, registerBookingMessages, useBookingT } from "./booking/messages.ts";
export { SlotPicker, type SlotPickerProps, slotState } from "./booking/slot-picker.tsx";
export type { BookingDay, BookingView, MaterialItem, SlotOption } from "./booking/types.ts";
// display
export { MaskedId, type MaskedIdProps } from "./display/masked-id.tsx";
export { PageHeader, type PageHeaderProps } from "./display/page-header.tsx";
export { ROLE_CODES, type RoleCode, RoleTags, type RoleTagsProps, useRoleLabel } from "./display/role-tags.tsx";
// errors
export { ErrorAlert, type ErrorAlertProps } from "./errors/error-alert.tsx";
export {
  applyServerErrors,
  errorMessage,
  type FieldError,
  isServerErrorLike,
  type ServerErrorData,
  type ServerErrorLike,
  toFieldErrors,
  toNamePath,
} from "./errors/server-error.ts";
export { useServerFormErrors } from "./errors/use-server-form-errors.ts";
export {
  addMessages,
  createT,
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  type Messages,
  type Translate,
  type TranslateParams,
  translate,
} from "./i18n/catalog.ts";
export {
  I18nProvider,
  type I18nProviderProps,
  LOCALE_COOKIE,
  LOCALE_STORAGE_KEY,
  readStoredLocale,
  useLocale,
  useT,
} from "./i18n/i18n-provider.tsx";
export { enUS } from "./i18n/messages.en-US.ts";
export { type MessageKey, zhCN } from "./i18n/messages.zh-CN.ts";
export { HALL_BLUE, hallTheme } from "./i18n/theme.ts";
export { LoginForm, type LoginFormProps, type LoginValues } from "./login/login-form.tsx";
// hall queue
export { CallingBoard, type CallingBoardProps, callKey } from "./queue/calling-board.tsx";
export { queueUiEnUS, queueUiZhCN, registerQueueUiMessages, useQueueUiT } from "./queue/messages.ts";
export { RatingPicker, type RatingPickerProps, useRatingLabel } from "./queue/rating-picker.tsx";
export { TicketCard, type TicketCardProps } from "./queue/ticket-card.tsx";
export type { BoardCallView, BoardView } from "./queue/types.ts";
// reference data
export {
  EntityFormModal,
  type EntityFormModalProps,
  type FieldKind,
  type FieldSpec,
} from "./reference/entity-form-modal.tsx";
export { ReferenceTable, type ReferenceTableProps } from "./reference/reference-table.tsx";
