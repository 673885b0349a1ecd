import type { Audience, NeedLevel, TrainingModule, TrainingNeed } from '../../../shared/schemas/training';
import { useRollout } from '../../state/RolloutProvider';

const NOT_NEEDED = '';

/** Modules x audiences: each cell says whether the module is required, optional or not needed for that audience. */
export function TrainingMatrix({ audiences, modules, needs }: { audiences: readonly Audience[]; modules: readonly TrainingModule[]; needs: readonly TrainingNeed[] }) {
  const mutate = useRollout((s) => s.mutate);
  const levelOf = new Map(needs.map((n) => [`${n.audienceId}|${n.moduleId}`, n.level]));

  return (
    <section className="card" id="training-matrix" tabIndex={-1} aria-labelledby="training-matrix-title">
      <h2 id="training-matrix-title">Who takes which module</h2>
      <p className="muted">A module marked required for an audience counts towards its coverage and towards the four mandatory topics.</p>
      {audiences.length === 0 || modules.length === 0 ? (
        <div className="empty-state"><p>Add audiences and modules first; the grid then shows one row per module and one column per audience.</p></div>
      ) : (
        <div className="table-scroll">
          <table className="table matrix">
            <caption className="visually-hidden">Required and optional modules per audience</caption>
            <thead>
              <tr>
                <th scope="col">Module</th>
                {audiences.map((a) => <th key={a.id} scope="col">{a.role}</th>)}
              </tr>
            </thead>
            <tbody>
              {modules.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  {audiences.map((a) => {
                    const level = levelOf.get(`${a.id}|${m.id}`);
                    return (
                      <td key={a.id} className={level ? `matrix__cell matrix__cell--${level}` : 'matrix__cell'}>
                        <select aria-label={`${m.title} for ${a.role}`} value={level ?? NOT_NEEDED}
                          onChange={(e) => {
                            const next = e.target.value === NOT_NEEDED ? null : (e.target.value as NeedLevel);
                            void mutate((api) => api.invoke('people.setTrainingNeed', { audienceId: a.id, moduleId: m.id, level: next }));
                          }}>
                          <option value={NOT_NEEDED}>—</option>
                          <option value="required">Required</option>
                          <option value="optional">Optional</option>
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
