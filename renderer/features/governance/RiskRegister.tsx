import { useMemo, useState } from 'react';
import type { GovernanceView, RiskView } from '../../../shared/api/methods/operations';
import { heatMap, plotPosition, RISK_LEVEL_LABELS, type HeatMapMode, type RiskLevel } from '../../../shared/rules/governance';
import { RISK_STATUS_LABELS, TREATMENT_LABELS } from '../../../shared/schemas/governance';
import { formatPlanDate } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { useProjectQuery } from '../../state/use-project-query';
import { field } from '../pilot/pilot-fields';
import { Pill, type Tone } from '../operations/Pill';
import { Section } from '../operations/Section';
import { HeatMap, type Cell } from './HeatMap';
import { LinkControlsDialog } from './LinkControlsDialog';
import { riskFields } from './governance-fields';

export const LEVEL_TONE: Record<RiskLevel, Tone> = { low: 'good', medium: 'info', high: 'warn', critical: 'bad' };

export function RiskRegister({ data }: { data: GovernanceView }) {
  const { data: catalogues } = useProjectQuery('ops.catalogues', {});
  const fields = useMemo(() => riskFields(catalogues?.risks), [catalogues]);
  const [mode, setMode] = useState<HeatMapMode>('inherent');
  const [cell, setCell] = useState<Cell | null>(null);
  const [linking, setLinking] = useState<RiskView | null>(null);
  const categoryTitle = new Map(catalogues?.risks.categories.map((c) => [c.id, c.id.startsWith('own:') ? c.title : `${c.id} ${c.title}`]) ?? []);
  const controlName = new Map(data.controls.map((c) => [c.id, c.name]));
  const visible = cell
    ? data.risks.filter((r) => r.status !== 'closed' && plotPosition(r, mode).likelihood === cell.likelihood && plotPosition(r, mode).impact === cell.impact)
    : undefined;

  return (
    <Section title="Risk register" lead="Likelihood times impact gives the score; treatment and linked controls bring it down to the residual risk. Click a cell of the heat map to see its risks.">
      <div className="heatmap-layout">
        <div>
          <fieldset className="choice-group choice-group--inline">
            <legend className="field__label">Heat map shows</legend>
            <label className="choice"><input type="radio" name="heatmap-mode" checked={mode === 'inherent'} onChange={() => { setMode('inherent'); setCell(null); }} /> Inherent risk</label>
            <label className="choice"><input type="radio" name="heatmap-mode" checked={mode === 'residual'} onChange={() => { setMode('residual'); setCell(null); }} /> Residual risk</label>
          </fieldset>
          <HeatMap counts={heatMap(data.risks, mode)} selected={cell} onSelect={setCell} caption={`Risk heat map, ${mode} risk, open risks only`} />
        </div>
        <div role="status" className="heatmap-filter">
          {cell ? (
            <p>
              Showing {visible?.length ?? 0} risk{visible?.length === 1 ? '' : 's'} at likelihood {cell.likelihood}, impact {cell.impact}.{' '}
              <button type="button" className="button button--small" onClick={() => setCell(null)}>Show all risks</button>
            </p>
          ) : <p className="muted">Showing all {data.risks.length} risks.</p>}
        </div>
      </div>
      <RecordTable<RiskView>
        collection="risk" rows={data.risks} visible={visible} fields={fields} caption="Risk register" noun="risk" name={(r) => r.title}
        empty={<p>The register is empty. Start from the catalogue categories: data leakage, hallucination, prompt injection, over-reliance, vendor lock-in, cost overrun, low adoption.</p>}
        rowClassName={(r) => (r.reviewOverdue ? 'row--attention' : undefined)}
        columns={[
          { header: 'Risk', render: (r) => <>{r.title}<span className="cell-sub">{categoryTitle.get(r.category) ?? r.category}</span></> },
          { header: 'Score', render: (r) => <><Pill tone={LEVEL_TONE[r.level]}>{r.score} {RISK_LEVEL_LABELS[r.level]}</Pill><span className="cell-sub">L {r.likelihood} × I {r.impact}</span></> },
          { header: 'Residual', className: 'num', render: (r) => (r.residualScore === null ? '–' : r.residualScore) },
          { header: 'Treatment', render: (r) => TREATMENT_LABELS[r.treatment] },
          { header: 'Controls', render: (r) => (r.controlIds.length ? <span className="clamp">{r.controlIds.map((id) => controlName.get(id)).join('; ')}</span> : <span className="muted">None</span>) },
          { header: 'Owner', field: field(fields, 'owner') },
          { header: 'Review', render: (r) => (r.reviewDate ? <>{formatPlanDate(r.reviewDate)}{r.reviewOverdue ? <> <Pill tone="warn">Overdue</Pill></> : null}</> : '') },
          { header: 'Status', render: (r) => RISK_STATUS_LABELS[r.status] },
        ]}
        actions={(r) => <button type="button" className="button button--small" onClick={() => setLinking(r)} aria-label={`Link controls to risk ${r.title}`}>Controls</button>}
        defaults={{ category: 'own:hallucination', likelihood: 3, impact: 3, treatment: 'mitigate', status: 'open' }}
      />
      {linking ? <LinkControlsDialog risk={linking} controls={data.controls} onClose={() => setLinking(null)} /> : null}
    </Section>
  );
}
