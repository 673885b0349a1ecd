// `npm run bench [-- --size XL --runs 5 --seed N --no-browser --no-write]`: generates a project, measures it in
// Node and in Chromium over the web mode, prints the results table and writes docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBrowser } from './browser/app-figures';
import { writeBenchmarksDoc } from './doc';
import type { Figure } from './figures';
import { DEFAULT_SEED, generateProject, isSizeName } from './generate';
import { measureNode } from './node-figures';
import { resultsTable, runHeader } from './report';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'XL' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'no-browser': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist/bench' },
  },
});

const size = args.size.toUpperCase();
const runs = Number(args.runs);
const seed = Number(args.seed);
if (!isSizeName(size) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run bench -- [--size S|M|L|XL] [--runs N] [--seed N] [--no-browser] [--no-write]');
  process.exit(2);
}

const startedAt = new Date();
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-bench-'));
try {
  const projectsDir = path.join(work, 'projects');
  const file = path.join(projectsDir, `bench-${size.toLowerCase()}.rollout`);
  log(`generating size ${size} (seed ${seed})`);
  const generated = generateProject(file, size, seed);
  const fileBytes = fs.statSync(file).size;
  const node = await measureNode(file, runs, log);
  let browserFigures: Figure[] = [];
  let chromium = 'not run (--no-browser)';
  if (!args['no-browser']) {
    const result = await measureBrowser({
      file, projectName: `Benchmark project ${size}`, dragTaskId: generated.dragTaskId, schedule: node.computedSchedule, runs,
      webScript: path.join(args.dist, 'web.mjs'), rendererDir: path.join(args.dist, 'renderer'), log,
    });
    browserFigures = result.figures;
    chromium = `Chromium ${result.version} (headless, /usr/bin/chromium)`;
  }
  const byId = new Map(browserFigures.map((f) => [f.id, f]));
  const pick = (id: string) => byId.get(id);
  const figures = [
    pick('open'), node.rawFloor, node.backendOpen,
    pick('timeline'), pick('bare'), node.schedule,
    pick('edit'), pick('drag'), pick('weight'),
    ...node.reports,
    pick('js'), pick('heap'),
  ].filter((f): f is Figure => f !== undefined);
  const info = { size, runs, seed, startedAt, elapsedMs: performance.now() - started, generatedMs: generated.elapsedMs, fileBytes, chromium };
  console.log(`\n${runHeader(info)}\n\n${resultsTable(figures)}\n`);
  if (!args['no-write']) {
    writeBenchmarksDoc('docs/benchmarks.md', info, figures);
    console.log('Written to docs/benchmarks.md');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
