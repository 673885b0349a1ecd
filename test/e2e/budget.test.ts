import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

const figure = (page: Page, term: string) => page.locator('.budget-facts .facts__item', { has: page.getByText(term, { exact: true }) }).locator('dd');
const burnPath = (page: Page, series: string) => page.locator(`svg.burn__svg path.burn__${series}`).getAttribute('d');

async function createProject(page: Page, name: string) {
  await page.goto(e2e.app.url);
  // The web mode keeps the last project open across page loads: close it to reach the start screen.
  await page.getByRole('button', { name: 'Close project' }).click({ timeout: 3_000 }).catch(() => undefined);
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByLabel('Planned start').fill('2027-01-04');
  await dialog.getByLabel('Target go-live').fill('2027-09-30');
  await dialog.getByLabel('Ten-step rollout template (recommended)').check();
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Budget', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
}

async function addLine(page: Page, fields: { description: string; category: string; type: string; quantity: string; unitCost: string; start: string; end: string }) {
  await page.getByRole('button', { name: 'Add a cost line' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a cost line' });
  await dialog.getByLabel('Description').fill(fields.description);
  await dialog.getByLabel('Category').selectOption({ label: fields.category });
  await dialog.getByLabel('Cost type').selectOption({ label: fields.type });
  await dialog.getByLabel(fields.type === 'Per seat per month' ? 'Seats' : 'Quantity').fill(fields.quantity);
  await dialog.getByLabel('Unit cost').fill(fields.unitCost);
  await dialog.getByLabel('Start month').fill(fields.start);
  await dialog.getByLabel('End month').fill(fields.end);
  await dialog.getByRole('button', { name: 'Add line' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the budget, in Chromium over the web mode', () => {
  it('adds lines and shows the totals and the burn chart change; refuses a bad value next to its field', async () => {
    const page = await e2e.newPage();
    await createProject(page, 'Budget e2e');
    await expect.poll(() => page.getByText('No cost lines yet.').isVisible()).toBe(true);

    await addLine(page, { description: 'Assistant seats', category: 'Licences and subscriptions', type: 'Per seat per month', quantity: '200', unitCost: '30.00', start: '2027-01', end: '2027-06' });
    await expect.poll(() => figure(page, 'Planned').textContent()).toMatch(/36,000\.00/);
    const plannedBefore = await burnPath(page, 'planned');
    expect(plannedBefore).toMatch(/^M/);

    await addLine(page, { description: 'Integration partner', category: 'Vendor services', type: 'One-off', quantity: '1', unitCost: '12,500', start: '2027-03', end: '2027-03' });
    await expect.poll(() => figure(page, 'Planned').textContent()).toMatch(/48,500\.00/);
    await expect.poll(() => burnPath(page, 'planned')).not.toBe(plannedBefore);
    const byCategory = page.getByRole('table', { name: 'By category' });
    await expect.poll(() => byCategory.getByRole('row', { name: /Licences and subscriptions/ }).textContent()).toMatch(/36,000\.00/);
    await expect.poll(() => byCategory.getByRole('row', { name: /Total/ }).textContent()).toMatch(/48,500\.00/);

    // A negative quantity in place: refused, with the message next to the field and nothing saved.
    const quantity = page.getByLabel('Quantity of Assistant seats');
    await quantity.fill('-5');
    await quantity.press('Enter');
    await expect.poll(() => quantity.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await quantity.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('Quantity cannot be negative');
    await quantity.press('Escape');
    expect(await figure(page, 'Planned').textContent()).toMatch(/48,500\.00/);

    await page.getByLabel('Quantity of Assistant seats').fill('100');
    await page.getByLabel('Quantity of Assistant seats').press('Enter');
    await expect.poll(() => figure(page, 'Planned').textContent()).toMatch(/30,500\.00/);
    await page.context().close();
  });

  it('pastes ten rows with one bad row: only that row is refused, and one undo removes the nine', async () => {
    const page = await e2e.newPage();
    await createProject(page, 'Budget paste e2e');
    const rows = Array.from({ length: 10 }, (_, i) =>
      i === 6 ? 'Training\tBroken workshop\tOne-off\t1\tabc\tEUR\t2027-02' : `Training\tWorkshop ${i + 1}\tOne-off\t1\t1,000.00\tEUR\t2027-0${(i % 9) + 1}`,
    ).join('\n');
    await page.getByRole('button', { name: 'Paste from a spreadsheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste cost lines' });
    await dialog.getByLabel('Rows from the spreadsheet').fill(rows);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('9 of 10 rows can be added; 1 refused (see below).');
    const refused = dialog.locator('tr.paste-row--refused');
    expect(await refused.count()).toBe(1);
    expect(await refused.textContent()).toContain('Broken workshop');
    expect(await refused.textContent()).toContain('Unit cost:');
    await expect.poll(() => dialog.evaluate((d) => d.querySelectorAll('.paste-preview tbody tr').length)).toBe(10);

    await dialog.getByRole('button', { name: 'Add 9 lines' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => figure(page, 'Planned').textContent()).toMatch(/9,000\.00/);
    await expect.poll(() => page.getByRole('table', { name: /cost lines/i }).locator('tbody tr').count()).toBe(9);
    expect(await page.getByText('Broken workshop').count()).toBe(0);

    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => page.getByText('No cost lines yet.').isVisible()).toBe(true);
    await page.context().close();
  });

  it('has no accessibility violations on the budget of the sample, in light, dark and projection', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'Close project' }).click({ timeout: 3_000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Budget', exact: true }).click();
    await page.getByRole('heading', { name: 'Burn chart' }).waitFor();
    expect(await figure(page, 'Approved budget').textContent()).toMatch(/1,850,000\.00/);
    for (const theme of ['Light', 'Dark', 'Projection'] as const) {
      await page.getByRole('banner').getByLabel('Theme').selectOption({ label: theme });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme.toLowerCase());
      await page.waitForTimeout(300);
      await expectNoAxeViolations(page, `budget, ${theme}`);
    }
    await page.getByRole('button', { name: 'Budget settings' }).click();
    await expectNoAxeViolations(page, 'budget settings');
    await page.context().close();
  });
});
