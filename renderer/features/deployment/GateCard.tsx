import { useState } from 'react';
import type { WaveView } from '../../../shared/api/methods/operations';
import { GATE_OUTCOME_LABELS, type GateCriterion } from '../../../shared/schemas/deployment';
import { formatPlanDate, formatTimestamp } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { field } from '../pilot/pilot-fields';
import { Pill } from '../operations/Pill';
import { GATE_STATUS } from './gate-status';
import { GateDecisionDialog } from './GateDecisionDialog';
import { GATE_CRITERION_FIELDS } from './deployment-fields';

export function GateCard({ view }: { view: WaveView }) {
  const { wave, gate, criteria } = view;
  const [deciding, setDeciding] = useState(false);
  const status = GATE_STATUS[gate.status];
  const headingId = `gate-${wave.id}`;
  return (
    <article className="card gate-card" aria-labelledby={headingId}>
      <h3 id={headingId}>Gate before {wave.name}</h3>
      <div className="gate-card__meta">
        <Pill tone={status.tone}>{status.label}</Pill>
        <span>{gate.criteriaMet} of {gate.criteriaTotal} criteria met</span>
        {wave.startDate ? <span className="muted">Wave starts {formatPlanDate(wave.startDate)}</span> : null}
        <button type="button" className="button button--primary button--small" onClick={() => setDeciding(true)}>
          {gate.decision ? 'Record a new decision…' : 'Record go/no-go decision…'}
        </button>
      </div>
      <RecordTable<GateCriterion>
        collection="gateCriterion" rows={criteria} fields={GATE_CRITERION_FIELDS} caption={`Criteria of the gate before ${wave.name}`} noun="criterion"
        name={(r) => r.text} defaults={{ waveId: wave.id, met: false, evidence: '' }}
        empty={<p>No criteria yet: list what must be true before this wave starts, each with its evidence.</p>}
        columns={[
          { header: 'Criterion', field: field(GATE_CRITERION_FIELDS, 'text') },
          { header: 'Met', field: field(GATE_CRITERION_FIELDS, 'met'), inline: true },
          { header: 'Evidence', field: field(GATE_CRITERION_FIELDS, 'evidence'), inline: true },
        ]}
      />
      {gate.history.length > 0 ? (
        <>
          <h4>Decisions</h4>
          <ol className="decision-log">
            {gate.history.map((d, index) => (
              <li key={d.id} className={index === 0 ? 'decision decision--current' : 'decision decision--superseded'}>
                <div className="decision__head">
                  <Pill tone={d.outcome === 'go' ? 'good' : 'bad'}>{GATE_OUTCOME_LABELS[d.outcome]}</Pill>
                  <span>{formatPlanDate(d.decidedOn)}</span>
                  <span className="muted">{index === 0 ? 'In force' : 'Superseded'}</span>
                </div>
                <p className="decision__rationale">{d.rationale}</p>
                <p className="decision__meta">Signed off by</p>
                <ul className="signoffs">
                  {d.signOffs.map((s) => <li key={s.name}>{s.name}, {formatPlanDate(s.signedOn)}</li>)}
                </ul>
                <p className="muted decision__meta">Recorded {formatTimestamp(d.recordedAt)} by {d.recordedBy}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {deciding ? <GateDecisionDialog wave={wave} criteriaOpen={gate.criteriaTotal - gate.criteriaMet} onClose={() => setDeciding(false)} /> : null}
    </article>
  );
}
