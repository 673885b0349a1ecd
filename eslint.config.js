// The layer rules of docs/architecture.md, enforced on imports. tsconfigs per layer enforce the rest (lib, types).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Exact module names (a pattern like 'events' would also match '../shared/api/events').
const NODE_BUILTIN_NAMES = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'module', 'process', 'buffer'];
const NODE_BUILTINS = ['node:*'];

const restrict = (groups, message, { builtins = false } = {}) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ group: groups, message }],
      paths: builtins ? NODE_BUILTIN_NAMES.map((name) => ({ name, message })) : [],
    },
  ],
});
const restrictRegex = (regex, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.bench/**', 'tmp/**', 'docs/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    // Bare specifiers other than zod and date-fns, and relative paths that leave shared/ for another layer.
    rules: restrictRegex(
      '^(?!zod$|date-fns(/.*)?$|\\.{1,2}/)|(^|/)(electron|renderer|resources|test|node_modules)(/|$)',
      'shared/ is pure TypeScript: it may import only itself, zod and date-fns (no DOM, no Node, no electron).',
    ),
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', '**/renderer/*', '!**/renderer/reports/**', '**/electron/main/**', '**/electron/preload/**', 'react-dom/client'],
      'The backend must not import electron, the main process, the preload or the UI (only renderer/reports).',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(['**/backend/**', '**/renderer/**', ...NODE_BUILTINS], 'The sandboxed preload may import only electron and shared/.', { builtins: true }),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(['**/renderer/**', '!**/renderer/reports/**'], 'The main process must not import the UI.'),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/reports/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', 'electron/*', '**/electron/**', 'better-sqlite3', ...NODE_BUILTINS],
        'The renderer talks to the backend only through the typed API client (renderer/api).',
        { builtins: true },
      ),
    },
  },
  {
    files: ['renderer/reports/**/*.ts', 'renderer/reports/**/*.tsx'],
    rules: restrict(
      ['electron', 'electron/*', '**/electron/**', 'better-sqlite3', 'react-dom/client', 'zustand', ...NODE_BUILTINS, '../*', '!../..', '../../*', '!../../shared', '!./*', '!./**'],
      'Report definitions import only shared/, React and themselves: the backend renders them without a browser.',
      { builtins: true },
    ),
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'scripts/**/*.mjs', '*.config.*'],
    // Scripts and e2e tests also pass functions to page.evaluate, which run in the browser.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', window: 'readonly', document: 'readonly', localStorage: 'readonly' } },
  },
);
