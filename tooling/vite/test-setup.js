// Shared component-test setup for the apps (happy-dom): matchMedia fallback for antd, cleanup between tests.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

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

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // biome-ignore lint/suspicious/noDocumentCookie: resets the locale cookie between tests
  document.cookie = "hall_locale=; path=/; max-age=0";
});
