import type { GovernanceView } from '../../../shared/api/methods/operations';
import { INCIDENT_STATUS_LABELS, type Drill, type Incident, type Runbook, type SeverityLevel } from '../../../shared/schemas/governance';
import { SEVERITY_LABELS } from '../../../shared/schemas/pilot';
import { formatPlanDate } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { useRollout } from '../../state/RolloutProvider';
import { field } from '../pilot/pilot-fields';
import { Pill, type Tone } from '../operations/Pill';
import { Section } from '../operations/Section';
import { DRILL_FIELDS, INCIDENT_FIELDS, RUNBOOK_FIELDS, SEVERITY_FIELDS } from './governance-fields';

const SEVERITY_TONE: Record<Incident['severity'], Tone> = { low: 'neutral', medium: 'info', high: 'warn', critical: 'bad' };
const STATUS_TONE: Record<Incident['status'], Tone> = { open: 'bad', contained: 'warn', resolved: 'info', closed: 'good' };

export function IncidentResponse({ data }: { data: GovernanceView }) {
  const navigate = useRollout((s) => s.navigate);
  return (
    <>
      <Section title="Severity levels and escalation" lead="What each level means, how fast the response starts and who is called.">
        <RecordTable<SeverityLevel>
          collection="severityLevel" rows={data.severityLevels} fields={SEVERITY_FIELDS} caption="Incident severity levels" noun="severity level" name={(r) => SEVERITY_LABELS[r.level]}
          empty={<p>No severity levels yet. Define four: critical, high, medium and low, each with a response time.</p>}
          columns={[
            { header: 'Level', render: (r) => <Pill tone={SEVERITY_TONE[r.level]}>{SEVERITY_LABELS[r.level]}</Pill> },
            { header: 'Definition', render: (r) => r.definition },
            { header: 'Response time', field: field(SEVERITY_FIELDS, 'responseTime') },
            { header: 'Escalation', field: field(SEVERITY_FIELDS, 'escalation') },
          ]}
          defaults={{ level: 'high' }}
        />
        <h3>Escalation path from step 1</h3>
        {data.escalation.length ? (
          <ol className="compact-list">
            {data.escalation.map((e) => <li key={`${e.issueKind}-${e.escalateTo}`}><span>{e.issueKind}</span><span>to {e.escalateTo} within {e.withinHours} h</span></li>)}
          </ol>
        ) : (
          <p className="muted">No escalation path yet. It is kept with the team in <a href="#/step/team" onClick={(e) => { e.preventDefault(); navigate({ kind: 'step', key: 'team' }); }}>step 1</a>.</p>
        )}
      </Section>

      <Section title="Runbooks" lead="Step-by-step responses: containment, investigation, remediation, communication, restoration.">
        <RecordTable<Runbook>
          collection="runbook" rows={data.runbooks} fields={RUNBOOK_FIELDS} caption="Runbooks" noun="runbook" name={(r) => r.title}
          empty={<p>No runbooks yet. Start with suspected data leakage and wrong advice given to a customer.</p>}
          columns={[
            { header: 'Runbook', field: field(RUNBOOK_FIELDS, 'title') },
            { header: 'Owner', field: field(RUNBOOK_FIELDS, 'owner') },
            { header: 'Where it lives', field: field(RUNBOOK_FIELDS, 'location') },
            { header: 'Last reviewed', render: (r) => (r.lastReviewed ? formatPlanDate(r.lastReviewed) : 'Never') },
          ]}
        />
      </Section>

      <Section title="Drills" lead="Regular drills, planned and held, with what was learned.">
        <RecordTable<Drill>
          collection="drill" rows={data.drills} fields={DRILL_FIELDS} caption="Incident response drills" noun="drill" name={(r) => r.title}
          empty={<p>No drills yet. A one-hour tabletop exercise on a leaked prompt finds most gaps.</p>}
          columns={[
            { header: 'Drill', field: field(DRILL_FIELDS, 'title') },
            { header: 'Planned for', render: (r) => formatPlanDate(r.plannedOn) },
            { header: 'Held on', field: field(DRILL_FIELDS, 'heldOn'), inline: true },
            { header: 'Lessons', render: (r) => <span className="clamp">{r.lessons}</span> },
          ]}
        />
      </Section>

      <Section title="Incident log" lead="Date, severity, containment, investigation, remediation and the post-incident review.">
        <RecordTable<Incident>
          collection="incident" rows={data.incidents} fields={INCIDENT_FIELDS} caption="Incident log" noun="incident" name={(r) => r.title}
          empty={<p>No incidents logged. When something happens, log it here the same day.</p>}
          columns={[
            { header: 'Incident', field: field(INCIDENT_FIELDS, 'title') },
            { header: 'Date', render: (r) => formatPlanDate(r.occurredOn) },
            { header: 'Severity', render: (r) => <Pill tone={SEVERITY_TONE[r.severity]}>{SEVERITY_LABELS[r.severity]}</Pill> },
            { header: 'Status', render: (r) => <Pill tone={STATUS_TONE[r.status]}>{INCIDENT_STATUS_LABELS[r.status]}</Pill> },
            { header: 'Review', render: (r) => <span className="clamp">{r.postIncidentReview || 'Not yet'}</span> },
          ]}
          defaults={{ severity: 'medium', status: 'open' }}
        />
      </Section>
    </>
  );
}
