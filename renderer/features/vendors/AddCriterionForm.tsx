import { useState } from 'react';
import { SCALES, defaultDescriptors, type Scale } from '../../../shared/rules/scoring/scales';
import type { CriterionGroup } from '../../../shared/schemas/vendors';
import { Field } from '../../components/Field';
import { StableInput } from '../../components/StableInput';
import { useRollout } from '../../state/RolloutProvider';
import { failureMessage } from './inline-inputs';

/** Type in a criterion of your own, or a new group for it. */
export function AddCriterionForm({ groups }: { groups: CriterionGroup[] }) {
  const mutate = useRollout((s) => s.mutate);
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState('');
  const [newGroup, setNewGroup] = useState('');
  const [scale, setScale] = useState<Scale>('1-5');
  const [error, setError] = useState<{ name?: string; group?: string }>({});
  const chosenGroup = groupId || groups[0]?.id || '';

  async function add() {
    const problems: typeof error = {};
    if (!name.trim()) problems.name = 'Name the criterion';
    if (!chosenGroup && !newGroup.trim()) problems.group = 'Name a group for it';
    setError(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      let target = chosenGroup;
      if (newGroup.trim()) target = (await mutate((api) => api.invoke('vendors.createGroup', { fields: { name: newGroup.trim(), description: '' } }))).id;
      await mutate((api) => api.invoke('vendors.createCriterion', {
        fields: { groupId: target, name: name.trim(), description: '', scale, descriptors: defaultDescriptors(scale), direction: 'benefit', mustHave: false, rawWeight: 3 },
      }));
      setName('');
      setNewGroup('');
    } catch (failure) {
      setError({ name: failureMessage(failure) });
    }
  }

  return (
    <form className="inline-form" aria-label="Add a criterion" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <Field label="New criterion" error={error.name}>
        {(control) => <StableInput {...control} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      {groups.length > 0 ? (
        <Field label="In group">
          {(control) => (
            <select {...control} value={chosenGroup} onChange={(e) => setGroupId(e.target.value)}>
              {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={groups.length > 0 ? 'Or a new group' : 'Group'} error={error.group}>
        {(control) => <StableInput {...control} type="text" value={newGroup} onChange={(e) => setNewGroup(e.target.value)} />}
      </Field>
      <Field label="Scale">
        {(control) => (
          <select {...control} value={scale} onChange={(e) => setScale(e.target.value as Scale)}>
            {SCALES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        )}
      </Field>
      <button type="submit" className="button">Add criterion</button>
    </form>
  );
}
