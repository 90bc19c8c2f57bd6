import type { Me } from "@hall/api-client";
import { fakeApi, unauthenticated } from "@hall/api-client/testing";
import { render } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import type { HallApp } from "./create-app.tsx";

// The fake tRPC server lives with the client it fakes; re-exported so an app's tests import one module.
export * from "@hall/api-client/testing";

/** A window clerk and group leader of the demo hall. */
export const staffMe: Me = {
  id: 7,
  login: "staff01",
  name: "王芳",
  roles: ["window_staff", "group_leader"],
  roleLabels: ["窗口工作人员", "小组长"],
  hallId: 1,
  hallName: "示范区政务服务中心",
  windowId: 1,
  orgUnitId: 2,
  orgUnitName: "示范区",
  phoneMasked: null,
  idNumberMasked: null,
  idVerification: null,
};

/** `fakeApi` with `auth.me` answering `me`, or 401 when `me` is null (a visitor), plus any other procedures. */
export function fakeSession(me: Me | null, procedures: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    "auth.me": () => {
      if (!me) throw unauthenticated();
      return me;
    },
    ...procedures,
  });
}

/**
 * The whole app (providers, shell, routes) at `path` (inside the app, without its base path), on a memory
 * router, talking to whatever `fakeApi`/`fakeSession` set up. Returns Testing Library's result and the router.
 */
export function renderApp(App: HallApp, path = "/") {
  const router = createMemoryRouter(App.routes, { initialEntries: [path] });
  const view = render(<App router={router} />);
  return { ...view, router };
}
