// The apps' shared component-test setup (happy-dom), run by every test of `hallViteConfig` / `componentTestConfig`.
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// Pages are lazy chunks; the first import of one under vitest can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// antd's responsive observers need matchMedia and ResizeObserver; keep fallbacks in case happy-dom lacks them.
if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  });
}
if (typeof window.ResizeObserver !== "function") {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
  // `fakeApi` stubs the global fetch; spies (e.g. on window.location) are restored.
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // biome-ignore lint/suspicious/noDocumentCookie: forget the language cookie I18nProvider wrote (no Cookie Store in happy-dom)
  document.cookie = "hall_locale=; path=/; max-age=0";
});
