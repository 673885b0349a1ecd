// Hostile text in every view: names and notes that look like HTML, script, SVG, a spreadsheet formula or carry a
// right-to-left override must show as the characters typed, never become elements or run, and an override must not
// reverse the text around it. The Northwind sample, with a hostile text added to every free-text value of every
// step (test/support/hostile-text.ts, as a tampered or imported file would deliver it), is opened, one more is typed
// into a field, then every link of the sidebar is visited, so a view added later is covered without touching this
// test; then the Gantt chart and the preview of every report kind. Exports: test/integration/hostile-text.test.ts.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { REPORT_KINDS } from '../../shared/reports/definitions';
import { INJECTED_SELECTOR, SHOWN_AS_TEXT, writeHostileSample } from '../support/hostile-text';
import { useApp } from './support/app';

const e2e = useApp();
const TYPED = '<svg onload=alert(7)> typed by hand';

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

/** Elements that only user text could have put there, in a frame: the app itself has none of them. */
const injectedIn = (frame: Frame) =>
  frame.evaluate((selector) => [
    ...[...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 120)),
    ...[...document.scripts].filter((s) => (s.textContent ?? '').includes('__pwned')).map((s) => s.outerHTML.slice(0, 120)),
  ], INJECTED_SELECTOR).catch(() => [] as string[]);
async function injectedElements(page: Page): Promise<string[]> {
  return (await Promise.all(page.frames().map(injectedIn))).flat();
}

/** window.__pwned in the page or any frame. */
async function pwned(page: Page): Promise<unknown[]> {
  const flags = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)));
  return flags.filter((flag) => flag !== undefined);
}

/**
 * Text nodes of the app's page that open a bidirectional embedding, override or isolate and leave it open (so it
 * would reverse the text after them), and the window title if it does. Form values are the stored text and stay.
 */
const openOverrides = (page: Page) =>
  page.evaluate(() => {
    const leavesOpen = (text: string) => {
      const open: string[] = [];
      for (const c of text) {
        if (c === '\u202C') {
          if (open[open.length - 1] === 'e') open.pop();
        } else if (c === '\u2069') {
          const i = open.lastIndexOf('i');
          if (i !== -1) open.length = i;
        } else if (/[\u202A\u202B\u202D\u202E]/.test(c)) open.push('e');
        else if (/[\u2066-\u2068]/.test(c)) open.push('i');
      }
      return open.length > 0;
    };
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (['TEXTAREA', 'OPTION', 'SCRIPT', 'STYLE'].includes(node.parentNode?.nodeName ?? '')) continue;
      if (leavesOpen((node as Text).data)) found.push(`${node.parentNode?.nodeName}: ${(node as Text).data.slice(0, 80)}`);
    }
    if (leavesOpen(document.title)) found.push(`title: ${document.title}`);
    return found;
  });

describe('hostile text across every view', () => {
  it('shows HTML, script, SVG, formulas and RTL overrides as text in every view, the Gantt chart and every report, and never runs them', async () => {
    const sample = writeHostileSample(e2e.app.projectsDir);
    await call('project.open', { path: 'hostile.rollout' });
    const page = await e2e.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(e2e.app.url);
    const nav = page.getByRole('navigation', { name: 'Project' });
    await expect.poll(() => nav.getByRole('link').count()).toBeGreaterThan(14);

    // One more typed by hand, through the form a person uses.
    await nav.getByRole('link', { name: 'Project details' }).click();
    await page.getByLabel('Organisation').fill(TYPED);
    await page.getByLabel('Organisation').blur();
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('All changes saved');

    const links = await nav.getByRole('link').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', name: (a.textContent ?? '').trim() })));
    const visited: string[] = [];
    for (const link of links) {
      await nav.locator(`a[href="${link.href}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(link.href);
      // Any payload shown literally proves the text reached this view as text (each view shows different rows).
      await expect.poll(() => readableText(page), { message: `${link.name}: the hostile text is not shown as text`, timeout: 10_000 }).toMatch(SHOWN_AS_TEXT);
      expect(await injectedElements(page), `${link.name}: elements injected from user text`).toEqual([]);
      expect(await pwned(page), `${link.name}: a payload ran`).toEqual([]);
      expect(await openOverrides(page), `${link.name}: a right-to-left override reaches past its text`).toEqual([]);
      visited.push(link.href);
    }

    // The views the rows were written for show the rows themselves, one step after the other.
    const first = (key: string) => sample.values[key]?.[0] ?? '';
    const expectShown = async (hash: string, keys: string[]) => {
      await nav.locator(`a[href="${hash}"]`).click();
      for (const key of keys) await expect.poll(() => readableText(page), { message: `${hash} shows ${key}` }).toContain(first(key).split('\r\n')[0]);
    };
    await expectShown('#/overview', ['project.name']);
    await expectShown('#/step/team', ['team_member.name', 'team_function.name']);
    await expectShown('#/step/requirements', ['requirement.title', 'use_case.name']);
    await expectShown('#/step/vendors', ['vendor.name', 'criterion.name']);
    await expectShown('#/step/communications', ['stakeholder_group.name']);
    await expectShown('#/step/training', ['training_module.title']);
    await expectShown('#/step/pilot', ['pilot_group.name', 'pilot_finding.title']);
    await expectShown('#/step/deployment', ['wave.name', 'gate_criterion.text']);
    await expectShown('#/step/monitoring', ['kpi.name']);
    await expectShown('#/governance', ['risk.title', 'control.name']);
    await expectShown('#/budget', ['cost_line.description']);

    // The vendor's document with a script URL is not a link at all: only http(s) addresses are; it is shown as text.
    await nav.locator('a[href="#/step/vendors"]').click();
    await expect.poll(() => page.locator('main li', { hasText: /^Security whitepaper .*\(javascript:/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Security whitepaper / }).count()).toBe(0);
    const hrefs = await page.locator('main a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href) && !href.includes('React has blocked'))).toEqual([]);

    // The Gantt chart: SVG text written by frappe-gantt, not React.
    await nav.locator('a[href="#/timeline"]').click();
    await expect.poll(() => page.locator('.timeline-chart svg text').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const ganttText = await page.locator('.timeline-chart').evaluate((el) => [...el.querySelectorAll('svg text')].map((t) => t.textContent ?? '').join('\n'));
    expect(ganttText).toMatch(SHOWN_AS_TEXT);
    expect(await page.locator('.timeline-chart').evaluate((el, selector) => el.querySelectorAll(selector).length, INJECTED_SELECTOR)).toBe(0);
    expect(await openOverrides(page)).toEqual([]);

    // The preview of every report kind (a sandboxed frame).
    await nav.locator('a[href="#/reports"]').click();
    for (const kind of REPORT_KINDS) {
      await page.locator(`input[name="report-kind"][value="${kind}"]`).check();
      const frame = page.locator('iframe.reports__frame');
      await expect.poll(async () => (await frame.getAttribute('srcdoc')) ?? '', { message: `${kind} preview`, timeout: 15_000 }).toMatch(/&lt;|&#x202E;/);
      await expect.poll(() => readableText(page), { message: `${kind} report shows it as text` }).toMatch(SHOWN_AS_TEXT);
      expect(await injectedElements(page), `${kind} report`).toEqual([]);
      expect(await pwned(page), `${kind} report`).toEqual([]);
    }

    expect(dialogs, 'an alert, confirm or prompt opened').toEqual([]);
    expect(await pwned(page)).toEqual([]);
    // A CSP violation report would mean something tried to run and was only stopped by the policy.
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(16);
    console.log(`hostile text: ${Object.keys(sample.columns).length} text columns of every step and one field typed by hand, in ${visited.length} views (${visited.join(', ')}), the Gantt chart and ${REPORT_KINDS.length} report previews: no element, no script, no dialog, no open override`);
  }, 180_000);
});
