import type { DecisionPeople } from '../../../shared/api/methods/operations';
import type { ControlProps } from '../../components/Field';

export interface Person {
  memberId: string | null;
  name: string;
}

/** Team members holding the go/no-go right, from step 1. Without any, the person is typed by name. */
export function deciders(people: DecisionPeople | undefined) {
  return people?.members.filter((m) => m.canDecide) ?? [];
}

export function PersonPicker({ people, value, onChange, control }: { people: DecisionPeople | undefined; value: Person; onChange(p: Person): void; control: ControlProps }) {
  const options = deciders(people);
  if (options.length === 0) {
    return <input {...control} type="text" value={value.name} onChange={(e) => onChange({ memberId: null, name: e.target.value })} />;
  }
  return (
    <select {...control} value={value.memberId ?? ''}
      onChange={(e) => onChange({ memberId: e.target.value || null, name: options.find((o) => o.id === e.target.value)?.name ?? '' })}>
      <option value="">Choose a member with the go/no-go right</option>
      {options.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
    </select>
  );
}

export function pickerHint(people: DecisionPeople | undefined): string {
  if (deciders(people).length > 0) return 'Members holding the go/no-go right in step 1.';
  return people?.source === 'team'
    ? 'Nobody in the team holds the go/no-go right yet (step 1), so type the name.'
    : 'Type the name of the person with the go/no-go right.';
}
