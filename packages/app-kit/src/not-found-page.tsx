import { FileSearchOutlined } from "@ant-design/icons";
import { addMessages, useT } from "@hall/ui";
import { Button } from "antd";
import { useNavigate } from "react-router";
import { StatusPage } from "./status-page.tsx";

let messagesAdded = false;
/** Registered on first render (no module side effect, so an unused export is dropped with its strings). */
function addNotFoundMessages() {
  if (messagesAdded) return;
  messagesAdded = true;
  addMessages("zh-CN", {
    "appKit.backHome": "返回首页",
    "appKit.notFoundTitle": "页面不存在",
    "appKit.notFoundHint": "您访问的页面不存在或已被移除。",
  });
  addMessages("en-US", {
    "appKit.backHome": "Back to home",
    "appKit.notFoundTitle": "Page not found",
    "appKit.notFoundHint": "The page you asked for does not exist or was removed.",
  });
}

/** A button back to the app's first page. */
export function BackHomeButton() {
  addNotFoundMessages();
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("appKit.backHome")}
    </Button>
  );
}

/** The answer for a path no route matches (every app gets it as its last route). */
export function NotFoundPage() {
  addNotFoundMessages();
  const t = useT();
  return (
    <StatusPage
      icon={<FileSearchOutlined style={{ color: "rgba(0,0,0,0.25)" }} />}
      title={t("appKit.notFoundTitle")}
      hint={t("appKit.notFoundHint")}
      action={<BackHomeButton />}
    />
  );
}
