import type { GovernanceView, RiskView } from '../../../shared/api/methods/operations';
import { CONTROL_TYPE_LABELS } from '../../../shared/schemas/governance';
import { Modal } from '../../components/Modal';
import { useRollout } from '../../state/RolloutProvider';
import { useProjectQuery } from '../../state/use-project-query';

/** Ticks a control to link it to the risk; each tick is its own undo step. */
export function LinkControlsDialog({ risk, controls, onClose }: { risk: RiskView; controls: GovernanceView['controls']; onClose(): void }) {
  const mutate = useRollout((s) => s.mutate);
  // Read the risk again so the ticks follow the file after each change.
  const { data } = useProjectQuery('governance.get', {});
  const linked = new Set(data?.risks.find((r) => r.id === risk.id)?.controlIds ?? risk.controlIds);
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Controls for this risk" description={`Which controls and guardrails reduce "${risk.title}".`}>
      {controls.length === 0 ? (
        <p className="empty-state">No controls yet: add them under Controls and guardrails, then link them here.</p>
      ) : (
        <fieldset className="choice-group">
          <legend className="visually-hidden">Controls</legend>
          {controls.map((c) => (
            <label key={c.id} className="choice">
              <input type="checkbox" checked={linked.has(c.id)}
                onChange={(e) => void mutate((api) => api.invoke('governance.linkControl', { riskId: risk.id, controlId: c.id, linked: e.target.checked }))} />
              {c.name} <span className="muted">({CONTROL_TYPE_LABELS[c.type]})</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="form__actions"><button type="button" className="button button--primary" onClick={onClose}>Done</button></div>
    </Modal>
  );
}
