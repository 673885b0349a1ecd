import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

describe('reports, in Chromium over the web mode', () => {
  it('previews the executive report of the sample, follows the ticked sections and exports HTML', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'Close project' }).click({ timeout: 3_000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

    const frame = page.frameLocator('iframe[title="Preview of the executive rollout report"]');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Northwind Insurance: GenAI assistant rollout');
    await expect.poll(() => frame.getByRole('heading', { level: 2, name: 'Team and RACI' }).count()).toBe(1);
    expect(await page.locator('iframe.reports__frame').getAttribute('sandbox')).toBe('');

    await page.getByRole('checkbox', { name: 'Team and RACI' }).uncheck();
    await expect.poll(() => frame.getByRole('heading', { level: 2, name: 'Team and RACI' }).count()).toBe(0);
    await expect.poll(() => frame.getByRole('heading', { level: 2, name: 'Vendor decision' }).count()).toBe(1);
    await expect.poll(() => frame.getByText('Atlas Enterprise AI (chosen)').count()).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export HTML' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/Executive rollout report\.html$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);

    await expectNoAxeViolations(page, 'the Reports view');
  });
});
