import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/events';

/**
 * What a menu item does. Commands for the page (everything the user does to a project, undo included: only the
 * page knows whether the focus is in a text field) go to the renderer as an AppEvent; the rest the main process
 * does itself.
 */
export type AppMenuCommand =
  | { kind: 'renderer'; command: MenuCommand }
  | { kind: 'open-recent'; path: string }
  | { kind: 'clear-recent' }
  | { kind: 'about' }
  | { kind: 'documentation' };

/** A menu item as plain data: `command` instead of a click handler, so the template can be tested without Electron. */
export type MenuItemSpec = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  command?: AppMenuCommand;
  submenu?: MenuItemSpec[];
};

export type Theme = 'system' | 'light' | 'dark' | 'projection';

export interface RecentMenuEntry {
  path: string;
  fileName: string;
  projectName: string;
  exists?: boolean;
}

export const DEFAULT_LABELS = {
  file: 'File',
  new: 'New Project…',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Projects',
  clearRecent: 'Clear Recent',
  openSample: 'Open Sample Project',
  saveAs: 'Save As…',
  close: 'Close Project',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  view: 'View',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeProjection: 'Projection',
  window: 'Window',
  help: 'Help',
  about: 'About Rollout Planner',
  documentation: 'Documentation',
};
export type MenuLabels = typeof DEFAULT_LABELS;

export interface MenuTemplateInput {
  platform: NodeJS.Platform;
  recentFiles: readonly RecentMenuEntry[];
  labels?: MenuLabels;
  appName: string;
  theme: Theme;
  /** Reload and developer tools exist only in an unpackaged build. */
  isDev: boolean;
  /** Whether there is a documentation page to open; without one the item is left out rather than dead. */
  hasDocumentation: boolean;
}

export const MAX_RECENT_ITEMS = 10;

const renderer = (command: MenuCommand): AppMenuCommand => ({ kind: 'renderer', command });
const separator: MenuItemSpec = { type: 'separator' };

function recentSubmenu(entries: readonly RecentMenuEntry[], labels: MenuLabels, escape: (text: string) => string): MenuItemSpec[] {
  const items: MenuItemSpec[] = entries.slice(0, MAX_RECENT_ITEMS).map((entry) => ({
    label: escape(entry.projectName ? `${entry.projectName} (${entry.fileName})` : entry.fileName),
    toolTip: entry.path,
    enabled: entry.exists !== false,
    command: { kind: 'open-recent', path: entry.path },
  }));
  if (items.length === 0) items.push({ label: labels.noRecent, enabled: false });
  return [...items, separator, { label: labels.clearRecent, enabled: entries.length > 0, command: { kind: 'clear-recent' } }];
}

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemSpec[] {
  const labels = input.labels ?? DEFAULT_LABELS;
  const mac = input.platform === 'darwin';
  // Windows and Linux read '&' as the mnemonic marker: a file called "R&D.rollout" must show its ampersand.
  const escape = (text: string) => (mac ? text : text.replaceAll('&', '&&'));
  const top = (label: string) => (mac ? label : `&${label}`);
  const themes: [Theme, string][] = [['system', labels.themeSystem], ['light', labels.themeLight], ['dark', labels.themeDark], ['projection', labels.themeProjection]];

  const appMenu: MenuItemSpec = {
    label: input.appName,
    submenu: [
      { label: labels.about, command: { kind: 'about' } },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: MenuItemSpec = {
    label: top(labels.file),
    submenu: [
      { label: labels.new, accelerator: 'CmdOrCtrl+N', command: renderer('new') },
      { label: labels.open, accelerator: 'CmdOrCtrl+O', command: renderer('open') },
      { label: labels.openRecent, submenu: recentSubmenu(input.recentFiles, labels, escape) },
      { label: labels.openSample, command: renderer('open-sample') },
      separator,
      { label: labels.saveAs, accelerator: 'Shift+CmdOrCtrl+S', command: renderer('save-as') },
      separator,
      { label: labels.close, accelerator: 'CmdOrCtrl+W', command: renderer('close') },
      ...(mac ? [] : [separator, { role: 'quit' } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: top(labels.edit),
    submenu: [
      { label: labels.undo, accelerator: 'CmdOrCtrl+Z', command: renderer('undo') },
      { label: labels.redo, accelerator: 'Shift+CmdOrCtrl+Z', command: renderer('redo') },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemSpec] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemSpec = {
    label: top(labels.view),
    submenu: [
      {
        label: labels.theme,
        submenu: themes.map(([theme, label]) => ({ label, type: 'radio', checked: input.theme === theme, command: renderer(`theme-${theme}`) })),
      },
      separator,
      ...(input.isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemSpec[] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  // macOS expects a Window menu; its standard role would bind Cmd+W to closing the window, which is Close Project here.
  const windowMenu: MenuItemSpec = { label: labels.window, submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] };

  const helpItems: MenuItemSpec[] = [
    ...(input.hasDocumentation ? [{ label: labels.documentation, command: { kind: 'documentation' } } satisfies MenuItemSpec] : []),
    // On macOS About lives in the app menu.
    ...(mac ? [] : [{ label: labels.about, command: { kind: 'about' } } satisfies MenuItemSpec]),
  ];
  const help: MenuItemSpec[] = helpItems.length > 0 ? [{ label: top(labels.help), ...(mac ? { role: 'help' as const } : {}), submenu: helpItems }] : [];

  return mac ? [appMenu, file, edit, view, windowMenu, ...help] : [file, edit, view, ...help];
}

/** Turns the data template into Electron's, each `command` becoming a click that hands it to `run`. */
export function withClickHandlers(items: readonly MenuItemSpec[], run: (command: AppMenuCommand) => void): MenuItemConstructorOptions[] {
  return items.map(({ command, submenu, ...item }) => ({
    ...item,
    ...(submenu ? { submenu: withClickHandlers(submenu, run) } : {}),
    ...(command ? { click: () => run(command) } : {}),
  }));
}

/** The theme a menu command selects, so the radio group shows the right one when the menu is rebuilt. */
export function themeOfCommand(command: MenuCommand): Theme | null {
  return command.startsWith('theme-') ? (command.slice('theme-'.length) as Theme) : null;
}
