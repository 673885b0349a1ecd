import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/errors';
import { WEEKDAY_NAMES, type ProjectCalendar } from '../../../shared/schemas/timeline';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { formatPlanDate } from '../../components/format';
import { useRollout } from '../../state/RolloutProvider';

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : 'Something went wrong');

/** Working weekdays and holidays of the project: the scheduler skips both. */
export function CalendarDialog({ calendar, onClose }: { calendar: ProjectCalendar; onClose(): void }) {
  const mutate = useRollout((s) => s.mutate);
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  async function toggle(day: number) {
    const next = calendar.workingWeekdays.includes(day) ? calendar.workingWeekdays.filter((d) => d !== day) : [...calendar.workingWeekdays, day];
    if (next.length === 0) {
      setProblem('Keep at least one working day.');
      return;
    }
    setProblem(null);
    await mutate((api) => api.invoke('calendar.update', { workingWeekdays: next })).catch((e: unknown) => setProblem(messageOf(e)));
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!date) {
      setDateError('Choose the date of the holiday');
      return;
    }
    try {
      await mutate((api) => api.invoke('holidays.add', { date, label: label.trim() }));
      setDate('');
      setLabel('');
      setDateError(null);
    } catch (error) {
      setDateError(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : 'Not added');
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    setImported(null);
    setProblem(null);
    try {
      const result = await mutate((api) => file.text().then((ics) => api.invoke('holidays.import', { ics })));
      setImported(`Imported ${result.added} holiday${result.added === 1 ? '' : 's'} from ${file.name}${result.skipped ? ` (${result.skipped} already in the calendar)` : ''}.`);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <Modal open wide onOpenChange={(open) => !open && onClose()} title="Project calendar" description="Tasks are scheduled on working days only; weekends and holidays are skipped.">
      {problem ? <ErrorAlert title="Not changed" onDismiss={() => setProblem(null)}>{problem}</ErrorAlert> : null}
      <fieldset className="weekday-picker">
        <legend>Working days</legend>
        {WEEK_ORDER.map((day) => (
          <label key={day} className="checkbox">
            <input type="checkbox" checked={calendar.workingWeekdays.includes(day)} onChange={() => void toggle(day)} />
            {WEEKDAY_NAMES[day]}
          </label>
        ))}
      </fieldset>
      <h3>Holidays</h3>
      {calendar.holidays.length === 0 ? (
        <p className="empty-state">No holidays yet. Add the days the team does not work, or import your country's holiday calendar (.ics).</p>
      ) : (
        <div className="table-scroll holiday-list">
          <table className="table">
            <caption className="visually-hidden">Holidays</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Holiday</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {calendar.holidays.map((h) => (
                <tr key={h.id}>
                  <td>{formatPlanDate(h.date)}</td>
                  <td>{h.label}</td>
                  <td><button type="button" className="button button--small button--quiet" aria-label={`Remove holiday ${h.label || h.date}`} onClick={() => void mutate((api) => api.invoke('holidays.remove', { id: h.id }))}>Remove</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="holiday-form" onSubmit={(e) => void add(e)} noValidate>
        <Field label="Date" error={dateError}>{(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
        <Field label="Name (optional)">{(control) => <input {...control} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}</Field>
        <button type="submit" className="button">Add holiday</button>
      </form>
      <Field label="Import holidays from an .ics file" hint={imported ?? 'Every all-day event becomes a holiday; dates already in the calendar are kept.'}>
        {(control) => <input {...control} type="file" accept=".ics,text/calendar" onChange={(e) => void importFile(e.target.files?.[0])} />}
      </Field>
    </Modal>
  );
}
