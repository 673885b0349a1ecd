import { useState } from 'react';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';
import { failureMessage } from './inline-inputs';

/** The shipped criteria library: tick what applies; groups are created or reused by name. */
export function LibraryDialog({ existing, onClose }: { existing: ReadonlySet<string>; onClose(): void }) {
  const { data } = useProjectQuery('vendors.library', {});
  const mutate = useRollout((s) => s.mutate);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string) => setChosen((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  async function add() {
    try {
      await mutate((api) => api.invoke('vendors.addFromLibrary', { libraryIds: [...chosen] }));
      onClose();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  }

  return (
    <Modal open wide onOpenChange={(open) => !open && onClose()} title="Add criteria from the library"
      description={data?.note ?? 'Criteria for evaluating LLM vendors, grouped.'}>
      {data?.groups.map((group) => (
        <fieldset key={group.id} className="library-group">
          <legend>{group.name}</legend>
          {group.criteria.map((c) => (
            <label key={c.id} className="library-item">
              <input type="checkbox" disabled={existing.has(c.id)} checked={existing.has(c.id) || chosen.has(c.id)} onChange={() => toggle(c.id)} />
              <span>
                <strong>{c.name}</strong> <span className="muted small">{c.id}{c.mustHave ? ' · must-have' : ''}{c.direction === 'cost' ? ' · cost' : ''}{existing.has(c.id) ? ' · already added' : ''}</span>
                <br /><span className="small">{c.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {error ? <p className="field__error" role="alert">{error}</p> : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={() => setChosen(new Set(data?.groups.flatMap((g) => g.criteria.map((c) => c.id)).filter((id) => !existing.has(id))))}>Choose all</button>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button button--primary" disabled={chosen.size === 0} onClick={() => void add()}>Add {chosen.size} criteria</button>
      </div>
    </Modal>
  );
}
