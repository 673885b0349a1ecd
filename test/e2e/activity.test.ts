import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

describe('the audit trail screen in Chromium over the web mode', () => {
  it('filters by step, entity, text and decisions, pages, exports CSV, and passes axe in every theme', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'Open sample project' }).click();
    const nav = page.getByRole('navigation', { name: 'Project' });
    await nav.getByRole('link', { name: 'Project details' }).click();
    await page.getByLabel('Project name').fill('=HYPERLINK("http://evil","x") rollout');
    await page.getByLabel('Project name').blur();
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('All changes saved');

    // A longer trail than one page: sixty edits through the API, as a busy week of planning would leave.
    for (let i = 1; i <= 60; i++) {
      const response = await fetch(`${e2e.app.origin}/api/invoke/people.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${e2e.app.token}` },
        body: JSON.stringify({ input: { entity: 'group', values: { name: `Branch office ${i}`, size: 20 + i, influence: 'low', interest: 'medium', concerns: '' } } }),
      });
      expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    }
    await nav.getByRole('link', { name: 'Activity' }).click();
    const count = page.locator('.activity__count');
    await expect.poll(() => count.textContent()).toMatch(/^Entries 1–50 of [\d,]+$/);
    const rows = page.locator('.activity-table tbody tr');
    expect(await rows.count()).toBe(50);

    // Older and newer pages.
    const firstPageTop = await rows.first().textContent();
    await page.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => count.textContent()).toMatch(/^Entries 51–/);
    // The count follows the page at once; the rows follow when the older page has been read.
    await expect.poll(() => rows.first().textContent()).not.toBe(firstPageTop);
    await page.getByRole('button', { name: 'Newer' }).click();
    await expect.poll(() => count.textContent()).toMatch(/^Entries 1–/);

    // Step 8: the gate decisions are there and marked.
    await page.getByLabel('Step', { exact: true }).selectOption({ label: '8. Deployment' });
    await expect.poll(() => page.locator('.activity-table tbody td:nth-child(4)').allTextContents()).toSatisfy((steps: string[]) => steps.length > 0 && steps.every((s) => s === '8. Deployment'));
    expect(await page.locator('.activity-table .decision-mark').count()).toBeGreaterThan(0);

    // Decisions only, across all steps: every row carries the mark.
    await page.getByLabel('Step', { exact: true }).selectOption({ label: 'All steps' });
    await page.getByLabel('Decisions only').check();
    await expect.poll(async () => {
      const [all, marked] = await Promise.all([rows.count(), page.locator('.activity-table .decision-mark').count()]);
      return all > 0 && all === marked;
    }).toBe(true);
    await expectNoAxeViolations(page, 'activity, decisions only');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    // Free text and entity.
    await page.getByLabel('Search', { exact: true }).fill('HYPERLINK');
    await expect.poll(() => page.locator('.activity-table tbody').textContent()).toContain('Rename project to "=HYPERLINK("http://evil","x") rollout"');
    expect(await rows.count()).toBe(1);
    await page.getByLabel('Search', { exact: true }).fill('no such thing anywhere');
    await expect.poll(() => page.getByText('No entry matches these filters.').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    const entity = page.getByLabel('Entity', { exact: true });
    const groupOption = await entity.locator('option', { hasText: /^Stakeholder group/ }).first().textContent();
    await entity.selectOption({ label: groupOption ?? '' });
    await expect.poll(() => page.locator('.activity-table tbody td:nth-child(5)').allTextContents()).toSatisfy((types: string[]) => types.length > 0 && types.every((t) => t === 'Stakeholder group'));
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    // Export what the filter shows: the project renames, with the formula made harmless.
    await page.getByLabel('Search', { exact: true }).fill('HYPERLINK');
    await expect.poll(() => page.getByRole('button', { name: 'Export these entries (CSV)' }).isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export these entries (CSV)' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFFEntry,When (UTC),Who,Action,Decision,Step,Entity,Entity id,What\r\n')).toBe(true);
    expect(csv).toContain('HYPERLINK');
    expect(csv.split('\r\n').slice(1).some((line) => line.split(',').some((cell) => /^"?=/.test(cell)))).toBe(false);
    await expect.poll(() => page.locator('.activity__note').textContent()).toMatch(/exported to/);

    for (const theme of ['Light', 'Dark', 'Projection'] as const) {
      await page.getByRole('banner').getByLabel('Theme').selectOption({ label: theme });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme.toLowerCase());
      await expectNoAxeViolations(page, `activity, ${theme}`);
    }
  });
});
