import { useState } from 'react';
import { PILOT_PHASE_LABELS, type CriterionResult } from '../../../shared/rules/pilot';
import { COMPARISON_LABELS, SEVERITY_LABELS, type ExitCriterion, type Finding, type PilotGroup } from '../../../shared/schemas/pilot';
import { RecordTable } from '../../components/records/RecordTable';
import { formatPlanDate } from '../../components/format';
import { useProjectQuery } from '../../state/use-project-query';
import { Pill, type Tone } from '../operations/Pill';
import { Section } from '../operations/Section';
import { PilotDecisions } from './PilotDecisions';
import { CRITERION_FIELDS, FINDING_FIELDS, GROUP_FIELDS, field } from './pilot-fields';

const RESULT: Record<CriterionResult, { tone: Tone; label: string }> = {
  pass: { tone: 'good', label: 'Pass' },
  fail: { tone: 'bad', label: 'Fail' },
  not_measured: { tone: 'neutral', label: 'Not measured' },
};
const SEVERITY_TONE: Record<string, Tone> = { low: 'neutral', medium: 'info', high: 'warn', critical: 'bad' };

type CriterionRow = ExitCriterion & { result: CriterionResult };

export function PilotPanel() {
  const { data } = useProjectQuery('pilot.get', {});
  const [openOnly, setOpenOnly] = useState(false);
  if (!data) return <p className="muted">Loading the pilot…</p>;
  const { summary } = data;
  const findings = openOnly ? data.findings.filter((f) => f.status === 'open' || f.status === 'in_progress') : data.findings;

  return (
    <div className="ops">
      <dl className="facts" aria-label="Pilot at a glance">
        <div className="facts__item"><dt>Pilot status</dt><dd data-testid="pilot-phase">{PILOT_PHASE_LABELS[summary.phase]}</dd></div>
        <div className="facts__item"><dt>Exit criteria</dt><dd>{summary.criteria.passed} of {summary.criteria.total} pass · {summary.criteria.total - summary.criteria.measured} unmeasured</dd></div>
        <div className="facts__item"><dt>Open high-severity findings</dt><dd data-testid="pilot-blocking">{summary.openBlockingFindings}</dd></div>
        <div className="facts__item"><dt>Ready to decide</dt><dd>{summary.readyToDecide ? 'Yes' : 'Not yet'}</dd></div>
      </dl>

      <Section title="Pilot groups" lead="A small but representative group: a cross-section of functions, grades and sceptics, with a control group where possible.">
        <RecordTable<PilotGroup>
          collection="pilotGroup" rows={data.groups} fields={GROUP_FIELDS} caption="Pilot groups" noun="pilot group" name={(r) => r.name}
          empty={<p>No pilot group yet. Add the teams that will try the assistant first, and a control group to compare against.</p>}
          columns={[
            { header: 'Group', field: field(GROUP_FIELDS, 'name') },
            { header: 'Functions', field: field(GROUP_FIELDS, 'functions') },
            { header: 'Size', render: (r) => r.size, className: 'num' },
            { header: 'Control', render: (r) => (r.isControl ? 'Control group' : 'Uses the assistant') },
            { header: 'Dates', render: (r) => (r.startDate ? `${formatPlanDate(r.startDate)} – ${r.endDate ? formatPlanDate(r.endDate) : 'open'}` : 'Not scheduled') },
          ]}
          defaults={{ size: 20 }}
        />
      </Section>

      <Section title="Exit criteria" lead="Agreed up front; pass or fail is computed from the measured value. Enter the value as soon as it is measured.">
        <RecordTable<CriterionRow>
          collection="exitCriterion" rows={data.criteria} fields={CRITERION_FIELDS} caption="Pilot exit criteria" noun="exit criterion" name={(r) => r.metric}
          empty={<p>No exit criteria yet. Typical ones: active use above a threshold, measured gain against the control group, no open high-severity incident, satisfaction, helpdesk load, legal and privacy sign-off.</p>}
          columns={[
            { header: 'Metric', field: field(CRITERION_FIELDS, 'metric') },
            { header: 'Target', render: (r) => `${COMPARISON_LABELS[r.comparison]} ${r.target} ${r.unit}`.trim() },
            { header: 'Measured', field: field(CRITERION_FIELDS, 'measured'), inline: true, className: 'num' },
            { header: 'Result', render: (r) => <Pill tone={RESULT[r.result].tone}>{RESULT[r.result].label}</Pill> },
            { header: 'Evidence', render: (r) => <span className="clamp">{r.evidence}</span> },
          ]}
          defaults={{ comparison: 'gte', target: 0 }}
        />
      </Section>

      <Section title="Findings log" lead="Technical issues (integration, scaling, speed, compute) and user feedback (ease of use, utility). An open high or critical finding blocks the decision."
        actions={<label className="choice"><input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} /> Open only</label>}>
        <RecordTable<Finding>
          collection="finding" rows={data.findings} visible={openOnly ? findings : undefined} fields={FINDING_FIELDS} caption="Pilot findings" noun="finding" name={(r) => r.title}
          empty={<p>No findings yet. Log what comes up in the pilot, from timeouts to "nobody knows what they may paste", with an owner.</p>}
          rowClassName={(r) => ((r.severity === 'high' || r.severity === 'critical') && (r.status === 'open' || r.status === 'in_progress') ? 'row--attention' : undefined)}
          columns={[
            { header: 'Finding', field: field(FINDING_FIELDS, 'title') },
            { header: 'Category', field: field(FINDING_FIELDS, 'category') },
            { header: 'Severity', render: (r) => <Pill tone={SEVERITY_TONE[r.severity] ?? 'neutral'}>{SEVERITY_LABELS[r.severity]}</Pill> },
            { header: 'Status', field: field(FINDING_FIELDS, 'status'), inline: true },
            { header: 'Owner', field: field(FINDING_FIELDS, 'owner') },
          ]}
          defaults={{ category: 'other', severity: 'medium', status: 'open' }}
        />
      </Section>

      <PilotDecisions decisions={data.decisions} summary={summary} />
    </div>
  );
}
