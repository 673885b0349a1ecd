import type { ReactNode } from 'react';
import { PILOT_PHASE_LABELS } from '../../../shared/rules/pilot';
import { formatPlanDate } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';
import type { View } from '../../state/view';
import { useProjectQuery } from '../../state/use-project-query';
import { GATE_STATUS } from '../deployment/gate-status';
import { HeatMap } from '../governance/HeatMap';
import { Pill } from '../operations/Pill';
import { ScheduleAndTraining } from './ScheduleAndTraining';

function Go({ view, children }: { view: View; children: ReactNode }) {
  const navigate = useRollout((s) => s.navigate);
  const href = view.kind === 'step' ? `#/step/${view.key}` : `#/${view.kind}`;
  return <a href={href} onClick={(e) => { e.preventDefault(); navigate(view); }}>{children}</a>;
}

/** The operating side on the Monday-morning overview: risks, KPIs off target, gates and decisions, pilot, schedule, training. */
export function OperationsOverview() {
  const { data } = useProjectQuery('ops.overview', {});
  if (!data) return null;
  return (
    <div className="ops-grid overview-ops">
      <section className="card" aria-labelledby="overview-risks">
        <h2 id="overview-risks">Risk heat map</h2>
        <p className="muted">{data.openRisks} open risks, {data.highRisks} high or critical. {data.openIncidents ? `${data.openIncidents} incident${data.openIncidents === 1 ? '' : 's'} open.` : 'No open incident.'}</p>
        <HeatMap counts={data.heatMap} caption="Open risks by likelihood and impact" />
        <p><Go view={{ kind: 'governance' }}>Risk register</Go></p>
      </section>

      <section className="card" aria-labelledby="overview-kpis">
        <h2 id="overview-kpis">KPIs off target</h2>
        {data.offTargetKpis.length === 0 ? <p className="muted">Every measured KPI is on track.</p> : (
          <ul className="compact-list" aria-label="KPIs off target">
            {data.offTargetKpis.map((k) => (
              <li key={k.id}>
                <span><Pill tone={k.status === 'critical' ? 'bad' : 'warn'}>{k.status === 'critical' ? 'Critical' : 'Warning'}</Pill> {k.name}</span>
                <span>{k.value} {k.unit} on {formatPlanDate(k.measuredOn)} (target {k.target})</span>
              </li>
            ))}
          </ul>
        )}
        <p><Go view={{ kind: 'step', key: 'monitoring' }}>All KPIs</Go></p>
      </section>

      <section className="card" aria-labelledby="overview-gates">
        <h2 id="overview-gates">Gates and decisions</h2>
        <p>Pilot: <strong>{PILOT_PHASE_LABELS[data.pilot.phase]}</strong>
          {data.pilot.openBlockingFindings ? `, ${data.pilot.openBlockingFindings} open high-severity finding${data.pilot.openBlockingFindings === 1 ? '' : 's'}` : ''}
          {' '}(<Go view={{ kind: 'step', key: 'pilot' }}>pilot</Go>)</p>
        {data.gates.length ? (
          <ul className="compact-list" aria-label="Open gates">
            {data.gates.map((g) => (
              <li key={g.waveId}>
                <span>{g.waveName}{g.startDate ? `, starts ${formatPlanDate(g.startDate)}` : ''}</span>
                <span><Pill tone={GATE_STATUS[g.status].tone}>{GATE_STATUS[g.status].label}</Pill> {g.criteriaMet}/{g.criteriaTotal} criteria</span>
              </li>
            ))}
          </ul>
        ) : <p className="muted">No upcoming wave.</p>}
        <h3>Latest decisions</h3>
        {data.decisions.length ? (
          <ul className="compact-list">
            {data.decisions.map((d) => (
              <li key={`${d.kind}-${d.subject}-${d.decidedOn}-${d.outcome}`}><span>{d.subject}: {d.outcome}</span><span className="muted">{formatPlanDate(d.decidedOn)}, {d.decidedBy}</span></li>
            ))}
          </ul>
        ) : <p className="muted">No decision recorded yet.</p>}
        <p><Go view={{ kind: 'step', key: 'deployment' }}>Deployment and gates</Go></p>
      </section>

      <ScheduleAndTraining />
    </div>
  );
}
