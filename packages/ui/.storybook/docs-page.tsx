import { Controls, Description, Primary, Stories, Subtitle, Title, useOf } from "@storybook/addon-docs/blocks";
import type { Usage } from "../src/docs/usage.ts";

const listStyle = { margin: "4px 0 12px", paddingInlineStart: 20 };

/** The 适用 / 不适用 (when to use / when not to) block, in Chinese and English, from `parameters.usage`. */
export function UsageBlock() {
  const resolved = useOf("meta", ["meta"]);
  const usage = resolved.preparedMeta.parameters.usage as Usage | undefined;
  if (!usage) return null;
  return (
    <section
      aria-label="Usage"
      style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))", gap: 16 }}
    >
      <div lang="zh-CN">
        <h3>何时使用</h3>
        <ul style={listStyle}>
          {usage.use.zh.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>何时不用</h3>
        <ul style={listStyle}>
          {usage.avoid.zh.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div lang="en-US">
        <h3>When to use</h3>
        <ul style={listStyle}>
          {usage.use.en.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>When not to</h3>
        <ul style={listStyle}>
          {usage.avoid.en.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Autodocs page: title, description (the component's JSDoc), usage, the first story, the props table, all stories. */
export function DocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <UsageBlock />
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}
