import { WAVE_PHASE_LABELS, type WavePhase } from '../../../shared/rules/deployment';
import { STRATEGY_LABELS, STRATEGIES, type SupportItem, type Wave } from '../../../shared/schemas/deployment';
import { Field } from '../../components/Field';
import { formatPlanDate } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { field } from '../pilot/pilot-fields';
import { Pill, type Tone } from '../operations/Pill';
import { Section } from '../operations/Section';
import { GateCard } from './GateCard';
import { GATE_STATUS } from './gate-status';
import { SUPPORT_FIELDS, WAVE_FIELDS } from './deployment-fields';

const PHASE_TONE: Record<WavePhase, Tone> = { unscheduled: 'neutral', planned: 'info', in_progress: 'warn', hypercare: 'warn', complete: 'good' };

export function DeploymentPanel() {
  const { data } = useProjectQuery('deployment.get', {});
  const mutate = useRollout((s) => s.mutate);
  if (!data) return <p className="muted">Loading the deployment…</p>;
  const waves = data.waves.map((w) => w.wave);
  const gateOf = new Map(data.waves.map((w) => [w.wave.id, w]));

  return (
    <div className="ops">
      <Section title="Strategy" lead="Phased waves ordered by readiness and risk (low-risk, high-value teams first), or everyone at once.">
        <Field label="Deployment strategy">
          {(control) => (
            <select {...control} value={data.plan.strategy}
              onChange={(e) => void mutate((api) => api.invoke('deployment.updatePlan', { patch: { strategy: e.target.value as (typeof STRATEGIES)[number] } }))}>
              {STRATEGIES.map((s) => <option key={s} value={s}>{STRATEGY_LABELS[s]}</option>)}
            </select>
          )}
        </Field>
      </Section>

      <Section title="Waves" lead="Each wave has entry and exit criteria, helpdesk and champions in place before launch, a hypercare window and a rollback plan.">
        <RecordTable<Wave>
          collection="wave" rows={waves} fields={WAVE_FIELDS} caption="Deployment waves" noun="wave" name={(r) => r.name}
          empty={<p>No waves yet. Start with the teams that are most ready and least exposed, then widen.</p>}
          columns={[
            { header: 'Wave', render: (r) => <>{r.name}<span className="cell-sub">{r.audiences}</span></> },
            { header: 'Headcount', render: (r) => r.headcount.toLocaleString('en-GB'), className: 'num' },
            { header: 'Dates', render: (r) => (r.startDate ? <><span className="nowrap">{formatPlanDate(r.startDate)} –</span> <span className="nowrap">{r.endDate ? formatPlanDate(r.endDate) : 'open'}</span></> : 'Not scheduled') },
            { header: 'Phase', render: (r) => { const p = gateOf.get(r.id)?.phase ?? 'unscheduled'; return <Pill tone={PHASE_TONE[p]}>{WAVE_PHASE_LABELS[p]}</Pill>; } },
            { header: 'Helpdesk ready', field: field(WAVE_FIELDS, 'helpdeskReady'), inline: true },
            { header: 'Hypercare', render: (r) => `${r.hypercareDays} days`, className: 'num' },
            { header: 'Gate', render: (r) => { const g = GATE_STATUS[gateOf.get(r.id)?.gate.status ?? 'pending']; return <Pill tone={g.tone}>{g.label}</Pill>; } },
          ]}
          defaults={{ headcount: 0, hypercareDays: 14 }}
        />
      </Section>

      <Section title="Go/no-go gates" lead="Before each wave: the criteria with their evidence, then a decision signed off by members with the go/no-go right. A recorded decision is never edited; a change of mind is a new decision.">
        {data.waves.length === 0 ? (
          <div className="empty-state"><p>Gates appear here once there are waves: one gate before each wave.</p></div>
        ) : (
          <div className="gate-list">{data.waves.map((w) => <GateCard key={w.wave.id} view={w} />)}</div>
        )}
      </Section>

      <Section title="Support readiness" lead="The helpdesk is staffed from day one and the schedule is communicated across the organisation.">
        <RecordTable<SupportItem>
          collection="supportItem" rows={data.support} fields={SUPPORT_FIELDS} caption="Support readiness checklist" noun="support item" name={(r) => r.text}
          empty={<p>No checklist yet. Typical items: helpdesk staffed from day one, knowledge base answers, schedule announced, vendor escalation tested.</p>}
          columns={[
            { header: 'Item', field: field(SUPPORT_FIELDS, 'text') },
            { header: 'Owner', field: field(SUPPORT_FIELDS, 'owner') },
            { header: 'Due', render: (r) => (r.dueDate ? formatPlanDate(r.dueDate) : '') },
            { header: 'Done', field: field(SUPPORT_FIELDS, 'done'), inline: true },
          ]}
        />
      </Section>
    </div>
  );
}
