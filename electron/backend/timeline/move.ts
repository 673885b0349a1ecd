import { ApiError } from '../../../shared/errors';
import type { MoveDirection, Task } from '../../../shared/schemas/task';
import type { Mutation } from '../../../shared/api/contract';
import type { ProjectSession } from '../session';
import { rowToEntity } from '../store/tables';
import { assertCanHoldTasks, childrenOf, renumber } from './tree';

function refuse(message: string): never {
  throw new ApiError('VALIDATION', message, [{ path: ['direction'], message }]);
}

/**
 * Reorders a task among its siblings or changes its level. Phases stay at the top level (each is a step of the
 * rollout); a task moved up past the top of its phase goes to the end of the phase before, and down past the
 * bottom to the start of the next, so tasks can change phase from the keyboard.
 */
export function moveTask(session: ProjectSession, id: string, direction: MoveDirection): Mutation<Task> {
  const db = session.db;
  const task = session.get<Task>('task', id);
  const siblings = childrenOf(db, task.parentId);
  const index = siblings.findIndex((s) => s.id === id);
  const result = (label: string, change: (edit: Parameters<Parameters<ProjectSession['edit']>[1]>[0]) => void) =>
    session.edit(label, (edit) => {
      change(edit);
      return rowToEntity<Task>('task', edit.get('task', id));
    });

  if (direction === 'up' || direction === 'down') {
    const step = direction === 'up' ? -1 : 1;
    const target = index + step;
    if (target >= 0 && target < siblings.length) {
      const ordered = [...siblings];
      ordered.splice(index, 1);
      ordered.splice(target, 0, task);
      return result(`Move "${task.name}" ${direction}`, (edit) => renumber(edit, ordered));
    }
    if (task.parentId === null) refuse(`"${task.name}" is already the ${direction === 'up' ? 'first' : 'last'} phase.`);
    const parent = session.get<Task>('task', task.parentId);
    const parentSiblings = childrenOf(db, parent.parentId);
    const neighbour = parentSiblings[parentSiblings.findIndex((s) => s.id === parent.id) + step];
    if (!neighbour) refuse(`"${task.name}" is already at the ${direction === 'up' ? 'top' : 'bottom'} of the plan.`);
    assertCanHoldTasks(db, neighbour);
    const into = childrenOf(db, neighbour.id);
    const ordered = direction === 'up' ? [...into, task] : [task, ...into];
    return result(`Move "${task.name}" to "${neighbour.name}"`, (edit) => {
      edit.update('task', id, { parent_id: neighbour.id });
      renumber(edit, ordered);
      renumber(edit, siblings.filter((s) => s.id !== id));
    });
  }

  if (direction === 'indent') {
    if (task.parentId === null) refuse('Phases stay at the top level: each one is a step of the rollout.');
    const above = siblings[index - 1];
    if (!above) refuse(`There is no task above "${task.name}" at its level to indent it under.`);
    assertCanHoldTasks(db, above);
    const into = childrenOf(db, above.id);
    return result(`Indent "${task.name}" under "${above.name}"`, (edit) => {
      edit.update('task', id, { parent_id: above.id });
      renumber(edit, [...into, task]);
      renumber(edit, siblings.filter((s) => s.id !== id));
    });
  }

  if (task.parentId === null) refuse('Phases are already at the top level.');
  const parent = session.get<Task>('task', task.parentId);
  if (parent.parentId === null) refuse(`"${task.name}" is directly under the phase "${parent.name}": tasks belong to a phase. Move it up or down to change phase.`);
  const outer = childrenOf(db, parent.parentId);
  const ordered = [...outer];
  ordered.splice(outer.findIndex((s) => s.id === parent.id) + 1, 0, task);
  return result(`Outdent "${task.name}"`, (edit) => {
    edit.update('task', id, { parent_id: parent.parentId });
    renumber(edit, ordered);
    renumber(edit, siblings.filter((s) => s.id !== id));
  });
}
