import { STEPS } from '../../../shared/steps';
import type { AuditScope } from '../../../shared/rules/audit-trail';
import { entityLabel } from '../../../shared/rules/audit-trail';

export interface ActivityFilterState {
  scope: AuditScope | '';
  entityType: string;
  text: string;
  decisionsOnly: boolean;
}

export const NO_FILTER: ActivityFilterState = { scope: '', entityType: '', text: '', decisionsOnly: false };

export function isFiltered(filter: ActivityFilterState): boolean {
  return filter.scope !== '' || filter.entityType !== '' || filter.text.trim() !== '' || filter.decisionsOnly;
}

interface Props {
  filter: ActivityFilterState;
  entityTypes: { entityType: string; count: number }[];
  onChange(filter: ActivityFilterState): void;
}

/** Step, entity, free text and "decisions only"; they combine. */
export function ActivityFilters({ filter, entityTypes, onChange }: Props) {
  const set = (patch: Partial<ActivityFilterState>) => onChange({ ...filter, ...patch });
  return (
    <form role="search" aria-label="Filter the activity" className="activity-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field field--inline-filter">
        <label className="field__label" htmlFor="activity-step">Step</label>
        <select id="activity-step" value={filter.scope} onChange={(e) => set({ scope: e.target.value as AuditScope | '' })}>
          <option value="">All steps</option>
          {STEPS.map((step) => (
            <option key={step.key} value={step.key}>{`${step.number}. ${step.title}`}</option>
          ))}
          <option value="project">Whole project (details, files)</option>
        </select>
      </div>
      <div className="field field--inline-filter">
        <label className="field__label" htmlFor="activity-entity">Entity</label>
        <select id="activity-entity" value={filter.entityType} onChange={(e) => set({ entityType: e.target.value })}>
          <option value="">All entities</option>
          {entityTypes.map((t) => (
            <option key={t.entityType} value={t.entityType}>{`${entityLabel(t.entityType)} (${t.count.toLocaleString()})`}</option>
          ))}
        </select>
      </div>
      <div className="field field--inline-filter activity-filters__search">
        <label className="field__label" htmlFor="activity-text">Search</label>
        <input id="activity-text" type="search" value={filter.text} maxLength={200} placeholder="Name, person or change" onChange={(e) => set({ text: e.target.value })} />
      </div>
      <label className="activity-filters__check">
        <input type="checkbox" checked={filter.decisionsOnly} onChange={(e) => set({ decisionsOnly: e.target.checked })} />
        Decisions only
      </label>
      {isFiltered(filter) ? (
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
