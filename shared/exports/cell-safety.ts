/**
 * Spreadsheet formula injection: a cell whose text begins with = + - @ (or a tab or carriage return, which some
 * programs strip before looking at the first character) may be evaluated as a formula when a CSV or workbook is
 * opened, e.g. `=HYPERLINK("http://evil","click")`. The text is kept, prefixed with a single quote, which Excel and
 * LibreOffice show as text and never evaluate. Used by every spreadsheet export (XLSX and CSV).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a spreadsheet program could take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text.charAt(0));
}

/** The text as it must be written to a spreadsheet cell: unchanged, or prefixed with `'` when it could be a formula. */
export function neutraliseCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
