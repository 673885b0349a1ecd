import { integer } from '../format';
import type { Block } from '../model';

/**
 * A report for a steering committee summarises: a long list (5,000 tasks past due, 100 vendors, 150 milestones)
 * shows its first rows and says in one line how many more there are and where the full list is. Lists within
 * the limit are shown whole, as before.
 */
export const SUMMARY_ROWS = 20;

/** "And 4,730 more tasks past their finish date: …" when rows were left out; nothing otherwise. */
export function moreRows(total: number, shown: number, what: string, where: string): Block[] {
  return total > shown ? [{ kind: 'paragraph', muted: true, text: `And ${integer(total - shown)} more ${what}: ${where}.` }] : [];
}
