import { MANDATORY_TOPIC_SHORT_LABELS, MODULE_FORMAT_LABELS, type Audience, type Enrolment, type TrainingModule, type TrainingSession } from '../../../shared/schemas/training';
import { trainingCoverage } from '../../../shared/rules/training';
import { formatPlanDate } from '../../components/format';
import { optionsOf, type Column } from '../people/columns';
import { PanelState } from '../people/PanelState';
import { RecordTable } from '../people/RecordTable';
import { usePeople } from '../people/use-people';
import { CoverageBar } from './CoverageBar';
import { ModuleLibrary } from './ModuleLibrary';
import { TrainingMatrix } from './TrainingMatrix';

/** Step 6: who must learn what (audiences x modules), when it is taught (sessions), and how far along everyone is. */
export function TrainingPanel() {
  const { data, error } = usePeople();
  if (!data) return <PanelState error={error} />;
  const coverage = trainingCoverage(data);
  const coverageOf = (a: Audience) => coverage.audiences.find((c) => c.audienceId === a.id);
  const moduleTitle = new Map(data.modules.map((m) => [m.id, m.title]));
  const sessionName = (s: TrainingSession) => `${moduleTitle.get(s.moduleId ?? '') ?? 'Module'}, ${formatPlanDate(s.date)}${s.time ? ` ${s.time}` : ''}`;
  const audienceRole = new Map(data.audiences.map((a) => [a.id, a.role]));
  const sessionById = new Map(data.sessions.map((s) => [s.id, s]));

  const audienceColumns: Column<Audience>[] = [
    { key: 'role', label: 'Audience', kind: 'text', width: '14rem', hint: 'A role or group, e.g. Claims handlers' },
    { key: 'headcount', label: 'Headcount', kind: 'number' },
    {
      key: 'id', label: 'Coverage', kind: 'text', notInForm: true, width: '15rem',
      text: (a) => String(coverageOf(a)?.completedPercent ?? 0),
      display: (a) => {
        const c = coverageOf(a);
        if (!c || c.requiredModules === 0) return <span className="muted">No required module yet</span>;
        return <CoverageBar label={`Training completed by ${a.role}`} completed={c.completedPercent} enrolled={c.enrolledPercent} />;
      },
    },
  ];
  const moduleColumns: Column<TrainingModule>[] = [
    { key: 'title', label: 'Module', kind: 'text', width: '16rem' },
    { key: 'format', label: 'Format', kind: 'select', options: optionsOf(MODULE_FORMAT_LABELS) },
    { key: 'durationMinutes', label: 'Duration (minutes)', kind: 'number', unit: 'min' },
    { key: 'topics', label: 'Mandatory topics covered', kind: 'multi', options: optionsOf(MANDATORY_TOPIC_SHORT_LABELS), width: '12rem' },
    { key: 'otherTopics', label: 'Other topics', kind: 'textarea', width: '12rem', detail: true },
    { key: 'libraryId', label: 'Source', kind: 'text', notInForm: true, text: (m) => m.libraryId ?? 'own', display: (m) => (m.libraryId ? `Library ${m.libraryId}` : 'Own module') },
  ];
  const sessionColumns: Column<TrainingSession>[] = [
    { key: 'moduleId', label: 'Module', kind: 'select', options: data.modules.map((m) => ({ value: m.id, label: m.title })), nullable: true, emptyLabel: 'Choose…' },
    { key: 'date', label: 'Date', kind: 'date' },
    { key: 'time', label: 'Time', kind: 'time' },
    { key: 'trainer', label: 'Trainer', kind: 'text' },
    { key: 'capacity', label: 'Seats', kind: 'number' },
    { key: 'location', label: 'Place or link', kind: 'text', width: '12rem' },
  ];
  const enrolmentColumns: Column<Enrolment>[] = [
    { key: 'sessionId', label: 'Session', kind: 'select', options: data.sessions.map((s) => ({ value: s.id, label: sessionName(s) })), nullable: true, emptyLabel: 'Choose…' },
    { key: 'audienceId', label: 'Audience', kind: 'select', options: data.audiences.map((a) => ({ value: a.id, label: a.role })), nullable: true, emptyLabel: 'Choose…' },
    { key: 'enrolled', label: 'Enrolled', kind: 'number' },
    { key: 'completed', label: 'Completed', kind: 'number' },
  ];
  const firstModule = data.modules[0]?.id ?? null;

  return (
    <>
      <section className="card" aria-labelledby="training-coverage-title">
        <h2 id="training-coverage-title">Coverage</h2>
        <p>
          Of the training places the programme requires (each audience's headcount times its required modules):
        </p>
        <CoverageBar label="Training completed, whole programme" completed={coverage.completedPercent} enrolled={coverage.enrolledPercent} large />
      </section>
      <RecordTable entity="audience" noun="audience" title="Audiences" id="training-audiences" rows={data.audiences} columns={audienceColumns}
        rowName={(a) => a.role} orderable defaults={{ role: '', headcount: 0 }}
        emptyText={<p>No audiences yet. List who must be trained and how many people: executives and sponsors, champions, general users, high-risk functions such as HR and legal, IT and security admins, the helpdesk.</p>} />
      <RecordTable entity="module" noun="module" title="Modules" id="training-modules" rows={data.modules} columns={moduleColumns}
        rowName={(m) => m.title} orderable
        defaults={{ title: '', format: 'online', durationMinutes: 60, topics: [], otherTopics: '', libraryId: null }}
        emptyText={<p>No modules yet. Pick typical ones from the library below or write your own; between them they must cover the four mandatory topics.</p>} />
      <ModuleLibrary modules={data.modules} />
      <TrainingMatrix audiences={data.audiences} modules={data.modules} needs={data.needs} />
      <RecordTable entity="session" noun="session" title="Sessions" id="training-sessions" rows={data.sessions} columns={sessionColumns}
        rowName={sessionName} defaults={{ moduleId: firstModule, date: '', time: '09:00', trainer: '', capacity: 20, location: '' }}
        emptyText={<p>No sessions yet. Schedule when each module is taught, by whom, where, and for how many people.</p>} />
      <RecordTable entity="enrolment" noun="enrolment" title="Enrolments and completions" id="training-enrolments" rows={data.enrolments}
        columns={enrolmentColumns}
        rowName={(e) => `${audienceRole.get(e.audienceId ?? '') ?? 'Audience'} in ${sessionById.get(e.sessionId ?? '') ? sessionName(sessionById.get(e.sessionId ?? '') as TrainingSession) : 'session'}`}
        defaults={{ sessionId: data.sessions[0]?.id ?? null, audienceId: data.audiences[0]?.id ?? null, enrolled: 0, completed: 0 }}
        intro={<p className="muted">How many people of each audience are booked on a session and how many completed it; coverage above counts them.</p>}
        emptyText={<p>No enrolments yet. Once sessions are scheduled, record how many of each audience signed up and, afterwards, how many completed.</p>} />
    </>
  );
}
