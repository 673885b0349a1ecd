import { riskLevel } from '../../../shared/rules/governance';

export interface Cell {
  likelihood: number;
  impact: number;
}

interface HeatMapProps {
  /** counts[likelihood - 1][impact - 1] */
  counts: number[][];
  selected?: Cell | null;
  onSelect?(cell: Cell | null): void;
  caption: string;
}

const LEVELS = [5, 4, 3, 2, 1];
const IMPACTS = [1, 2, 3, 4, 5];

/**
 * The 5x5 matrix as a real table: likelihood rows from 5 down, impact columns. With onSelect each cell is a toggle
 * button that filters the register (Tab reaches it, Enter or Space presses it); without, it only shows the counts.
 */
export function HeatMap({ counts, selected, onSelect, caption }: HeatMapProps) {
  return (
    <div>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {IMPACTS.map((i) => <th key={i} scope="col"><span className="visually-hidden">Impact </span>{i}</th>)}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((l) => (
            <tr key={l}>
              <th scope="row"><span className="visually-hidden">Likelihood </span>{l}</th>
              {IMPACTS.map((i) => {
                const count = counts[l - 1]?.[i - 1] ?? 0;
                const level = riskLevel(l * i);
                const isSelected = selected?.likelihood === l && selected.impact === i;
                const label = `Likelihood ${l}, impact ${i}: ${count} risk${count === 1 ? '' : 's'}, ${level}`;
                return (
                  <td key={i}>
                    {onSelect ? (
                      <button type="button" className={`heatmap__cell heatmap__cell--${level}`} aria-pressed={isSelected} aria-label={label}
                        disabled={count === 0 && !isSelected} onClick={() => onSelect(isSelected ? null : { likelihood: l, impact: i })}>
                        {count || ''}
                      </button>
                    ) : (
                      <span className={`heatmap__cell heatmap__cell--${level} heatmap__cell--static`} role="img" aria-label={label}>{count || ''}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heatmap__axis-title">Rows: likelihood (5 = almost certain). Columns: impact (5 = severe).</p>
    </div>
  );
}
