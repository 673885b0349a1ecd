import Database from 'better-sqlite3';
import { writeSampleProject } from './sample-file';

/**
 * Hostile text as a person could type it, or as an imported or tampered file would deliver it: markup that would
 * run if it became HTML, spreadsheet formulas, a right-to-left override and a line break that would start a new
 * iCalendar event. Each must show and export as the characters typed, never run or evaluate.
 */
export const RLO = '\u202E';
export const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__pwned=1</script>',
  '<svg onload=alert(2)>',
  '=HYPERLINK("http://x","y")',
  '"><iframe src=javascript:alert(3)>',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  `${RLO}gpj.exe`,
  '-2+3',
  'Break\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
] as const;
/** Starts of a spreadsheet cell that could make it a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** What injected markup would look like once parsed: the app itself renders none of these. */
export const INJECTED_SELECTOR = 'img[src="x"], svg[onload], iframe[src], script:not([src]), [onerror], [onload], a[href^="javascript:" i]:not([href*="React has blocked"])';
/** Any of the texts, as found in readable text (line breaks may be shown as spaces). */
export const SHOWN_AS_TEXT = /<img src=x onerror=alert\(1\)>|<script>window\.__pwned=1<\/script>|<svg onload=alert\(2\)>|=HYPERLINK\("http:\/\/x","y"\)|"><iframe src=javascript:alert\(3\)>|\u202Egpj\.exe/;

export interface HostileSample {
  path: string;
  /** `table.column` of every text column that now ends in a hostile text, with the rows changed. */
  columns: Record<string, number>;
  /** Every value written, by `table.column`, in row order. */
  values: Record<string, string[]>;
}

/** Columns that hold codes the app reads rather than text a person wrote. */
const NOT_TEXT = new Set(['audit_log.action', 'audit_log.entity_type', 'audit_log.entity_id', 'meta.key', 'meta.value']);
const SKIPPED_TABLES = new Set(['history_change', 'sqlite_sequence']);
/** Values a column of codes, dates, times, currencies or numbers holds; a column of only these is not free text. */
const CODE_LIKE = /^([a-z0-9_:.-]+|[A-Z]{3}|[A-Z]+-\d+|\d.*|[[{].*)$/s;

/**
 * The Northwind sample (every step filled in) with a hostile text added to every free-text value of every table,
 * after it or before it, the payloads rotating over rows and columns so each lands in many places, and a vendor document whose link is a
 * script URL. Written straight into SQLite, as a file edited elsewhere would be; the file still passes every check
 * on open (CHECK constraints refuse a change, which then is skipped).
 */
export function writeHostileSample(dir: string, fileName = 'hostile.rollout'): HostileSample {
  const path = writeSampleProject(dir, fileName);
  const db = new Database(path);
  const columns: Record<string, number> = {};
  const values: Record<string, string[]> = {};
  let turn = 0;
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    for (const table of tables) {
      if (SKIPPED_TABLES.has(table)) continue;
      const info = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[];
      for (const column of info) {
        const key = `${table}.${column.name}`;
        if (column.type !== 'TEXT' || column.pk || NOT_TEXT.has(key) || /(^id$|_ids?$|_json$|_at$)/.test(column.name)) continue;
        const rows = db.prepare(`SELECT rowid AS r, ${column.name} AS v FROM ${table} WHERE ${column.name} IS NOT NULL AND ${column.name} <> '' ORDER BY rowid`).all() as { r: number; v: string }[];
        if (rows.length === 0 || rows.every((row) => CODE_LIKE.test(row.v))) continue;
        const update = db.prepare(`UPDATE ${table} SET ${column.name} = ? WHERE rowid = ?`);
        const written: string[] = [];
        db.exec('SAVEPOINT col');
        try {
          for (const row of rows) {
            // Alternately after and before the text: a formula only counts at the start of a cell.
            const payload = HOSTILE_TEXTS[turn % HOSTILE_TEXTS.length];
            const value = Math.floor(turn++ / HOSTILE_TEXTS.length) % 2 === 0 ? `${row.v} ${payload}` : `${payload} ${row.v}`;
            update.run(value, row.r);
            written.push(value);
          }
          db.exec('RELEASE col');
          columns[key] = rows.length;
          values[key] = written;
        } catch {
          // A CHECK constraint says this is not free text after all (a length limit, a pattern): leave it.
          db.exec('ROLLBACK TO col');
          db.exec('RELEASE col');
        }
      }
    }
    const vendor = db.prepare('SELECT rowid AS r FROM vendor ORDER BY sort_order, rowid LIMIT 1').get() as { r: number };
    db.prepare('UPDATE vendor SET documents = ? WHERE rowid = ?').run(JSON.stringify([{ title: `Security whitepaper ${HOSTILE_TEXTS[0]}`, url: 'javascript:alert(4)' }]), vendor.r);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`the hostile sample is corrupt: ${String(check)}`);
  } finally {
    db.close();
  }
  return { path, columns, values };
}
