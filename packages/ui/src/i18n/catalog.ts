import { enUS } from "./messages.en-US.ts";
import { zhCN } from "./messages.zh-CN.ts";

export type Locale = "zh-CN" | "en-US";
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];
export const DEFAULT_LOCALE: Locale = "zh-CN";

export type Messages = Record<string, string>;
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

const catalogs: Record<Locale, Messages> = { "zh-CN": { ...zhCN }, "en-US": { ...enUS } };

/** Register (or override) messages for a locale, e.g. an app's own keys at startup. */
export function addMessages(locale: Locale, record: Messages): void {
  Object.assign(catalogs[locale], record);
}

export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en-US";
}

/** Look up `key` in `locale`, falling back to zh-CN and then to the key itself; fills `{name}` placeholders. */
export function translate(locale: Locale, key: string, params?: TranslateParams): string {
  const template = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function createT(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
