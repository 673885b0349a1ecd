// `npm run bench [-- --size XL --runs 5]`: builds the benchmark's own copy of the web mode and renderer into
// dist/bench (so it never races a build of dist/ made meanwhile), bundles bench/main.ts and runs it.
// See docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const OUT = 'dist/bench';
const started = Date.now();
const node = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'playwright-core', 'exceljs', 'vite'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
await Promise.all([
  esbuild({ ...node, entryPoints: ['electron/backend/web/web-main.ts'], outfile: `${OUT}/web.mjs` }),
  esbuild({ ...node, entryPoints: ['bench/main.ts'], outfile: `${OUT}/main.mjs` }),
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: `../${OUT}/renderer`, emptyOutDir: true, manifest: true } }),
]);
console.log(`bench build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const run = spawnSync(process.execPath, [`${OUT}/main.mjs`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
