// Hostile text in every view: names and notes that look like HTML, script, SVG, a spreadsheet formula or carry a
// right-to-left override must show as the characters typed, never become elements or run. The data goes in
// through the API (as an imported or tampered file would deliver it), then every link of the sidebar is visited,
// so a view added later (Reports) is covered without touching this test.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app';

const e2e = useApp();

const RLO = '\u202E';
const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '<svg onload=window.__pwned=1>',
  '=HYPERLINK("http://evil","x")',
  `${RLO}gpj.exe`,
] as const;
const ALL = PAYLOADS.join(' ');
/** A name: a readable label (to find it again) followed by one payload. */
const named = (label: string, i: number) => `${label} ${PAYLOADS[i % PAYLOADS.length]}`;

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${e2e.app.origin}/api/invoke/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${e2e.app.token}` },
    body: JSON.stringify({ input }),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string; issues?: unknown } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message} ${JSON.stringify(result.error?.issues ?? [])}`);
  return result.value as T;
}
const created = (value: unknown) => (value as { value: { id: string } }).value.id;

async function seedHostileProject(): Promise<void> {
  await call('project.create', {
    fields: { name: named('Project', 0), organisation: named('Org', 1), description: ALL, plannedStart: '2027-02-01', targetGoLive: '2027-10-29', currency: 'EUR' },
    template: 'ten-step',
  });
  const steps = await call<{ key: string }[]>('steps.list', {});
  for (const step of steps) await call('steps.update', { key: step.key, patch: { notes: `Notes ${ALL}` } });

  const fn = created(await call('people.create', { entity: 'function', values: { name: named('Function', 1), usesModels: true } }));
  await call('people.create', { entity: 'member', values: { name: named('Member', 0), functionId: fn, role: 'sponsor', contact: ALL.slice(0, 200), availability: 50, decisionRights: ['go_no_go'] } });
  await call('people.create', { entity: 'escalation', values: { issueKind: named('Escalation', 2), escalateTo: named('Boss', 3), withinHours: 24 } });
  await call('people.create', { entity: 'requirement', values: { title: named('Requirement', 2), description: ALL, horizon: 'immediate', priority: 'must', requestingFunctionIds: [fn], type: 'business', acceptanceCriteria: ALL, useCaseIds: [], milestoneTaskId: null, status: 'draft' } });
  const group = created(await call('people.create', { entity: 'group', values: { name: named('Group', 4), size: 100, influence: 'high', interest: 'high', concerns: ALL } }));
  await call('people.create', { entity: 'commItem', values: { groupId: group, message: named('Message', 3), channel: 'town_hall', plannedDate: '2027-03-01', owner: named('Owner', 1), status: 'planned' } });
  await call('people.create', { entity: 'module', values: { title: named('Module', 4), format: 'workshop', durationMinutes: 60, topics: [], otherTopics: ALL, libraryId: null } });

  const base = { description: ALL, pricingModel: 'seat', seatPerMonth: 2_000, usagePerUserMonth: 0, annualFixed: 0, oneOff: 0, certifications: ALL, vulnerabilities: '', regulatoryNotes: '', contact: '', documents: [] };
  await call('vendors.createVendor', { fields: { ...base, name: named('Vendor', 0), offeringType: 'general' } });
  await call('vendors.createVendor', { fields: { ...base, name: named('Vendor', 1), offeringType: 'focused' } });

  const { tasks } = await call<{ tasks: { id: string; parentId: string | null }[] }>('tasks.list', {});
  const phase = tasks.find((t) => t.parentId === null);
  if (!phase) throw new Error('the ten-step template has no phase');
  for (let i = 0; i < PAYLOADS.length; i++) await call('tasks.create', { parentId: phase.id, name: named('Task', i), durationDays: 2, ownerName: named('Owner', i + 1) });

  await call('budget.addLine', {
    fields: { category: 'licences', description: named('Cost line', 0), stepKey: 'deployment', waveId: null, vendorId: null, taskId: null, costType: 'per_seat_month', quantity: 10, unitCost: 30_00, currency: 'EUR', startMonth: '2027-03', endMonth: '2027-06', scheduleFrom: 'line', committed: 0, actual: 0, notes: ALL },
  });
  await call('ops.create', { collection: 'risk', fields: { title: named('Risk', 2), category: 'own:data-leakage', cause: ALL, likelihood: 4, impact: 5, owner: named('Owner', 3), treatment: 'mitigate', residualLikelihood: 2, residualImpact: 4, reviewDate: null, status: 'open' } });
  await call('ops.create', { collection: 'incident', fields: { title: named('Incident', 1), occurredOn: '2027-03-02', severity: 'high', description: ALL, containment: ALL, investigation: '', remediation: '', postIncidentReview: '', status: 'open' } });
}

/**
 * What a person can read: rendered text, form values and SVG text (the Gantt chart), in the page and in every
 * frame (a report preview is a sandboxed frame the page itself cannot look into; Playwright can).
 */
async function readableText(page: Page): Promise<string> {
  const parts = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const main = document.querySelector('main') ?? document.body;
          const values = [...main.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
          const svgText = [...main.querySelectorAll('svg text, svg foreignObject')].map((el) => el.textContent ?? '');
          return [main.innerText, ...values, ...svgText].join('\n');
        })
        .catch(() => ''),
    ),
  );
  return parts.join('\n');
}

/** Elements that only user text could have put there, in the page or any frame: the app itself has none of them. */
async function injectedElements(page: Page): Promise<string[]> {
  const found = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() =>
        [
          ...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]'),
          ...[...document.scripts].filter((s) => !s.src || (s.textContent ?? '').includes('__pwned')),
        ].map((el) => el.outerHTML.slice(0, 120)),
      ),
    ),
  );
  return found.flat();
}

/** window.__pwned in the page or any frame. */
async function pwned(page: Page): Promise<unknown[]> {
  const flags = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)));
  return flags.filter((flag) => flag !== undefined);
}

describe('hostile text across every view', () => {
  it('shows HTML, script, SVG, formulas and RTL overrides as text in every view, and never runs them', async () => {
    await seedHostileProject();
    const page = await e2e.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(e2e.app.url);
    const nav = page.getByRole('navigation', { name: 'Project' });
    await expect.poll(() => nav.getByRole('link').count()).toBeGreaterThan(14);

    const links = await nav.getByRole('link').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', name: (a.textContent ?? '').trim() })));
    const visited: string[] = [];
    for (const link of links) {
      await nav.locator(`a[href="${link.href}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(link.href);
      // Any payload shown literally proves the text reached this view as text (each view shows different rows).
      await expect.poll(() => readableText(page), { message: `${link.name}: the hostile text is not shown as text`, timeout: 10_000 })
        .toMatch(/<img src=x onerror=window\.__pwned=1>|<script>window\.__pwned=1<\/script>|<svg onload=window\.__pwned=1>|=HYPERLINK\("http:\/\/evil","x"\)|\u202Egpj\.exe/);
      expect(await injectedElements(page), `${link.name}: elements injected from user text`).toEqual([]);
      expect(await pwned(page), `${link.name}: a payload ran`).toEqual([]);
      visited.push(link.href);
    }
    // The views the rows were written for show the rows themselves.
    const expectShown = async (hash: string, labels: string[]) => {
      await nav.locator(`a[href="${hash}"]`).click();
      for (const label of labels) await expect.poll(() => readableText(page), { message: `${hash} shows ${label}` }).toContain(label);
    };
    await expectShown('#/step/team', [named('Member', 0), named('Function', 1)]);
    await expectShown('#/step/requirements', [named('Requirement', 2)]);
    await expectShown('#/step/vendors', [named('Vendor', 0), named('Vendor', 1)]);
    await expectShown('#/step/communications', [named('Message', 3), named('Group', 4)]);
    await expectShown('#/step/training', [named('Module', 4)]);
    await expectShown('#/timeline', PAYLOADS.map((_, i) => named('Task', i)));
    await expectShown('#/budget', [named('Cost line', 0)]);
    await expectShown('#/governance', [named('Risk', 2)]);
    expect(await pwned(page)).toEqual([]);
    // A CSP violation report would mean something tried to run and was only stopped by the policy.
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(16);
    console.log(`hostile text: ${PAYLOADS.length} strings in ${visited.length} views (${visited.join(', ')})`);
  });
});
