import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { PeopleEntity } from '../../../shared/api/methods/people';
import { useRollout } from '../../state/RolloutProvider';
import { CellEditor } from './CellEditor';
import { cellText, sortKey, type Column, type Row } from './columns';
import { AddRecordForm } from './AddRecordForm';
import { RowActions } from './RowActions';
import { rowElementId } from '../steps/warning-fix';

interface RecordTableProps<T extends Row> {
  entity: PeopleEntity;
  /** "member", "use case": used in button names and messages. */
  noun: string;
  title: string;
  /** Id of the section, the target of a readiness warning's link. */
  id: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowName(row: T): string;
  /** Values of a new entry before the user types (selects start on a sensible choice). */
  defaults: Record<string, unknown>;
  /** What the list is for and how to start, shown while it is empty. */
  emptyText: ReactNode;
  intro?: ReactNode;
  /** Whether the user orders the list (escalation levels) or the order is only for display. */
  orderable?: boolean;
  /** Shown under the table, e.g. a coverage summary. */
  footer?: ReactNode;
}

type Sort = { key: string; direction: 'ascending' | 'descending' } | null;

/**
 * An editable list: edit in place, add, delete (undo brings it back), reorder, sort by a column and filter.
 * Every change is one API edit, so it is one undo step and one audit entry.
 */
export function RecordTable<T extends Row>(props: RecordTableProps<T>) {
  const { entity, noun, title, id, rows, columns, rowName, orderable } = props;
  const mutate = useRollout((s) => s.mutate);
  const undo = useRollout((s) => s.undo);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const tableColumns = columns.filter((c) => !c.detail);
  const detailColumns = columns.filter((c) => c.detail);
  const toggleDetails = (rowId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return next;
    });

  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const matching = needle ? rows.filter((row) => columns.some((c) => cellText(c, row).toLocaleLowerCase().includes(needle))) : [...rows];
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
    if (!column || !sort) return matching;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return matching.sort((a, b) => {
      const x = sortKey(column, a);
      const y = sortKey(column, b);
      return (x < y ? -1 : x > y ? 1 : 0) * factor;
    });
  }, [rows, columns, filter, sort]);

  const canReorder = orderable && sort === null && filter.trim() === '';
  const toggleSort = (key: string) =>
    setSort((current) => (current?.key !== key ? { key, direction: 'ascending' } : current.direction === 'ascending' ? { key, direction: 'descending' } : null));

  async function remove(row: T) {
    await mutate((api) => api.invoke('people.delete', { entity, id: row.id }));
    setDeleted(rowName(row));
  }

  return (
    <section className="card record-table" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <div className="record-table__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {rows.length > 3 ? (
          <label className="record-table__filter">
            <span>Filter</span>
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={`Filter ${title.toLowerCase()}`} />
          </label>
        ) : null}
      </div>
      {props.intro ? <div className="record-table__intro">{props.intro}</div> : null}
      <p className="visually-hidden" role="status">{deleted ? `Deleted ${noun} ${deleted}` : ''}</p>
      {deleted ? (
        <p className="record-table__undo">
          Deleted {noun} “{deleted}”.{' '}
          <button type="button" className="button button--small" onClick={() => { setDeleted(null); void undo(); }}>Undo</button>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <div className="empty-state">{props.emptyText}</div>
      ) : (
        <div className="table-scroll">
          <table className="table record-table__table">
            <caption className="visually-hidden">{title}{shown.length < rows.length ? `, ${shown.length} of ${rows.length} shown` : ''}</caption>
            <thead>
              <tr>
                {tableColumns.map((c) => (
                  <th key={c.key} scope="col" style={c.width ? { minWidth: c.width } : undefined}
                    aria-sort={sort?.key === c.key ? sort.direction : undefined}>
                    <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                      {c.label}
                      <span aria-hidden="true" className="sort-button__mark">{sort?.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                    </button>
                  </th>
                ))}
                <th scope="col" className="actions"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                <Fragment key={row.id}>
                  {/* The id lets a readiness warning take the user to this very row (steps/warning-fix.ts). */}
                  <tr id={rowElementId(id, row.id)} tabIndex={-1} className={expanded.has(row.id) ? 'record-row record-row--open' : 'record-row'}>
                    {tableColumns.map((c) => (
                      <td key={c.key}>{c.display ? c.display(row) : <CellEditor entity={entity} column={c} row={row} rowName={rowName(row)} />}</td>
                    ))}
                    <td className="actions">
                      <RowActions entity={entity} noun={noun} name={rowName(row)} rowId={row.id} orderable={orderable === true}
                        canMoveUp={canReorder === true && index > 0} canMoveDown={canReorder === true && index < shown.length - 1}
                        reorderHint={canReorder ? undefined : 'Clear the sort and filter to reorder'}
                        details={detailColumns.length > 0 ? { open: expanded.has(row.id), controls: `${id}-detail-${row.id}`, toggle: () => toggleDetails(row.id) } : undefined}
                        onDelete={() => void remove(row)} />
                    </td>
                  </tr>
                  {expanded.has(row.id) ? (
                    <tr id={`${id}-detail-${row.id}`} className="record-detail-row">
                      <td colSpan={tableColumns.length + 1}>
                        <div className="record-detail">
                          {detailColumns.map((c) => <CellEditor key={c.key} entity={entity} column={c} row={row} rowName={rowName(row)} showLabel />)}
                        </div>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? <p className="record-table__none">No {noun} matches “{filter}”.</p> : null}
        </div>
      )}
      {props.footer}
      <AddRecordForm entity={entity} noun={noun} columns={columns} defaults={props.defaults} onAdded={() => setDeleted(null)} />
    </section>
  );
}
