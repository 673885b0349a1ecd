import type { ContingencyPlan } from '../../../shared/schemas/governance';
import { RecordTable } from '../../components/records/RecordTable';
import { field } from '../pilot/pilot-fields';
import { Section } from '../operations/Section';
import { CONTINGENCY_FIELDS } from './governance-fields';

export function ContingencyPlans({ plans }: { plans: ContingencyPlan[] }) {
  return (
    <Section title="Contingency plans" lead="For the unexpected: what triggers the plan, what happens then, and who acts.">
      <RecordTable<ContingencyPlan>
        collection="contingencyPlan" rows={plans} fields={CONTINGENCY_FIELDS} caption="Contingency plans" noun="contingency plan" name={(r) => r.trigger}
        empty={<p>No contingency plans yet. Think of a vendor outage, a data leak, adoption stalling and costs running away.</p>}
        columns={[
          { header: 'Trigger', render: (r) => r.trigger },
          { header: 'Response', render: (r) => r.response },
          { header: 'Owner', field: field(CONTINGENCY_FIELDS, 'owner') },
        ]}
      />
    </Section>
  );
}
