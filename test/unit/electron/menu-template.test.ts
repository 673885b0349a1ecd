import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/api/events';
import {
  MAX_RECENT_ITEMS,
  buildMenuTemplate,
  themeOfCommand,
  withClickHandlers,
  type MenuItemSpec,
  type MenuTemplateInput,
} from '../../../electron/main/menu-template';

const recent = [
  { path: '/home/ana/Documents/Rollout Planner/Pilot.rollout', fileName: 'Pilot.rollout', projectName: 'Copilot pilot', exists: true },
  { path: '/home/ana/R&D.rollout', fileName: 'R&D.rollout', projectName: 'R&D assistants', exists: false },
];

const input = (over: Partial<MenuTemplateInput> = {}): MenuTemplateInput => ({
  platform: 'linux',
  recentFiles: recent,
  appName: 'Rollout Planner',
  theme: 'system',
  isDev: false,
  hasDocumentation: true,
  ...over,
});

function flatten(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}
const menu = (items: MenuItemSpec[], label: string) => {
  const found = items.find((item) => item.label?.replace('&', '') === label);
  if (!found?.submenu) throw new Error(`no menu ${label}`);
  return found.submenu;
};
const item = (items: MenuItemSpec[], label: string) => flatten(items).find((i) => i.label === label);
const roles = (items: readonly MenuItemSpec[]) => flatten(items).flatMap((i) => (i.role ? [i.role] : []));

describe('menu template on Windows and Linux', () => {
  const template = buildMenuTemplate(input());

  it('has File, Edit, View, Help with Alt mnemonics', () => {
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('binds the file commands to Ctrl shortcuts and sends them to the page', () => {
    expect(item(template, 'New Project…')).toMatchObject({ accelerator: 'CmdOrCtrl+N', command: { kind: 'renderer', command: 'new' } });
    expect(item(template, 'Open…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', command: { kind: 'renderer', command: 'open' } });
    expect(item(template, 'Open Sample Project')).toMatchObject({ command: { kind: 'renderer', command: 'open-sample' } });
    expect(item(template, 'Save As…')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+S', command: { kind: 'renderer', command: 'save-as' } });
    expect(item(template, 'Close Project')).toMatchObject({ accelerator: 'CmdOrCtrl+W', command: { kind: 'renderer', command: 'close' } });
  });

  it('ends File with Quit', () => {
    expect(menu(template, 'File').at(-1)).toEqual({ role: 'quit' });
  });

  it('sends Undo and Redo to the page, which chooses text or project undo', () => {
    expect(item(template, 'Undo')).toEqual({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', command: { kind: 'renderer', command: 'undo' } });
    expect(item(template, 'Redo')).toEqual({ label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', command: { kind: 'renderer', command: 'redo' } });
    expect(roles(menu(template, 'Edit'))).toEqual(['cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(roles(template)).not.toContain('undo');
  });

  it('offers the four themes as one radio group with the current one checked', () => {
    const themes = menu(menu(template, 'View'), 'Theme');
    expect(themes.map((t) => [t.label, t.type, t.checked, t.command])).toEqual([
      ['System', 'radio', true, { kind: 'renderer', command: 'theme-system' }],
      ['Light', 'radio', false, { kind: 'renderer', command: 'theme-light' }],
      ['Dark', 'radio', false, { kind: 'renderer', command: 'theme-dark' }],
      ['Projection', 'radio', false, { kind: 'renderer', command: 'theme-projection' }],
    ]);
    const dark = buildMenuTemplate(input({ theme: 'dark' }));
    expect(menu(menu(dark, 'View'), 'Theme').filter((t) => t.checked).map((t) => t.label)).toEqual(['Dark']);
  });

  it('has zoom and full screen but no reload or developer tools in a packaged build', () => {
    expect(roles(menu(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds reload and developer tools in development', () => {
    expect(roles(menu(buildMenuTemplate(input({ isDev: true })), 'View'))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('puts Documentation and About in Help', () => {
    expect(menu(template, 'Help')).toEqual([
      { label: 'Documentation', command: { kind: 'documentation' } },
      { label: 'About Rollout Planner', command: { kind: 'about' } },
    ]);
    expect(menu(buildMenuTemplate(input({ hasDocumentation: false })), 'Help').map((i) => i.label)).toEqual(['About Rollout Planner']);
  });

  it('only sends commands the renderer knows', () => {
    const sent = flatten(template).flatMap((i) => (i.command?.kind === 'renderer' ? [i.command.command] : []));
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('never repeats an accelerator', () => {
    const accelerators = flatten(template).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});

describe('Open Recent', () => {
  const openRecent = (items: MenuItemSpec[]) => menu(menu(items, 'File'), 'Open Recent');

  it('lists recent projects by name and file, greys out missing ones, and ends with Clear', () => {
    expect(openRecent(buildMenuTemplate(input()))).toEqual([
      { label: 'Copilot pilot (Pilot.rollout)', toolTip: recent[0]?.path, enabled: true, command: { kind: 'open-recent', path: recent[0]?.path } },
      { label: 'R&&D assistants (R&&D.rollout)', toolTip: recent[1]?.path, enabled: false, command: { kind: 'open-recent', path: recent[1]?.path } },
      { type: 'separator' },
      { label: 'Clear Recent', enabled: true, command: { kind: 'clear-recent' } },
    ]);
  });

  it('shows ampersands as they are on macOS', () => {
    expect(openRecent(buildMenuTemplate(input({ platform: 'darwin' })))[1]?.label).toBe('R&D assistants (R&D.rollout)');
  });

  it('says so when there is nothing recent, and Clear is disabled', () => {
    expect(openRecent(buildMenuTemplate(input({ recentFiles: [] })))).toEqual([
      { label: 'No Recent Projects', enabled: false },
      { type: 'separator' },
      { label: 'Clear Recent', enabled: false, command: { kind: 'clear-recent' } },
    ]);
  });

  it(`shows at most ${MAX_RECENT_ITEMS}`, () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ path: `/p/${i}.rollout`, fileName: `${i}.rollout`, projectName: `P${i}` }));
    expect(openRecent(buildMenuTemplate(input({ recentFiles: many }))).filter((i) => i.command?.kind === 'open-recent')).toHaveLength(MAX_RECENT_ITEMS);
  });

  it('falls back to the file name when the project has no name', () => {
    expect(openRecent(buildMenuTemplate(input({ recentFiles: [{ path: '/a.rollout', fileName: 'a.rollout', projectName: '' }] })))[0]?.label).toBe('a.rollout');
  });
});

describe('menu template on macOS', () => {
  const template = buildMenuTemplate(input({ platform: 'darwin' }));

  it('starts with the app menu, holding About and Quit, and has a Window menu', () => {
    expect(template.map((m) => m.label)).toEqual(['Rollout Planner', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = template[0]?.submenu ?? [];
    expect(appMenu[0]).toEqual({ label: 'About Rollout Planner', command: { kind: 'about' } });
    expect(roles(appMenu)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('has no Quit in File and no About in Help', () => {
    expect(roles(menu(template, 'File'))).not.toContain('quit');
    expect(menu(template, 'Help')).toEqual([{ label: 'Documentation', command: { kind: 'documentation' } }]);
  });

  it('keeps Cmd+W for Close Project: the Window menu has no close role', () => {
    expect(roles(menu(template, 'Window'))).toEqual(['minimize', 'zoom', 'front']);
    expect(item(template, 'Close Project')?.accelerator).toBe('CmdOrCtrl+W');
  });

  it('has Paste and Match Style', () => {
    expect(roles(menu(template, 'Edit'))).toContain('pasteAndMatchStyle');
  });

  it('leaves Help out rather than empty when there is no documentation', () => {
    expect(buildMenuTemplate(input({ platform: 'darwin', hasDocumentation: false })).map((m) => m.label)).not.toContain('Help');
  });
});

describe('withClickHandlers', () => {
  it('turns each command into a click and keeps everything else', () => {
    const run = vi.fn();
    const electronTemplate = withClickHandlers(buildMenuTemplate(input()), run);
    const file = electronTemplate[0]?.submenu as { label?: string; click?: () => void; accelerator?: string }[];
    const open = file.find((i) => i.label === 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    open?.click?.();
    expect(run).toHaveBeenCalledWith({ kind: 'renderer', command: 'open' });
    expect(JSON.stringify(electronTemplate)).not.toContain('"command"');
  });

  it('gives role items no click, so Electron performs the role', () => {
    const [quit] = withClickHandlers([{ role: 'quit' }], vi.fn());
    expect(quit).toEqual({ role: 'quit' });
  });
});

describe('themeOfCommand', () => {
  it('maps theme commands to themes and nothing else', () => {
    expect(themeOfCommand('theme-projection')).toBe('projection');
    expect(themeOfCommand('theme-system')).toBe('system');
    expect(themeOfCommand('undo')).toBeNull();
  });
});
