import type { Me } from "@hall/api-client";
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHallApp } from "./create-app.tsx";
import { useCan, useCurrentUser } from "./me-context.ts";
import { fakeSession, renderApp, staffMe } from "./testing.tsx";

const trainerMe: Me = { ...staffMe, id: 9, name: "宋雅琴", roles: ["trainer"], roleLabels: ["培训师"] };

/** A page that shows what the scaffold handed it. */
function Probe() {
  const me = useCurrentUser();
  const canServe = useCan("queue.serve");
  return (
    <p data-testid="probe">
      {me ? `me=${me.name}` : "me=none"} serve={String(canServe)}
    </p>
  );
}

function Boom(): never {
  throw new Error("chunk gone");
}

const routes = [
  { index: true, element: <Probe /> },
  { path: "boom", element: <Boom /> },
  { path: "display", element: <p data-testid="display">display</p> },
];
const App = createHallApp({ key: "training", routes, isBare: (path) => path === "/display" });
const PublicApp = createHallApp({ key: "appointments", routes, allowAnonymous: true });

/** The app links of the shell's header, as [href, aria-current]. */
function shellApps() {
  const nav = screen.getByRole("navigation");
  return within(nav)
    .getAllByRole("link")
    .map((a) => [a.getAttribute("href"), a.getAttribute("aria-current")]);
}

describe("createHallApp", () => {
  beforeEach(() => window.history.replaceState(null, "", "/training/exams?id=3"));
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("renders the page inside the shell for a signed-in person, with the apps their roles open", async () => {
    fakeSession(trainerMe);
    renderApp(App, "/");
    expect((await screen.findByTestId("probe")).textContent).toBe("me=宋雅琴 serve=false");
    expect(screen.getByRole("banner").textContent).toContain("宋雅琴");
    expect(shellApps()).toEqual([
      ["/", null],
      ["/training/", "page"],
      ["/mentoring/", null],
    ]);
  });

  it("hands the page the signed-in person's permissions", async () => {
    fakeSession(staffMe);
    renderApp(App, "/");
    expect((await screen.findByTestId("probe")).textContent).toBe("me=王芳 serve=true");
  });

  it("sends a signed-out visitor to sign in, coming back to where they were", async () => {
    fakeSession(null);
    renderApp(App, "/");
    const signIn = await screen.findByRole("link", { name: "去登录" });
    expect(signIn.getAttribute("href")).toBe("/?next=%2Ftraining%2Fexams%3Fid%3D3");
    expect(screen.queryByTestId("probe")).toBeNull();
  });

  it("lets a visitor in where the app allows anonymous visitors", async () => {
    fakeSession(null);
    renderApp(PublicApp, "/");
    expect((await screen.findByTestId("probe")).textContent).toBe("me=none serve=false");
    expect(screen.queryByRole("link", { name: "去登录" })).toBeNull();
  });

  it("answers an unknown path with a 404 page and a way home", async () => {
    fakeSession(staffMe);
    const { router } = renderApp(App, "/no/such/page");
    expect(await screen.findByText("页面不存在")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "返回首页" }));
    expect(await screen.findByTestId("probe")).toBeTruthy();
    expect(router.state.location.pathname).toBe("/");
  });

  it("shows a page that fails to render as an error with a reload button, inside the shell", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // React and the router report the caught error
    fakeSession(staffMe);
    renderApp(App, "/boom");
    expect(await screen.findByText("页面加载失败")).toBeTruthy();
    expect(screen.getByText("chunk gone")).toBeTruthy();
    expect(screen.getByRole("button", { name: "重新加载" })).toBeTruthy();
    expect(screen.getByRole("banner").textContent).toContain("王芳");
  });

  it("shows a bare path without the shell and without asking who is signed in", async () => {
    const { calls } = fakeSession(null);
    renderApp(App, "/display");
    expect(await screen.findByTestId("display")).toBeTruthy();
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("link", { name: "去登录" })).toBeNull();
    expect(calls.map((c) => c.path)).not.toContain("auth.me");
  });

  it("mounts under /<key> by default, the portal at the root", () => {
    expect(App.basename).toBe("/training");
    expect(createHallApp({ key: "portal", routes }).basename).toBe("/");
    expect(createHallApp({ key: "mentoring", routes, basename: "/m" }).basename).toBe("/m");
  });
});
