import { useState } from 'react';
import type { VendorEvaluation } from '../../../shared/api/methods/vendors';
import type { Criterion } from '../../../shared/schemas/vendors';
import { useRollout } from '../../state/RolloutProvider';
import { InlineText } from './inline-inputs';

interface DetailsProps {
  criterion: Criterion;
  links: VendorEvaluation['links'];
  requirements: VendorEvaluation['requirements'];
}

/**
 * Description, what each level of the scale means, and the requirements of step 2 this criterion checks. The
 * fields are drawn when the details are opened: sixty criteria would otherwise keep some 700 hidden fields.
 */
export function CriterionDetails({ criterion, links, requirements }: DetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="criterion-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Details of {criterion.name}</summary>
      {open ? <DetailsFields criterion={criterion} links={links} requirements={requirements} /> : null}
    </details>
  );
}

function DetailsFields({ criterion, links, requirements }: DetailsProps) {
  const mutate = useRollout((s) => s.mutate);
  const update = (patch: Partial<Criterion>) => mutate((api) => api.invoke('vendors.updateCriterion', { id: criterion.id, patch }));
  const linked = links.filter((l) => l.criterionId === criterion.id).map((l) => l.requirementId);
  const titles = new Map((requirements ?? []).map((r) => [r.id, r.title]));
  const available = (requirements ?? []).filter((r) => !linked.includes(r.id));

  return (
    <>
      <InlineText label={`Description of ${criterion.name}`} compact={false} multiline value={criterion.description} onCommit={(description) => update({ description })} />
      <p className="field__label">What each level means{criterion.source ? <span className="muted small"> · source: {criterion.source}</span> : null}</p>
      <ol className="descriptor-list" start={0}>
        {criterion.descriptors.map((text, level) => (
          <li key={level}>
            <InlineText label={`Level ${level} of ${criterion.name}`} value={text}
              onCommit={(next) => update({ descriptors: criterion.descriptors.map((d, i) => (i === level ? next : d)) })} />
          </li>
        ))}
      </ol>
      <p className="field__label">Linked requirements</p>
      {requirements === null ? (
        <p className="muted small">Requirements from step 2 can be linked once this project has them.</p>
      ) : (
        <>
          {linked.length === 0 ? <p className="muted small">Not linked to a requirement yet.</p> : (
            <ul className="chip-list">
              {linked.map((id) => (
                <li key={id} className="chip">
                  {titles.get(id) ?? 'A removed requirement'}
                  <button type="button" className="button button--quiet button--small" aria-label={`Unlink ${titles.get(id) ?? 'requirement'}`}
                    onClick={() => void mutate((api) => api.invoke('vendors.unlinkRequirement', { criterionId: criterion.id, requirementId: id }))}>×</button>
                </li>
              ))}
            </ul>
          )}
          {available.length > 0 ? (
            <label className="inline-label">
              Link a requirement{' '}
              <select value="" onChange={(e) => e.target.value && void mutate((api) => api.invoke('vendors.linkRequirement', { criterionId: criterion.id, requirementId: e.target.value }))}>
                <option value="">Choose…</option>
                {available.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
              </select>
            </label>
          ) : null}
        </>
      )}
    </>
  );
}
