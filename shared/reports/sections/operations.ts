import type { ProjectDocument } from '../../interchange/document';
import { WAVE_PHASE_LABELS, summariseGate, wavePhase } from '../../rules/deployment';
import { RISK_LEVEL_LABELS, heatMap, riskLevel, riskScore } from '../../rules/governance';
import { KPI_STATUS_LABELS } from '../../rules/monitoring';
import { criterionResult, PILOT_PHASE_LABELS } from '../../rules/pilot';
import { trainingCoverage } from '../../rules/training';
import type { GateCriterion, GateDecision, Wave } from '../../schemas/deployment';
import { RISK_STATUS_LABELS, TREATMENT_LABELS, type Risk } from '../../schemas/governance';
import { COMPARISON_LABELS, PILOT_OUTCOME_LABELS, SEVERITY_LABELS, type ExitCriterion, type Finding } from '../../schemas/pilot';
import { heatMapChart } from '../charts/heat-map';
import { rows, sorted } from '../doc';
import { kpiSummaries, openRisks, pilotSummary, residualLevel } from '../facts';
import { day, integer, isoDay } from '../format';
import type { Block, Rag } from '../model';

const LEVEL_TONE: Record<string, Rag> = { low: 'green', medium: 'grey', high: 'amber', critical: 'red' };
/** "74%" but "18 min": a percent sign sits on the number. */
const unit = (u: string) => (u === '%' ? '%' : u ? ` ${u}` : '');

export function riskBlocks(doc: ProjectDocument, limit = 8): Block[] {
  const all = rows<Risk>(doc, 'risk');
  if (all.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No risks recorded yet.' }];
  const top = openRisks(doc).slice(0, limit);
  return [
    { kind: 'chart', width: 'half', caption: 'Open risks by likelihood and impact, before controls.', svg: heatMapChart({ counts: heatMap(all, 'inherent'), title: 'Risk heat map, inherent' }) },
    { kind: 'chart', width: 'half', caption: 'The same risks after their controls (residual).', svg: heatMapChart({ counts: heatMap(all, 'residual'), title: 'Risk heat map, residual' }) },
    { kind: 'table', caption: `Top ${top.length} open risks by inherent score`, header: ['Risk', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Status'], empty: 'No open risks.',
      rows: top.map((r) => {
        const inherent = riskLevel(riskScore(r.likelihood, r.impact));
        const residual = residualLevel(r);
        return [r.title, r.owner || '–', { text: `${RISK_LEVEL_LABELS[inherent]} (${r.likelihood}×${r.impact})`, tone: LEVEL_TONE[inherent] },
          { text: RISK_LEVEL_LABELS[residual], tone: LEVEL_TONE[residual] }, TREATMENT_LABELS[r.treatment], RISK_STATUS_LABELS[r.status]];
      }) },
  ];
}

export function pilotBlocks(doc: ProjectDocument, now: Date): Block[] {
  const criteria = sorted(rows<ExitCriterion>(doc, 'pilot_criterion'));
  const groups = rows<{ name: string; size: number }>(doc, 'pilot_group');
  if (groups.length === 0 && criteria.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No pilot planned yet.' }];
  const summary = pilotSummary(doc, isoDay(now));
  const findings = sorted(rows<Finding>(doc, 'pilot_finding')).filter((f) => f.status === 'open' || f.status === 'in_progress');
  return [
    { kind: 'keyValues', items: [
      { key: 'Phase', value: PILOT_PHASE_LABELS[summary.phase] },
      { key: 'Groups', value: groups.map((g) => `${g.name} (${integer(g.size)})`).join(', ') || '–' },
      { key: 'Exit criteria', value: `${summary.criteria.passed} met, ${summary.criteria.failed} missed, ${summary.criteria.total - summary.criteria.measured} not measured` },
      { key: 'Decision', value: summary.decision ? `${PILOT_OUTCOME_LABELS[summary.decision.outcome]} (${day(summary.decision.decidedOn)}): ${summary.decision.rationale}` : 'Not decided yet' },
    ] },
    { kind: 'table', caption: 'Results against the exit criteria', header: ['Criterion', 'Target', 'Measured', 'Result'], numericColumns: [2],
      rows: criteria.map((c) => {
        const result = criterionResult(c);
        return [c.metric, `${COMPARISON_LABELS[c.comparison]} ${c.target}${unit(c.unit)}`, c.measured === null ? '–' : `${c.measured}${unit(c.unit)}`,
          { text: result === 'pass' ? 'Met' : result === 'fail' ? 'Missed' : 'Not measured', tone: result === 'pass' ? 'green' : result === 'fail' ? 'red' : 'grey' }];
      }) },
    ...(findings.length > 0 ? [{ kind: 'table' as const, caption: 'Open findings', header: ['Finding', 'Severity', 'Owner'],
      rows: findings.map((f) => [f.title, { text: SEVERITY_LABELS[f.severity], tone: f.severity === 'high' || f.severity === 'critical' ? 'red' as const : 'grey' as const }, f.owner || '–']) }] : []),
  ];
}

export function waveBlocks(doc: ProjectDocument, now: Date): Block[] {
  const waves = sorted(rows<Wave>(doc, 'wave'));
  if (waves.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No deployment waves planned yet.' }];
  const criteria = rows<GateCriterion>(doc, 'gate_criterion');
  const decisions = rows<GateDecision>(doc, 'gate_decision');
  const today = isoDay(now);
  return [{ kind: 'table', caption: 'Waves and their go/no-go gates', header: ['Wave', 'People', 'Dates', 'Phase', 'Gate criteria met', 'Gate decision'], numericColumns: [1],
    rows: waves.map((w) => {
      const gate = summariseGate(criteria.filter((c) => c.waveId === w.id), decisions.filter((d) => d.waveId === w.id));
      return [w.name, integer(w.headcount), `${day(w.startDate)} – ${day(w.endDate)}`, WAVE_PHASE_LABELS[wavePhase(w, today)], `${gate.criteriaMet} of ${gate.criteriaTotal}`,
        gate.decision ? { text: `${gate.status === 'go' ? 'Go' : 'No go'}, ${day(gate.decision.decidedOn)}`, tone: gate.status === 'go' ? 'green' : 'red' } : { text: 'Pending', tone: 'grey' }];
    }) }];
}

export function trainingBlocks(doc: ProjectDocument): Block[] {
  const audiences = sorted(rows<{ id: string; role: string; headcount: number; sortOrder: number }>(doc, 'training_audience'));
  if (audiences.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No training audiences defined yet.' }];
  const coverage = trainingCoverage({ audiences, modules: rows(doc, 'training_module'), needs: rows(doc, 'training_need'), sessions: rows(doc, 'training_session'), enrolments: rows(doc, 'training_enrolment') });
  const byAudience = new Map(coverage.audiences.map((a) => [a.audienceId, a]));
  const tone = (p: number): Rag => (p >= 90 ? 'green' : p >= 50 ? 'amber' : 'red');
  return [
    { kind: 'paragraph', text: `Across all audiences, ${coverage.enrolledPercent}% of required training places are taken and ${coverage.completedPercent}% completed.` },
    { kind: 'table', caption: 'Coverage of required modules per audience', header: ['Audience', 'People', 'Required modules', 'Enrolled', 'Completed'], numericColumns: [1, 2],
      rows: audiences.map((a) => {
        const c = byAudience.get(a.id);
        return [a.role, integer(a.headcount), String(c?.requiredModules ?? 0), { text: `${c?.enrolledPercent ?? 0}%`, tone: tone(c?.enrolledPercent ?? 0) }, { text: `${c?.completedPercent ?? 0}%`, tone: tone(c?.completedPercent ?? 0) }];
      }) },
  ];
}

export function kpiBlocks(doc: ProjectDocument, now: Date): Block[] {
  const kpis = kpiSummaries(doc, isoDay(now));
  if (kpis.length === 0) return [{ kind: 'paragraph', muted: true, text: 'No KPIs defined yet.' }];
  const tone: Record<string, Rag> = { on_track: 'green', warning: 'amber', critical: 'red', no_data: 'grey' };
  return [{ kind: 'table', caption: 'KPIs against their thresholds (latest measurement)', header: ['KPI', 'Target', 'Warning / critical', 'Latest', 'Status'], numericColumns: [3],
    rows: kpis.map(({ kpi, summary }) => [kpi.name, `${kpi.direction === 'higher' ? '≥' : '≤'} ${kpi.target}${unit(kpi.unit)}`, `${kpi.warning ?? '–'} / ${kpi.critical ?? '–'}`,
      summary.latest ? `${summary.latest.value}${unit(kpi.unit)} (${day(summary.latest.measuredOn)})` : '–', { text: KPI_STATUS_LABELS[summary.status] + (summary.overdue ? ', overdue' : ''), tone: tone[summary.status] }]) }];
}
