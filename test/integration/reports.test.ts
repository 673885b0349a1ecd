import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate';
import { buildProjectDocument, documentForReading } from '../../electron/backend/interchange/project-document';
import { renderReportHtml, renderReportPdf, reportSections } from '../../electron/backend/reports';
import { chromiumCandidates, findChromium, NO_CHROMIUM_MESSAGE, printWithChromium } from '../../electron/backend/reports/chromium';
import { buildReport } from '../../shared/reports/definitions';
import { renderHtml } from '../../shared/reports/html';
import type { Block, Report } from '../../shared/reports/model';
import { ApiError } from '../../shared/errors';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';
import { writeSampleProject } from '../support/sample-file';

const NOW = new Date('2026-11-22T10:00:00Z');
let db: Database.Database;

beforeAll(() => {
  db = new Database(writeSampleProject(tempDir()), { readonly: true });
});
afterAll(() => db.close());

const tables = (report: Report, section: string) => (report.sections.find((s) => s.id === section)?.blocks ?? []).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const parse = (html: string) => new JSDOM(html).window.document;

describe('report definitions on the Northwind sample', () => {
  it('judges lateness and overdue work on the date the report is made for, not the day it runs', () => {
    const planWarnings = (now: Date) => buildProjectDocument(db, now).derived.steps.find((s) => s.key === 'plan')?.warnings.map((w) => w.message).join(' ') ?? '';
    const late = (now: Date) => Number(/(\d+) tasks? (?:is|are) past (?:its|their) finish date/.exec(planWarnings(now))?.[1] ?? 0);
    expect(late(new Date('2026-09-01T10:00:00Z'))).toBe(0);
    expect(late(new Date('2027-03-01T10:00:00Z'))).toBeGreaterThan(late(NOW));
  });

  it('executive: RAG chips with reasons, the ten steps, RACI, the vendor ranking in order and the budget formatted', () => {
    const report = buildReport(buildProjectDocument(db, NOW), 'executive', { now: NOW });
    expect(report.cover).toMatchObject({ projectName: 'Northwind Insurance: GenAI assistant rollout', organisation: 'Northwind Insurance', date: '22 Nov 2026' });
    expect(report.cover.overall?.rating).toMatch(/red|amber|green/);
    const rag = report.sections[0]?.blocks.find((b) => b.kind === 'rag');
    expect(rag?.kind === 'rag' && rag.chips.map((c) => c.label)).toEqual(['Time', 'Cost', 'Scope', 'Quality', 'Benefit', 'Risk']);
    expect(rag?.kind === 'rag' && rag.chips.every((c) => c.reason.length > 10)).toBe(true);
    expect(tables(report, 'steps')[0]?.rows).toHaveLength(10);
    const raci = tables(report, 'team').find((t) => t.caption.startsWith('RACI'));
    expect(raci?.header).toHaveLength(10);
    expect(raci?.rows.flat().join('')).toMatch(/A/);
    const ranking = tables(report, 'vendor')[0];
    expect(ranking?.rows.map((r) => (typeof r[1] === 'string' ? r[1] : r[1]?.text))).toEqual(['Atlas Enterprise AI (chosen)', 'Northwind in-house model', 'Meridian Focused Models', 'Corvid Assist']);
    const budget = tables(report, 'budget')[0]?.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text)));
    expect(budget?.[0]).toEqual(['Approved budget', '€1,850,000', '']);
    expect(report.sections.map((s) => s.id)).toEqual(reportSections('executive').map((s) => s.id));
  });

  it('keeps only the chosen sections, in the report\'s own order', () => {
    const report = buildReport(buildProjectDocument(db, NOW), 'vendors', { now: NOW, sections: ['knockouts', 'decision', 'nope'] });
    expect(report.sections.map((s) => s.id)).toEqual(['decision', 'knockouts']);
  });

  it('each report renders to one standalone document with no script and no external resource', () => {
    for (const kind of ['executive', 'vendors', 'budget', 'status'] as const) {
      const started = performance.now();
      const html = renderReportHtml(db, kind, { now: NOW });
      expect(performance.now() - started).toBeLessThan(2_000);
      const doc = parse(html);
      expect(doc.querySelectorAll('script, link, iframe, object, embed, img')).toHaveLength(0);
      expect(html).not.toMatch(/\s(src|href)=/);
      expect(doc.querySelector('h1')?.textContent).toBe('Northwind Insurance: GenAI assistant rollout');
      expect(doc.querySelectorAll('section h2').length).toBe(reportSections(kind).length);
    }
    const vendors = parse(renderReportHtml(db, 'vendors', { now: NOW }));
    const perEvaluator = [...vendors.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent?.includes('each evaluator'));
    // Priya Raman is anonymous in the sample: her row is a number.
    expect(perEvaluator?.textContent).toContain('Evaluator 1');
    expect(perEvaluator?.textContent).not.toContain('Priya Raman');
  });
});

describe('the executive report of a large plan', () => {
  it('summarises long lists (the first rows and how many more) and keeps every section', () => {
    const file = path.join(tempDir(), 'bench-m.rollout');
    generateProject(file, 'M');
    const big = new Database(file, { readonly: true });
    try {
      // Long after the plan: every unfinished task is past due.
      const later = new Date('2040-06-01T10:00:00Z');
      const doc = documentForReading(big, later);
      const report = buildReport(doc, 'executive', { now: later });
      expect(report.sections.map((s) => s.id)).toEqual(reportSections('executive').map((s) => s.id));
      const notes = (section: string) => (report.sections.find((s) => s.id === section)?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

      const vendors = doc.tables.vendor?.length ?? 0;
      expect(vendors).toBeGreaterThan(10);
      const ranking = tables(report, 'vendor')[0];
      expect(ranking?.rows).toHaveLength(10);
      expect(ranking?.caption).toBe(`Ranking by weighted total (0-100): the first 10 of ${vendors}`);
      expect(notes('vendor')).toContain(`And ${vendors - 10} more vendors: the vendor evaluation report ranks and compares them all.`);

      const overdue = tables(report, 'issues').find((t) => t.caption.startsWith('Tasks past their finish date'));
      expect(overdue?.rows).toHaveLength(20);
      const pastDue = Number(/of ([\d,]+)$/.exec(overdue?.caption ?? '')?.[1]?.replace(/,/g, ''));
      expect(pastDue).toBeGreaterThan(100);
      expect(notes('issues').some((n) => n.startsWith(`And ${(pastDue - 20).toLocaleString('en-GB')} more tasks past their finish date`))).toBe(true);

      const milestones = (doc.tables.task ?? []).filter((t) => t.isMilestone).length;
      expect(milestones).toBeGreaterThan(20);
      expect(tables(report, 'milestones')[0]?.rows).toHaveLength(20);
      expect(notes('milestones').some((n) => n.startsWith(`And ${milestones - 20} more milestones: ${milestones} in all`))).toBe(true);

      // The vendor report still ranks every vendor.
      expect(tables(buildReport(doc, 'vendors', { now: later, sections: ['ranking'] }), 'ranking')[0]?.rows).toHaveLength(vendors);
      expect(renderHtml(report).length).toBeLessThan(150_000);
    } finally {
      big.close();
    }
  }, 60_000);
});

describe('hostile text in reports', () => {
  let api: TestBackend;
  beforeAll(async () => {
    api = startTestBackend();
    await api.invoke('project.openSample', {});
  });
  afterAll(() => api.close());

  it('renders names with markup as inert text in the preview and the export', async () => {
    const hostile = '<img src=x onerror=alert(1)>"><script>alert(2)</script></style>\u202Eevil';
    await api.invoke('project.update', { patch: { name: hostile, organisation: '</title><img src=y>' } });
    const vendor = (await api.invoke('vendors.get', {})).vendors[0];
    if (!vendor) throw new Error('sample has vendors');
    await api.invoke('vendors.updateVendor', { id: vendor.id, patch: { name: '<svg onload=alert(3)>' } });
    const { html } = await api.invoke('reports.preview', { report: 'executive' });
    const doc = parse(html);
    expect(doc.querySelectorAll('img, script, svg[onload]')).toHaveLength(0);
    // Shown as typed, with the override it opens closed at its end (U+202C), so it reverses nothing after it.
    expect(doc.querySelector('h1')?.textContent).toBe(`${hostile}\u202C`);
    expect(doc.body.textContent).toContain('<svg onload=alert(3)>');
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(html).toContain('&#x202E;evil');

    const file = await api.invoke('reports.export', { report: 'vendors', sections: ['ranking'], format: 'html' });
    expect(file.fileName).toMatch(/Vendor evaluation report\.html$/);
    const exported = parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(exported.querySelectorAll('img, script')).toHaveLength(0);
    expect(exported.querySelectorAll('section')).toHaveLength(1);
  });

  it('refuses an unknown report with a validation message', async () => {
    const result = await api.raw('reports.preview', { report: 'board' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });
});

describe('PDF', () => {
  it('says what to install when no Chromium is found', async () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/c/chrome', CHROME_PATH: '/opt/g/chrome' }).slice(0, 3)).toEqual(['/opt/c/chrome', '/opt/g/chrome', '/usr/bin/chromium']);
    expect(findChromium(['/nonexistent/chromium', tempDir()])).toBeNull();
    const error = await printWithChromium('<p>x</p>', ['/nonexistent/chromium']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED', message: NO_CHROMIUM_MESSAGE });
    expect(NO_CHROMIUM_MESSAGE).toMatch(/Install Chromium/);
  });

  it.runIf(fs.existsSync('/usr/bin/chromium'))('prints the executive report with a title, headings, a vendor and page footers', async () => {
    const started = performance.now();
    const pdf = await renderReportPdf(db, 'executive', { now: NOW });
    const ms = Math.round(performance.now() - started);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const dir = tempDir();
    const file = path.join(dir, 'executive.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const heading of ['EXECUTIVE ROLLOUT REPORT', 'Northwind Insurance', 'Status summary', 'The ten steps', 'Vendor decision', 'Budget against approved', 'Next steps', 'Atlas Enterprise AI']) {
      expect(text).toContain(heading);
    }
    // Running header from page 2 on: the project name and the date.
    expect(text).toMatch(/Northwind Insurance: GenAI assistant rollout · Executive rollout report\s+22 Nov 2026/);
    console.info(`executive PDF: ${pages} pages in ${ms} ms`);
  }, 60_000);

  it.runIf(fs.existsSync('/usr/bin/chromium'))('prints the status report on one page', async () => {
    const file = path.join(tempDir(), 'status.pdf');
    fs.writeFileSync(file, await renderReportPdf(db, 'status', { now: NOW }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Next two weeks');
  }, 60_000);
});
