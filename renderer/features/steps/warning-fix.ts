import type { StepWarning } from '../../../shared/rules/step-status';

/** The DOM id of a row of a step table: `<table section id>-row-<entity id>`. */
export function rowElementId(sectionId: string, entityId: string): string {
  return `${sectionId}-row-${entityId}`;
}

const FLAG = 'record-row--flagged';
const FLAG_MS = 6_000;

/**
 * Takes the user to where a warning is fixed: the first of its rows (scrolled to, focused, and every row of the
 * warning marked for a few seconds), or the section when the warning names no row or the rows are filtered out.
 */
export function goToFix(fix: NonNullable<StepWarning['fix']>, doc: Document = document): HTMLElement | null {
  const rows = (fix.rowIds ?? []).map((id) => doc.getElementById(rowElementId(fix.target, id))).filter((el): el is HTMLElement => el !== null);
  const target = rows[0] ?? doc.getElementById(fix.target);
  if (!target) return null;
  for (const row of rows) {
    row.classList.remove(FLAG);
    row.classList.add(FLAG);
    setTimeout(() => row.classList.remove(FLAG), FLAG_MS);
  }
  target.scrollIntoView({ block: rows.length > 0 ? 'center' : 'start' });
  target.focus();
  return target;
}
