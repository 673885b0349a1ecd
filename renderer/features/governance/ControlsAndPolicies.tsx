import type { GovernanceView } from '../../../shared/api/methods/operations';
import { CONTROL_TYPE_LABELS, POLICY_STATUS_LABELS, POLICY_TYPE_LABELS, TEST_RESULT_LABELS, type Control, type Policy } from '../../../shared/schemas/governance';
import { formatPlanDate } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { field } from '../pilot/pilot-fields';
import { Pill, type Tone } from '../operations/Pill';
import { Section } from '../operations/Section';
import { CONTROL_FIELDS, POLICY_FIELDS } from './governance-fields';

const RESULT_TONE: Record<Control['result'], Tone> = { not_tested: 'neutral', passed: 'good', partial: 'warn', failed: 'bad' };

export function ControlsSection({ data }: { data: GovernanceView }) {
  const riskTitle = new Map(data.risks.map((r) => [r.id, r.title]));
  return (
    <Section title="Controls and guardrails" lead="Rate limits, content filters, contextual constraints, human review where stakes are high; documented and tested regularly.">
      <RecordTable<Control & { riskIds: string[] }>
        collection="control" rows={data.controls} fields={CONTROL_FIELDS} caption="Controls and guardrails" noun="control" name={(r) => r.name}
        empty={<p>No controls yet. Add the guardrails that reduce your risks, then link them from the risk register.</p>}
        columns={[
          { header: 'Control', field: field(CONTROL_FIELDS, 'name') },
          { header: 'Type', render: (r) => CONTROL_TYPE_LABELS[r.type] },
          { header: 'Linked risks', render: (r) => (r.riskIds.length ? r.riskIds.map((id) => riskTitle.get(id)).join('; ') : <span className="muted">None</span>) },
          { header: 'Owner', field: field(CONTROL_FIELDS, 'owner') },
          { header: 'Last tested', render: (r) => (r.lastTested ? formatPlanDate(r.lastTested) : 'Never') },
          { header: 'Result', render: (r) => <Pill tone={RESULT_TONE[r.result]}>{TEST_RESULT_LABELS[r.result]}</Pill> },
        ]}
        defaults={{ type: 'content_filter', result: 'not_tested' }}
      />
    </Section>
  );
}

export function PoliciesSection({ data }: { data: GovernanceView }) {
  return (
    <Section title="Policies" lead="Data handling, acceptable use, model training, evaluation, deployment, consent, transparency and redress, each with an owner and a review date.">
      <RecordTable<Policy & { overdue: boolean }>
        collection="policy" rows={data.policies} fields={POLICY_FIELDS} caption="Policies" noun="policy" name={(r) => r.title}
        empty={<p>No policies yet. Start with acceptable use and data handling: they are what the training explains.</p>}
        rowClassName={(r) => (r.overdue ? 'row--attention' : undefined)}
        columns={[
          { header: 'Policy', field: field(POLICY_FIELDS, 'title') },
          { header: 'Type', render: (r) => POLICY_TYPE_LABELS[r.type] },
          { header: 'Owner', field: field(POLICY_FIELDS, 'owner') },
          { header: 'Status', field: field(POLICY_FIELDS, 'status'), inline: true },
          { header: 'Review date', render: (r) => (r.reviewDate ? <>{formatPlanDate(r.reviewDate)}{r.overdue ? <> <Pill tone="warn">Review overdue</Pill></> : null}</> : 'None') },
        ]}
        defaults={{ type: 'acceptable_use', status: 'draft' }}
      />
      <p className="muted">Statuses: {Object.values(POLICY_STATUS_LABELS).join(', ')}. A retired policy is never overdue.</p>
    </Section>
  );
}
