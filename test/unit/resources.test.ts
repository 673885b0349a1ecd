import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEN_STEP_TEMPLATE } from '../../electron/backend/projects/template';
import { NORTHWIND_SAMPLE } from '../../electron/backend/projects/sample';
import { fileNameFor } from '../../electron/backend/projects/file-names';
import { APP_VERSION } from '../../electron/backend/version';
import { STEP_KEYS } from '../../shared/steps';

describe('shipped resources', () => {
  it('the ten-step template has one phase per step, in order, each with tasks and a realistic length', () => {
    expect(TEN_STEP_TEMPLATE.phases.map((p) => p.step)).toEqual([...STEP_KEYS]);
    for (const phase of TEN_STEP_TEMPLATE.phases) {
      expect(phase.tasks.length).toBeGreaterThanOrEqual(3);
      const days = phase.tasks.reduce((sum, t) => sum + (t.days ?? 0), 0);
      expect(days).toBeGreaterThan(5);
      expect(days).toBeLessThan(120);
    }
  });

  it('the sample project names template tasks only', () => {
    const refs = new Set(TEN_STEP_TEMPLATE.phases.flatMap((p) => p.tasks.map((t) => t.ref)));
    for (const ref of Object.keys(NORTHWIND_SAMPLE.progress)) expect(refs.has(ref)).toBe(true);
  });

  it('keeps the app version in step with package.json', () => {
    expect(APP_VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });

  it('derives safe file names from project names', () => {
    expect(fileNameFor('Q3 / Q4: <pilot>?')).toBe('Q3 - Q4- -pilot--.rollout');
    expect(fileNameFor('...')).toBe('Untitled project.rollout');
    expect(fileNameFor('../../etc/passwd')).toBe('etc-passwd.rollout');
  });
});
