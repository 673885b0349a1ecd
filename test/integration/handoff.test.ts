import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from '../../electron/backend/interchange/check';
import { NORTHWIND_SAMPLE } from '../../electron/backend/projects/sample';
import { findChromium } from '../../electron/backend/reports/chromium';
import { startTestBackend, tempDir, type TestBackend } from '../support/backend';

let api: TestBackend;

beforeAll(async () => {
  api = startTestBackend();
  await api.invoke('project.openSample', {});
  // One edit, so the undo history and the audit trail hold before/after images of a note.
  await api.invoke('steps.update', { key: 'vendors', patch: { notes: 'Internal: vendor B is overpriced, push them hard' } });
});
afterAll(() => api.close());

/** Opens the copy from the zip through the real backend, as a consultant would. */
async function openCopy(zip: Record<string, Uint8Array>, name: string): Promise<TestBackend> {
  const copyName = Object.keys(zip).find((f) => f.endsWith('.rollout')) as string;
  const other = startTestBackend();
  fs.writeFileSync(path.join(other.projectsDir, name), zip[copyName] as Uint8Array);
  await other.invoke('project.open', { path: name });
  return other;
}

describe("the consultant's hand-off", () => {
  it('redacts notes, evaluator names and cost figures in a compacted copy that opens and passes the checks', async () => {
    const vendors = await api.invoke('vendors.get', {});
    const evaluatorNames = vendors.evaluators.map((e) => e.name);
    expect(evaluatorNames.length).toBeGreaterThan(2);
    const stepNote = Object.values(NORTHWIND_SAMPLE.steps).find((s) => (s?.notes ?? '').length > 20)?.notes as string;

    const started = performance.now();
    const result = await api.invoke('handoff.export', {
      redactions: { internalNotes: true, evaluatorNames: true, costFigures: true, fields: ['risk.owner'] },
      squashHistory: false,
      reports: [],
    });
    const ms = performance.now() - started;
    const zip = unzipSync(Buffer.from(result.base64, 'base64'));
    expect(Object.keys(zip).sort()).toEqual(['Northwind Insurance- GenAI assistant rollout (hand-off).rollout', 'REDACTIONS.md']);
    expect(result.fileName).toBe('Northwind Insurance- GenAI assistant rollout (hand-off).zip');
    const markdown = new TextDecoder().decode(zip['REDACTIONS.md']);
    expect(markdown).toMatch(/Evaluator names: \d+ evaluator\(s\) renamed/);
    expect(markdown).toContain('Field risk.owner:');
    expect(result.summary).toHaveLength(4);

    const bytes = Buffer.from(Object.values(zip).find((_, i) => Object.keys(zip)[i]?.endsWith('.rollout')) as Uint8Array);
    for (const secret of [...evaluatorNames, stepNote, 'vendor B is overpriced']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), `the copy still holds "${secret}"`).toBe(false);
    }

    const copy = await openCopy(zip, 'copy.rollout');
    try {
      const redacted = await copy.invoke('vendors.get', {});
      expect(redacted.evaluators.map((e) => e.name)).toEqual(evaluatorNames.map((_, i) => `Evaluator ${i + 1}`));
      expect(redacted.vendors.every((v) => v.seatPerMonth === 0 && v.annualFixed === 0)).toBe(true);
      const budget = await copy.invoke('budget.get', {});
      expect(budget.settings.approvedBudget).toBeNull();
      expect(budget.lines.every((l) => l.unitCost === 0 && l.actual === 0)).toBe(true);
      // The budget screens say so instead of showing zeros as if they were the plan.
      expect(budget.costsRedacted).toBe(true);
      expect((await copy.invoke('budget.headline', {})).costsRedacted).toBe(true);
      const planStep = (await copy.invoke('steps.list', {})).find((s) => s.key === 'plan');
      expect(planStep?.warnings.filter((w) => /budget/i.test(w.message))).toEqual([]);
      expect((await copy.invoke('steps.list', {})).every((s) => s.notes === '')).toBe(true);
      expect((await copy.invoke('history.state', {})).canUndo).toBe(false);
      const audit = await copy.invoke('audit.list', { limit: 1000 });
      expect(audit[0]?.summary).toMatch(/^Hand-off copy made; redacted: internal notes, evaluator names, cost figures, field risk\.owner/);
      expect(audit.every((a) => a.before === null && a.after === null)).toBe(true);
      // Once the recipient enters a figure, the budget is theirs and shows as any other.
      const [first] = budget.lines;
      if (!first) throw new Error('The copy has no cost lines');
      await copy.invoke('budget.updateLine', { id: first.id, patch: { unitCost: 1_000_00 } });
      expect((await copy.invoke('budget.get', {})).costsRedacted).toBe(false);
      await copy.invoke('history.undo', {});
      expect((await copy.invoke('budget.get', {})).costsRedacted).toBe(true);
    } finally {
      copy.close();
    }
    console.log(`hand-off of the sample: ${ms.toFixed(0)} ms, ${result.base64.length} base64 chars`);
  });

  it('squashes the history to one entry, and the copy passes the consistency check', async () => {
    const result = await api.invoke('handoff.export', {
      redactions: { internalNotes: false, evaluatorNames: false, costFigures: false, fields: [] },
      squashHistory: true,
      reports: [],
    });
    const zip = unzipSync(Buffer.from(result.base64, 'base64'));
    const copy = await openCopy(zip, 'squashed.rollout');
    try {
      const audit = await copy.invoke('audit.list', { limit: 1000 });
      expect(audit.map((a) => a.summary)).toEqual(['Hand-off copy made; redacted: nothing']);
      expect((await copy.invoke('steps.list', {})).find((s) => s.key === 'vendors')?.notes).toBe('Internal: vendor B is overpriced, push them hard');
      expect((await copy.invoke('budget.get', {})).costsRedacted).toBe(false);
    } finally {
      copy.close();
    }
    const { openProjectFile } = await import('../../electron/backend/project-file/project-file');
    const file = openProjectFile(path.join(copy.projectsDir, 'squashed.rollout'));
    try {
      expect(checkConsistency(file.db).problems).toEqual([]);
    } finally {
      file.close();
    }
  });

  it('refuses fields that do not exist or cannot be blanked, naming each', async () => {
    const result = await api.raw('handoff.export', {
      redactions: { internalNotes: false, evaluatorNames: false, costFigures: false, fields: ['risk.nothing', 'nowhere.field', 'risk.likelihood'] },
      squashHistory: false,
      reports: [],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [
      { path: ['redactions', 'fields', 0], message: 'The risk has no field "nothing"' },
      { path: ['redactions', 'fields', 1], message: '"nowhere" is not a table of the project' },
      { path: ['redactions', 'fields', 2], message: 'risk.likelihood is required and has no neutral value to redact it to' },
    ] } });
  });
});

/** Lower case, no accents, single spaces: how a name is searched for, whatever way it was typed. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

/** "Samuel Okafor (Legal and compliance)" -> the ways a person's name is written: "samuel okafor", "okafor, samuel", "s. okafor"... */
function writtenForms(name: string): string[] {
  const person = folded(name).replace(/\s*\(.*$/, '').trim();
  const parts = person.split(' ');
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  return [folded(name), person, `${last}, ${first}`, `${first[0]}. ${last}`, `${first} ${last[0]}.`, `${first}.${last}`];
}

/** Every text value of every table of a project file (entities, audit trail, undo history, meta). */
function everyText(file: string): { where: string; text: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    return tables.flatMap((table) => {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      return columns.flatMap((column) => (db.prepare(`SELECT ${column} AS v FROM ${table} WHERE typeof(${column}) = 'text'`).all() as { v: string }[])
        .map((r) => ({ where: `${table}.${column}`, text: r.v })));
    });
  } finally {
    db.close();
  }
}

describe('the hand-off with anonymised evaluators, redacted costs and its reports', () => {
  it('leaves no evaluator name anywhere in the copy or its reports (HTML and PDF), and the reports say the costs are redacted', async () => {
    const own = startTestBackend();
    try {
      await own.invoke('project.openSample', {});
      const { evaluators, decision } = await own.invoke('vendors.get', {});
      const people = await own.invoke('people.read', {});
      // An evaluator who is on the team: the member's name (a task, risk and policy owner in the sample) goes too.
      const member = people.members.find((m) => m.name === 'Priya Nair');
      const hannah = evaluators.find((e) => e.name.startsWith('Hannah Becker'));
      expect(member && hannah && decision?.dissent).toBeTruthy();
      await own.invoke('vendors.updateEvaluator', { id: hannah?.id as string, patch: { memberId: member?.id as string } });
      // The names written in other ways, in free text and name fields.
      const { tasks } = await own.invoke('tasks.list', {});
      const leaf = tasks.find((t) => !tasks.some((c) => c.parentId === t.id)) as (typeof tasks)[number];
      await own.invoke('tasks.update', { id: leaf.id, patch: { ownerName: 'Priya Raman', notes: 'Agreed with Raman, Priya and T. Ortega; tomas ortega  (no accent) to confirm. Lena P. too.' } });
      await own.invoke('steps.update', { key: 'vendors', patch: { notes: 'Workshop: SAMUEL OKAFOR and Hannah Becker disagreed; Daniel Okafor chaired.' } });

      const names = [...evaluators.map((e) => e.name), 'Priya Nair'];
      const forms = [...new Set(names.flatMap(writtenForms))];
      const chromium = findChromium();
      const started = performance.now();
      const result = await own.invoke('handoff.export', {
        redactions: { internalNotes: false, evaluatorNames: true, costFigures: true, fields: [] },
        squashHistory: false,
        reports: ['executive', 'vendors', 'budget'],
      });
      const ms = performance.now() - started;
      const zip = unzipSync(Buffer.from(result.base64, 'base64'));
      const reportFiles = Object.keys(zip).filter((f) => f.startsWith('reports/')).sort();
      expect(reportFiles).toEqual(chromium
        ? ['reports/budget.html', 'reports/budget.pdf', 'reports/executive.html', 'reports/executive.pdf', 'reports/vendors.html', 'reports/vendors.pdf']
        : ['reports/budget.html', 'reports/executive.html', 'reports/vendors.html']);
      expect(new TextDecoder().decode(zip['REDACTIONS.md'])).toContain('reports/executive.html: Executive report of the redacted copy');

      const dir = tempDir();
      const copyFile = path.join(dir, 'copy.rollout');
      fs.writeFileSync(copyFile, zip[Object.keys(zip).find((f) => f.endsWith('.rollout')) as string] as Uint8Array);
      const texts = everyText(copyFile);
      expect(texts.some((t) => t.where === 'audit_log.summary')).toBe(true);
      for (const { where, text } of texts) {
        for (const form of forms) expect(folded(text).includes(form), `${where} still holds "${form}": ${text.slice(0, 200)}`).toBe(false);
      }
      const all = texts.map((t) => t.text);
      expect(all).toContain('Evaluator 4 (Legal) notes the copyright indemnity is capped at twelve months of fees and asks for it to be raised before signature.');
      expect(all).toContain('Agreed with Evaluator 1 and Evaluator 2; Evaluator 2  (no accent) to confirm. Evaluator 5 too.');
      expect(all).toContain('Workshop: Evaluator 4 and Evaluator 3 disagreed; Daniel Okafor chaired.');
      expect(all.filter((t) => t === 'Evaluator 3').length).toBeGreaterThan(5);

      const reportTexts: { file: string; text: string }[] = reportFiles.map((file) => {
        if (file.endsWith('.html')) return { file, text: new TextDecoder().decode(zip[file]) };
        const pdf = path.join(dir, 'report.pdf');
        fs.writeFileSync(pdf, zip[file] as Uint8Array);
        return { file, text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }) };
      });
      for (const { file, text } of reportTexts) {
        const plain = folded(text.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'"));
        for (const form of forms) expect(plain.includes(form), `${file} still names "${form}"`).toBe(false);
        expect(plain, `${file} prints a zero amount`).not.toMatch(/€\s?0(?![\d,.])/);
        expect(plain, `${file} gives a setup hint`).not.toContain('budget settings');
      }
      const byFile = new Map(reportTexts.map((r) => [r.file, folded(r.text)]));
      expect(byFile.get('reports/budget.html')).toContain('cost figures redacted');
      expect(byFile.get('reports/executive.html')).toContain('cost figures redacted in this hand-off copy.');
      expect(byFile.get('reports/vendors.html')).toContain('evaluator 4 (legal) notes');
      if (chromium) {
        expect(byFile.get('reports/budget.pdf')).toContain('cost figures redacted');
        expect(byFile.get('reports/vendors.pdf')).toMatch(/evaluator 4 \(legal\) notes/);
      }
      console.log(`hand-off with 3 reports${chromium ? ' (HTML and PDF)' : ''}: ${ms.toFixed(0)} ms`);
    } finally {
      own.close();
    }
  }, 60_000);
});
