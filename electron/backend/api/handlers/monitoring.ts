import { ApiError } from '../../../../shared/errors';
import { parseMeasurementPaste } from '../../../../shared/rules/monitoring';
import type { Kpi } from '../../../../shared/schemas/monitoring';
import { OPERATIONS_CATALOGUES } from '../../catalogues/operations';
import { insertRecord } from '../../operations/collections';
import { readMonitoring } from '../../operations/monitoring-view';
import { todayIso } from '../../operations/records';
import type { HandlerMap } from '../handler-types';

export const monitoringHandlers: HandlerMap<'monitoring.get' | 'monitoring.paste' | 'monitoring.addFromLibrary'> = {
  'monitoring.get': (_input, ctx) => readMonitoring(ctx.session().db, todayIso()),

  /** Rows pasted from a spreadsheet: good rows are saved in one undo step, bad rows come back with their line number. */
  'monitoring.paste': ({ kpiId, text }, ctx) => {
    const session = ctx.session();
    const kpi = session.get<Kpi>('kpi', kpiId);
    const { rows, errors } = parseMeasurementPaste(text);
    if (rows.length === 0) {
      const message = errors.length ? `No measurement could be read: line ${errors[0]?.line}: ${errors[0]?.message}` : 'Paste rows of a date and a value';
      throw new ApiError('VALIDATION', message, [{ path: ['text'], message }]);
    }
    const existing = session.db.prepare('SELECT id FROM kpi_measurement WHERE kpi_id = ? AND measured_on = ?');
    return session.edit(`Paste ${rows.length} measurement${rows.length === 1 ? '' : 's'} into "${kpi.name}"`, (edit) => {
      for (const row of rows) {
        // A date already measured takes the pasted value: pasting the same sheet twice does not double the data.
        const match = existing.get(kpiId, row.measuredOn) as { id: string } | undefined;
        if (match) edit.update('kpi_measurement', match.id, { value: row.value });
        else insertRecord(session, edit, 'measurement', { kpiId, measuredOn: row.measuredOn, value: row.value, note: '' });
      }
      return { added: rows.length, errors };
    });
  },

  'monitoring.addFromLibrary': ({ libraryIds }, ctx) => {
    const session = ctx.session();
    const library = new Map(OPERATIONS_CATALOGUES.kpis.kpis.map((k) => [k.id, k]));
    const unknown = libraryIds.filter((id) => !library.has(id));
    if (unknown.length) throw new ApiError('VALIDATION', `Not in the KPI library: ${unknown.join(', ')}.`, [{ path: ['libraryIds'], message: 'Choose KPIs from the library' }]);
    const present = new Set((session.db.prepare('SELECT library_id FROM kpi WHERE library_id IS NOT NULL').all() as { library_id: string }[]).map((r) => r.library_id));
    const chosen = [...new Set(libraryIds)].filter((id) => !present.has(id));
    if (chosen.length === 0) return { value: { added: 0 }, history: session.history.state() };
    return session.edit(`Add ${chosen.length} KPI${chosen.length === 1 ? '' : 's'} from the library`, (edit) => {
      for (const id of chosen) {
        const k = library.get(id);
        if (!k) continue;
        const { name, category, unit, target, direction, warning, critical, frequency } = k;
        insertRecord(session, edit, 'kpi', { name, category, unit, target, direction, warning, critical, frequency, owner: '', libraryId: id });
      }
      return { added: chosen.length };
    });
  },
};
