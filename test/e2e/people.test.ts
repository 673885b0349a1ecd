import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

const saved = (page: Page) => expect.poll(() => page.getByRole('banner').textContent()).toContain('All changes saved');
const stepLink = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name });

async function createProject(page: Page) {
  await page.goto(e2e.app.url);
  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Project name').fill('Tailspin assistant rollout');
  await dialog.getByLabel('Planned start').fill('2027-02-01');
  await dialog.getByLabel('Target go-live').fill('2027-10-29');
  await dialog.getByLabel('Ten-step rollout template (recommended)').check();
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect.poll(() => stepLink(page, /Cross-functional team/).count()).toBe(1);
}

describe('steps 1, 2 and 6 in Chromium over the web mode', () => {
  it('adds eleven members and warns, fills the RACI grid by keyboard, refuses a bad requirement, tracks training coverage, and keeps it all across a reload', async () => {
    const page = await e2e.newPage();
    await createProject(page);

    // Step 1: eleven members, then the warning names the problem and links to the fix.
    await stepLink(page, /Cross-functional team/).click();
    await page.getByRole('button', { name: 'Add member…' }).click();
    const form = page.getByRole('form', { name: 'New member' });
    for (let i = 1; i <= 11; i++) {
      await form.getByLabel('Name', { exact: true }).fill(`Member ${i}`);
      await form.getByRole('button', { name: 'Add member' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toContain(`Member ${i}`);
    }
    await expect.poll(() => page.locator('#team-members tbody tr').count()).toBe(11);
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await expect.poll(() => attention.textContent()).toContain('The team has 11 members; keep it to about 10');
    expect(await stepLink(page, /Cross-functional team/).textContent()).toContain('Attention');
    await attention.getByRole('link', { name: 'Go to the members' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('team-members');
    await expectNoAxeViolations(page, 'team page with a warning');

    // The RACI grid, by keyboard only: A, R, C, I along the first row, then down, and Delete clears.
    const firstCell = page.getByRole('gridcell', { name: /^Member 1, step 1 \(Cross-functional team\)/ });
    await firstCell.click();
    for (const key of ['a', 'ArrowRight', 'r', 'ArrowRight', 'c', 'ArrowRight', 'i', 'ArrowDown', 'A', 'Delete']) {
      await page.keyboard.press(key);
      if (key.length === 1 || key === 'Delete') await saved(page);
    }
    const cell = (member: string, column: string) => page.getByRole('gridcell', { name: new RegExp(`^${member}, ${column}`) });
    await expect.poll(() => firstCell.textContent()).toBe('A');
    await expect.poll(() => cell('Member 1', 'step 2').textContent()).toBe('R');
    await expect.poll(() => cell('Member 1', 'step 3').textContent()).toBe('C');
    await expect.poll(() => cell('Member 1', 'step 4').textContent()).toBe('I');
    await expect.poll(() => cell('Member 2', 'step 4').textContent()).toBe('');
    expect(await cell('Member 2', 'step 4').getAttribute('aria-label')).toMatch(/none$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Member 2, step 4/);
    await expect.poll(() => page.getByRole('button', { name: /^Undo Clear Member 2's RACI role for step 4/ }).count()).toBe(1);

    // Step 2: a requirement without a title is refused, with the message next to the field.
    await stepLink(page, /Business needs/).click();
    await page.getByRole('button', { name: 'Add requirement…' }).click();
    const reqForm = page.getByRole('form', { name: 'New requirement' });
    await reqForm.getByLabel('Priority').selectOption('must');
    await reqForm.getByRole('button', { name: 'Add requirement' }).click();
    const title = reqForm.getByLabel('Title', { exact: true });
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('Title is required');
    await title.fill('Answers cite their sources');
    await reqForm.getByRole('button', { name: 'Add requirement' }).click();
    await expect.poll(() => page.locator('#requirements-list tbody').textContent()).toContain('REQ-001');
    await expect.poll(() => page.getByRole('region', { name: 'Needs attention' }).textContent()).toContain('Must-have REQ-001 "Answers cite their sources" has no acceptance criteria');

    // Step 6: an audience, a library module required for it, a session, an enrolment: coverage moves.
    await stepLink(page, /Training programme/).click();
    await page.getByRole('button', { name: 'Add audience…' }).click();
    const audForm = page.getByRole('form', { name: 'New audience' });
    await audForm.getByLabel('Audience', { exact: true }).fill('Claims handlers');
    await audForm.getByLabel('Headcount').fill('40');
    await audForm.getByRole('button', { name: 'Add audience' }).click();
    await page.getByText(/^Browse \d+ typical modules/).click();
    await page.getByRole('button', { name: 'Add “Train the trainer” to the programme' }).click();
    await saved(page);
    await page.getByLabel('Train the trainer for Claims handlers').selectOption('required');
    await saved(page);
    const coverage = page.getByRole('region', { name: 'Coverage' });
    await expect.poll(() => coverage.textContent()).toContain('0% completed, 0% enrolled');

    await page.getByRole('button', { name: 'Add session…' }).click();
    const sessionForm = page.getByRole('form', { name: 'New session' });
    await sessionForm.getByLabel('Date').fill('2027-03-02');
    await sessionForm.getByLabel('Trainer').fill('Sofia Marques');
    await sessionForm.getByLabel('Seats').fill('30');
    await sessionForm.getByRole('button', { name: 'Add session' }).click();
    await expect.poll(() => page.locator('#training-sessions tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Add enrolment…' }).click();
    const enrolForm = page.getByRole('form', { name: 'New enrolment' });
    await enrolForm.getByLabel('Enrolled').fill('30');
    await enrolForm.getByLabel('Completed').fill('10');
    await enrolForm.getByRole('button', { name: 'Add enrolment' }).click();
    await expect.poll(() => coverage.textContent()).toContain('25% completed, 75% enrolled');

    // Reload: everything is read back from the file.
    await page.reload();
    await expect.poll(() => coverage.textContent()).toContain('25% completed, 75% enrolled');
    expect(await page.locator('#training-sessions tbody').textContent()).toBeTruthy();
    expect(await page.locator('#training-sessions input[type="text"]').first().inputValue()).toBe('Sofia Marques');
    await stepLink(page, /Business needs/).click();
    await expect.poll(() => page.locator('#requirements-list tbody').textContent()).toContain('REQ-001');
    await stepLink(page, /Cross-functional team/).click();
    await expect.poll(() => page.locator('#team-members tbody tr').count()).toBe(11);
    await expect.poll(() => cell('Member 1', 'step 2').textContent()).toBe('R');
    await page.context().close();
  });

  it('shows the Northwind sample in the four step pages with no accessibility violations, in light, dark and projection themes', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    // The web mode keeps the previous test's project open across pages: close it first.
    const start = page.getByRole('button', { name: 'Open sample project' });
    const close = page.getByRole('button', { name: 'Close project' });
    await expect.poll(async () => (await start.count()) + (await close.count())).toBeGreaterThan(0);
    if (await close.count()) await close.click();
    await start.click();
    await expect.poll(() => stepLink(page, /Cross-functional team/).count()).toBe(1);
    for (const theme of ['light', 'dark', 'projection']) {
      await page.getByLabel('Theme').selectOption(theme);
      for (const [link, heading] of [[/Cross-functional team/, 'Members'], [/Business needs/, 'Use cases'], [/Communications/, 'Communication plan'], [/Training programme/, 'Audiences']] as const) {
        await stepLink(page, link).click();
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        if (heading === 'Use cases') await page.getByRole('button', { name: /^Details of CV screening/ }).click();
        await expectNoAxeViolations(page, `${heading} (${theme})`);
      }
    }
    await stepLink(page, /Cross-functional team/).click();
    await expect.poll(() => page.locator('#team-members tbody tr').count()).toBe(9);
    await page.context().close();
  });
});
