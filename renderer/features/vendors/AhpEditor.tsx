import { memo, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import { CR_LIMIT, MAX_AHP_SIZE, SAATY_VALUES, describeIntensity } from '../../../shared/rules/scoring/ahp';
import { groupAhp } from '../../../shared/rules/scoring/evaluate';
import { useRollout } from '../../state/RolloutProvider';
import { evaluatorLabel, formatPercent } from './use-evaluation';

function optionLabel(value: number, a: string, b: string): string {
  if (Math.abs(value - 1) < 1e-9) return `Equal (1)`;
  const strength = Math.round(value >= 1 ? value : 1 / value);
  return `${value >= 1 ? a : b}: ${strength} – ${describeIntensity(value)}`;
}

/** Saaty pairwise comparison of the criteria groups, per judge; the group's judgments combine by geometric mean. */
export const AhpEditor = memo(function AhpEditor({ data }: { data: VendorEvaluation }) {
  const mutate = useRollout((s) => s.mutate);
  const [judge, setJudge] = useState<string>('');
  const groups = data.groups;
  const judgeId = judge === '' ? null : judge;
  const mine = data.comparisons.filter((c) => c.evaluatorId === judgeId);
  const combined = groupAhp(groups, data.comparisons);
  const own = groupAhp(groups, mine);

  const valueOf = (a: string, b: string) => {
    const c = mine.find((x) => (x.groupAId === a && x.groupBId === b) || (x.groupAId === b && x.groupBId === a));
    if (!c) return '';
    const v = c.groupAId === a ? c.value : 1 / c.value;
    return String(SAATY_VALUES.findIndex((s) => Math.abs(s - v) < 1e-6));
  };

  if (groups.length < 2) return <p className="muted">Pairwise comparison needs at least two criteria groups.</p>;
  if (groups.length > MAX_AHP_SIZE) return <p className="field__error">Pairwise comparison works with at most {MAX_AHP_SIZE} groups; merge some groups or use direct weights.</p>;

  const pairs = groups.flatMap((a, i) => groups.slice(i + 1).map((b) => [a, b] as const));
  return (
    <div className="ahp">
      <div className="ahp__summary" role="status">
        <p>
          Consistency ratio {combined.cr === null ? 'n/a' : combined.cr.toFixed(3)}
          {data.evaluators.length > 0 && judgeId !== null ? ` (this judge: ${own.cr?.toFixed(3) ?? 'n/a'})` : ''}
        </p>
        {combined.cr !== null && combined.cr > CR_LIMIT ? (
          <p className="warning-text"><strong>Warning:</strong> the judgments are inconsistent (CR above {CR_LIMIT.toFixed(2)}). Revisit the comparisons that contradict each other before relying on these weights.</p>
        ) : <p className="muted small">Consistent enough (CR ≤ {CR_LIMIT.toFixed(2)}).</p>}
        <ul className="chip-list">
          {groups.map((g, i) => <li key={g.id} className="chip">{g.name}: {formatPercent(combined.weights[i] ?? 0)}</li>)}
        </ul>
      </div>
      <label className="inline-label">
        Judgments of{' '}
        <select value={judge} onChange={(e) => setJudge(e.target.value)}>
          <option value="">The group (consensus)</option>
          {data.evaluators.map((e, i) => <option key={e.id} value={e.id}>{evaluatorLabel(e, i, true)}</option>)}
        </select>
      </label>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Pairwise comparisons of the criteria groups</caption>
          <thead><tr><th scope="col">Compare</th><th scope="col">Which matters more, and how much?</th></tr></thead>
          <tbody>
            {pairs.map(([a, b]) => (
              <tr key={`${a.id}-${b.id}`}>
                <th scope="row">{a.name} vs {b.name}</th>
                <td>
                  <select aria-label={`${a.name} compared with ${b.name}`} value={valueOf(a.id, b.id)}
                    onChange={(e) => {
                      const index = e.target.value === '' ? null : Number(e.target.value);
                      const value = index === null ? null : (SAATY_VALUES[index] ?? null);
                      void mutate((api) => api.invoke('vendors.setComparison', { groupAId: a.id, groupBId: b.id, evaluatorId: judgeId, value }));
                    }}>
                    <option value="">Not judged (counts as equal)</option>
                    {[...SAATY_VALUES].reverse().map((v) => {
                      const index = SAATY_VALUES.indexOf(v);
                      return <option key={index} value={index}>{optionLabel(v, a.name, b.name)}</option>;
                    })}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
