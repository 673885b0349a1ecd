import { heatMap } from '../../../shared/rules/governance';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { ContingencyPlans } from './ContingencyPlans';
import { HeatMap } from './HeatMap';

/** Step 10's page: where the organisation stands on risks, incidents and drills, and its contingency plans. */
export function ContingencyPanel() {
  const { data } = useProjectQuery('governance.get', {});
  const navigate = useRollout((s) => s.navigate);
  if (!data) return <p className="muted">Loading…</p>;
  const live = data.risks.filter((r) => r.status !== 'closed');
  const serious = live.filter((r) => r.level === 'high' || r.level === 'critical').length;
  const openIncidents = data.incidents.filter((i) => i.status === 'open' || i.status === 'contained').length;
  const held = data.drills.filter((d) => d.heldOn).length;
  return (
    <div className="ops">
      <div className="heatmap-layout">
        <dl className="facts facts--compact" aria-label="Preparedness at a glance">
          <div className="facts__item"><dt>Open risks</dt><dd>{live.length} ({serious} high or critical)</dd></div>
          <div className="facts__item"><dt>Open incidents</dt><dd>{openIncidents}</dd></div>
          <div className="facts__item"><dt>Drills held</dt><dd>{held} of {data.drills.length} planned</dd></div>
          <div className="facts__item"><dt>Policies overdue</dt><dd>{data.policies.filter((p) => p.overdue).length}</dd></div>
        </dl>
        <div>
          <HeatMap counts={heatMap(data.risks, 'inherent')} caption="Risk heat map, open risks" />
          <p>
            <a href="#/governance" onClick={(e) => { e.preventDefault(); navigate({ kind: 'governance' }); }}>Open the risk register and governance records</a>
          </p>
        </div>
      </div>
      <ContingencyPlans plans={data.contingencyPlans} />
    </div>
  );
}
