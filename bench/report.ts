import os from 'node:os';
import { formatFigure, formatRatio, formatSpread, verdict, type Figure } from './figures';

export interface RunInfo {
  size: string;
  runs: number;
  seed: number;
  startedAt: Date;
  elapsedMs: number;
  generatedMs: number;
  fileBytes: number;
  chromium: string;
}

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
}

/** The results table in Markdown: each target, the figure, its spread, the ratio figure/target and MISS when missed. */
export function resultsTable(figures: readonly Figure[]): string {
  const lines = ['| figure | target (XL) | measured | spread (min – max, p95, runs) | ratio | result |', '|---|---|---|---|---|---|'];
  for (const f of figures) {
    const result = verdict(f);
    const cells = [f.label + (f.note ? ` — ${f.note}` : ''), f.targetText, formatFigure(f), formatSpread(f), formatRatio(f), result === 'MISS' ? '**MISS**' : result];
    lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function runHeader(info: RunInfo): string {
  return [
    `- Machine: ${machineLine()}; browser: ${info.chromium}`,
    `- Date: ${info.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Size ${info.size} (seed ${info.seed}), ${info.runs} measured runs per figure after one warm-up; project file ${(info.fileBytes / 2 ** 20).toFixed(1)} MB generated in ${(info.generatedMs / 1000).toFixed(1)} s`,
    `- The whole suite took ${(info.elapsedMs / 1000).toFixed(0)} s`,
  ].join('\n');
}
