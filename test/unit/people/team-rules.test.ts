import { describe, expect, it } from 'vitest';
import { RACI_ITEMS, type RaciItem } from '../../../shared/schemas/team';
import {
  accountableWarnings, goNoGoWarnings, sponsorWarnings, teamSizeWarnings, teamWarnings, unrepresentedFunctionWarnings, type TeamInput,
} from '../../../shared/rules/team';

const fn = (id: string, name: string, usesModels = true) => ({ id, name, usesModels });
const member = (id: string, extra: Partial<TeamInput['members'][number]> = {}) => ({
  id, name: `Member ${id}`, functionId: null, role: 'member' as const, decisionRights: [], ...extra,
});
/** One A per column for member m1: a team that satisfies the RACI rule. */
const fullRaci = (memberId = 'm1') => RACI_ITEMS.map((item) => ({ memberId, item: item as RaciItem, role: 'A' as const }));

const healthy: TeamInput = {
  functions: [fn('f-it', 'IT'), fn('f-legal', 'Legal'), fn('f-proc', 'Procurement', false)],
  members: [
    member('m1', { name: 'Ana', functionId: 'f-it', role: 'sponsor', decisionRights: ['go_no_go'] }),
    member('m2', { name: 'Ben', functionId: 'f-legal' }),
  ],
  raci: fullRaci(),
};

describe('step 1 readiness', () => {
  it('finds nothing to fix in a complete team, and nothing in an empty one (not started)', () => {
    expect(teamWarnings(healthy)).toEqual([]);
    expect(teamWarnings({ functions: healthy.functions, members: [], raci: [] })).toEqual([]);
  });

  it('warns above ten members, not at ten', () => {
    const members = (n: number) => Array.from({ length: n }, (_, i) => member(`x${i}`));
    expect(teamSizeWarnings({ ...healthy, members: members(10) })).toEqual([]);
    const [warning] = teamSizeWarnings({ ...healthy, members: members(11) });
    expect(warning?.message).toMatch(/^The team has 11 members; keep it to about 10/);
    expect(warning?.fix?.target).toBe('team-members');
  });

  it('names each function that will use the models and has no one on the team', () => {
    const input = { ...healthy, functions: [...healthy.functions, fn('f-hr', 'HR'), fn('f-claims', 'Claims')] };
    const [warning] = unrepresentedFunctionWarnings(input);
    expect(warning?.message).toBe('HR and Claims will use the models but have no one on the team. Add a member from each, or mark the function as not using the models.');
    // Procurement does not use the models, so its empty seat is fine.
    expect(warning?.message).not.toContain('Procurement');
    expect(unrepresentedFunctionWarnings({ ...input, functions: [fn('f-hr', 'HR')] })[0]?.message).toMatch(/^HR will use the models but has no one/);
    expect(warning?.fix).toEqual({ target: 'team-functions', label: 'Go to these 2 functions', rowIds: ['f-hr', 'f-claims'] });
    expect(unrepresentedFunctionWarnings({ ...input, functions: [fn('f-hr', 'HR')] })[0]?.fix).toEqual({ target: 'team-functions', label: 'Go to the function “HR”', rowIds: ['f-hr'] });
  });

  it('wants exactly one Accountable per step and key decision', () => {
    expect(accountableWarnings({ ...healthy, raci: [] })[0]?.message).toMatch(/^No one is Accountable for any of the ten steps or the 5 key decisions yet/);
    const missingTwo = fullRaci().filter((c) => c.item !== 'pilot' && c.item !== 'decision:go_no_go');
    expect(accountableWarnings({ ...healthy, raci: missingTwo }).map((w) => w.message)).toEqual([
      'No one is Accountable for step 7 (Pilot) and Go/no-go decision. Give each exactly one A in the RACI grid.',
    ]);
    const twoForVendors = [...fullRaci(), { memberId: 'm2', item: 'vendors' as const, role: 'A' as const }];
    expect(accountableWarnings({ ...healthy, raci: twoForVendors }).map((w) => w.message)).toEqual([
      'Step 3 (Products and vendors) has 2 Accountable people (Ana and Ben); keep exactly one A and make the others R or C.',
    ]);
    // R, C and I do not count, and nor do cells of members who are gone.
    const others = fullRaci().map((c) => (c.item === 'plan' ? { ...c, role: 'R' as const } : c));
    expect(accountableWarnings({ ...healthy, raci: [...others, { memberId: 'gone', item: 'plan', role: 'A' }] })[0]?.message).toContain('step 4 (Project plan and budget)');
  });

  it('wants a sponsor and someone holding go/no-go rights', () => {
    const noSponsor = { ...healthy, members: healthy.members.map((m) => ({ ...m, role: 'member' as const })) };
    expect(sponsorWarnings(noSponsor)[0]?.message).toMatch(/^The team has no sponsor/);
    expect(sponsorWarnings(healthy)).toEqual([]);
    const noRights = { ...healthy, members: healthy.members.map((m) => ({ ...m, decisionRights: ['approve_budget' as const] })) };
    expect(goNoGoWarnings(noRights)[0]?.message).toMatch(/^Nobody holds go\/no-go rights/);
    expect(teamWarnings(noRights).every((w) => w.stepKey === 'team')).toBe(true);
  });
});
