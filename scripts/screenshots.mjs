// Screenshots of the real UI in Debian's Chromium over the web mode, in every theme, with an axe check of each screen.
// Usage: node scripts/build.mjs && node scripts/screenshots.mjs [--out DIR] [--readme]
//   --out DIR   where the PNGs go (default: /tmp/rollout-screenshots)
//   --readme    also writes docs/screenshot.png (the sample project's overview, light theme)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { values: args } = parseArgs({ options: { out: { type: 'string', default: path.join(os.tmpdir(), 'rollout-screenshots') }, readme: { type: 'boolean', default: false } } });
const THEMES = ['light', 'dark', 'projection'];
const VIEWPORT = { width: 1440, height: 900 };

function startServer() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-shots-'));
  const child = spawn(process.execPath, ['dist/backend/web.mjs', '--port', '0', '--projects', path.join(work, 'projects'), '--data', path.join(work, 'data')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /https?:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(seen);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
  // The server folds the open project back into one file on SIGTERM; remove the folder only after it exits.
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(work, { recursive: true, force: true });
  };
  return { url, stop };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

const problems = [];
async function shoot(page, name) {
  await page.waitForTimeout(150);
  const file = path.join(args.out, `${name}.png`);
  await page.screenshot({ path: file });
  const violations = await axeViolations(page);
  for (const v of violations) problems.push(`${name}: ${v}`);
  console.log(`${file}${violations.length ? `  (${violations.length} axe violations)` : ''}`);
}

async function setTheme(page, theme, onStartScreen) {
  if (onStartScreen) {
    await page.evaluate((t) => localStorage.setItem('rollout-planner.theme', t), theme);
    await page.reload();
    await page.getByRole('button', { name: 'New project…' }).waitFor();
  } else {
    await page.getByLabel('Theme').selectOption(theme);
  }
}

fs.mkdirSync(args.out, { recursive: true });
const server = startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true, colorScheme: 'light' });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.goto(await server.url);
  await page.getByRole('button', { name: 'New project…' }).waitFor();

  for (const theme of THEMES) {
    await setTheme(page, theme, true);
    await shoot(page, `start-${theme}`);
  }
  await setTheme(page, 'light', true);
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByLabel('Project name').fill('');
  await page.getByRole('button', { name: 'Create project' }).click();
  await shoot(page, 'new-project-dialog-light');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Open sample project' }).click();
  await page.getByRole('navigation', { name: 'Project' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Project' });
  for (const theme of THEMES) {
    await setTheme(page, theme, false);
    await nav.getByRole('link', { name: 'Overview' }).click();
    await shoot(page, `overview-${theme}`);
    if (theme === 'light' && args.readme) await page.screenshot({ path: 'docs/screenshot.png' });
    await nav.getByRole('link', { name: /Pilot/ }).click();
    await shoot(page, `step-${theme}`);
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await shoot(page, `timeline-${theme}`);
    await nav.getByRole('link', { name: 'Project details' }).click();
    await shoot(page, `details-${theme}`);
    await nav.getByRole('link', { name: 'Activity' }).click();
    await shoot(page, `activity-${theme}`);
  }
  await page.getByLabel('Theme').selectOption('light');
  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('heading', { name: 'Recent' }).waitFor();
  await page.getByRole('button', { name: /Northwind/ }).waitFor();
  await shoot(page, 'start-recent-light');
} finally {
  await browser.close();
  await server.stop();
}
if (problems.length) {
  console.log(`\n${problems.length} problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
