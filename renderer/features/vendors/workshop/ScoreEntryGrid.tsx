import { useEffect, useRef, useState } from 'react';
import type { VendorEvaluation } from '../../../../shared/api/methods/vendors';
import { mean, standardDeviation } from '../../../../shared/rules/scoring/aggregate';
import { SCALE_MAX } from '../../../../shared/rules/scoring/scales';
import type { Criterion } from '../../../../shared/schemas/vendors';
import { evaluatorLabel } from '../use-evaluation';
import { entryKey, nextCell, type EntryState } from './entry-keys';

interface GridProps {
  data: VendorEvaluation;
  criterion: Criterion;
  round: 1 | 2;
  revealed: boolean;
  onScore(evaluatorId: string, vendorId: string, value: number | null): Promise<unknown>;
}

/**
 * Blind entry: evaluators down, vendors across; a cell shows only whether it is scored until the facilitator
 * reveals. After the reveal each vendor shows the spread of scores, not who gave which.
 */
export function ScoreEntryGrid({ data, criterion, round, revealed, onScore }: GridProps) {
  const [cursor, setCursor] = useState<EntryState>({ row: 0, column: 0, draft: '' });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const max = SCALE_MAX[criterion.scale];
  const rows = data.evaluators.length;
  const columns = data.vendors.length;
  const scores = new Map(data.scores.filter((s) => s.criterionId === criterion.id && s.round === round).map((s) => [`${s.evaluatorId}|${s.vendorId}`, s.value]));
  const firstRound = new Map(data.scores.filter((s) => s.criterionId === criterion.id && s.round === 1).map((s) => [`${s.evaluatorId}|${s.vendorId}`, s.value]));
  const focusWithin = useRef(false);

  useEffect(() => {
    if (focusWithin.current) cells.current.get(`${cursor.row}|${cursor.column}`)?.focus();
  }, [cursor.row, cursor.column]);

  function onKeyDown(event: React.KeyboardEvent) {
    const action = entryKey(event.key, cursor, rows, columns, max);
    if (action.type === 'none') return;
    event.preventDefault();
    const evaluator = data.evaluators[cursor.row];
    const vendor = data.vendors[cursor.column];
    if (action.type === 'move') setCursor({ row: action.row, column: action.column, draft: '' });
    else if (action.type === 'draft') setCursor({ ...cursor, draft: action.draft });
    else if (evaluator && vendor && action.type === 'confirm') {
      void onScore(evaluator.id, vendor.id, action.value);
      setCursor({ ...nextCell(cursor.row, cursor.column, rows, columns), draft: '' });
    } else if (evaluator && vendor && action.type === 'clear') void onScore(evaluator.id, vendor.id, null);
  }

  const whoScored = data.evaluators.map((e) => data.vendors.every((v) => scores.has(`${e.id}|${v.id}`)));
  return (
    <div className="workshop__entry">
      <p className="workshop__who" aria-label="Who has scored">
        {data.evaluators.map((e, i) => (
          <span key={e.id} className={whoScored[i] ? 'who who--done' : 'who'}>
            <span aria-hidden="true">{whoScored[i] ? '✓' : '…'}</span> {evaluatorLabel(e, i, !revealed)}
            <span className="visually-hidden">{whoScored[i] ? ' has scored' : ' has not finished'}</span>
          </span>
        ))}
      </p>
      <table className="workshop__grid" role="grid" aria-label={`Round ${round} scores for ${criterion.name}, 0 to ${max}`}
        onKeyDown={onKeyDown} onFocus={() => (focusWithin.current = true)} onBlur={() => (focusWithin.current = false)}>
        <thead>
          <tr>
            <th scope="col">Evaluator</th>
            {data.vendors.map((v) => <th key={v.id} scope="col">{v.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {revealed ? (
            <tr>
              <th scope="row">Scores</th>
              {data.vendors.map((v) => {
                // In round 2 an evaluator who did not revise still counts with their round-1 score.
                const values = data.evaluators.map((e) => scores.get(`${e.id}|${v.id}`) ?? (round === 2 ? firstRound.get(`${e.id}|${v.id}`) : undefined)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
                return (
                  <td key={v.id} className="workshop__spread">
                    <span className="workshop__values">{values.length ? values.join(' · ') : '–'}</span>
                    {values.length ? <span className="workshop__stats">mean {mean(values).toFixed(1)}, SD {standardDeviation(values).toFixed(1)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ) : data.evaluators.map((e, row) => (
            <tr key={e.id}>
              <th scope="row">{e.name}</th>
              {data.vendors.map((v, column) => {
                const active = cursor.row === row && cursor.column === column;
                const saved = scores.get(`${e.id}|${v.id}`);
                const earlier = round === 2 ? firstRound.get(`${e.id}|${v.id}`) : undefined;
                const state = active && cursor.draft !== '' ? 'typed, press Enter to confirm' : saved !== undefined ? 'scored' : 'not scored';
                return (
                  <td key={v.id} tabIndex={active ? 0 : -1} ref={(el) => { if (el) cells.current.set(`${row}|${column}`, el); }}
                    className={['workshop__cell', active ? 'is-active' : '', saved !== undefined ? 'is-scored' : ''].filter(Boolean).join(' ')}
                    aria-label={`${e.name}, ${v.name}: ${state}${earlier !== undefined ? ', has a round 1 score' : ''}`}
                    onClick={() => setCursor({ row, column, draft: '' })}>
                    <span aria-hidden="true">{active && cursor.draft !== '' ? '•' : saved !== undefined ? '✓' : ''}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {!revealed ? <p className="workshop__hint">Type 0-{max} and press Enter · arrows move · Delete clears · scores stay hidden until revealed</p> : null}
    </div>
  );
}
