import type { RiskCatalogue } from '../../../shared/schemas/operations-catalogues';
import {
  APPLIES_LABELS, COMPLIANCE_STATUS_LABELS, CONTROL_TYPE_LABELS, INCIDENT_STATUS_LABELS, POLICY_STATUS_LABELS, POLICY_TYPE_LABELS,
  REVIEWER_ROLE_LABELS, RISK_STATUS_LABELS, TEST_RESULT_LABELS, TREATMENT_LABELS,
} from '../../../shared/schemas/governance';
import { SEVERITY_LABELS } from '../../../shared/schemas/pilot';
import type { FieldDef, Option } from '../../components/records/record-fields';
import { optionsOf } from '../operations/options';

const SCALE: Option[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** Likelihood and impact are chosen from 1 to 5; the select gives text, the number field type turns it back. */
export function riskFields(catalogue: RiskCatalogue | undefined): FieldDef[] {
  const groups = new Map(catalogue?.groups.map((g) => [g.id, g.title]) ?? []);
  const categories: Option[] = catalogue?.categories.map((c) => ({ value: c.id, label: c.id.startsWith('own:') ? c.title : `${c.id} ${c.title}`, group: groups.get(c.group) })) ?? [];
  return [
    { key: 'title', label: 'Risk', kind: 'text' },
    { key: 'category', label: 'Category', kind: 'select', options: categories },
    { key: 'likelihood', label: 'Likelihood (1-5)', kind: 'number', step: 1, hint: '1 rare … 5 almost certain' },
    { key: 'impact', label: 'Impact (1-5)', kind: 'number', step: 1, hint: '1 minor … 5 severe' },
    { key: 'owner', label: 'Owner', kind: 'text' },
    { key: 'treatment', label: 'Treatment', kind: 'select', options: optionsOf(TREATMENT_LABELS) },
    { key: 'residualLikelihood', label: 'Residual likelihood', kind: 'number', step: 1, nullable: true, hint: 'After the controls' },
    { key: 'residualImpact', label: 'Residual impact', kind: 'number', step: 1, nullable: true },
    { key: 'reviewDate', label: 'Next review', kind: 'date', nullable: true },
    { key: 'status', label: 'Status', kind: 'select', options: optionsOf(RISK_STATUS_LABELS) },
    { key: 'cause', label: 'Cause', kind: 'textarea' },
  ];
}
export { SCALE };

export const CONTROL_FIELDS: FieldDef[] = [
  { key: 'name', label: 'Control', kind: 'text' },
  { key: 'type', label: 'Type', kind: 'select', options: optionsOf(CONTROL_TYPE_LABELS) },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'lastTested', label: 'Last tested', kind: 'date', nullable: true },
  { key: 'result', label: 'Result', kind: 'select', options: optionsOf(TEST_RESULT_LABELS) },
  { key: 'description', label: 'What it does', kind: 'textarea' },
];

export const POLICY_FIELDS: FieldDef[] = [
  { key: 'title', label: 'Policy', kind: 'text' },
  { key: 'type', label: 'Type', kind: 'select', options: optionsOf(POLICY_TYPE_LABELS) },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'status', label: 'Status', kind: 'select', options: optionsOf(POLICY_STATUS_LABELS) },
  { key: 'reviewDate', label: 'Review date', kind: 'date', nullable: true },
];

export const REVIEWER_FIELDS: FieldDef[] = [
  { key: 'role', label: 'Reviews for', kind: 'select', options: optionsOf(REVIEWER_ROLE_LABELS) },
  { key: 'name', label: 'Reviewer', kind: 'text' },
  { key: 'signedOn', label: 'Signed off on', kind: 'date', nullable: true },
];

export const SEVERITY_FIELDS: FieldDef[] = [
  { key: 'level', label: 'Level', kind: 'select', options: optionsOf(SEVERITY_LABELS) },
  { key: 'definition', label: 'Definition', kind: 'textarea' },
  { key: 'responseTime', label: 'Response time', kind: 'text' },
  { key: 'escalation', label: 'Escalation', kind: 'text' },
];

export const RUNBOOK_FIELDS: FieldDef[] = [
  { key: 'title', label: 'Runbook', kind: 'text' },
  { key: 'owner', label: 'Owner', kind: 'text' },
  { key: 'location', label: 'Where it lives', kind: 'text' },
  { key: 'lastReviewed', label: 'Last reviewed', kind: 'date', nullable: true },
  { key: 'scenario', label: 'Scenario', kind: 'textarea' },
];

export const DRILL_FIELDS: FieldDef[] = [
  { key: 'title', label: 'Drill', kind: 'text' },
  { key: 'plannedOn', label: 'Planned for', kind: 'date' },
  { key: 'heldOn', label: 'Held on', kind: 'date', nullable: true },
  { key: 'scenario', label: 'Scenario', kind: 'textarea' },
  { key: 'lessons', label: 'Lessons learned', kind: 'textarea' },
];

export const INCIDENT_FIELDS: FieldDef[] = [
  { key: 'title', label: 'Incident', kind: 'text' },
  { key: 'occurredOn', label: 'Date', kind: 'date' },
  { key: 'severity', label: 'Severity', kind: 'select', options: optionsOf(SEVERITY_LABELS) },
  { key: 'status', label: 'Status', kind: 'select', options: optionsOf(INCIDENT_STATUS_LABELS) },
  { key: 'description', label: 'What happened', kind: 'textarea' },
  { key: 'containment', label: 'Containment', kind: 'textarea' },
  { key: 'investigation', label: 'Investigation', kind: 'textarea' },
  { key: 'remediation', label: 'Remediation', kind: 'textarea' },
  { key: 'postIncidentReview', label: 'Post-incident review', kind: 'textarea', hint: 'Required before the incident is closed' },
];

export const CONTINGENCY_FIELDS: FieldDef[] = [
  { key: 'trigger', label: 'Trigger', kind: 'textarea' },
  { key: 'response', label: 'Response', kind: 'textarea' },
  { key: 'owner', label: 'Owner', kind: 'text' },
];

export const COMPLIANCE_FIELDS: FieldDef[] = [
  { key: 'ref', label: 'Reference', kind: 'text' },
  { key: 'title', label: 'Item', kind: 'text' },
  { key: 'applies', label: 'Applies', kind: 'select', options: optionsOf(APPLIES_LABELS) },
  { key: 'status', label: 'Status', kind: 'select', options: optionsOf(COMPLIANCE_STATUS_LABELS) },
  { key: 'evidence', label: 'Evidence', kind: 'textarea', hint: 'Required once done' },
];
