import { create } from 'zustand';

export const THEMES = ['system', 'light', 'dark', 'projection'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export type AppliedTheme = Exclude<ThemeChoice, 'system'>;

export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  projection: 'Projection',
};

const STORAGE_KEY = 'rollout-planner.theme';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

function readStoredTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(choice: ThemeChoice): AppliedTheme {
  if (choice !== 'system') return choice;
  return systemPrefersDark() ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = resolveTheme(choice);
}

interface ThemeState {
  choice: ThemeChoice;
  setChoice(choice: ThemeChoice): void;
}

export const useTheme = create<ThemeState>()((set) => ({
  choice: readStoredTheme(),
  setChoice(choice) {
    try {
      window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage may be disabled (private window); the theme still applies for this session.
    }
    applyTheme(choice);
    set({ choice });
  },
}));

/** Applies the stored theme and keeps "System" in step with the operating system; returns the unsubscribe. */
export function startThemeSync(): () => void {
  applyTheme(useTheme.getState().choice);
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => {
    if (useTheme.getState().choice === 'system') applyTheme('system');
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
