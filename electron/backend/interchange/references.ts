import type { FieldIssue } from '../../../shared/errors';
import type { InterchangeRow } from '../../../shared/interchange/document';
import { cycleAmong } from '../../../shared/rules/schedule/cycles';
import { STEP_KEYS } from '../../../shared/steps';
import { TABLES, type TableName } from '../store/tables';
import { entityTableInfo } from './db-schema';
import { fieldName } from './document-schema';

/** Id columns holding JSON arrays of ids, which SQLite cannot check with a foreign key. */
const JSON_ID_REFERENCES: { table: TableName; field: string; target: TableName }[] = [
  { table: 'requirement', field: 'requestingFunctionIds', target: 'team_function' },
  { table: 'requirement', field: 'useCaseIds', target: 'use_case' },
];

type Tables = Partial<Record<TableName, InterchangeRow[]>>;

const idOf = (table: TableName, row: InterchangeRow): string => String(row[fieldName(table, 'id')]);

/** The ids each table will hold after the import: the document's rows, or the blank project's defaults. */
function idSets(tables: Tables): Map<TableName, Set<string>> {
  const sets = new Map<TableName, Set<string>>();
  for (const info of entityTableInfo()) {
    const rows = tables[info.name];
    const ids = new Set(rows?.map((row) => idOf(info.name, row)) ?? []);
    if (info.name === 'step') STEP_KEYS.forEach((key) => ids.add(key));
    if (!rows || rows.length === 0) info.defaultRowIds.forEach((id) => ids.add(id));
    sets.set(info.name, ids);
  }
  return sets;
}

function checkIdentity(tables: Tables, issues: FieldIssue[]): void {
  const project = tables.project;
  if (!project || project.length !== 1) {
    issues.push({ path: ['tables', 'project'], message: `A project document holds exactly one project row (found ${project?.length ?? 0})` });
  }
  for (const info of entityTableInfo()) {
    const rows = tables[info.name];
    if (!rows) continue;
    const seen = new Map<string, number>();
    rows.forEach((row, index) => {
      const id = idOf(info.name, row);
      const first = seen.get(id);
      if (first !== undefined) issues.push({ path: ['tables', info.name, index, fieldName(info.name, 'id')], message: `Duplicate id ${id} (also row ${first})` });
      else seen.set(id, index);
      if (info.defaultRowIds.length > 0 && !info.defaultRowIds.includes(id)) {
        issues.push({ path: ['tables', info.name, index, 'id'], message: `This table holds one row with id "${info.defaultRowIds.join('", "')}"` });
      }
    });
  }
}

function checkForeignKeys(tables: Tables, ids: Map<TableName, Set<string>>, issues: FieldIssue[]): void {
  for (const info of entityTableInfo()) {
    const rows = tables[info.name];
    if (!rows) continue;
    for (const fk of info.foreignKeys) {
      const field = fieldName(info.name, fk.column);
      rows.forEach((row, index) => {
        const value = row[field];
        if (value === null || value === undefined) return;
        if (!ids.get(fk.table)?.has(String(value))) {
          issues.push({ path: ['tables', info.name, index, field], message: `No ${TABLES[fk.table].entity} with id ${String(value)} in tables.${fk.table}` });
        }
      });
    }
  }
  for (const ref of JSON_ID_REFERENCES) {
    tables[ref.table]?.forEach((row, index) => {
      const list = row[ref.field];
      if (!Array.isArray(list)) return;
      list.forEach((value, k) => {
        if (!ids.get(ref.target)?.has(String(value))) {
          issues.push({ path: ['tables', ref.table, index, ref.field, k], message: `No ${TABLES[ref.target].entity} with id ${String(value)} in tables.${ref.target}` });
        }
      });
    });
  }
}

function taskNames(tables: Tables): Map<string, string> {
  return new Map((tables.task ?? []).map((t) => [String(t.id), String(t.name)]));
}

/** A task may not be its own ancestor. */
function checkHierarchy(tables: Tables, issues: FieldIssue[]): void {
  const tasks = tables.task ?? [];
  const parent = new Map(tasks.map((t) => [String(t.id), t.parentId === null || t.parentId === undefined ? null : String(t.parentId)]));
  const names = taskNames(tables);
  const reported = new Set<string>();
  tasks.forEach((task, index) => {
    const seen = new Set<string>();
    let current: string | null = String(task.id);
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      current = parent.get(current) ?? null;
    }
    if (current === String(task.id) && !reported.has(current)) {
      seen.forEach((id) => reported.add(id));
      const loop = [...seen, String(task.id)].map((id) => `"${names.get(id) ?? id}"`).join(' → ');
      issues.push({ path: ['tables', 'task', index, 'parentId'], message: `The task hierarchy goes round in a loop: ${loop}` });
    }
  });
}

/** Dependencies must not form a cycle; the message names the tasks in order. */
function checkDependencyCycle(tables: Tables, issues: FieldIssue[]): void {
  const links = tables.dependency ?? [];
  const ids = [...new Set(links.flatMap((l) => [String(l.predecessorId), String(l.successorId)]))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const successors: number[][] = ids.map(() => []);
  const predecessors: number[][] = ids.map(() => []);
  const inDegree = new Int32Array(ids.length);
  for (const link of links) {
    const from = index.get(String(link.predecessorId)) as number;
    const to = index.get(String(link.successorId)) as number;
    successors[from]?.push(to);
    predecessors[to]?.push(from);
    inDegree[to] = (inDegree[to] as number) + 1;
  }
  const order: number[] = [];
  ids.forEach((_, i) => { if (inDegree[i] === 0) order.push(i); });
  for (let head = 0; head < order.length; head++) {
    for (const to of successors[order[head] as number] ?? []) {
      inDegree[to] = (inDegree[to] as number) - 1;
      if (inDegree[to] === 0) order.push(to);
    }
  }
  if (order.length === ids.length) return;
  const stuck = ids.map((_, i) => i).filter((i) => (inDegree[i] as number) > 0);
  const cycle = cycleAmong(stuck, predecessors).map((i) => ids[i] as string);
  const names = taskNames(tables);
  const loop = [...cycle, cycle[0] as string].map((id) => `"${names.get(id) ?? id}"`).join(' → ');
  const closing = links.findIndex((l) => String(l.predecessorId) === cycle[cycle.length - 1] && String(l.successorId) === cycle[0]);
  issues.push({ path: ['tables', 'dependency', Math.max(closing, 0)], message: `The dependencies go round in a loop: ${loop}` });
}

/** Checks between rows and tables that a row-by-row schema cannot make. Every problem is collected. */
export function checkReferences(tables: Tables): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkIdentity(tables, issues);
  checkForeignKeys(tables, idSets(tables), issues);
  checkHierarchy(tables, issues);
  checkDependencyCycle(tables, issues);
  return issues;
}
