import type { GovernanceView } from '../../../shared/api/methods/operations';
import { FRAMEWORK_LABELS, FRAMEWORKS, type ComplianceItem } from '../../../shared/schemas/governance';
import { RecordTable } from '../../components/records/RecordTable';
import { useRollout } from '../../state/RolloutProvider';
import { field } from '../pilot/pilot-fields';
import { Section } from '../operations/Section';
import { COMPLIANCE_FIELDS } from './governance-fields';

export function ComplianceSection({ data }: { data: GovernanceView }) {
  const mutate = useRollout((s) => s.mutate);
  return (
    <>
      {FRAMEWORKS.map((framework) => {
        const items = data.compliance.filter((c) => c.framework === framework);
        const done = items.filter((c) => c.applies === 'yes' && c.status === 'done').length;
        const applicable = items.filter((c) => c.applies === 'yes').length;
        return (
          <Section key={framework} title={FRAMEWORK_LABELS[framework]}
            lead={items.length ? `${done} of ${applicable} applicable items done. Not legal advice: confirm with counsel.` : undefined}
            actions={<button type="button" className="button" onClick={() => void mutate((api) => api.invoke('governance.addCompliance', { framework }))}>
              {items.length ? 'Add missing items from the catalogue' : 'Add the checklist'}
            </button>}>
            <RecordTable<ComplianceItem>
              collection="complianceItem" rows={items} fields={COMPLIANCE_FIELDS} caption={`${FRAMEWORK_LABELS[framework]} checklist`} noun="item" name={(r) => `${r.ref} ${r.title}`.trim()}
              empty={<p>No checklist yet. Add the catalogue's items, then say for each whether it applies, its status and the evidence.</p>}
              columns={[
                { header: 'Ref', render: (r) => r.ref },
                { header: 'Item', field: field(COMPLIANCE_FIELDS, 'title') },
                { header: 'Applies', field: field(COMPLIANCE_FIELDS, 'applies'), inline: true },
                { header: 'Status', field: field(COMPLIANCE_FIELDS, 'status'), inline: true },
                { header: 'Evidence', render: (r) => <span className="clamp">{r.evidence}</span> },
              ]}
              defaults={{ framework, applies: 'unsure', status: 'not_started' }}
            />
          </Section>
        );
      })}
    </>
  );
}
