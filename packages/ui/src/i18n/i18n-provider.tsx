import { App as AntdApp, ConfigProvider } from "antd";
import enUSAntd from "antd/locale/en_US";
import zhCNAntd from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { createT, DEFAULT_LOCALE, isLocale, type Locale, type Translate } from "./catalog.ts";
import { hallTheme } from "./theme.ts";

export const LOCALE_STORAGE_KEY = "hall.locale";
export const LOCALE_COOKIE = "hall_locale";

const antdLocales = { "zh-CN": zhCNAntd, "en-US": enUSAntd } as const;
const dayjsLocales = { "zh-CN": "zh-cn", "en-US": "en" } as const;

type I18nContextValue = { locale: Locale; setLocale: (locale: Locale) => void; t: Translate };

const I18nContext = createContext<I18nContextValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => {},
  t: createT(DEFAULT_LOCALE),
});

/** The locale saved by a previous visit (localStorage, then the cookie), if any. */
export function readStoredLocale(): Locale | undefined {
  if (typeof window === "undefined") return undefined;
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (private mode); fall through to the cookie
  }
  const cookie = document.cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`))?.[1];
  return isLocale(cookie) ? cookie : undefined;
}

function persistLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // ignore: the cookie below still carries the choice
  }
  // Sent with every API request so the server answers in the same language.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in some target browsers
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = locale;
}

export type I18nProviderProps = {
  /** Forces the locale (e.g. from Storybook); otherwise the stored choice or zh-CN. */
  locale?: Locale;
  children?: ReactNode;
};

/**
 * Holds the UI language, persists it (localStorage `hall.locale` + cookie `hall_locale`), sets the dayjs locale
 * and wraps antd's ConfigProvider (matching antd locale + hallTheme) and antd `App` (so `App.useApp()` works).
 */
export function I18nProvider({ locale: forced, children }: I18nProviderProps) {
  const [locale, setLocale] = useState<Locale>(() => forced ?? readStoredLocale() ?? DEFAULT_LOCALE);
  const [prevForced, setPrevForced] = useState(forced);
  if (forced !== prevForced) {
    setPrevForced(forced);
    if (forced) setLocale(forced);
  }

  // Idempotent global switch, done during render so children formatting dates already see it.
  if (dayjs.locale() !== dayjsLocales[locale]) dayjs.locale(dayjsLocales[locale]);

  useEffect(() => persistLocale(locale), [locale]);

  const value = useMemo(() => ({ locale, setLocale, t: createT(locale) }), [locale]);
  return (
    <I18nContext value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={hallTheme}>
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </I18nContext>
  );
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useContext(I18nContext);
  return { locale, setLocale };
}

/** `t(key, params)` for the current locale. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
