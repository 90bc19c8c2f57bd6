// First-load JS of a route of the built app: the chunks index.html loads (entry + modulepreloads) plus the lazy page
// chunk of the route and every chunk it imports statically, gzipped.
//
//   node scripts/first-load.mjs --build [--budget 250] [page-chunk …]     (default page: items-page = /book)
//   npx vite build | node scripts/first-load.mjs [--budget 250] [page-chunk …]
//
// With `--build` (pnpm size) the script runs `vite build` itself; with Vite's build report (either way) the sizes
// are Vite's own "gzip" column (kB = 1000 bytes); without it they are computed here with zlib's default level
// (within ~1% of Vite's). `--budget` makes the script fail above it.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const budgetAt = args.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : null;
const buildAt = args.indexOf("--build");
if (buildAt >= 0) args.splice(buildAt, 1);
const pages = args.length ? args : ["items-page"];

const report = new Map();
let raw = "";
if (buildAt >= 0) {
  const vite = join(import.meta.dirname, "../node_modules/.bin/vite");
  const run = spawnSync(vite, ["build"], { cwd: join(import.meta.dirname, ".."), encoding: "utf8" });
  raw = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) {
    console.error(raw);
    process.exit(run.status ?? 1);
  }
} else if (!process.stdin.isTTY) {
  for await (const chunk of process.stdin) raw += chunk;
}
const text = raw.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), ""); // colours off
for (const m of text.matchAll(/assets\/(\S+\.js)\s+[\d.]+ kB\s+│\s+gzip:\s+([\d.]+) kB/g)) {
  report.set(m[1], Number(m[2]));
}

const dist = join(import.meta.dirname, "../dist");
const assets = join(dist, "assets");
const files = readdirSync(assets).filter((f) => f.endsWith(".js"));
const html = readFileSync(join(dist, "index.html"), "utf8");
const fromHtml = [...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);

const source = report.size > 0 ? "Vite's gzip report" : "zlib gzip (default level)";

/** Static imports of a chunk (`from"./x.js"`, `import"./x.js"`), not dynamic `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(join(assets, file), "utf8");
  return [...new Set([...code.matchAll(/(?:from\s*|import\s*)"\.\/([^"]+\.js)"/g)].map((m) => m[1]))];
}

function closure(roots) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const dep of staticImports(f)) visit(dep);
  };
  for (const r of roots) visit(r);
  return seen;
}

const kB = (f) => report.get(f) ?? gzipSync(readFileSync(join(assets, f))).length / 1000;
const fmt = (n) => n.toFixed(2).padStart(7);

const entry = closure(fromHtml);
let over = false;
for (const prefix of pages) {
  const page = files.find((f) => f.startsWith(`${prefix}-`));
  if (!page) throw new Error(`no chunk ${prefix}-*.js in dist/assets`);
  const rows = [...closure([...fromHtml, page])]
    .map((f) => ({ f, size: kB(f), entry: entry.has(f) }))
    .sort((a, b) => Number(b.entry) - Number(a.entry) || b.size - a.size);
  const total = rows.reduce((s, r) => s + r.size, 0);
  const entryTotal = rows.filter((r) => r.entry).reduce((s, r) => s + r.size, 0);
  console.log(`\nFirst-load JS with ${prefix} (${source}):`);
  for (const r of rows) console.log(`  ${fmt(r.size)} kB  ${r.entry ? "entry" : "route"}  ${r.f}`);
  console.log(`  ${fmt(entryTotal)} kB  index.html (entry + modulepreload)`);
  console.log(`  ${fmt(total - entryTotal)} kB  route chunks`);
  console.log(`  ${fmt(total)} kB  TOTAL${budget ? ` (budget ${budget} kB)` : ""}`);
  if (budget && total > budget) over = true;
}
if (over) {
  console.error(`over budget (${budget} kB)`);
  process.exit(1);
}
