import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();
let page: Page;

beforeAll(async () => {
  page = await e2e.newPage(1440, 1000);
  await page.goto(e2e.app.url);
  await page.getByRole('button', { name: 'Open sample project' }).click();
  await nav().waitFor();
});

const nav = () => page.getByRole('navigation', { name: 'Project' });
const saved = () => expect.poll(() => page.getByRole('banner').textContent()).toContain('All changes saved');

const expectNoAxe = (where: string) => expectNoAxeViolations(page, where);

describe('steps 7 to 10 in Chromium, on the Northwind sample', () => {
  it('records a pilot finding and the pilot status changes', async () => {
    await nav().getByRole('link', { name: /Pilot/ }).click();
    const blocking = page.getByTestId('pilot-blocking');
    await expect.poll(() => blocking.textContent()).toBe('1');
    await expect.poll(() => page.getByRole('region', { name: 'Needs attention' }).textContent()).toContain('1 open high-severity pilot finding');

    await page.getByRole('button', { name: 'Add finding' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Finding', { exact: true }).fill('Assistant drafts letters in English for Welsh-speaking customers');
    await dialog.getByLabel('Category').selectOption({ label: 'Utility' });
    await dialog.getByLabel('Severity').selectOption({ label: 'Critical' });
    await dialog.getByRole('button', { name: 'Add finding' }).click();
    await saved();

    await expect.poll(() => blocking.textContent()).toBe('2');
    await expect.poll(() => page.getByRole('region', { name: 'Needs attention' }).textContent()).toContain('2 open high-severity pilot findings');
    const rows = page.getByRole('table', { name: 'Pilot findings' }).getByRole('row');
    await expect.poll(() => rows.last().textContent()).toContain('Welsh-speaking');

    // Resolving needs a resolution: the message appears next to the status of that row.
    await page.getByLabel('Status of Assistant drafts letters in English for Welsh-speaking customers').selectOption({ label: 'Resolved' });
    await expect.poll(() => page.getByText('Say how it was resolved or why it is accepted').count()).toBe(1);
    await expectNoAxe('pilot page');
  });

  it('signs the go/no-go gate before wave 2; the decision is kept and shown', async () => {
    await nav().getByRole('link', { name: /Deployment/ }).click();
    const gate = page.getByRole('article', { name: /Gate before Wave 2/ });
    await expect.poll(() => gate.textContent()).toContain('Gate pending');
    await gate.getByRole('button', { name: 'Record go/no-go decision…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Go', { exact: true }).check();
    const boxes = dialog.getByRole('group', { name: /Signed off by/ }).getByRole('checkbox');
    if ((await boxes.count()) > 0) await boxes.first().check();
    else await dialog.getByLabel('Signed off by').fill('Margaret Okafor\nDavid Lindqvist');
    await dialog.getByLabel('Rationale').fill('Customer service pilot closed; remaining criteria owned and dated.');
    await dialog.getByRole('button', { name: 'Sign and record' }).click();
    await saved();

    await expect.poll(() => gate.getByText('In force').count()).toBe(1);
    expect(await gate.textContent()).toContain('Customer service pilot closed');
    await expect.poll(() => page.getByRole('table', { name: 'Deployment waves' }).getByRole('row').nth(2).textContent()).toContain('Go');
    await expect.poll(() => page.getByRole('region', { name: 'Needs attention' }).textContent()).toContain('gate criteria not met');
    await expect.poll(() => gate.getByRole('button', { name: 'Record a new decision…' }).count()).toBe(1);
    await expectNoAxe('deployment page');

    await nav().getByRole('link', { name: 'Activity' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Go for wave "Wave 2: Customer service, HR, legal and IT", signed off by');
  });

  it('adds a KPI measurement past the critical threshold and sees it on the overview', async () => {
    await nav().getByRole('link', { name: /Monitoring/ }).click();
    await page.getByRole('button', { name: 'Measurements of Weekly active users / licensed users' }).click();
    const detail = page.getByRole('region', { name: 'Measurements of Weekly active users / licensed users' });
    await detail.getByLabel('Value (%)').fill('22');
    await detail.getByRole('button', { name: 'Add measurement' }).click();
    await saved();
    const kpiRow = page.getByRole('table', { name: 'KPIs' }).getByRole('row', { name: /Weekly active users/ });
    await expect.poll(() => kpiRow.textContent()).toContain('Critical');
    await expectNoAxe('monitoring page');

    await nav().getByRole('link', { name: 'Overview' }).click();
    const offTarget = page.getByRole('list', { name: 'KPIs off target' });
    await expect.poll(() => offTarget.textContent()).toContain('Weekly active users / licensed users');
    expect(await offTarget.getByRole('listitem').filter({ hasText: 'Weekly active users' }).textContent()).toContain('Critical');
    await expectNoAxe('overview');
  });

  it('filters the risk register from the heat map, with the mouse and the keyboard', async () => {
    await nav().getByRole('link', { name: 'Risks & governance' }).click();
    const register = page.getByRole('table', { name: 'Risk register' });
    await expect.poll(() => register.getByRole('row').count()).toBe(14);
    await page.getByRole('button', { name: 'Likelihood 3, impact 3: 3 risks, medium' }).click();
    await expect.poll(() => register.getByRole('row').count()).toBe(4);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toContain('Showing 3 risks at likelihood 3, impact 3');
    const texts = await register.getByRole('row').allTextContents();
    expect(texts.slice(1).every((t) => t.includes('L 3 × I 3'))).toBe(true);

    const cell = page.getByRole('button', { name: 'Likelihood 4, impact 5: 1 risk, critical' });
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => register.getByRole('row').count()).toBe(2);
    expect(await register.getByRole('row').nth(1).textContent()).toContain('Customer personal data pasted into prompts');
    await page.keyboard.press('Space');
    await expect.poll(() => register.getByRole('row').count()).toBe(14);
    await expectNoAxe('risk register');
  });

  it('has no axe violations on the governance tabs and step 10, in light, dark and projection themes', async () => {
    for (const theme of ['Light', 'Dark', 'Projection']) {
      await page.getByRole('banner').getByLabel('Theme').selectOption({ label: theme });
      await nav().getByRole('link', { name: 'Risks & governance' }).click();
      for (const tab of ['Risks', 'Controls', 'Policies', 'Charter', 'Incident response', 'Contingency plans', 'Compliance']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect.poll(() => page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
        await expectNoAxe(`${tab} tab, ${theme}`);
      }
      await nav().getByRole('link', { name: /Contingency/ }).click();
      await expect.poll(() => page.getByRole('table', { name: 'Contingency plans' }).count()).toBe(1);
      await expectNoAxe(`step 10, ${theme}`);
    }
    await page.getByRole('banner').getByLabel('Theme').selectOption({ label: 'Light' });
  });
});
