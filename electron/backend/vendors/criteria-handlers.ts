import crypto from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import { defaultDescriptors, SCALE_MAX } from '../../../shared/rules/scoring/scales';
import { CriterionFields, type Criterion, type CriterionGroup } from '../../../shared/schemas/vendors';
import { entityToColumns, rowToEntity } from '../store/tables';
import type { HandlerMap } from '../api/handler-types';
import { zodIssues } from '../api/validation';
import { deleteCriterionCascade, deleteGroupCascade } from './cascade';
import { CRITERIA_LIBRARY } from './library';
import { moveInList, nextSortOrder } from './order';

type CriteriaMethods =
  | 'vendors.library' | 'vendors.createGroup' | 'vendors.updateGroup' | 'vendors.deleteGroup' | 'vendors.moveGroup'
  | 'vendors.createCriterion' | 'vendors.updateCriterion' | 'vendors.deleteCriterion' | 'vendors.moveCriterion'
  | 'vendors.addFromLibrary' | 'vendors.linkRequirement' | 'vendors.unlinkRequirement';

const groupMissing = (path: string[]) => new ApiError('VALIDATION', 'Choose an existing group.', [{ path, message: 'Choose an existing group' }]);

export const criteriaHandlers: HandlerMap<CriteriaMethods> = {
  'vendors.library': () => CRITERIA_LIBRARY,

  'vendors.createGroup': ({ fields }, ctx) => {
    const session = ctx.session();
    const id = crypto.randomUUID();
    return session.edit(`Add criteria group "${fields.name}"`, (edit) =>
      rowToEntity<CriterionGroup>('criterion_group', edit.insert('criterion_group', { id, ...fields, sort_order: nextSortOrder(session.db, 'criterion_group') })),
    );
  },

  'vendors.updateGroup': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const group = session.get<CriterionGroup>('criterion_group', id);
    return session.edit(`Edit criteria group "${group.name}"`, (edit) =>
      rowToEntity<CriterionGroup>('criterion_group', edit.update('criterion_group', id, entityToColumns('criterion_group', patch))),
    );
  },

  'vendors.deleteGroup': ({ id }, ctx) => {
    const session = ctx.session();
    const group = session.get<CriterionGroup>('criterion_group', id);
    return session.edit(`Delete criteria group "${group.name}" and its criteria`, (edit) => {
      deleteGroupCascade(session.db, edit, id);
      return null;
    });
  },

  'vendors.moveGroup': ({ id, direction }, ctx) => {
    const session = ctx.session();
    const group = session.get<CriterionGroup>('criterion_group', id);
    return session.edit(`Move criteria group "${group.name}" ${direction}`, (edit) => {
      moveInList(session.db, edit, 'criterion_group', id, direction);
      return null;
    });
  },

  'vendors.createCriterion': ({ fields }, ctx) => {
    const session = ctx.session();
    if (!session.db.prepare('SELECT 1 FROM criterion_group WHERE id = ?').get(fields.groupId)) throw groupMissing(['fields', 'groupId']);
    const id = crypto.randomUUID();
    return session.edit(`Add criterion "${fields.name}"`, (edit) =>
      rowToEntity<Criterion>('criterion', edit.insert('criterion', {
        id, ...entityToColumns('criterion', fields), library_id: null, source: 'Typed in', sort_order: nextSortOrder(session.db, 'criterion'),
      })),
    );
  },

  'vendors.updateCriterion': ({ id, patch }, ctx) => {
    const session = ctx.session();
    const current = session.get<Criterion>('criterion', id);
    const changes = { ...patch };
    // A new scale gets the standard descriptors unless new ones come with it.
    if (patch.scale && patch.scale !== current.scale && !patch.descriptors) changes.descriptors = defaultDescriptors(patch.scale);
    const merged = CriterionFields.safeParse({ ...current, ...changes });
    if (!merged.success) throw new ApiError('VALIDATION', 'The criterion is not valid.', zodIssues(merged.error, ['patch']));
    if (changes.groupId && !session.db.prepare('SELECT 1 FROM criterion_group WHERE id = ?').get(changes.groupId)) throw groupMissing(['patch', 'groupId']);
    if (changes.scale) {
      const max = SCALE_MAX[changes.scale];
      const above = session.db.prepare('SELECT COUNT(*) AS n FROM score WHERE criterion_id = ? AND value > ?').get(id, max) as { n: number };
      if (above.n > 0) {
        throw new ApiError('VALIDATION', `${above.n} scores of this criterion are above ${max}.`, [
          { path: ['patch', 'scale'], message: `${above.n} existing scores are above ${max}; change or clear them first` },
        ]);
      }
    }
    return session.edit(`Edit criterion "${current.name}"`, (edit) =>
      rowToEntity<Criterion>('criterion', edit.update('criterion', id, entityToColumns('criterion', changes))),
    );
  },

  'vendors.deleteCriterion': ({ id }, ctx) => {
    const session = ctx.session();
    const criterion = session.get<Criterion>('criterion', id);
    return session.edit(`Delete criterion "${criterion.name}"`, (edit) => {
      deleteCriterionCascade(session.db, edit, id);
      return null;
    });
  },

  'vendors.moveCriterion': ({ id, direction }, ctx) => {
    const session = ctx.session();
    const criterion = session.get<Criterion>('criterion', id);
    return session.edit(`Move criterion "${criterion.name}" ${direction}`, (edit) => {
      moveInList(session.db, edit, 'criterion', id, direction, 'group_id = ?', criterion.groupId);
      return null;
    });
  },

  'vendors.addFromLibrary': ({ libraryIds }, ctx) => {
    const session = ctx.session();
    const wanted = new Set(libraryIds);
    const known = new Set(CRITERIA_LIBRARY.groups.flatMap((g) => g.criteria.map((c) => c.id)));
    const unknown = libraryIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new ApiError('VALIDATION', `Not in the library: ${unknown.join(', ')}.`, [{ path: ['libraryIds'], message: 'Choose criteria from the library' }]);
    const present = new Set((session.db.prepare('SELECT library_id FROM criterion WHERE library_id IS NOT NULL').all() as { library_id: string }[]).map((r) => r.library_id));
    const toAdd = CRITERIA_LIBRARY.groups.map((g) => ({ ...g, criteria: g.criteria.filter((c) => wanted.has(c.id) && !present.has(c.id)) })).filter((g) => g.criteria.length > 0);
    const count = toAdd.reduce((n, g) => n + g.criteria.length, 0);
    if (count === 0) return { value: 0, history: session.history.state() };
    return session.edit(`Add ${count} criteria from the library`, (edit) => {
      let order = nextSortOrder(session.db, 'criterion');
      for (const group of toAdd) {
        // Criteria join the project's group of the same name, so adding in two goes does not split a group.
        const existing = session.db.prepare('SELECT id FROM criterion_group WHERE name = ?').get(group.name) as { id: string } | undefined;
        const groupId = existing?.id ?? crypto.randomUUID();
        if (!existing) edit.insert('criterion_group', { id: groupId, name: group.name, description: group.description, sort_order: nextSortOrder(session.db, 'criterion_group') });
        for (const c of group.criteria) {
          edit.insert('criterion', {
            id: crypto.randomUUID(), group_id: groupId, name: c.name, description: c.description, scale: c.scale,
            descriptors: JSON.stringify(defaultDescriptors(c.scale)), direction: c.direction, must_have: c.mustHave ? 1 : 0,
            raw_weight: c.defaultWeight, library_id: c.id, source: c.source, sort_order: order++,
          });
        }
      }
      return count;
    });
  },

  'vendors.linkRequirement': ({ criterionId, requirementId }, ctx) => {
    const session = ctx.session();
    const criterion = session.get<Criterion>('criterion', criterionId);
    if (session.db.prepare('SELECT 1 FROM criterion_requirement WHERE criterion_id = ? AND requirement_id = ?').get(criterionId, requirementId)) {
      return { value: null, history: session.history.state() };
    }
    return session.edit(`Link criterion "${criterion.name}" to a requirement`, (edit) => {
      edit.insert('criterion_requirement', { id: crypto.randomUUID(), criterion_id: criterionId, requirement_id: requirementId });
      return null;
    });
  },

  'vendors.unlinkRequirement': ({ criterionId, requirementId }, ctx) => {
    const session = ctx.session();
    const criterion = session.get<Criterion>('criterion', criterionId);
    const link = session.db.prepare('SELECT id FROM criterion_requirement WHERE criterion_id = ? AND requirement_id = ?').get(criterionId, requirementId) as { id: string } | undefined;
    if (!link) throw new ApiError('NOT_FOUND', 'That criterion is not linked to that requirement.');
    return session.edit(`Unlink criterion "${criterion.name}" from a requirement`, (edit) => {
      edit.delete('criterion_requirement', link.id);
      return null;
    });
  },
};
