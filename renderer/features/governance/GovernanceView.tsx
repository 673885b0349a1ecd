import { useState } from 'react';
import { useProjectQuery } from '../../state/use-project-query';
import { CharterSection } from './CharterSection';
import { ComplianceSection } from './ComplianceSection';
import { ContingencyPlans } from './ContingencyPlans';
import { ControlsSection, PoliciesSection } from './ControlsAndPolicies';
import { IncidentResponse } from './IncidentResponse';
import { RiskRegister } from './RiskRegister';
import { Tabs } from './Tabs';

const TABS = [
  { id: 'risks', label: 'Risks' },
  { id: 'controls', label: 'Controls' },
  { id: 'policies', label: 'Policies' },
  { id: 'charter', label: 'Charter' },
  { id: 'incidents', label: 'Incident response' },
  { id: 'contingency', label: 'Contingency plans' },
  { id: 'compliance', label: 'Compliance' },
] as const;

/** The governance practices in one place: the cross-cutting view of step 10 and the governance of every step. */
export function GovernanceView() {
  const { data } = useProjectQuery('governance.get', {});
  const [tab, setTab] = useState<string>('risks');

  return (
    <div className="view view--wide">
      <div className="view__header">
        <p className="view__eyebrow">Plan and records</p>
        <h1>Risks and governance</h1>
        <p className="view__lead">The risk register and heat map, controls, policies, the governance charter, incident response, contingency plans and compliance checklists.</p>
      </div>
      {!data ? <p className="muted">Loading…</p> : (
        <>
          {data.warnings.length ? (
            <section className="card card--attention" aria-labelledby="governance-warnings">
              <h2 id="governance-warnings">Needs attention</h2>
              <ul className="warnings">{data.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </section>
          ) : null}
          <Tabs tabs={TABS} selected={tab} onSelect={setTab} label="Governance records">
            {tab === 'risks' ? <RiskRegister data={data} /> : null}
            {tab === 'controls' ? <ControlsSection data={data} /> : null}
            {tab === 'policies' ? <PoliciesSection data={data} /> : null}
            {tab === 'charter' ? <CharterSection data={data} /> : null}
            {tab === 'incidents' ? <IncidentResponse data={data} /> : null}
            {tab === 'contingency' ? <ContingencyPlans plans={data.contingencyPlans} /> : null}
            {tab === 'compliance' ? <ComplianceSection data={data} /> : null}
          </Tabs>
        </>
      )}
    </div>
  );
}
