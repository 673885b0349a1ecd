/** How many records of each kind a synthetic project holds. XL is the size of the performance targets. */
export interface SizeSpec {
  /** Task rows, the ten phases included. */
  tasks: number;
  dependencies: number;
  vendors: number;
  criteria: number;
  evaluators: number;
  costLines: number;
  risks: number;
  stakeholderGroups: number;
  kpis: number;
  kpiMeasurements: number;
}

export const SIZE_NAMES = ['S', 'M', 'L', 'XL'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

// S is about the sample project (Northwind); M, L and XL grow towards the targets of docs/benchmarks.md.
export const SIZES: Record<SizeName, SizeSpec> = {
  S: { tasks: 60, dependencies: 48, vendors: 4, criteria: 21, evaluators: 5, costLines: 30, risks: 12, stakeholderGroups: 6, kpis: 6, kpiMeasurements: 24 },
  M: { tasks: 500, dependencies: 400, vendors: 12, criteria: 30, evaluators: 6, costLines: 200, risks: 40, stakeholderGroups: 10, kpis: 10, kpiMeasurements: 60 },
  L: { tasks: 2_000, dependencies: 1_600, vendors: 40, criteria: 45, evaluators: 8, costLines: 800, risks: 120, stakeholderGroups: 20, kpis: 16, kpiMeasurements: 200 },
  XL: { tasks: 5_000, dependencies: 4_000, vendors: 100, criteria: 60, evaluators: 10, costLines: 2_000, risks: 300, stakeholderGroups: 40, kpis: 20, kpiMeasurements: 500 },
};

export function isSizeName(value: string): value is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(value);
}
