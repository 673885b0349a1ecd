import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, outsideAsar } from '../../../electron/main/app-paths';

describe('appPaths', () => {
  const root = path.resolve('/opt/Rollout Planner/resources/app.asar');

  it('matches the layout scripts/build.mjs writes', () => {
    const paths = appPaths(root);
    expect(paths.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(paths.rendererDir).toBe(path.join(root, 'dist', 'renderer'));
    expect(paths.icon).toBe(path.join(root, 'resources', 'icons', 'icon.png'));
  });

  it('points other programs at the unpacked documentation', () => {
    expect(appPaths(root).documentation).toBe(path.resolve('/opt/Rollout Planner/resources/app.asar.unpacked/resources/docs/index.html'));
    expect(outsideAsar(path.resolve('/repo/resources/docs/index.html'))).toBe(path.resolve('/repo/resources/docs/index.html'));
  });

  it('only rewrites a whole app.asar segment', () => {
    expect(outsideAsar(path.resolve('/x/my-app.asar/y'))).toBe(path.resolve('/x/my-app.asar/y'));
  });
});
