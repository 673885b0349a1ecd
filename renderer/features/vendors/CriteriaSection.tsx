import { createContext, memo, useCallback, useContext, useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { z } from 'zod';
import type { Criterion, CriterionPatch } from '../../../shared/schemas/vendors';
import { DIRECTIONS, SCALES, defaultDescriptors, type Direction, type Scale } from '../../../shared/rules/scoring/scales';
import { StableInput } from '../../components/StableInput';
import { useRollout } from '../../state/RolloutProvider';
import { AddCriterionForm } from './AddCriterionForm';
import { CriterionDetails } from './CriterionDetails';
import { InlineNumber, InlineText } from './inline-inputs';
import { LibraryDialog } from './LibraryDialog';
import { formatPercent } from './use-evaluation';

type Patch = z.input<typeof CriterionPatch>;

interface CriteriaSectionProps {
  data: VendorEvaluation;
  weights: ReadonlyMap<string, number>;
  /** The criterion as saved, as soon as the backend has it. */
  onCriterionSaved(criterion: Criterion): void;
}

export const CriteriaSection = memo(function CriteriaSection({ data, weights, onCriterionSaved }: CriteriaSectionProps) {
  const mutate = useRollout((s) => s.mutate);
  const [library, setLibrary] = useState(false);
  const update = useCallback(
    (id: string, patch: Patch) => mutate((api) => api.invoke('vendors.updateCriterion', { id, patch }), { onSaved: onCriterionSaved }),
    [mutate, onCriterionSaved],
  );

  return (
    <WeightsContext.Provider value={weights}>
      <section className="card" aria-labelledby="vendors-criteria">
        <div className="section-head">
          <h2 id="vendors-criteria">Criteria and weights</h2>
          <button type="button" className="button" onClick={() => setLibrary(true)}>Add from library…</button>
        </div>
        <p className="muted">
          Raw importance (0-100) is normalised so the weights add up to 100%. Must-have criteria are a pass/fail gate before any weighting.
          {data.state.weightMethod === 'ahp' ? ' Group weights come from the pairwise comparison below; raw importance shares a group\'s weight among its criteria.' : ''}
        </p>
        {data.groups.length === 0 ? (
          <div className="empty-state">
            <p>No criteria yet. Start from the library (capability, security, data, compliance, integration, cost, support, viability, responsible AI) and adjust, or type your own.</p>
          </div>
        ) : null}
        {data.groups.map((group, gi) => {
          const members = data.criteria.filter((c) => c.groupId === group.id).sort((a, b) => a.sortOrder - b.sortOrder);
          return (
            <div key={group.id} className="criteria-group">
              <div className="criteria-group__head">
                <InlineText label={`Name of group ${gi + 1}`} value={group.name} onCommit={(name) => mutate((api) => api.invoke('vendors.updateGroup', { id: group.id, patch: { name } }))} />
                <span className="weight-pill">{formatPercent(members.reduce((sum, c) => sum + (weights.get(c.id) ?? 0), 0))}</span>
                <div className="row-actions">
                  <button type="button" className="button button--small" disabled={gi === 0} aria-label={`Move group ${group.name} up`}
                    onClick={() => void mutate((api) => api.invoke('vendors.moveGroup', { id: group.id, direction: 'up' }))}>↑</button>
                  <button type="button" className="button button--small" disabled={gi === data.groups.length - 1} aria-label={`Move group ${group.name} down`}
                    onClick={() => void mutate((api) => api.invoke('vendors.moveGroup', { id: group.id, direction: 'down' }))}>↓</button>
                  <button type="button" className="button button--small button--danger" aria-label={`Delete group ${group.name} and its criteria`}
                    onClick={() => void mutate((api) => api.invoke('vendors.deleteGroup', { id: group.id }))}>Delete group</button>
                </div>
              </div>
              <div className="table-scroll">
                <table className="table criteria-table">
                  <caption className="visually-hidden">Criteria of {group.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Criterion</th><th scope="col">Scale</th><th scope="col">Type</th><th scope="col">Must-have</th>
                      <th scope="col" className="num">Importance</th><th scope="col" className="num">Weight</th><th scope="col" className="actions">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {members.map((c, ci) => (
                      <CriterionRow key={c.id} criterion={c} first={ci === 0} last={ci === members.length - 1} links={data.links} requirements={data.requirements} update={update} />
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          );
        })}
        <AddCriterionForm groups={data.groups} />
        {library ? <LibraryDialog existing={new Set(data.criteria.map((c) => c.libraryId).filter((x): x is string => !!x))} onClose={() => setLibrary(false)} /> : null}
      </section>
    </WeightsContext.Provider>
  );
});

/** The normalised weights by criterion: only the weight cells read them, so a weight change redraws those cells. */
const WeightsContext = createContext<ReadonlyMap<string, number>>(new Map());

function WeightCell({ criterionId }: { criterionId: string }) {
  const weights = useContext(WeightsContext);
  return <td className="num">{formatPercent(weights.get(criterionId) ?? 0)}</td>;
}

interface CriterionRowProps {
  criterion: Criterion;
  first: boolean;
  last: boolean;
  links: VendorEvaluation['links'];
  requirements: VendorEvaluation['requirements'];
  update(id: string, patch: Patch): Promise<unknown>;
}

/** One criterion; drawn again only when it changes (a new weight elsewhere changes its weight cell only). */
const CriterionRow = memo(function CriterionRow({ criterion: c, first, last, links, requirements, update }: CriterionRowProps) {
  const mutate = useRollout((s) => s.mutate);
  return (
    <tr>
      <th scope="row">
        <InlineText label={`Name of criterion ${c.name}`} value={c.name} onCommit={(name) => update(c.id, { name })} />
        <CriterionDetails criterion={c} links={links} requirements={requirements} />
      </th>
      <td>
        <select aria-label={`Scale of ${c.name}`} value={c.scale}
          onChange={(e) => void update(c.id, { scale: e.target.value as Scale, descriptors: defaultDescriptors(e.target.value as Scale) }).catch(() => undefined)}>
          {SCALES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </td>
      <td>
        <select aria-label={`Type of ${c.name}`} value={c.direction} onChange={(e) => void update(c.id, { direction: e.target.value as Direction })}>
          {DIRECTIONS.map((d) => <option key={d} value={d}>{d === 'cost' ? 'Cost (lower is better)' : 'Benefit'}</option>)}
        </select>
      </td>
      <td>
        <StableInput type="checkbox" aria-label={`${c.name} is a must-have`} checked={c.mustHave} onChange={(e) => void update(c.id, { mustHave: e.target.checked })} />
      </td>
      <td className="num"><InlineNumber label={`Importance of ${c.name}`} value={c.rawWeight} min={0} max={100} onCommit={(rawWeight) => update(c.id, { rawWeight })} /></td>
      <WeightCell criterionId={c.id} />
      <td className="actions">
        <div className="row-actions">
          <button type="button" className="button button--small" disabled={first} aria-label={`Move ${c.name} up`}
            onClick={() => void mutate((api) => api.invoke('vendors.moveCriterion', { id: c.id, direction: 'up' }))}>↑</button>
          <button type="button" className="button button--small" disabled={last} aria-label={`Move ${c.name} down`}
            onClick={() => void mutate((api) => api.invoke('vendors.moveCriterion', { id: c.id, direction: 'down' }))}>↓</button>
          <button type="button" className="button button--small button--danger" aria-label={`Delete ${c.name}`}
            onClick={() => void mutate((api) => api.invoke('vendors.deleteCriterion', { id: c.id }))}>Delete</button>
        </div>
      </td>
    </tr>
  );
});
