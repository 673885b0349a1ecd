// Runs Electronegativity (Doyensec's Electron security scanner) on the app and fails on any finding that the reviewed
// allow-list (tools/electronegativity/allow-list.json) does not explain. The scanner itself exits 0 whatever it
// finds, so its SARIF (JSON) report is parsed here.
//
// What is scanned, staged in a temporary folder so paths read electron/..., renderer/...:
// - electron/ and renderer/ as written, with the root package.json (the scanner reads the Electron version there);
// - generated/evaluated-settings.js: the window options and the two Content-Security-Policies as the app computes
//   them, written out as literals. The scanner only judges literals, and main.ts builds its window from
//   windowOptions(); without this file the real webPreferences and policies would never be checked.
// The tool lives in its own folder with its own lock file because it pulls old eslint and typescript.
// Offline by design: its translation download is stubbed and its "newer Electron release" check (which fetches
// GitHub) is left out; the Electron version range is tested in test/unit/electron/electron-builder-config.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const toolDir = path.join(root, 'tools', 'electronegativity');
const allowListPath = path.join(toolDir, 'allow-list.json');
const reportDir = path.join(root, 'test-results', 'electronegativity');
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Findings from a SARIF report: check id, file (relative, or N/A for app-wide checks), line, level, message. */
export function findingsFromSarif(sarif) {
  const results = sarif?.runs?.[0]?.results;
  if (!Array.isArray(results)) throw new Error('The Electronegativity report has no results list: the scan did not run.');
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    return {
      check: result.ruleId,
      file: uri === '' || uri.startsWith('file://') ? 'N/A' : uri.replace(/\\/g, '/'),
      line: location?.region?.startLine ?? 0,
      level: result.level ?? 'warning',
      message: result.message?.text ?? '',
    };
  });
}

/**
 * Splits findings into explained and unexplained. An entry explains up to `occurrences` (default 1) findings of its
 * check in its file, so a second BrowserWindow in a file with one reviewed window is a new finding. Entries that
 * explain nothing are reported as stale: the list must describe the code as it is.
 */
export function compareWithAllowList(findings, allowList) {
  const used = allowList.map(() => 0);
  const explained = [];
  const unexplained = [];
  for (const finding of findings) {
    const index = allowList.findIndex((entry, i) => entry.check === finding.check && entry.file === finding.file && used[i] < (entry.occurrences ?? 1));
    if (index === -1) {
      unexplained.push(finding);
    } else {
      used[index] += 1;
      explained.push({ ...finding, reason: allowList[index].reason });
    }
  }
  const stale = allowList.filter((_, i) => used[i] === 0);
  return { explained, unexplained, stale };
}

/** Checks that every entry says which check, which file and why; a reason is a review, not a formality. */
export function validateAllowList(list) {
  if (!Array.isArray(list)) throw new Error('allow-list.json must be an array of { check, file, reason }.');
  list.forEach((entry, i) => {
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') throw new Error(`allow-list.json entry ${i + 1} has no ${key}.`);
    }
    if (entry.reason.trim().length < 40) throw new Error(`allow-list.json entry ${i + 1} (${entry.check}) needs a real reason, not "${entry.reason}".`);
  });
  return list;
}

async function evaluatedSettings() {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: [
        "export { windowOptions } from './electron/main/window-options.ts';",
        "export { CONTENT_SECURITY_POLICY } from './electron/main/csp.ts';",
        "export { WEB_CSP } from './electron/backend/web/static-files.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const file = path.join(os.tmpdir(), `rollout-evaluated-${process.pid}.mjs`);
  fs.writeFileSync(file, bundle.outputFiles[0].text);
  try {
    const settings = await import(pathToFileURL(file).href);
    const window = settings.windowOptions({ preloadPath: '/app/dist/electron/preload.cjs', dark: false, saved: undefined, workAreas: [{ x: 0, y: 0, width: 1440, height: 900 }], title: 'Rollout Planner' });
    return [
      '// Generated by scripts/electronegativity.mjs: values the app computes at run time, as literals.',
      "const { BrowserWindow } = require('electron');",
      `const mainWindow = new BrowserWindow(${JSON.stringify(window, null, 2)});`,
      'const appProtocolHeaders = {};',
      `appProtocolHeaders['Content-Security-Policy'] = ${JSON.stringify(settings.CONTENT_SECURITY_POLICY)};`,
      'const webModeHeaders = {};',
      `webModeHeaders['Content-Security-Policy'] = ${JSON.stringify(settings.WEB_CSP)};`,
      'module.exports = { mainWindow, appProtocolHeaders, webModeHeaders };',
      '',
    ].join('\n');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function stage(generated) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-electronegativity-'));
  const skip = (source) => !source.includes(`${path.sep}node_modules`);
  fs.cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true, filter: skip });
  fs.cpSync(path.join(root, 'renderer'), path.join(dir, 'renderer'), { recursive: true, filter: skip });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'generated'));
  fs.writeFileSync(path.join(dir, 'generated', 'evaluated-settings.js'), generated);
  return dir;
}

/** Inline `eng-disable` comments would hide findings from the allow-list review, so they are not accepted. */
function inlineSuppressions(dir) {
  const hits = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(c|m)?[jt]sx?$|\.html?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (fs.readFileSync(file, 'utf8').includes('eng-disable')) hits.push(path.relative(dir, file));
  }
  return hits;
}

async function scan(input, sarifPath) {
  const requireTool = createRequire(path.join(toolDir, 'package.json'));
  let packageDir;
  try {
    packageDir = path.dirname(requireTool.resolve('@doyensec/electronegativity/package.json'));
  } catch {
    throw new Error('Electronegativity is not installed: run `npm ci --prefix tools/electronegativity`.');
  }
  // The tool asks a web server for updated translations before every run; answer "no" at once, it then uses
  // the English texts it ships with.
  const requireFromTool = createRequire(path.join(packageDir, 'dist', 'locales', 'i18n.js'));
  const gotPath = requireFromTool.resolve('got');
  const offline = () => Promise.reject(new Error('offline by design'));
  requireFromTool.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
  const run = requireFromTool(path.join(packageDir, 'dist', 'runner.js'));
  const quiet = console.log;
  console.log = () => {};
  try {
    return await run({
      input,
      output: sarifPath,
      isSarif: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      isVerbose: true,
      parserPlugins: [],
    });
  } finally {
    console.log = quiet;
  }
}

/** The tool writes its report with a callback it does not wait for; wait for a whole JSON file. */
async function readWhenWritten(file, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw new Error(`Electronegativity wrote no readable report at ${file}: ${error.message}`, { cause: error });
      await sleep(50);
    }
  }
}

const csvCell = (value) => `"${String(value).replace(/"/g, '""')}"`;

async function main() {
  const allowList = validateAllowList(JSON.parse(fs.readFileSync(allowListPath, 'utf8')));
  const dir = stage(await evaluatedSettings());
  try {
    const suppressed = inlineSuppressions(dir);
    if (suppressed.length > 0) throw new Error(`Inline eng-disable comments found (explain findings in the allow-list instead): ${suppressed.join(', ')}`);
    fs.mkdirSync(reportDir, { recursive: true });
    const sarifPath = path.join(reportDir, 'results.sarif');
    fs.rmSync(sarifPath, { force: true });
    const result = await scan(dir, sarifPath);
    const parseErrors = (result?.errors ?? []).filter((error) => !error.tolerable);
    if (parseErrors.length > 0) {
      throw new Error(`Electronegativity could not parse ${parseErrors.length} file(s), so they were not checked:\n${parseErrors.map((e) => `  ${path.relative(dir, e.file)}: ${e.message}`).join('\n')}`);
    }
    const findings = findingsFromSarif(await readWhenWritten(sarifPath));
    const { explained, unexplained, stale } = compareWithAllowList(findings, allowList);
    const where = (f) => `${f.file}${f.line ? `:${f.line}` : ''}`;
    console.log(`Electronegativity ${result.globalChecks + result.atomicChecks} checks on electron/, renderer/ and the evaluated settings: ${findings.length} finding(s), ${explained.length} explained, ${unexplained.length} not. Reports: ${path.relative(root, reportDir)}/`);
    const rows = [...unexplained.map((f) => ({ ...f, status: 'new', reason: '' })), ...explained.map((f) => ({ ...f, status: 'explained' }))];
    fs.writeFileSync(
      path.join(reportDir, 'findings.csv'),
      ['check,file,line,level,status,reason', ...rows.map((f) => [f.check, f.file, f.line, f.level, f.status, f.reason].map(csvCell).join(','))].join('\n') + '\n',
    );
    for (const f of explained) console.log(`  explained  ${f.check} ${where(f)}\n             ${f.reason}`);
    for (const f of unexplained) console.log(`  NEW        ${f.check} ${where(f)} (${f.level}): ${f.message}`);
    for (const entry of stale) console.log(`  STALE      allow-list entry ${entry.check} ${entry.file} no longer matches a finding: remove it.`);
    if (unexplained.length > 0 || stale.length > 0) {
      console.error('Electronegativity: fix the new findings, or add each to tools/electronegativity/allow-list.json with the reason it is safe.');
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
