import type { PeopleEntity } from '../../../shared/api/methods/people';
import { useRollout } from '../../state/RolloutProvider';

interface RowActionsProps {
  entity: PeopleEntity;
  noun: string;
  name: string;
  rowId: string;
  orderable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Why the move buttons are off (a sort or filter is on), shown as their tooltip. */
  reorderHint?: string;
  details?: { open: boolean; controls: string; toggle(): void };
  onDelete(): void;
}

/** Details, move up/down and delete for one row; every button names its row for screen readers. */
export function RowActions({ entity, noun, name, rowId, orderable, canMoveUp, canMoveDown, reorderHint, details, onDelete }: RowActionsProps) {
  const mutate = useRollout((s) => s.mutate);
  const move = (direction: 'up' | 'down') => void mutate((api) => api.invoke('people.move', { entity, id: rowId, direction }));
  return (
    <span className="row-actions">
      {details ? (
        <button type="button" className="button button--small" aria-expanded={details.open} aria-controls={details.open ? details.controls : undefined}
          aria-label={`Details of ${name}`} onClick={details.toggle}>
          <span aria-hidden="true">{details.open ? '▾' : '▸'}</span> Details
        </button>
      ) : null}
      {orderable ? (
        <>
          <button type="button" className="button button--small button--quiet" disabled={!canMoveUp} aria-label={`Move ${name} up`} title={reorderHint}
            onClick={() => move('up')}>↑</button>
          <button type="button" className="button button--small button--quiet" disabled={!canMoveDown} aria-label={`Move ${name} down`} title={reorderHint}
            onClick={() => move('down')}>↓</button>
        </>
      ) : null}
      <button type="button" className="button button--small button--quiet button--danger" aria-label={`Delete ${noun} ${name}`} onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}
