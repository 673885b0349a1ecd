import { useEffect, useState } from 'react';
import { AUDIT_PAGE_SIZES, type AuditFilter } from '../../../shared/api/methods/audit';
import { useApi } from '../../api/ApiContext';
import { ErrorAlert } from '../../components/Alert';
import { downloadText } from '../../components/download';
import { plural } from '../../components/format';
import { useProjectQuery } from '../../state/use-project-query';
import { errorMessage } from '../../state/save-state';
import { ActivityFilters, NO_FILTER, isFiltered, type ActivityFilterState } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';

/** Only the parts of the filter that are set: the API treats a missing part as "any". */
function toApiFilter(filter: ActivityFilterState, text: string): AuditFilter {
  return {
    ...(filter.scope ? { scope: filter.scope } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(filter.decisionsOnly ? { decisionsOnly: true } : {}),
  };
}

/** The typed search waits for a pause in typing, so a long trail is not searched at every key. */
function useSettled(value: string, delayMs = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function ActivityView() {
  const api = useApi();
  const [filter, setFilter] = useState<ActivityFilterState>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [pageSize, setPageSize] = useState<number>(50);
  const [exportState, setExportState] = useState<{ busy: boolean; error: string | null; done: string | null }>({ busy: false, error: null, done: null });
  const text = useSettled(filter.text);
  const apiFilter = toApiFilter(filter, text);
  const { data, error } = useProjectQuery('audit.search', { filter: apiFilter, offset, limit: pageSize });

  const changeFilter = (next: ActivityFilterState) => {
    setFilter(next);
    setOffset(0);
  };

  async function exportCsv() {
    setExportState({ busy: true, error: null, done: null });
    try {
      const { fileName, csv, rows } = await api.invoke('audit.exportCsv', { filter: apiFilter });
      downloadText(fileName, csv);
      setExportState({ busy: false, error: null, done: `${plural(rows, 'entry', 'entries')} exported to ${fileName}.` });
    } catch (failure) {
      setExportState({ busy: false, error: errorMessage(failure), done: null });
    }
  }

  const total = data?.total ?? 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + pageSize, total);
  return (
    <div className="view activity">
      <div className="view__header">
        <h1>Activity</h1>
        <p className="view__lead">
          Who changed what and when, newest first. Decisions on the vendor, the pilot and each wave’s gate are marked.
          The record travels with the file and cannot be edited.
        </p>
      </div>
      <ActivityFilters filter={filter} entityTypes={data?.entityTypes ?? []} onChange={changeFilter} />
      <div className="activity__bar">
        <p className="activity__count" role="status">
          {data === undefined ? 'Loading the activity…' : total === 0 ? 'No entries' : `Entries ${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`}
        </p>
        <button type="button" className="button" disabled={exportState.busy || total === 0} onClick={() => void exportCsv()}>
          {exportState.busy ? 'Exporting…' : isFiltered(filter) ? 'Export these entries (CSV)' : 'Export all (CSV)'}
        </button>
      </div>
      {exportState.done ? <p className="activity__note" role="status">{exportState.done}</p> : null}
      {exportState.error ? <ErrorAlert title="The activity could not be exported">{exportState.error}</ErrorAlert> : null}
      {error ? <ErrorAlert title="The activity could not be read">{error.message}</ErrorAlert> : null}

      {data && data.entries.length > 0 ? <ActivityTable entries={data.entries} /> : null}
      {data && total === 0 ? (
        isFiltered(filter) ? (
          <div className="empty-state">
            <p>No entry matches these filters.</p>
            <button type="button" className="button" onClick={() => changeFilter(NO_FILTER)}>Clear filters</button>
          </div>
        ) : (
          <p className="empty-state">Nothing has been recorded yet. Every change you make, and every undo, will be listed here with who made it and when.</p>
        )
      ) : null}

      {total > 0 ? (
        <nav className="activity__pager" aria-label="Pages of the activity">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
            Newer
          </button>
          <button type="button" className="button" disabled={last >= total} onClick={() => setOffset(offset + pageSize)}>
            Older
          </button>
          <label className="activity__page-size">
            Per page
            <select value={pageSize} onChange={(e) => { setPageSize(Number(e.target.value)); setOffset(0); }}>
              {AUDIT_PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
            </select>
          </label>
        </nav>
      ) : null}
    </div>
  );
}
