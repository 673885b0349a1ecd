import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'scripts', 'start.mjs');
// Imported by URL: the script is plain JavaScript without type declarations.
const start = (await import(pathToFileURL(script).href)) as {
  findElectronBinary(packageDir: string | null, env?: Record<string, string | undefined>): string | null;
  MISSING_BINARY_MESSAGE: string;
};

describe('findElectronBinary', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-pkg-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is null when the download was skipped (no path.txt)', () => {
    expect(start.findElectronBinary(dir, {})).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(start.findElectronBinary(dir, {})).toBeNull();
  });

  it('finds the downloaded binary', () => {
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(start.findElectronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    fs.writeFileSync(path.join(dir, 'electron'), '');
    expect(start.findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: dir })).toBe(path.join(dir, 'electron'));
  });

  it('is null without the electron package', () => {
    expect(start.findElectronBinary(null, {})).toBeNull();
  });
});

describe('npm start without the Electron binary', () => {
  const installed = start.findElectronBinary(path.join(root, 'node_modules', 'electron'), process.env) !== null;

  it.skipIf(installed)('prints one sentence and exits 1, without building or a stack trace', () => {
    const distBefore = fs.existsSync(path.join(root, 'dist')) ? fs.statSync(path.join(root, 'dist')).mtimeMs : null;
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(start.MISSING_BINARY_MESSAGE);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // One sentence: a single full stop, at the end.
    expect(start.MISSING_BINARY_MESSAGE.match(/\.(\s|$)/g)).toEqual(['.']);
    expect(start.MISSING_BINARY_MESSAGE).toContain('npm run web');
    expect(fs.existsSync(path.join(root, 'dist')) ? fs.statSync(path.join(root, 'dist')).mtimeMs : null).toBe(distBefore);
  });
});
