// `npm start`: opens the desktop app, or says in one sentence why it cannot. Arguments after `--` go to the app
// (e.g. `npm start -- ~/plans/pilot.rollout`).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_BINARY_MESSAGE =
  'The Electron binary is not installed on this machine (npm installed the electron package with ELECTRON_SKIP_BINARY_DOWNLOAD), ' +
  'so the desktop window cannot open; run `npm run web` to use Rollout Planner in your browser instead.';

/**
 * The Electron executable, found the way the electron package finds it (path.txt, ELECTRON_OVERRIDE_DIST_PATH),
 * or null. `require('electron')` is not used: when the binary is missing it tries to download it, which fails
 * slowly and noisily where GitHub is out of reach.
 */
export function findElectronBinary(packageDir, env = process.env) {
  if (!packageDir) return null;
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the download was skipped or failed.
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(packageDir, 'dist', relative) : null;
  return binary && fs.existsSync(binary) ? binary : null;
}

function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function main() {
  // Checked before building: where Electron cannot run, there is no point in waiting for a build first.
  const binary = findElectronBinary(electronPackageDir());
  if (!binary) {
    console.error(MISSING_BINARY_MESSAGE);
    process.exit(1);
  }

  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  // Electron started with this variable set would behave as plain Node and never open a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.on('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
