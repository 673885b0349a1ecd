import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(async ([m, i]) => {
    const token = sessionStorage.getItem('rollout-planner.token') ?? new URLSearchParams(location.search).get('token') ?? '';
    const response = await fetch(`/api/invoke/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ input: i }) });
    return response.json();
  }, [method, input] as const) as Promise<T>;
}

describe('step 3 in Chromium: the vendor matrix and the scoring workshop', () => {
  it('shows the sample evaluation on the step page, axe-clean in light and projection themes', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.app.url);
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: /Products and vendors/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Results' }).count()).toBe(1);
    const results = page.locator('section[aria-labelledby="vendors-results"]');
    await expect.poll(() => results.locator('tbody tr').first().textContent()).toContain('Atlas Enterprise AI');
    expect(await results.textContent()).toContain('Knocked out');
    expect(await results.textContent()).toContain('Most critical criterion');
    await expectNoAxeViolations(page, 'vendors page, light');
    await page.getByLabel('Theme').selectOption('projection');
    await expectNoAxeViolations(page, 'vendors page, projection');

    // A member of the team (step 1) becomes an evaluator, linked to the member.
    const member = page.getByLabel('Team member', { exact: true });
    const firstMember = (await member.locator('option').nth(1).textContent()) ?? '';
    await member.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add team member' }).click();
    await expect.poll(() => page.getByLabel(`Name of evaluator ${firstMember}`).count()).toBe(1);
    const evaluation = await api<{ value: { evaluators: { name: string; memberId: string | null }[] } }>(page, 'vendors.get', {});
    expect(evaluation.value.evaluators.find((e) => e.name === firstMember)?.memberId).toBeTruthy();
    await page.context().close();
  }, 90_000);

  it('runs a session by keyboard with three evaluators: blind entry, reveal, second round, decision recorded', async () => {
    const page = await e2e.newPage(1920, 1080);
    await page.goto(e2e.app.url);
    // The web server keeps the previous test's project open; a new blank project replaces it.
    await api(page, 'project.create', { fields: { name: 'Scoring day', organisation: '', description: '', plannedStart: '2027-02-01', targetGoLive: '2027-10-29', currency: 'EUR' }, template: 'ten-step' });
    await page.reload();
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: /Products and vendors/ }).click();

    // Set up through the UI: two vendors, a library criterion, three evaluators.
    for (const name of ['Atlas', 'Meridian']) {
      await page.getByRole('button', { name: 'Add vendor…', exact: true }).click();
      await page.getByRole('dialog').getByLabel('Name').fill(name);
      await page.getByRole('dialog').getByRole('button', { name: 'Add vendor', exact: true }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Add from library…' }).click();
    await page.getByRole('dialog').getByLabel(/Accuracy on our own test set/).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Add 1 criteria' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    for (const name of ['Ana', 'Ben', 'Chloé']) {
      await page.getByLabel('Guest evaluator').fill(name);
      await page.getByRole('button', { name: 'Add evaluator', exact: true }).click();
      await expect.poll(() => page.getByLabel(`Name of evaluator ${name}`).count()).toBe(1);
    }

    await page.getByRole('button', { name: 'Start scoring session' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Accuracy on our own test set');
    await expectNoAxeViolations(page, 'workshop view');
    const fontSize = await page.locator('.workshop__description').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);

    // Round 1 by keyboard: Ana 4, 2; Ben 5, 1; Chloé 2, 3 (Enter moves on to the next vendor, then the next evaluator).
    const grid = page.getByRole('grid');
    await grid.getByRole('gridcell').first().click();
    for (const digit of ['4', '2', '5', '1', '2', '3']) {
      await page.keyboard.press(digit);
      await page.keyboard.press('Enter');
    }
    const who = page.getByLabel('Who has scored');
    await expect.poll(() => who.locator('.who--done').count()).toBe(3);
    // Hidden until the reveal: the cells say "scored", never the value.
    expect(await grid.textContent()).not.toMatch(/[0-9]/);
    await page.getByRole('button', { name: 'Reveal scores' }).click();
    await expect.poll(() => grid.textContent()).toContain('2 · 4 · 5');
    expect(await grid.textContent()).toContain('mean 3.7, SD 1.2');

    // Round 2: Chloé revises Atlas from 2 to 4 (arrows move to her row), the others keep their round-1 scores.
    await page.getByRole('button', { name: 'Open round 2' }).click();
    await expect.poll(() => page.locator('.workshop__progress').textContent()).toContain('Round 2');
    await grid.getByRole('gridcell').first().click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.workshop__cell.is-scored').count()).toBe(1);
    await page.getByRole('button', { name: 'Reveal scores' }).click();
    await expect.poll(() => grid.textContent()).toContain('4 · 4 · 5');

    const ranking = page.getByRole('region', { name: 'Live ranking' });
    expect(await ranking.locator('li').first().textContent()).toContain('Atlas');

    // The decision record at the end of the agenda.
    await page.getByRole('button', { name: 'Decision record →' }).click();
    await page.getByLabel('Chosen vendor').selectOption({ label: 'Atlas' });
    await page.getByLabel('Rationale').fill('Best accuracy after discussion');
    await page.getByLabel('Dissent noted').fill('Ben prefers Meridian on cost');
    await page.getByLabel('Decided by').fill('Steering committee');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Decision recorded in the audit trail: Atlas' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'workshop decision');

    const data = await api<{ ok: boolean; value: { scores: { round: number; value: number }[]; decision: { rationale: string } } }>(page, 'vendors.get', {});
    expect(data.value.scores.filter((s) => s.round === 1).map((s) => s.value).sort()).toEqual([1, 2, 2, 3, 4, 5]);
    expect(data.value.scores.filter((s) => s.round === 2).map((s) => s.value)).toEqual([4]);
    expect(data.value.decision.rationale).toBe('Best accuracy after discussion');
    const audit = await api<{ value: { action: string; summary: string }[] }>(page, 'audit.list', { limit: 20 });
    expect(audit.value.some((e) => e.action === 'decision' && e.summary === 'Record vendor decision: "Atlas"')).toBe(true);
    await page.context().close();
  }, 180_000);
});
