import fs from 'node:fs';
import path from 'node:path';
import { ProjectFields, type Project } from '../../../../shared/schemas/project';
import { ApiError } from '../../../../shared/errors';
import { createNewProject } from '../../projects/new-project';
import { NORTHWIND_SAMPLE } from '../../projects/sample';
import { SAMPLE_SEEDERS } from '../../projects/sample-seeders';
import { fileNameFor, uniquePath } from '../../projects/file-names';
import { entityToColumns, rowToEntity } from '../../store/tables';
import { zodIssues } from '../validation';
import type { HandlerMap } from '../handler-types';
import { openInWindow } from './open-in-window';

type ProjectMethods = 'project.create' | 'project.open' | 'project.openSample' | 'project.current' | 'project.close' | 'project.saveAs' | 'project.update';

const FIELD_LABELS: Record<keyof ProjectFields, string> = {
  name: 'name',
  organisation: 'organisation',
  description: 'description',
  plannedStart: 'planned start',
  targetGoLive: 'target go-live',
  currency: 'currency',
};

function editLabel(patch: Partial<ProjectFields>, before: Project): string {
  const fields = Object.keys(patch) as (keyof ProjectFields)[];
  if (fields.length === 1 && fields[0] === 'name') return `Rename project to "${patch.name}"`;
  if (fields.length === 1 && fields[0]) return `Change project ${FIELD_LABELS[fields[0]]}`;
  return `Edit project "${before.name}"`;
}

export const projectHandlers: HandlerMap<ProjectMethods> = {
  'project.create': ({ fields, template, path: requested }, ctx) => {
    const filePath = requested ? ctx.host.resolveProjectPath(requested) : uniquePath(ctx.host.projectsDir, fileNameFor(fields.name));
    createNewProject(filePath, { fields, template, actor: ctx.host.userName });
    return openInWindow(ctx, filePath);
  },

  'project.open': ({ path: requested }, ctx) => openInWindow(ctx, ctx.host.resolveProjectPath(requested)),

  'project.openSample': (_input, ctx) => {
    const sample = NORTHWIND_SAMPLE;
    const filePath = path.join(ctx.host.projectsDir, sample.fileName);
    // The user's copy of the sample is theirs to edit: reopen it rather than piling up copies.
    if (!fs.existsSync(filePath)) {
      const stepNotes = Object.fromEntries(Object.entries(sample.steps).map(([key, value]) => [key, value?.notes ?? '']));
      createNewProject(filePath, {
        fields: sample.fields,
        template: sample.template,
        actor: ctx.host.userName,
        progress: sample.progress,
        stepNotes,
        seeders: SAMPLE_SEEDERS,
      });
    }
    return openInWindow(ctx, filePath);
  },

  'project.current': (_input, ctx) => ctx.currentSession()?.describe() ?? null,

  'project.close': (_input, ctx) => {
    ctx.switchTo(null);
    return null;
  },

  'project.saveAs': ({ path: requested }, ctx) => {
    const session = ctx.session();
    const target = ctx.host.resolveProjectPath(requested);
    session.saveAs(target);
    // Like every desktop editor, Save As continues in the new file; the old one is left as it was.
    ctx.switchTo(null);
    return openInWindow(ctx, target);
  },

  'project.update': ({ patch }, ctx) => {
    const session = ctx.session();
    const before = session.project();
    const merged = ProjectFields.safeParse({ ...pickFields(before), ...patch });
    if (!merged.success) throw new ApiError('VALIDATION', 'The project details are not valid.', zodIssues(merged.error, ['patch']));
    const changed = Object.fromEntries(Object.entries(patch).filter(([field, value]) => before[field as keyof ProjectFields] !== value));
    if (Object.keys(changed).length === 0) return { value: before, history: session.history.state() };
    const result = session.edit(editLabel(changed, before), (edit) =>
      edit.update('project', before.id, { ...entityToColumns('project', changed), updated_at: new Date().toISOString() }),
    );
    return { value: rowToEntity<Project>('project', result.value), history: result.history };
  },
};

function pickFields(project: Project): ProjectFields {
  const { name, organisation, description, plannedStart, targetGoLive, currency } = project;
  return { name, organisation, description, plannedStart, targetGoLive, currency };
}
