import { useT } from "@hall/ui";
import { Typography } from "antd";
import { Link } from "react-router";

/** "No account yet? Register" under the sign-in card, "Already registered? Sign in" under registration. */
export function AuthSwitchLink({ to }: { to: "signIn" | "register" }) {
  const t = useT();
  return (
    <Typography.Paragraph style={{ textAlign: "center", marginTop: 16 }}>
      {to === "register" ? (
        <>
          {t("portal.signIn.noAccount")} <Link to="/register">{t("portal.signIn.registerLink")}</Link>
        </>
      ) : (
        <>
          {t("portal.register.haveAccount")} <Link to="/">{t("portal.register.signInLink")}</Link>
        </>
      )}
    </Typography.Paragraph>
  );
}
