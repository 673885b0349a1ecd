import { useState } from 'react';
import type { GovernanceView } from '../../../shared/api/methods/operations';
import type { Charter, CharterReviewer } from '../../../shared/schemas/governance';
import { REVIEWER_ROLE_LABELS } from '../../../shared/schemas/governance';
import { Field } from '../../components/Field';
import { RecordTable } from '../../components/records/RecordTable';
import { useOps } from '../../components/records/use-ops';
import { useRollout } from '../../state/RolloutProvider';
import { field } from '../pilot/pilot-fields';
import { Section } from '../operations/Section';
import { todayIso } from '../operations/today';
import { REVIEWER_FIELDS } from './governance-fields';

const PARTS: { key: keyof Charter; label: string; hint: string }[] = [
  { key: 'purpose', label: 'Purpose', hint: 'Why the organisation adopts the models, in two or three sentences' },
  { key: 'boundaries', label: 'Boundaries', hint: 'What the models will not be used for' },
  { key: 'successCriteria', label: 'Success criteria', hint: 'How everyone will know it worked' },
];

function CharterText({ part, value }: { part: (typeof PARTS)[number]; value: string }) {
  const mutate = useRollout((s) => s.mutate);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Field label={part.label} hint={`${part.hint}. Saved when you leave the field.`} className="field--wide">
      {(control) => (
        <textarea {...control} rows={3} value={draft ?? value} onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft !== null && draft !== value) void mutate((api) => api.invoke('governance.updateCharter', { patch: { [part.key]: draft } })).then(() => setDraft(null));
            else setDraft(null);
          }} />
      )}
    </Field>
  );
}

export function CharterSection({ data }: { data: GovernanceView }) {
  const ops = useOps();
  return (
    <Section title="Governance charter" lead="Purpose, boundaries and success criteria, reviewed by product, legal, security and governance people.">
      <div className="card">
        {PARTS.map((part) => <CharterText key={part.key} part={part} value={data.charter[part.key]} />)}
      </div>
      <h3>Reviewers and sign-off</h3>
      <RecordTable<CharterReviewer>
        collection="charterReviewer" rows={data.reviewers} fields={REVIEWER_FIELDS} caption="Charter reviewers" noun="reviewer" name={(r) => r.name}
        empty={<p>No reviewers yet. Name one person each for product, legal, security and governance.</p>}
        columns={[
          { header: 'Reviewer', field: field(REVIEWER_FIELDS, 'name') },
          { header: 'Reviews for', render: (r) => REVIEWER_ROLE_LABELS[r.role] },
          { header: 'Signed off on', field: field(REVIEWER_FIELDS, 'signedOn'), inline: true },
        ]}
        actions={(r) => (r.signedOn ? null : (
          <button type="button" className="button button--small" onClick={() => void ops.update('charterReviewer', r.id, { signedOn: todayIso() })}>
            Sign off today<span className="visually-hidden"> for {r.name}</span>
          </button>
        ))}
        defaults={{ role: 'product', memberId: null, signedOn: null }}
      />
    </Section>
  );
}
