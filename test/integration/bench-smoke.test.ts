import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate';
import { measureNode } from '../../bench/node-figures';
import { resultsTable } from '../../bench/report';
import { tempDir } from '../support/backend';

// Keeps `npm run bench` working in CI without timing anything: size S, one run of the Node figures, a table.
describe('benchmark suite (size S, Node figures)', () => {
  it('generates a project, measures it and prints a results table', { timeout: 30_000 }, async () => {
    const file = path.join(tempDir(), 'projects', 'bench-s.rollout');
    generateProject(file, 'S');
    const node = await measureNode(file, 1);
    const figures = [node.rawFloor, node.backendOpen, node.schedule, ...node.reports];
    const table = resultsTable(figures);

    expect(table.split('\n')[0]).toBe('| figure | target (XL) | measured | spread (min – max, p95, runs) | ratio | result |');
    expect(table.split('\n')).toHaveLength(2 + figures.length);
    for (const figure of [node.rawFloor, node.backendOpen, node.schedule]) expect(figure.summary?.runs).toBe(1);
    expect(node.computedSchedule.tasks).toHaveLength(60);
    // Each report row holds either a figure or the reason it could not be taken, never nothing.
    for (const figure of node.reports) expect(figure.summary !== null || figure.unavailable?.startsWith('not available')).toBe(true);
  });
});
