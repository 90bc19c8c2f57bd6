import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// antd's responsive observer needs matchMedia; happy-dom usually has it, keep a fallback.
if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // biome-ignore lint/suspicious/noDocumentCookie: resets the locale cookie between tests
  document.cookie = "hall_locale=; path=/; max-age=0";
});
