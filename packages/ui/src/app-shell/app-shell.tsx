import {
  BankOutlined,
  CloseOutlined,
  DownOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Button, Grid } from "antd";
import { type CSSProperties, type ReactNode, type RefObject, useEffect, useId, useRef, useState } from "react";
import { addMessages, LOCALES, type Locale } from "../i18n/catalog.ts";
import { useLocale, useT } from "../i18n/i18n-provider.tsx";
import { HALL_BLUE } from "../i18n/theme.ts";
import type { AppKey, AppLink } from "./apps.ts";

export type ShellUser = { name: string; roleLabels: string[] };

export type AppShellProps = {
  /** The app this page belongs to (highlighted in the app switcher). */
  current: AppKey;
  /** Apps the user may open (the portal decides by role); see `defaultApps()`. */
  apps: AppLink[];
  /** The signed-in user (name and role labels); null shows no user menu. */
  user: ShellUser | null;
  /** Called from the user menu's 退出登录 item. */
  onLogout?: () => void;
  /** Extra header content (e.g. a notification bell), left of the language switch. */
  extra?: ReactNode;
  /** The page content. */
  children?: ReactNode;
};

/*
 * The shell is on every page's first load, so it is plain markup and a few lines of CSS rather than antd
 * Layout/Menu/Dropdown/Drawer/Segmented/Avatar/Typography (together ~60 kB gzipped). Only Button and Grid
 * (breakpoints) come from antd; both are loaded by every page anyway.
 */
const SHELL_CSS = `
.hall-shell-nav{display:flex;gap:4px;margin:0;padding:0;list-style:none;min-width:0;overflow-x:auto}
.hall-shell-nav a{display:block;padding:0 14px;line-height:40px;border-radius:4px;color:rgba(255,255,255,.85);white-space:nowrap;text-decoration:none}
.hall-shell-nav a:hover,.hall-shell-nav a:focus-visible{background:rgba(255,255,255,.12);color:#fff}
.hall-shell-nav .hall-shell-app-selected a{background:#164a96;color:#fff}
.hall-shell-drawer-nav{margin:0;padding:8px;list-style:none}
.hall-shell-drawer-nav a{display:block;padding:0 16px;line-height:44px;border-radius:4px;color:rgba(0,0,0,.88);text-decoration:none}
.hall-shell-drawer-nav a:hover,.hall-shell-drawer-nav a:focus-visible{background:rgba(0,0,0,.04)}
.hall-shell-drawer-nav .hall-shell-app-selected a{background:#e6eefa;color:${HALL_BLUE};font-weight:600}
.hall-shell-lang button{border:0;background:transparent;color:#fff;font:inherit;font-size:12px;padding:0 8px;line-height:22px;border-radius:3px;cursor:pointer}
.hall-shell-lang button[aria-pressed=true]{background:#fff;color:${HALL_BLUE}}
.hall-shell-menu button{display:flex;gap:8px;align-items:center;width:100%;border:0;background:transparent;font:inherit;text-align:start;padding:8px 12px;border-radius:4px;cursor:pointer;color:#ff4d4f}
.hall-shell-menu button:hover,.hall-shell-menu button:focus-visible{background:#fff2f0}
.hall-shell-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@keyframes hall-shell-slide{from{transform:translateX(-100%)}to{transform:none}}
`;

const white = { color: "#fff" } as const;

let messagesAdded = false;
/** The shell's own strings beyond the shared catalog, registered on first render. */
function addShellMessages() {
  if (messagesAdded) return;
  messagesAdded = true;
  addMessages("zh-CN", { "shell.closeMenu": "关闭菜单" });
  addMessages("en-US", { "shell.closeMenu": "Close menu" });
}

/** Closes a popup on Escape and on a pointer press outside `ref`. */
function useDismiss(open: boolean, close: () => void, ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    const onPointer = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) close();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onPointer);
    };
  }, [open, close, ref]);
}

function LanguageSwitch({ compact }: { compact: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const labels: Record<Locale, string> = { "zh-CN": compact ? "中" : "中文", "en-US": compact ? "EN" : "English" };
  const titles: Record<Locale, string> = { "zh-CN": "中文", "en-US": "English" };
  return (
    <fieldset
      className="hall-shell-lang"
      style={{
        display: "flex",
        margin: 0,
        padding: 2,
        border: 0,
        minInlineSize: 0,
        borderRadius: 4,
        // Darker than the header so the white labels keep 4.5:1 (a light overlay gave 3.5:1).
        background: "rgba(0,0,0,0.22)",
      }}
    >
      <legend className="hall-shell-sr-only">{t("shell.language")}</legend>
      {LOCALES.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={locale === value}
          title={titles[value]}
          onClick={() => setLocale(value)}
        >
          {labels[value]}
        </button>
      ))}
    </fieldset>
  );
}

function UserMenu({ user, compact, onLogout }: { user: ShellUser; compact: boolean; onLogout?: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useDismiss(open, () => setOpen(false), ref);
  return (
    <div ref={ref} style={{ position: "relative" }}>
      <Button
        type="text"
        // The accessible name starts with the visible name (WCAG 2.5.3 label in name), then says what it opens.
        aria-label={compact ? t("shell.userMenu") : `${user.name}，${t("shell.userMenu")}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        style={{ ...white, paddingInline: 4 }}
      >
        <span
          aria-hidden
          style={{
            display: "inline-flex",
            alignItems: "center",
            justifyContent: "center",
            width: 24,
            height: 24,
            borderRadius: 12,
            background: "rgba(255,255,255,0.25)",
          }}
        >
          <UserOutlined />
        </span>
        {!compact && <span>{user.name}</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
      {open && (
        <div
          id={menuId}
          role="menu"
          className="hall-shell-menu"
          style={{
            position: "absolute",
            right: 0,
            top: "calc(100% + 8px)",
            minWidth: 200,
            padding: 4,
            background: "#fff",
            borderRadius: 8,
            boxShadow: "0 6px 16px rgba(0,0,0,0.08), 0 3px 6px -4px rgba(0,0,0,0.12), 0 9px 28px 8px rgba(0,0,0,0.05)",
            zIndex: 1050,
            lineHeight: 1.5715,
          }}
        >
          <div style={{ padding: "8px 12px", color: "rgba(0,0,0,0.88)" }}>
            <div>{t("shell.signedInAs", { name: user.name })}</div>
            {user.roleLabels.length > 0 && (
              <div style={{ fontSize: 12, color: "rgba(0,0,0,0.45)" }}>{user.roleLabels.join(" · ")}</div>
            )}
          </div>
          <hr style={{ height: 1, margin: "4px 0", border: 0, background: "rgba(5,5,5,0.06)" }} />
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              onLogout?.();
            }}
          >
            <LogoutOutlined />
            {t("shell.logout")}
          </button>
        </div>
      )}
    </div>
  );
}

function AppLinks({ apps, current, className }: { apps: AppLink[]; current: AppKey; className: string }) {
  const t = useT();
  return (
    <ul className={className}>
      {apps.map(({ key, href }) => (
        <li key={key} className={key === current ? "hall-shell-app-selected" : undefined}>
          <a href={href} aria-current={key === current ? "page" : undefined}>
            {t(`app.${key}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The app switcher of a phone: a panel sliding in from the left over a mask. */
function AppDrawer({ apps, current, onClose }: { apps: AppLink[]; current: AppKey; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  useDismiss(true, onClose, ref);
  const mask: CSSProperties = { position: "fixed", inset: 0, zIndex: 1000, background: "rgba(0,0,0,0.45)" };
  return (
    <div style={mask}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        style={{
          position: "absolute",
          insetBlock: 0,
          left: 0,
          width: "min(280px, 85vw)",
          background: "#fff",
          boxShadow: "6px 0 16px rgba(0,0,0,0.08)",
          animation: "hall-shell-slide .2s ease-out",
          outline: "none",
          overflowY: "auto",
        }}
      >
        <div
          style={{
            display: "flex",
            alignItems: "center",
            gap: 8,
            padding: "12px 8px 12px 16px",
            borderBottom: "1px solid rgba(5,5,5,0.06)",
          }}
        >
          <strong id={titleId} style={{ flex: 1, fontSize: 16 }}>
            {t("platform.title")}
          </strong>
          <Button type="text" icon={<CloseOutlined />} aria-label={t("shell.closeMenu")} onClick={onClose} />
        </div>
        <nav aria-label={t("shell.apps")}>
          <AppLinks apps={apps} current={current} className="hall-shell-drawer-nav" />
        </nav>
      </div>
    </div>
  );
}

/** Platform frame shared by all apps: header (title, app switcher, language, user) and a padded content area. */
export function AppShell({ current, apps, user, onLogout, extra, children }: AppShellProps) {
  addShellMessages();
  const t = useT();
  const screens = Grid.useBreakpoint();
  const compact = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const home = apps.find((app) => app.key === "portal")?.href ?? "/";

  return (
    <div style={{ minHeight: "100vh", background: "#f3f5f9", display: "flex", flexDirection: "column" }}>
      <style href="hall-shell" precedence="default">
        {SHELL_CSS}
      </style>
      <header
        style={{
          position: "sticky",
          top: 0,
          zIndex: 100,
          height: 56,
          background: HALL_BLUE,
          color: "#fff",
          display: "flex",
          alignItems: "center",
          gap: compact ? 8 : 16,
          paddingInline: compact ? 8 : 24,
        }}
      >
        {compact && apps.length > 0 && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t("shell.menu")}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
            style={white}
          />
        )}
        <a
          href={home}
          style={{
            ...white,
            display: "flex",
            alignItems: "center",
            gap: 8,
            minWidth: 0,
            flexShrink: compact ? 1 : 0,
            textDecoration: "none",
          }}
        >
          <BankOutlined style={{ fontSize: 22 }} />
          <strong
            title={t("platform.title")}
            style={{
              minWidth: 0,
              fontSize: compact ? 15 : 17,
              overflow: "hidden",
              textOverflow: "ellipsis",
              whiteSpace: "nowrap",
            }}
          >
            {screens.xl === false ? t("platform.shortTitle") : t("platform.title")}
          </strong>
        </a>
        {compact ? (
          <div style={{ flex: 1 }} />
        ) : (
          <nav aria-label={t("shell.apps")} style={{ flex: 1, minWidth: 0 }}>
            <AppLinks apps={apps} current={current} className="hall-shell-nav" />
          </nav>
        )}
        <div style={{ display: "flex", alignItems: "center", gap: compact ? 4 : 12, flexShrink: 0 }}>
          {extra}
          <LanguageSwitch compact={compact} />
          {user ? (
            <UserMenu user={user} compact={compact} onLogout={onLogout} />
          ) : (
            <Button type="text" href={home} style={white}>
              {t("shell.login")}
            </Button>
          )}
        </div>
      </header>
      {drawerOpen && <AppDrawer apps={apps} current={current} onClose={() => setDrawerOpen(false)} />}
      <main
        style={{
          flex: 1,
          boxSizing: "border-box",
          padding: compact ? 12 : 24,
          width: "100%",
          maxWidth: 1440,
          marginInline: "auto",
        }}
      >
        {children}
      </main>
    </div>
  );
}
