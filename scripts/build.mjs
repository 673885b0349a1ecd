// Builds every runnable part: the renderer (Vite), the Electron main and preload, the web server (esbuild).
// `node scripts/build.mjs [renderer|node]` builds one half only.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';

const which = process.argv[2] ?? 'all';
const started = Date.now();

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
};

if (which === 'all' || which === 'node') {
  await Promise.all([
    esbuild({ ...nodeCommon, entryPoints: ['electron/backend/web/web-main.ts'], outfile: 'dist/backend/web.mjs', format: 'esm',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } }),
    esbuild({ ...nodeCommon, entryPoints: ['electron/backend/cli/entry.ts'], outfile: 'dist/backend/cli.mjs', format: 'esm',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } }),
    esbuild({ ...nodeCommon, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs' }),
    // A sandboxed preload cannot require anything but electron: it must be one self-contained file.
    esbuild({ ...nodeCommon, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', platform: 'browser', external: ['electron'] }),
  ]);
}
if (which === 'all' || which === 'renderer') {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log(`build (${which}) done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
