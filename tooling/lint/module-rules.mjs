#!/usr/bin/env node
// House rules the linter cannot express (run by `pnpm lint` after Biome; Biome enforces that modules import each other
// only through index.ts):
//   1. In packages/api/src/modules/<module>/, only repository files (*repository*.ts) build SQL — no
//      .selectFrom/.insertInto/.updateTable/.deleteFrom/.selectNoFrom/.mergeInto and no sql`…` elsewhere. Services may open
//      a transaction (a use case decides its unit of work) and hand it to repositories.
//   2. Nothing outside packages/db imports kysely directly.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SKIP = new Set(["node_modules", "dist", "storybook-static", ".data", ".turbo", "screenshots"]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(name)) yield p;
  }
}

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom|mergeInto|replaceInto)\(|\bsql(<[^>]*>)?`/;
const problems = [];

const modules = join(root, "packages/api/src/modules");
for (const f of files(modules)) {
  const rel = relative(root, f);
  if (/\.test\.tsx?$/.test(f) || /repository[^/]*\.ts$/.test(f)) continue;
  readFileSync(f, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (QUERY.test(line))
        problems.push(`${rel}:${i + 1}: SQL outside the module's repository — move it to repository.ts`);
    });
}

for (const top of ["apps", "packages", "tooling"]) {
  for (const f of files(join(root, top))) {
    const rel = relative(root, f);
    if (rel.startsWith("packages/db/")) continue;
    const text = readFileSync(f, "utf8");
    if (/from\s+["']kysely["']/.test(text)) problems.push(`${rel}: imports kysely directly — only packages/db may`);
  }
}

if (problems.length) {
  console.error(`module rules: ${problems.length} problem(s)\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("module rules: ok");
