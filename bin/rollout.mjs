#!/usr/bin/env node
// The `rollout` command. The backend needs Node 22 or newer (and better-sqlite3 is built for the project's Node 24):
// on an older Node this re-runs itself with the Node 24 binary from node_modules. dist/backend/cli.mjs is built on
// demand when missing.
/* global process */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// 22.2 is the first 22 with zlib.crc32, which the XLSX export uses.
const [major, minor] = process.versions.node.split('.').map(Number);
const tooOld = major < 22 || (major === 22 && minor < 2);
const bundledNode = path.join(root, 'node_modules', 'node', 'bin', 'node');

if (tooOld) {
  if (!fs.existsSync(bundledNode)) {
    process.stderr.write(`rollout needs Node.js 22.2 or newer (this is ${process.version}); run npm install in ${root} first.\n`);
    process.exit(1);
  }
  // Asynchronous, so that a SIGINT or SIGTERM sent to this process reaches the real command (which then removes
  // its temporary copy) instead of leaving it running on its own.
  const child = spawn(bundledNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise((resolve) => {
    child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    child.on('error', () => resolve([1, null]));
  });
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
}

const cli = path.join(root, 'dist', 'backend', 'cli.mjs');
if (!fs.existsSync(cli)) {
  // Build output goes to stderr so that stdout stays the command's own (info prints JSON there).
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'node'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !fs.existsSync(cli)) {
    process.stderr.write('rollout: building dist/backend/cli.mjs failed.\n');
    process.exit(1);
  }
}
await import(pathToFileURL(cli).href);
