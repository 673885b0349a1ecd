import { useState, type KeyboardEvent } from 'react';
import { STEPS } from '../../../shared/steps';
import { DECISION_LABELS, RACI_ITEMS, RACI_ROLE_LABELS, RACI_ROLES, type Decision, type Member, type RaciAssignment, type RaciItem, type RaciRole } from '../../../shared/schemas/team';
import { raciColumnName } from '../../../shared/rules/team';
import { useRollout } from '../../state/RolloutProvider';

const SHORT: Record<string, string> = {
  team: 'Team', requirements: 'Needs', vendors: 'Vendors', plan: 'Plan', communications: 'Comms', training: 'Training', pilot: 'Pilot',
  deployment: 'Deploy', monitoring: 'Monitor', contingency: 'Contin\u00adgency',
  'decision:approve_vendor': 'Vendor', 'decision:approve_budget': 'Budget', 'decision:go_no_go': 'Go/no-go', 'decision:approve_policy': 'Policy',
  'decision:approve_communications': 'Comms',
};

function columnHeading(item: RaciItem): { top: string; name: string } {
  const step = STEPS.find((s) => s.key === item);
  if (step) return { top: String(step.number), name: SHORT[item] ?? step.title };
  return { top: '◆', name: SHORT[item] ?? DECISION_LABELS[item.slice('decision:'.length) as Decision] };
}

/**
 * Members x (ten steps + key decisions). A spreadsheet-like grid: arrow keys move, R, A, C or I sets the cell,
 * Delete or Backspace clears it; each change is one edit (one undo step).
 */
export function RaciGrid({ members, raci }: { members: readonly Member[]; raci: readonly RaciAssignment[] }) {
  const mutate = useRollout((s) => s.mutate);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const roleOf = new Map(raci.map((c) => [`${c.memberId}|${c.item}`, c.role]));
  const row = Math.min(active.row, Math.max(members.length - 1, 0));

  const focusCell = (r: number, c: number) => {
    setActive({ row: r, col: c });
    document.getElementById(`raci-${r}-${c}`)?.focus();
  };

  // Typed letters show at once; the file's answer replaces them when the edit returns (fast typing loses nothing).
  const [pending, setPending] = useState<ReadonlyMap<string, RaciRole | null>>(new Map());
  const shownRole = (key: string) => (pending.has(key) ? pending.get(key) : roleOf.get(key)) ?? null;

  function set(member: Member, item: RaciItem, role: RaciRole | null) {
    const key = `${member.id}|${item}`;
    // Sent even when the cell seems to hold it already: the backend records nothing for a no-op, and the cell on
    // screen may be one answer behind.
    setPending((current) => new Map(current).set(key, role));
    void mutate((api) => api.invoke('people.setRaci', { memberId: member.id, item, role }))
      .catch(() => undefined)
      .finally(() => setPending((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      }));
  }

  function onKey(event: KeyboardEvent, r: number, c: number) {
    const member = members[r];
    const item = RACI_ITEMS[c];
    if (!member || !item) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(r - 1, 0), c], ArrowDown: [Math.min(r + 1, members.length - 1), c],
      ArrowLeft: [r, Math.max(c - 1, 0)], ArrowRight: [r, Math.min(c + 1, RACI_ITEMS.length - 1)],
      Home: [r, 0], End: [r, RACI_ITEMS.length - 1],
    };
    const move = moves[event.key];
    const letter = event.key.toUpperCase();
    if (move) focusCell(...move);
    else if ((RACI_ROLES as readonly string[]).includes(letter) && !event.ctrlKey && !event.metaKey && !event.altKey) set(member, item, letter as RaciRole);
    else if (event.key === 'Delete' || event.key === 'Backspace') set(member, item, null);
    else return;
    event.preventDefault();
  }

  const accountableCount = (item: RaciItem) => members.filter((m) => shownRole(`${m.id}|${item}`) === 'A').length;

  return (
    <section className="card" id="team-raci" tabIndex={-1} aria-labelledby="team-raci-title">
      <h2 id="team-raci-title">RACI: who is Responsible, Accountable, Consulted, Informed</h2>
      <p className="muted" id="team-raci-help">
        One column per step and per key decision. Click a cell or move with the arrow keys, then type R, A, C or I; Delete clears.
        Every column needs exactly one A.
      </p>
      {members.length === 0 ? (
        <div className="empty-state"><p>Add members above; each becomes a row of the grid.</p></div>
      ) : (
        <div className="table-scroll">
          <table className="table raci-grid" role="grid" aria-labelledby="team-raci-title" aria-describedby="team-raci-help">
            <thead>
              <tr>
                <th scope="col">Member</th>
                {RACI_ITEMS.map((item) => {
                  const heading = columnHeading(item);
                  return (
                    <th key={item} scope="col" className={item.startsWith('decision:') ? 'raci-grid__decision' : undefined} title={raciColumnName(item)}>
                      <span aria-hidden="true" className="raci-grid__top">{heading.top}</span>
                      <span aria-hidden="true">{heading.name}</span>
                      <span className="visually-hidden">{raciColumnName(item)}</span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {members.map((member, r) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  {RACI_ITEMS.map((item, c) => {
                    const role = shownRole(`${member.id}|${item}`);
                    return (
                      <td key={item} id={`raci-${r}-${c}`} role="gridcell" tabIndex={r === row && c === active.col ? 0 : -1}
                        className={`raci-cell${role ? ` raci-cell--${role}` : ''}`}
                        aria-label={`${member.name}, ${raciColumnName(item)}: ${role ? RACI_ROLE_LABELS[role] : 'none'}`}
                        onClick={() => focusCell(r, c)} onKeyDown={(e) => onKey(e, r, c)}>
                        {role ?? ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Accountable</th>
                {RACI_ITEMS.map((item) => {
                  const count = accountableCount(item);
                  return (
                    <td key={item} className={count === 1 ? 'raci-grid__ok' : 'raci-grid__problem'}>
                      {count === 1 ? <><span aria-hidden="true">✓</span><span className="visually-hidden">exactly one</span></> : count === 0 ? 'none' : count}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
