import fs from 'node:fs';
import type { Figure } from './figures';
import { resultsTable, runHeader, type RunInfo } from './report';

const HOW = `# Benchmarks

A reproducible performance suite: it generates a synthetic project, measures the app in Node and in Chromium over
the web mode, and holds each figure against its target. It is not a timed test: it prints figures and writes this
file. A figure that misses its target says **MISS**; a figure that could not be taken says why.

## How to run

\`\`\`
npm run bench                         # size XL, 5 measured runs per figure (about 5-8 minutes on 2 cores)
npm run bench -- --size M --runs 3    # smaller and quicker
npm run bench -- --no-browser         # the Node figures only
npm run bench -- --no-write           # print the table without rewriting this file
\`\`\`

\`scripts/bench.mjs\` builds its own copy of the web mode and the renderer into \`dist/bench/\` (with a Vite
manifest) and runs \`bench/main.ts\`. The generator (\`bench/generate/\`) writes a project through the app's own
\`createNewProject\` and table registry, deterministically from a seed (sizes in \`bench/generate/sizes.ts\`):

| size | tasks (10 phases included) | dependencies | vendors x criteria x evaluators | budget lines | risks | stakeholder groups | KPI measurements |
|---|---|---|---|---|---|---|---|
| S | 60 | 48 | 4 x 21 x 5 | 30 | 12 | 6 | 24 |
| M | 500 | 400 | 12 x 30 x 6 | 200 | 40 | 10 | 60 |
| L | 2,000 | 1,600 | 40 x 45 x 8 | 800 | 120 | 20 | 200 |
| XL | 5,000 | 4,000 | 100 x 60 x 10 | 2,000 | 300 | 40 | 500 |

Dependencies are of all four types with lags from -2 to +5 working days and only link an earlier task to a later
one, so the plan is acyclic. The first task drives 50 others: the drag benchmark moves its bar. CI runs size S
through \`test/integration/bench-smoke.test.ts\` (the Node figures once, a table, no timing assertions)
and the Chromium figures through \`test/e2e/bench-browser.test.ts\` (each taken once, none timed).

## What each figure measures

The browser figures are timed in the page's own clock and end at the first frame painted after the last change
of the DOM, once the page has **settled**: no request to the backend in flight, no placeholder saying it is still
loading (a status ending in "…"), no "Saving…" in the top bar, and no DOM change for 250 ms. A change is one that
leaves something different: React writes some attributes of a controlled input (its name) on every render and ends
where it started, which is not a change; nor is frappe-gantt's hover highlight of the bar under the pointer, shown
200 ms after the pointer entered that bar (a bar a drag leaves under the resting pointer would otherwise end every
drag's measurement 200 ms after the pointer entered it, whatever the app does).

- **Open file -> Overview interactive**: from the click on "Open" in the open dialog to the settled Overview of the
  project.
- **Raw floor**: better-sqlite3 opening the file read-only and reading every row of every entity table.
- **Timeline view ready**: from the click on "Timeline" (coming from the Overview) to the settled, painted chart
  with every phase expanded; the target is half the median of **bare frappe-gantt** 1.2.2 (its own dist files in a
  blank page) constructing a chart of the same tasks, dates and links in the same run.
- **One field edit**: in the budget view, the quantity of "Cost line 1" is typed with the keyboard and committed
  with Enter; from the Enter key reaching the field until the save is done, the line's planned cost (computed by the
  backend) shows the new value and the page has settled. **Drag**: the real mouse takes the first task's bar by its
  body (clear of the resize handles and the progress handle) and drags it a week; from the release until the save
  is done, the step summaries, audit trail and schedule have been read again and the chart has settled (the
  successors are drawn before the save answers, from the renderer's own run of the scheduling rules; the schedule
  read after it confirms them and, when equal, draws nothing again). **Criterion weight**: in the vendor step, the importance of "Criterion 4" is
  typed and committed with Enter; from the Enter key until the save is done, the criterion's weight shows the new
  value (ranking and sensitivity are drawn in the same pass) and the page has settled.
- **Reports and exports**: \`renderReportHtml\`, \`renderReportPdf\` and \`exportData(db, 'xlsx')\` on the open file.
- **JavaScript at start**: every script the browser fetched to show the start screen and open the project, gzip -9.
- **Heap**: \`Runtime.getHeapUsage\` after visiting every view and a forced garbage collection.
`;

/** Rewrites docs/benchmarks.md: how to run, then the latest results. */
export function writeBenchmarksDoc(file: string, info: RunInfo, figures: readonly Figure[]): void {
  fs.writeFileSync(file, `${HOW}\n## Latest results\n\n${runHeader(info)}\n\n${resultsTable(figures)}\n`);
}
