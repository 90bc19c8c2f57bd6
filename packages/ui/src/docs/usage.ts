/**
 * "When to use / when not to" for a component's docs page, in both languages. Put it in the meta of the component's
 * stories as `parameters: { usage: { … } }`; the docs page (.storybook/docs-page.tsx) shows it under the description.
 */
export type Usage = {
  /** 适用场景 / when to use. */
  use: { zh: string[]; en: string[] };
  /** 不适用场景 / when not to (and what to use instead). */
  avoid: { zh: string[]; en: string[] };
};
