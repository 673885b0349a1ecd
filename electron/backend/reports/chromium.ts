import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { trackTemporaryFolder } from '../temp-folders';

/**
 * Printing a report to PDF with a Chromium found on the machine (web mode and command line; the desktop app uses
 * Electron's own printToPDF). Looked up in this order: CHROMIUM_PATH, CHROME_PATH, the usual system paths, then the
 * Electron binary of this installation. Run headless with execFile (no shell) on a temporary file, with a timeout. Scripts are not turned off by a flag
 * (--blink-settings=scriptEnabled=false stops headless printing altogether); the report has none, and its CSP forbids them.
 */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'];

const TIMEOUT_MS = 60_000;

export const NO_CHROMIUM_MESSAGE = 'PDF export needs Chromium or Google Chrome on this computer, and none was found. Install Chromium '
  + '(for example "apt install chromium" or from chromium.org) or Google Chrome, or set CHROMIUM_PATH to its program file. '
  + 'The HTML export works without it and prints from any browser.';

function electronBinary(): string | null {
  try {
    const candidate = path.join(process.cwd(), 'node_modules', 'electron', 'path.txt');
    const rel = fs.readFileSync(candidate, 'utf8').trim();
    return path.join(process.cwd(), 'node_modules', 'electron', 'dist', rel);
  } catch {
    return null;
  }
}

export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.CHROMIUM_PATH, env.CHROME_PATH, ...SYSTEM_PATHS, electronBinary()].filter((p): p is string => typeof p === 'string' && p.length > 0);
}

export function findChromium(candidates: readonly string[] = chromiumCandidates()): string | null {
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not there or not runnable: try the next one.
    }
  }
  return null;
}

/** Root cannot run Chromium's sandbox; everyone else keeps it. */
function needsNoSandbox(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function chromiumArgs(htmlFile: string, pdfFile: string, profileDir: string, noSandbox: boolean): string[] {
  return ['--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--mute-audio',
    ...(noSandbox ? ['--no-sandbox'] : []), `--user-data-dir=${profileDir}`, '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`];
}

export async function printWithChromium(html: string, candidates: readonly string[] = chromiumCandidates()): Promise<Uint8Array> {
  const binary = findChromium(candidates);
  if (!binary) throw new ApiError('UNSUPPORTED', NO_CHROMIUM_MESSAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-report-'));
  let chromium: ReturnType<typeof execFile> | null = null;
  // A process stopped while printing (the command line on Ctrl-C) stops Chromium and removes the folder too.
  const cleanup = trackTemporaryFolder(dir, () => chromium?.kill());
  try {
    const htmlFile = path.join(dir, 'report.html');
    const pdfFile = path.join(dir, 'report.pdf');
    fs.writeFileSync(htmlFile, html, 'utf8');
    await new Promise<void>((resolve, reject) => {
      chromium = execFile(binary, chromiumArgs(htmlFile, pdfFile, path.join(dir, 'profile'), needsNoSandbox()), { timeout: TIMEOUT_MS, windowsHide: true }, (error) => {
        if (error && !fs.existsSync(pdfFile)) reject(new ApiError('INTERNAL', `Chromium could not print the report (${binary}): ${error.message.split('\n')[0] ?? ''}`));
        else resolve();
      });
    });
    if (!fs.existsSync(pdfFile)) throw new ApiError('INTERNAL', `Chromium did not write the PDF (${binary}).`);
    return new Uint8Array(fs.readFileSync(pdfFile));
  } finally {
    chromium = null;
    cleanup();
  }
}
