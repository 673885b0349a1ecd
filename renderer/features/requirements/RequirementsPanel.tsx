import {
  HORIZON_LABELS, PRIORITY_LABELS, REQUIREMENT_STATUS_LABELS, REQUIREMENT_TYPE_LABELS, RISK_TIER_LABELS, USE_CASE_STATUS_LABELS,
  type Principle, type Requirement, type UseCase,
} from '../../../shared/schemas/requirements';
import { optionsOf, type Column } from '../people/columns';
import { PanelState } from '../people/PanelState';
import { RecordTable } from '../people/RecordTable';
import { usePeople } from '../people/use-people';

const PRINCIPLE_COLUMNS: Column<Principle>[] = [
  { key: 'statement', label: 'Principle', kind: 'textarea', width: '22rem', hint: 'e.g. "A person stays accountable for every decision"' },
  { key: 'rationale', label: 'Rationale', kind: 'textarea', width: '22rem' },
];

/** Step 2: the principles the adoption respects, the use cases with their EU AI Act risk tier, and the requirements. */
export function RequirementsPanel() {
  const { data, error } = usePeople();
  if (!data) return <PanelState error={error} />;
  const functions = data.functions.map((f) => ({ value: f.id, label: f.name }));
  const useCases = data.useCases.map((u) => ({ value: u.id, label: u.name }));
  const milestones = data.milestones.map((m) => ({ value: m.id, label: m.name }));
  const requirementsOf = (u: UseCase) => data.requirements.filter((r) => r.useCaseIds.includes(u.id) && r.status !== 'dropped').length;

  const useCaseColumns: Column<UseCase>[] = [
    { key: 'name', label: 'Use case', kind: 'text', width: '16rem' },
    { key: 'functionId', label: 'Function', kind: 'select', options: functions, nullable: true, emptyLabel: 'No function' },
    { key: 'description', label: 'Description', kind: 'textarea', width: '16rem', detail: true },
    { key: 'expectedValue', label: 'Expected value', kind: 'textarea', width: '12rem', detail: true, hint: 'e.g. 20 minutes saved per claim' },
    { key: 'riskTier', label: 'Risk tier', kind: 'select', options: optionsOf(RISK_TIER_LABELS), hint: 'After the EU AI Act: recruitment or worker monitoring is high-risk; emotion recognition at work is prohibited' },
    { key: 'status', label: 'Status', kind: 'select', options: optionsOf(USE_CASE_STATUS_LABELS) },
    { key: 'decisionNote', label: 'Decision', kind: 'textarea', width: '14rem', detail: true, hint: 'Required for a prohibited use case: what was decided and why' },
    {
      key: 'id', label: 'Requirements', kind: 'text', notInForm: true, text: (u) => String(requirementsOf(u)),
      display: (u) => (requirementsOf(u) > 0 ? requirementsOf(u) : u.status === 'rejected' ? <span className="muted">—</span> : <span className="text-attention">None</span>),
    },
  ];

  const requirementColumns: Column<Requirement>[] = [
    { key: 'code', label: 'Ref', kind: 'text', notInForm: true, display: (r) => <span className="nowrap">{r.code}</span> },
    { key: 'title', label: 'Title', kind: 'text', width: '13rem' },
    { key: 'description', label: 'Description', kind: 'textarea', width: '14rem', detail: true },
    { key: 'horizon', label: 'Horizon', kind: 'select', options: optionsOf(HORIZON_LABELS) },
    { key: 'priority', label: 'Priority', kind: 'select', options: optionsOf(PRIORITY_LABELS) },
    { key: 'type', label: 'Type', kind: 'select', options: optionsOf(REQUIREMENT_TYPE_LABELS) },
    { key: 'acceptanceCriteria', label: 'Acceptance criteria', kind: 'textarea', width: '14rem', detail: true, hint: 'How the team will know it is met. Required for a must-have.' },
    { key: 'requestingFunctionIds', label: 'Requested by', kind: 'multi', options: functions, detail: true },
    { key: 'useCaseIds', label: 'Use cases', kind: 'multi', options: useCases, detail: true },
    { key: 'milestoneTaskId', label: 'Milestone', kind: 'select', options: milestones, nullable: true, emptyLabel: 'None', hint: 'The strategic milestone of the plan it supports', detail: true },
    { key: 'status', label: 'Status', kind: 'select', options: optionsOf(REQUIREMENT_STATUS_LABELS) },
  ];

  return (
    <>
      <RecordTable entity="principle" noun="principle" title="Guiding principles" id="requirements-principles" rows={data.principles}
        columns={PRINCIPLE_COLUMNS} rowName={(p) => p.statement} orderable defaults={{ statement: '', rationale: '' }}
        emptyText={<p>No principles yet. Agree the few foundations the adoption must respect, e.g. “no customer data leaves the EU” or “a person signs off every decision about people”.</p>} />
      <RecordTable entity="useCase" noun="use case" title="Use cases" id="requirements-use-cases" rows={data.useCases} columns={useCaseColumns}
        rowName={(u) => u.name} orderable
        defaults={{ name: '', functionId: null, description: '', expectedValue: '', riskTier: 'minimal', status: 'proposed', decisionNote: '' }}
        emptyText={<p>No use cases yet. Collect them from each function: what people would use the models for, the value expected, and the risk tier.</p>} />
      <RecordTable entity="requirement" noun="requirement" title="Requirements" id="requirements-list" rows={data.requirements} columns={requirementColumns}
        rowName={(r) => `${r.code} ${r.title}`} orderable
        defaults={{ title: '', description: '', horizon: 'immediate', priority: 'should', requestingFunctionIds: [], type: 'business', acceptanceCriteria: '', useCaseIds: [], milestoneTaskId: null, status: 'draft' }}
        intro={<p className="muted">Each requirement keeps its reference (REQ-001, …) for good: vendor criteria and reports cite it.</p>}
        emptyText={<p>No requirements yet. Write what the rollout needs now, in the medium term and in the long term, with a priority and, for every must-have, acceptance criteria.</p>} />
    </>
  );
}
