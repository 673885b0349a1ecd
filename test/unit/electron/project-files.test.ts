import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors';
import {
  hasProjectExtension,
  openDialogOptions,
  projectPathFromArgv,
  resolveDesktopProjectPath,
  saveDialogFileName,
  saveDialogOptions,
  withProjectExtension,
} from '../../../electron/main/project-files';

const abs = (...segments: string[]) => path.resolve(path.sep, ...segments);

describe('resolveDesktopProjectPath', () => {
  it('accepts an absolute .rollout path, normalised', () => {
    expect(resolveDesktopProjectPath(abs('home', 'ana', 'plans', '..', 'Pilot.rollout'))).toBe(abs('home', 'ana', 'Pilot.rollout'));
    expect(resolveDesktopProjectPath(`  ${abs('x', 'A.ROLLOUT')} `)).toBe(abs('x', 'A.ROLLOUT'));
  });

  it.each([
    ['a relative path', 'Pilot.rollout'],
    ['another extension', abs('etc', 'passwd')],
    ['a look-alike extension', abs('x', 'Pilot.rollout.exe')],
    ['a NUL byte', `${abs('x', 'a')}\0.rollout`],
  ])('refuses %s with VALIDATION', (_name, input) => {
    expect(() => resolveDesktopProjectPath(input)).toThrow(ApiError);
    try {
      resolveDesktopProjectPath(input);
    } catch (error) {
      expect((error as ApiError).code).toBe('VALIDATION');
      expect((error as ApiError).issues[0]?.path).toEqual(['path']);
    }
  });
});

describe('save and open dialogs', () => {
  it('adds the extension the GTK dialog leaves off, once', () => {
    expect(withProjectExtension('/a/Plan')).toBe('/a/Plan.rollout');
    expect(withProjectExtension('/a/Plan.rollout')).toBe('/a/Plan.rollout');
    expect(hasProjectExtension('/a/Plan.Rollout')).toBe(true);
  });

  it('proposes a safe file name from the project name', () => {
    expect(saveDialogFileName('Copilot pilot')).toBe('Copilot pilot.rollout');
    expect(saveDialogFileName('Copilot pilot.rollout')).toBe('Copilot pilot.rollout');
    expect(saveDialogFileName('Q3: HR/Legal?')).not.toMatch(/[:/?]/);
    expect(saveDialogFileName('   ')).toMatch(/\.rollout$/);
  });

  it('opens in the projects folder, one .rollout file at a time', () => {
    expect(openDialogOptions('/docs/Rollout Planner')).toEqual({
      title: 'Open Project',
      defaultPath: '/docs/Rollout Planner',
      properties: ['openFile'],
      filters: [{ name: 'Rollout Planner project', extensions: ['rollout'] }],
    });
  });

  it('saves into the projects folder under the suggested name and confirms overwriting', () => {
    const options = saveDialogOptions('/docs/Rollout Planner', 'Pilot');
    expect(options.defaultPath).toBe(path.join('/docs/Rollout Planner', 'Pilot.rollout'));
    expect(options.filters).toEqual([{ name: 'Rollout Planner project', extensions: ['rollout'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });
});

describe('projectPathFromArgv', () => {
  const cwd = abs('home', 'ana');

  it('finds the file a double-click passes to a packaged app', () => {
    expect(projectPathFromArgv(['/opt/Rollout Planner/rollout-planner', abs('tmp', 'Pilot.rollout')], cwd)).toBe(abs('tmp', 'Pilot.rollout'));
  });

  it('skips the program, Chromium switches and the app folder of `electron .`', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '--inspect=9229', '.', '--enable-logging', 'plans/Pilot.rollout'], cwd)).toBe(abs('home', 'ana', 'plans', 'Pilot.rollout'));
  });

  it('accepts the file:// URL some Linux desktops pass', () => {
    const file = abs('home', 'ana', 'My Plans', 'Pilot.rollout');
    expect(projectPathFromArgv(['rollout-planner', pathToFileURL(file).href], cwd)).toBe(file);
  });

  it('is null when no project file is named', () => {
    expect(projectPathFromArgv(['rollout-planner'], cwd)).toBeNull();
    expect(projectPathFromArgv(['rollout-planner', '--flag=x.rollout', 'notes.txt'], cwd)).toBeNull();
    expect(projectPathFromArgv(['Pilot.rollout'], cwd)).toBeNull();
  });
});
