import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

const startOf = (page: Page, name: string) => page.getByLabel(`Start of ${name}`).inputValue();
const bar = (page: Page, name: string) => page.locator('.timeline-chart .bar-wrapper').filter({ has: page.locator('.bar-label', { hasText: new RegExp(`^${name}$`) }) });

async function addTask(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add task' }).click();
  const input = page.getByLabel('Name of New task');
  await input.fill(name);
  await input.press('Enter');
  await expect.poll(() => page.getByLabel(`Name of ${name}`).count()).toBe(1);
}

describe('the timeline, in Chromium over the web mode', () => {
  it('adds tasks and a dependency, drags a bar, moves the successor, undoes and keeps it across a reload', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'New project…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Project name').fill('Timeline drag test');
    await dialog.getByLabel('Planned start').fill('2027-01-04');
    await dialog.getByLabel('Target go-live').fill('2027-10-29');
    await dialog.getByLabel('Ten-step rollout template (recommended)').check();
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();

    // Select the first phase, then add two tasks at its end.
    await page.getByRole('row', { name: /1\. Assemble the cross-functional team/ }).locator('td').first().click();
    await addTask(page, 'Alpha');
    await addTask(page, 'Beta');
    expect(await startOf(page, 'Alpha')).toBe('2027-01-04');

    await page.getByRole('toolbar', { name: 'Timeline' }).getByRole('button', { name: 'Add dependency…' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Add dependency' });
    await linkDialog.getByLabel('Predecessor').selectOption({ label: '1.6 Alpha' });
    await linkDialog.getByRole('button', { name: 'Add dependency' }).click();
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-05');

    // The reverse link would close a loop: refused, with the loop named, and nothing saved.
    await page.getByLabel('Name of Alpha').focus();
    await page.getByRole('toolbar', { name: 'Timeline' }).getByRole('button', { name: 'Add dependency…' }).click();
    await linkDialog.getByLabel('Predecessor').selectOption({ label: '1.7 Beta' });
    await linkDialog.getByRole('button', { name: 'Add dependency' }).click();
    await expect(linkDialog.getByRole('alert').textContent()).resolves.toContain('would make a loop: "Beta" → "Alpha" → "Beta"');
    await linkDialog.getByRole('button', { name: 'Cancel' }).click();

    // Drag Alpha three days later in the day view: Beta follows by the dependency.
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    // The chart redraws in the day scale: wait until Alpha's bar stands still before grabbing it.
    const alphaBox = () => bar(page, 'Alpha').locator('.bar').boundingBox();
    let box = await alphaBox();
    await expect.poll(async () => {
      const now = await alphaBox();
      const still = now !== null && box !== null && now.x === box.x && now.width === box.width;
      box = now;
      return still;
    }, { interval: 150 }).toBe(true);
    if (!box) throw new Error('Alpha has no bar');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2 + 3 * 38 + 4, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => startOf(page, 'Alpha')).toBe('2027-01-07');
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-08');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/Move "Alpha" later by 3 working days/);
    const betaBar = await bar(page, 'Beta').locator('.bar').boundingBox();
    expect(betaBar?.x).toBeGreaterThan(box.x + 3 * 38);

    // One undo step puts both back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => startOf(page, 'Alpha')).toBe('2027-01-04');
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-05');

    await page.reload();
    await page.getByLabel('Start of Beta').waitFor();
    expect(await startOf(page, 'Beta')).toBe('2027-01-05');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-08');
    await page.reload();
    await page.getByLabel('Start of Beta').waitFor();
    expect(await startOf(page, 'Beta')).toBe('2027-01-08');

    // The keyboard's drag: from Friday one working day later is Monday; the toolbar button goes back.
    await page.getByLabel('Name of Beta').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-11');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/Move "Beta" later by 1 working day/);
    await page.getByRole('group', { name: 'Move the selected task' }).getByRole('button', { name: '◀ 1 day' }).click();
    await expect.poll(() => startOf(page, 'Beta')).toBe('2027-01-08');

    // Dropped where the dependency does not allow: the scheduler keeps Beta after Alpha, and its bar goes back
    // there although its dates never changed.
    const betaBox = () => bar(page, 'Beta').locator('.bar').boundingBox();
    await expect.poll(async () => (await betaBox())?.x ?? 0).toBeGreaterThan(0);
    const home = await betaBox();
    if (!home) throw new Error('Beta has no bar');
    await page.mouse.move(home.x + home.width / 2, home.y + home.height / 2);
    await page.mouse.down();
    await page.mouse.move(home.x + home.width / 2 - 40, home.y + home.height / 2, { steps: 6 });
    await page.mouse.move(home.x + home.width / 2 - 3 * 38, home.y + home.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/Move "Beta" earlier/);
    expect(await startOf(page, 'Beta')).toBe('2027-01-08');
    await expect.poll(async () => Math.round((await betaBox())?.x ?? 0)).toBe(Math.round(home.x));
  });

  it('is axe-clean in every theme on the sample project, with a baseline and the calendar open', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    // The web mode keeps an earlier test's project open across page loads.
    const first = page.getByRole('button', { name: /^(Close project|Open sample project)$/ }).first();
    if ((await first.textContent()) === 'Close project') await first.click();
    await page.getByRole('button', { name: 'Open sample project' }).click();
    const nav = page.getByRole('navigation', { name: 'Project' });
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.timeline-chart .bar-wrapper').first().waitFor();
    await page.getByLabel('Compare with').selectOption({ index: 1 });
    await page.locator('.timeline-chart .rp-baseline').first().waitFor();
    for (const theme of ['light', 'dark', 'projection']) {
      await page.getByLabel('Theme').selectOption(theme);
      await page.locator('.timeline-chart .bar-wrapper').first().waitFor();
      await page.waitForTimeout(500); // let the colour transitions of the theme switch finish
      await expectNoAxeViolations(page, `timeline, ${theme}`);
    }
    await page.getByLabel('Theme').selectOption('light');
    // The filter narrows table and chart together, keeping the phase above each match.
    await page.getByLabel('Filter tasks by name, WBS number or owner').fill('sponsor');
    await expect.poll(() => page.locator('.timeline-grid tbody tr:not(.is-group)').count()).toBe(1);
    expect(await page.locator('.timeline-grid tbody tr.is-group').count()).toBe(1);
    expect(await page.locator('.timeline-chart .bar-wrapper').count()).toBe(2);
    await page.getByLabel('Filter tasks by name, WBS number or owner').fill('');
    await page.getByLabel('Show', { exact: true }).selectOption('critical');
    await expect.poll(() => page.locator('.timeline-grid tbody tr:not(.is-group)').evaluateAll((rows) => rows.every((r) => r.classList.contains('is-critical')))).toBe(true);
    await expectNoAxeViolations(page, 'timeline, filtered');
    await page.getByRole('button', { name: 'Clear filter' }).click();
    // Steps 5 and 6 put their dated items on the timeline: read-only diamonds below the plan, linked to their page.
    await page.getByLabel('Filter tasks by name, WBS number or owner').fill('train the trainer');
    await expect.poll(() => page.locator('.timeline-grid tbody tr.is-event:not(.is-group)').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline-chart .bar-wrapper.rp-event').count()).toBe(await page.locator('.timeline-grid tbody tr.is-event:not(.is-group)').count());
    await page.locator('.timeline-grid tbody tr.is-event:not(.is-group)').first().click();
    await expectNoAxeViolations(page, 'timeline, an event selected');
    await page.getByRole('link', { name: 'Open step 6, Training programme' }).click();
    await page.getByRole('heading', { name: 'Training programme', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('button', { name: 'Calendar…' }).click();
    await page.getByRole('dialog', { name: 'Project calendar' }).getByText('Christmas Day').waitFor();
    await expectNoAxeViolations(page, 'calendar dialog');
  });
});
