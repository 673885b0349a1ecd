import { useState } from 'react';
import type { KpiView } from '../../../shared/api/methods/operations';
import { FREQUENCY_LABELS, KPI_CATEGORY_LABELS, MONITOR_KIND_LABELS, type Kpi, type MonitorItem } from '../../../shared/schemas/monitoring';
import { formatPlanDate } from '../../components/format';
import { RecordTable } from '../../components/records/RecordTable';
import { useProjectQuery } from '../../state/use-project-query';
import { field } from '../pilot/pilot-fields';
import { Pill } from '../operations/Pill';
import { Section } from '../operations/Section';
import { KpiDetail } from './KpiDetail';
import { LibraryDialog } from './LibraryDialog';
import { TrendChart } from './TrendChart';
import { KPI_FIELDS, KPI_STATUS, MONITOR_FIELDS } from './monitoring-fields';

type KpiRow = Kpi & { view: KpiView };
type ItemRow = MonitorItem & { nextDue: string | null; overdue: boolean };

export function MonitoringPanel() {
  const { data } = useProjectQuery('monitoring.get', {});
  const [selected, setSelected] = useState<string | null>(null);
  const [library, setLibrary] = useState(false);
  if (!data) return <p className="muted">Loading the KPIs…</p>;
  const rows: KpiRow[] = data.kpis.map((view) => ({ ...view.kpi, view }));
  const detail = data.kpis.find((k) => k.kpi.id === selected);

  return (
    <div className="ops">
      <Section title="KPIs" lead="Usage, value, risk and quality, operations and cost, each with thresholds. The status comes from the latest measurement."
        actions={<button type="button" className="button" onClick={() => setLibrary(true)}>Add from the KPI library…</button>}>
        <RecordTable<KpiRow>
          collection="kpi" rows={rows} fields={KPI_FIELDS} caption="KPIs" noun="KPI" name={(r) => r.name}
          empty={<p>No KPIs yet. Pick some from the library (weekly active users, time saved, ungrounded answers, helpdesk load) or type your own.</p>}
          rowClassName={(r) => (r.id === selected ? 'row--highlight' : undefined)}
          columns={[
            { header: 'KPI', render: (r) => <>{r.name}<span className="cell-sub">{KPI_CATEGORY_LABELS[r.category]}</span></> },
            { header: 'Latest', className: 'num', render: (r) => (r.view.summary.latest ? `${r.view.summary.latest.value} ${r.unit}` : '–') },
            { header: 'Target', className: 'num', render: (r) => `${r.direction === 'higher' ? '≥' : '≤'} ${r.target} ${r.unit}` },
            { header: 'Status', render: (r) => <Pill tone={KPI_STATUS[r.view.summary.status].tone}>{KPI_STATUS[r.view.summary.status].label}</Pill> },
            { header: 'Trend', render: (r) => <TrendChart kpi={r} measurements={r.view.measurements} /> },
            { header: 'Owner', field: field(KPI_FIELDS, 'owner') },
            { header: 'Measured', render: (r) => `${FREQUENCY_LABELS[r.frequency]}${r.view.summary.overdue ? ' (overdue)' : ''}` },
          ]}
          actions={(r) => (
            <button type="button" className="button button--small" aria-expanded={selected === r.id}
              onClick={() => setSelected(selected === r.id ? null : r.id)}>
              Measurements<span className="visually-hidden"> of {r.name}</span>
            </button>
          )}
          defaults={{ category: 'adoption', direction: 'higher', frequency: 'monthly', target: 0, warning: 0, critical: 0, libraryId: null }}
        />
        {detail ? <KpiDetail view={detail} onClose={() => setSelected(null)} /> : null}
      </Section>

      <Section title="Security monitoring and reviews" lead="Watch for unauthorised access and breaches; reassess the technology and the training on a schedule.">
        <RecordTable<ItemRow>
          collection="monitorItem" rows={data.items} fields={MONITOR_FIELDS} caption="Security monitoring and review schedule" noun="monitoring item" name={(r) => r.name}
          empty={<p>Nothing scheduled yet. Add audit-log reviews, DLP alert triage, penetration tests, and reviews of the technology and the training.</p>}
          rowClassName={(r) => (r.overdue ? 'row--attention' : undefined)}
          columns={[
            { header: 'Item', field: field(MONITOR_FIELDS, 'name') },
            { header: 'Kind', render: (r) => MONITOR_KIND_LABELS[r.kind] },
            { header: 'Owner', field: field(MONITOR_FIELDS, 'owner') },
            { header: 'How often', render: (r) => FREQUENCY_LABELS[r.frequency] },
            { header: 'Last done', field: field(MONITOR_FIELDS, 'lastDone'), inline: true },
            { header: 'Next due', render: (r) => (r.nextDue ? <>{formatPlanDate(r.nextDue)} {r.overdue ? <Pill tone="warn">Overdue</Pill> : null}</> : 'Not done yet') },
          ]}
          defaults={{ kind: 'security', frequency: 'monthly' }}
        />
      </Section>
      {library ? <LibraryDialog present={new Set(rows.map((r) => r.libraryId).filter((id): id is string => id !== null))} onClose={() => setLibrary(false)} /> : null}
    </div>
  );
}
