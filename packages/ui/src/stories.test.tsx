import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import preview from "../.storybook/preview.tsx";

type StoryModule = Parameters<typeof composeStories>[0];
const modules = import.meta.glob<StoryModule>("./**/*.stories.tsx", { eager: true });

/** The composed (decorated, globals-applied) stories of a CSF module, by export name. */
function storiesOf(path: string): Record<string, ComponentType> {
  const module = modules[path];
  if (!module) throw new Error(`no stories at ${path}`);
  return composeStories(module) as unknown as Record<string, ComponentType>;
}

beforeAll(() => {
  setProjectAnnotations(preview);
});

afterEach(() => vi.restoreAllMocks());

/** Smoke test: every story renders (in its pinned or default language) without React/antd errors. */
describe.each(Object.keys(modules))("%s", (path) => {
  it.each(Object.entries(storiesOf(path)))("%s renders", (_name, Story) => {
    const errors = vi.spyOn(console, "error");
    render(<Story />);
    expect(document.body.textContent?.length).toBeGreaterThan(0);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe("language pinning", () => {
  it("stories with globals.locale = en-US render in English", () => {
    const { SignedIn, SignedInEnglish } = storiesOf("./app-shell/app-shell.stories.tsx");
    if (!SignedIn || !SignedInEnglish) throw new Error("stories missing");
    const zh = render(<SignedIn />);
    expect(zh.container.textContent).toContain("预约取号");
    zh.unmount();
    const en = render(<SignedInEnglish />);
    expect(en.container.textContent).toContain("Service Hall");
    expect(en.container.textContent).not.toContain("预约取号");
    expect(en.container.textContent).toContain("Appointments");
  });
});
