import { useState, type ReactNode } from 'react';
import type { CollectionKey } from '../../../shared/schemas/operations';
import { InlineCell } from './InlineCell';
import { RecordDialog } from './RecordDialog';
import { optionLabel, valueOf, type FieldDef, type RecordLike } from './record-fields';
import { useOps } from './use-ops';

export interface Column<R extends RecordLike> {
  header: string;
  /** An editable field shown as an inline control (when `inline`) or as text. */
  field?: FieldDef;
  inline?: boolean;
  /** Read-only content computed from the record (a status, a score). */
  render?(row: R): ReactNode;
  className?: string;
}

interface RecordTableProps<R extends RecordLike> {
  collection: CollectionKey;
  rows: readonly R[];
  columns: readonly Column<R>[];
  /** Every field of the record, for the add and edit dialogs. */
  fields: readonly FieldDef[];
  caption: string;
  noun: string;
  /** What the record is called in labels ("risk 'Data leakage'"). */
  name(row: R): string;
  empty: ReactNode;
  defaults?: Record<string, unknown>;
  ordered?: boolean;
  rowClassName?(row: R): string | undefined;
  /** Extra buttons in a row's actions cell. */
  actions?(row: R): ReactNode;
  addLabel?: string;
  /** Rows actually shown (filtered); `rows` still decides whether the list is empty. */
  visible?: readonly R[];
}

/** An editable list: add and edit in a dialog, edit key fields in place, reorder, delete (undo brings it back). */
export function RecordTable<R extends RecordLike>(props: RecordTableProps<R>) {
  const { collection, rows, columns, fields, caption, noun, name, empty, defaults, ordered = true, rowClassName, actions, addLabel, visible } = props;
  const ops = useOps();
  const [dialog, setDialog] = useState<{ record?: R } | null>(null);
  const shown = visible ?? rows;
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);

  return (
    <>
      {rows.length === 0 ? (
        <div className="empty-state">{empty}</div>
      ) : (
        <div className="table-scroll">
          <table className="table record-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => <th key={c.header} scope="col" className={c.className}>{c.header}</th>)}
                <th scope="col" className="actions"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                <tr key={row.id} className={rowClassName?.(row)}>
                  {columns.map((c, ci) => {
                    const Cell = ci === 0 ? 'th' : 'td';
                    const f = c.field;
                    const content = c.render
                      ? c.render(row)
                      : f && c.inline
                        ? <InlineCell field={f} value={valueOf(row, f.key)} label={`${f.label} of ${name(row)}`}
                            onCommit={(value) => ops.update(collection, row.id, { [f.key]: value })} />
                        : f ? (f.options ? optionLabel(f, valueOf(row, f.key)) : String(valueOf(row, f.key) ?? '')) : null;
                    return <Cell key={c.header} scope={ci === 0 ? 'row' : undefined} className={c.className}>{content}</Cell>;
                  })}
                  <td className="actions">
                    <div className="row-actions">
                      {actions?.(row)}
                      <button type="button" className="button button--small" onClick={() => setDialog({ record: row })}
                        aria-label={`Edit ${noun} ${name(row)}`}>Edit</button>
                      {ordered && !visible ? (
                        <>
                          <button type="button" className="button button--small button--quiet" disabled={index === 0}
                            aria-label={`Move ${noun} ${name(row)} up`} onClick={() => void ops.move(collection, row.id, 'up')}>↑</button>
                          <button type="button" className="button button--small button--quiet" disabled={index === shown.length - 1}
                            aria-label={`Move ${noun} ${name(row)} down`} onClick={() => void ops.move(collection, row.id, 'down')}>↓</button>
                        </>
                      ) : null}
                      <button type="button" className="button button--small button--danger"
                        aria-label={`Delete ${noun} ${name(row)}`} onClick={() => void ops.remove(collection, row.id)}>Delete</button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <button type="button" className="button" onClick={() => setDialog({})}>{addLabel ?? `Add ${noun}`}</button>
      </p>
      {dialog ? (
        <RecordDialog
          title={dialog.record ? `Edit ${noun}` : `Add ${noun}`}
          description={dialog.record ? `${capitalised} "${name(dialog.record)}". Undo reverts the change.` : `A new ${noun}. You can change everything later.`}
          fields={fields}
          record={dialog.record}
          defaults={defaults}
          submitLabel={dialog.record ? 'Save changes' : `Add ${noun}`}
          onSubmit={(values) => (dialog.record ? ops.update(collection, dialog.record.id, values) : ops.create(collection, values))}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
