/** Medians and spread of a handful of timings; with five runs the p95 is the slowest run (nearest rank). */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { runs: sorted.length, median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, p95: at(0.95) };
}

/** Runs `once` `runs` times after `warmup` unmeasured runs and returns the timings in milliseconds. */
export async function repeat(runs: number, once: () => Promise<number> | number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return samples;
}

export async function timed(action: () => unknown): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}
