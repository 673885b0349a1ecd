import { describe, expect, it } from 'vitest';
import { openedProjectPath, refuseApiCall, type ApiCaller } from '../../../electron/main/api-guard';

const trusted: ApiCaller = { fromMainWindow: true, frameUrl: 'app://rollout/index.html', isMainFrame: true };

describe('refuseApiCall', () => {
  it('lets the app page in the main window through', () => {
    expect(refuseApiCall(trusted, 'project.current')).toBeNull();
  });

  it.each([
    ['an iframe', { ...trusted, isMainFrame: false }],
    ['another webContents (a second window, devtools)', { ...trusted, fromMainWindow: false }],
    ['a page that navigated elsewhere', { ...trusted, frameUrl: 'https://example.com/' }],
    ['file://', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
    ['the local web server', { ...trusted, frameUrl: 'http://127.0.0.1:4173/' }],
    ['a frame that is gone', { ...trusted, frameUrl: null }],
  ])('refuses %s without reaching the backend', (_name, caller) => {
    expect(refuseApiCall(caller, 'project.current')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it.each([undefined, 42, '', 'x'.repeat(101), { method: 'app.info' }])('refuses the method name %j', (method) => {
    expect(refuseApiCall(trusted, method)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('leaves unknown but well-formed names to the backend, which answers NOT_FOUND', () => {
    expect(refuseApiCall(trusted, 'no.such')).toBeNull();
  });
});

describe('openedProjectPath', () => {
  const opened = { ok: true as const, value: { path: '/home/ana/Pilot.rollout', fileName: 'Pilot.rollout' } };

  it.each(['project.open', 'project.create', 'project.openSample', 'project.saveAs'])('reports the path after %s', (method) => {
    expect(openedProjectPath(method, opened)).toBe('/home/ana/Pilot.rollout');
  });

  it('ignores failures and other methods', () => {
    expect(openedProjectPath('project.open', { ok: false, error: { code: 'FILE_LOCKED', message: 'In use' } })).toBeNull();
    expect(openedProjectPath('project.current', opened)).toBeNull();
    expect(openedProjectPath('project.update', opened)).toBeNull();
  });

  it('ignores a value without a path', () => {
    expect(openedProjectPath('project.open', { ok: true, value: null })).toBeNull();
    expect(openedProjectPath('project.open', { ok: true, value: { path: 42 } })).toBeNull();
  });
});
