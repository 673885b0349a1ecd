import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

const topBar = (page: Page) => page.getByRole('banner');

describe('the foundation, in Chromium over the web mode', () => {
  it('creates a project from the template, renames it, keeps it across a reload, and undoes the rename', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await expect.poll(() => page.url()).not.toContain('token=');

    await page.getByRole('button', { name: 'New project…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Project name').fill('Fabrikam copilot rollout');
    await dialog.getByLabel('Organisation').fill('Fabrikam');
    await dialog.getByLabel('Planned start').fill('2027-02-01');
    await dialog.getByLabel('Target go-live').fill('2027-10-29');
    await dialog.getByLabel('Ten-step rollout template (recommended)').check();
    await dialog.getByRole('button', { name: 'Create project' }).click();

    const nav = page.getByRole('navigation', { name: 'Project' });
    const steps = nav.getByRole('list', { name: 'The ten steps' }).getByRole('link');
    await expect.poll(() => steps.count()).toBe(10);
    expect(await steps.first().textContent()).toContain('Cross-functional team');
    expect(await steps.last().textContent()).toContain('Contingency');

    await nav.getByRole('link', { name: 'Project details' }).click();
    const name = page.getByLabel('Project name');
    await name.fill('Fabrikam assistant for everyone');
    await name.press('Tab');
    await expect.poll(() => topBar(page).textContent()).toContain('Fabrikam assistant for everyone');
    await expect.poll(() => topBar(page).textContent()).toContain('All changes saved');

    await page.reload();
    await expect.poll(() => topBar(page).textContent()).toContain('Fabrikam assistant for everyone');
    expect(await page.getByLabel('Project name').inputValue()).toBe('Fabrikam assistant for everyone');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => topBar(page).textContent()).toContain('Fabrikam copilot rollout');
    await expect.poll(() => page.getByLabel('Project name').inputValue()).toBe('Fabrikam copilot rollout');

    await page.reload();
    await expect.poll(() => topBar(page).textContent()).toContain('Fabrikam copilot rollout');
    await page.context().close();
  });

  it('refuses an API request without the token and answers one with it', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    const statuses = await page.evaluate(async (token) => {
      const call = (headers: Record<string, string>) =>
        fetch('/api/invoke/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{"input":{}}' }).then((r) => r.status);
      return { without: await call({}), wrong: await call({ Authorization: 'Bearer nope' }), right: await call({ Authorization: `Bearer ${token}` }) };
    }, e2e.app.token);
    expect(statuses).toEqual({ without: 401, wrong: 401, right: 200 });
    await page.context().close();
  });

  it('has no accessibility violations on the start screen and in the shell, in every theme', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'Close project' }).click({ timeout: 5_000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Open sample project' }).waitFor();
    for (const theme of ['light', 'dark', 'projection'] as const) {
      await page.evaluate((t) => {
        localStorage.setItem('rollout-planner.theme', t);
      }, theme);
      await page.reload();
      await page.getByRole('button', { name: 'Open sample project' }).waitFor();
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      await expectNoAxeViolations(page, `start screen, ${theme}`);
    }

    await page.getByRole('button', { name: 'Open sample project' }).click();
    const nav = page.getByRole('navigation', { name: 'Project' });
    await nav.waitFor();
    for (const theme of ['Light', 'Dark', 'Projection'] as const) {
      await topBar(page).getByLabel('Theme').selectOption({ label: theme });
      for (const view of ['Overview', 'Timeline', 'Activity', 'Project details', 'Pilot'] as const) {
        await nav.getByRole('link', { name: new RegExp(view) }).first().click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoAxeViolations(page, `${view}, ${theme}`);
      }
    }
    await page.context().close();
  });

  it('can be used by keyboard alone: skip link, sidebar, and a step page', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('navigation', { name: 'Project' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent ?? '')).includes('Pilot');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pilot');
    await page.context().close();
  });
});
