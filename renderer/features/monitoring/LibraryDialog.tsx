import { useState } from 'react';
import { KPI_CATEGORIES, KPI_CATEGORY_LABELS } from '../../../shared/schemas/monitoring';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';

/** Picks KPIs from the built-in library; those already in the project are shown as added. */
export function LibraryDialog({ present, onClose }: { present: ReadonlySet<string>; onClose(): void }) {
  const { data } = useProjectQuery('ops.catalogues', {});
  const mutate = useRollout((s) => s.mutate);
  const [chosen, setChosen] = useState<string[]>([]);
  const kpis = data?.kpis.kpis ?? [];

  async function add() {
    await mutate((api) => api.invoke('monitoring.addFromLibrary', { libraryIds: chosen }));
    onClose();
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Add KPIs from the library" wide
      description="Common measures of a generative AI rollout with suggested targets and thresholds; adjust them to your baseline afterwards.">
      {KPI_CATEGORIES.map((category) => (
        <fieldset key={category} className="choice-group">
          <legend className="field__label">{KPI_CATEGORY_LABELS[category]}</legend>
          {kpis.filter((k) => k.category === category).map((k) => (
            <label key={k.id} className="choice">
              <input type="checkbox" disabled={present.has(k.id)} checked={present.has(k.id) || chosen.includes(k.id)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, k.id] : c.filter((id) => id !== k.id)))} />
              <span>{k.name} <span className="muted">({k.description}{present.has(k.id) ? ' Already added.' : ''})</span></span>
            </label>
          ))}
        </fieldset>
      ))}
      <p className="muted">{data?.kpis.attribution}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button button--primary" disabled={chosen.length === 0} onClick={() => void add()}>
          Add {chosen.length || ''} KPI{chosen.length === 1 ? '' : 's'}
        </button>
      </div>
    </Modal>
  );
}
