import { MANDATORY_TOPIC_LABELS, MODULE_FORMAT_LABELS, type TrainingModule } from '../../../shared/schemas/training';
import { useProjectQuery } from '../../state/use-project-query';
import { useRollout } from '../../state/RolloutProvider';

/** The typical modules shipped with the app: one click copies a module into the programme, where it can be adapted. */
export function ModuleLibrary({ modules }: { modules: readonly TrainingModule[] }) {
  const mutate = useRollout((s) => s.mutate);
  const { data: library } = useProjectQuery('people.trainingLibrary', {});
  const used = new Set(modules.map((m) => m.libraryId));

  return (
    <section className="card" aria-labelledby="training-library-title">
      <h2 id="training-library-title">Module library</h2>
      <details>
        <summary>Browse {library?.length ?? 0} typical modules, written from common practice; add one to adapt it</summary>
        <ul className="library-list">
          {(library ?? []).map((entry) => (
            <li key={entry.id}>
              <div>
                <p><strong>{entry.title}</strong> <span className="muted">({entry.id}, {MODULE_FORMAT_LABELS[entry.format]}, {entry.durationMinutes} min)</span></p>
                <p>{entry.summary}</p>
                <p className="muted">
                  Covers: {entry.topics.length > 0 ? entry.topics.map((t) => MANDATORY_TOPIC_LABELS[t]).join('; ') : 'none of the mandatory topics'}.
                  {' '}For: {entry.audiences.join(', ')}. Source: {entry.source}.
                </p>
              </div>
              {used.has(entry.id) ? (
                <span className="muted nowrap">In the programme</span>
              ) : (
                <button type="button" className="button button--small" aria-label={`Add “${entry.title}” to the programme`}
                  onClick={() => void mutate((api) => api.invoke('people.addLibraryModule', { libraryId: entry.id }))}>
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
