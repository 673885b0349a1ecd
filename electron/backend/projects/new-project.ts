import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { STEPS } from '../../../shared/steps';
import type { ProjectFields, TemplateId } from '../../../shared/schemas/project';
import type { StepKey } from '../../../shared/steps';
import { createProjectFile } from '../project-file/project-file';
import { RowWriter } from '../store/row-writer';
import { entityToColumns } from '../store/tables';
import { AuditTrail } from '../history/audit';
import { TEN_STEP_TEMPLATE } from './template';
import type { SampleSeeder } from './sample-seeders';
import { seedDefaultFunctions } from '../people/template-defaults';

export interface NewProjectOptions {
  fields: ProjectFields;
  template: TemplateId;
  actor: string;
  /** Percent complete by template task ref (the sample project uses it). */
  progress?: Record<string, number>;
  stepNotes?: Partial<Record<StepKey, string>>;
  /** Example data of every feature area (the sample project only). */
  seeders?: readonly SampleSeeder[];
}

/** Creates a complete .rollout file; the history starts empty, the audit trail with the creation. */
export function createNewProject(filePath: string, options: NewProjectOptions): void {
  createProjectFile(filePath, (db) => fill(db, options));
}

function fill(db: Database.Database, options: NewProjectOptions): void {
  const rows = new RowWriter(db);
  const now = new Date().toISOString();
  const projectId = crypto.randomUUID();
  rows.insert('project', { id: projectId, ...entityToColumns('project', options.fields), created_at: now, updated_at: now });
  STEPS.forEach((step, index) => {
    rows.insert('step', { id: step.key, sort_order: index, notes: options.stepNotes?.[step.key] ?? '' });
  });
  const taskIdByRef = options.template === 'ten-step' ? insertTemplatePlan(rows, options.progress ?? {}) : new Map<string, string>();
  if (options.template === 'ten-step') seedDefaultFunctions(rows);
  for (const seed of options.seeders ?? []) seed(db, { taskIdByRef, actor: options.actor, now });
  const templateName = options.template === 'ten-step' ? 'the ten-step rollout template' : 'a blank project';
  new AuditTrail(db, options.actor).write({
    at: now,
    action: 'file',
    table: 'project',
    rowId: projectId,
    summary: `Project "${options.fields.name}" created from ${templateName}`,
  });
}

function insertTemplatePlan(rows: RowWriter, progress: Record<string, number>): Map<string, string> {
  const idByRef = new Map<string, string>();
  let order = 0;
  for (const phase of TEN_STEP_TEMPLATE.phases) {
    const phaseId = crypto.randomUUID();
    rows.insert('task', { id: phaseId, parent_id: null, step_key: phase.step, name: phase.name, duration_days: 0, sort_order: order++ });
    for (const task of phase.tasks) {
      const id = crypto.randomUUID();
      idByRef.set(task.ref, id);
      rows.insert('task', {
        id,
        parent_id: phaseId,
        step_key: null,
        name: task.name,
        duration_days: task.milestone ? 0 : (task.days ?? 1),
        is_milestone: task.milestone ? 1 : 0,
        percent_complete: progress[task.ref] ?? 0,
        sort_order: order++,
      });
    }
  }
  for (const phase of TEN_STEP_TEMPLATE.phases) {
    for (const task of phase.tasks) {
      for (const ref of task.after ?? []) {
        rows.insert('dependency', {
          id: crypto.randomUUID(),
          predecessor_id: idByRef.get(ref),
          successor_id: idByRef.get(task.ref),
          type: 'FS',
          lag_days: 0,
        });
      }
    }
  }
  return idByRef;
}
