// Issue 3 gaps in Chromium: a readiness warning takes the user to the very row to fix, and an escalation level
// names a team member (or anyone typed).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useApp } from './support/app';

const e2e = useApp();

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${e2e.app.origin}/api/invoke/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${e2e.app.token}` },
    body: JSON.stringify({ input }),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}
const idOf = (value: unknown) => (value as { value: { id: string } }).value.id;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('readiness warnings that lead to the row, and the escalation path', () => {
  it('focuses and marks the rows a warning names, and links an escalation level to a member', async () => {
    await call('project.create', { fields: { name: 'Fabrikam rollout', organisation: '', description: '', plannedStart: '2027-02-01', targetGoLive: '2027-10-29', currency: 'EUR' }, template: 'ten-step' });
    const it = idOf(await call('people.create', { entity: 'function', values: { name: 'IT', usesModels: true } }));
    await call('people.create', { entity: 'member', values: { name: 'Priya Nair', functionId: it, role: 'sponsor', contact: '', availability: 30, decisionRights: ['go_no_go'] } });
    const filler = Array.from({ length: 12 }, (_, i) => `Unit ${String(i + 1).padStart(2, '0')}`);
    for (const name of filler) await call('people.create', { entity: 'function', values: { name, usesModels: false } });
    const claims = idOf(await call('people.create', { entity: 'function', values: { name: 'Claims', usesModels: true } }));
    const emotion = idOf(await call('people.create', { entity: 'useCase', values: { name: 'Emotion detection', functionId: null, description: '', expectedValue: '', riskTier: 'prohibited', status: 'proposed', decisionNote: '' } }));
    const must = idOf(await call('people.create', { entity: 'requirement', values: { title: 'Single sign-on', description: '', horizon: 'immediate', priority: 'must', requestingFunctionIds: [], type: 'security', acceptanceCriteria: '', useCaseIds: [emotion], milestoneTaskId: null, status: 'draft' } }));

    const page = await e2e.newPage(1280, 720);
    await page.goto(e2e.app.url);
    const nav = page.getByRole('navigation', { name: 'Project' });

    // Step 1: the functions without anyone on the team (the template's and ours, Claims last, below the fold).
    await nav.getByRole('link', { name: /Cross-functional team/ }).click();
    const attention = page.getByRole('region', { name: 'Needs attention' });
    const link = attention.getByRole('link', { name: /^Go to these \d+ functions$/ });
    const count = Number(/\d+/.exec((await link.textContent()) ?? '')?.[0]);
    await link.click();
    await expect.poll(() => focusedId(page)).toMatch(/^team-functions-row-/);
    expect(await page.locator('#team-functions .record-row--flagged').count()).toBe(count);
    const claimsRow = page.locator(`#team-functions-row-${claims}`);
    expect(await claimsRow.getAttribute('class')).toContain('record-row--flagged');
    // A represented function is not marked.
    expect(await page.locator(`#team-functions-row-${it}`).getAttribute('class')).not.toContain('record-row--flagged');
    await expectNoAxeViolations(page, 'step 1 with a marked row');

    // The escalation path: a level taken by a member, chosen from the team.
    await page.getByRole('button', { name: 'Add escalation level…' }).click();
    const form = page.getByRole('form', { name: 'New escalation level' });
    await form.getByLabel('Kind of issue').fill('Suspected data leak');
    await form.getByLabel('Escalate to (team member)').selectOption({ label: 'Priya Nair' });
    await form.getByLabel('Within (hours)').fill('2');
    await form.getByRole('button', { name: 'Add escalation level' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('Suspected data leak');
    const level = page.locator('#team-escalation tbody tr').first();
    await expect.poll(() => level.locator('textarea').nth(1).inputValue()).toBe('Priya Nair');
    expect(await level.locator('select').first().evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Priya Nair');

    // Step 2: the must-have and the prohibited use case.
    await nav.getByRole('link', { name: /Business needs and requirements/ }).click();
    await attention.getByRole('link', { name: 'Go to REQ-001' }).click();
    await expect.poll(() => focusedId(page)).toBe(`requirements-list-row-${must}`);
    await attention.getByRole('link', { name: 'Go to the use case “Emotion detection”' }).click();
    await expect.poll(() => focusedId(page)).toBe(`requirements-use-cases-row-${emotion}`);
    expect(await page.locator(`#requirements-use-cases-row-${emotion}`).getAttribute('class')).toContain('record-row--flagged');
    for (const theme of ['Dark', 'Projection'] as const) {
      await page.getByRole('banner').getByLabel('Theme').selectOption({ label: theme });
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme.toLowerCase());
      await attention.getByRole('link', { name: 'Go to the use case “Emotion detection”' }).click();
      await expectNoAxeViolations(page, `step 2 with a marked row, ${theme}`);
    }
  });
});
