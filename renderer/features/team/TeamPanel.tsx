import { DECISION_LABELS, TEAM_ROLE_LABELS, type EscalationLevel, type Member, type TeamFunction } from '../../../shared/schemas/team';
import { MAX_TEAM_SIZE } from '../../../shared/rules/team';
import { optionsOf, type Column } from '../people/columns';
import { PanelState } from '../people/PanelState';
import { RecordTable } from '../people/RecordTable';
import { usePeople } from '../people/use-people';
import { RaciGrid } from './RaciGrid';

/** Who takes an escalated issue: a team member (the name follows a rename), or anyone typed for someone outside. */
function escalationColumns(members: Member[]): Column<EscalationLevel>[] {
  return [
    { key: 'issueKind', label: 'Kind of issue', kind: 'textarea', width: '16rem', hint: 'e.g. suspected data leak, harmful output, outage' },
    {
      key: 'escalateToMemberId', label: 'Escalate to (team member)', kind: 'select', nullable: true, emptyLabel: 'Someone outside the team',
      options: members.map((m) => ({ value: m.id, label: m.name })), width: '12rem',
      hint: 'Pick the member who takes it; for someone outside the team, leave this and type the name below.',
    },
    { key: 'escalateTo', label: 'Name or role', kind: 'textarea', width: '14rem', hint: 'Filled in from the member; type e.g. "IT service desk" for someone outside the team.' },
    { key: 'withinHours', label: 'Within (hours)', kind: 'number', unit: 'h' },
  ];
}

/** Step 1: who is on the team, which functions they represent, who decides what, and where problems go. */
export function TeamPanel() {
  const { data, error } = usePeople();
  if (!data) return <PanelState error={error} />;
  const functionOptions = data.functions.map((f) => ({ value: f.id, label: f.name }));
  const membersOf = (fn: TeamFunction) => data.members.filter((m) => m.functionId === fn.id).length;

  const memberColumns: Column<Member>[] = [
    { key: 'name', label: 'Name', kind: 'text', width: '10rem' },
    { key: 'functionId', label: 'Function', kind: 'select', options: functionOptions, nullable: true, emptyLabel: 'No function' },
    { key: 'role', label: 'Role', kind: 'select', options: optionsOf(TEAM_ROLE_LABELS) },
    { key: 'contact', label: 'Contact', kind: 'text', width: '10rem' },
    { key: 'availability', label: 'Availability', kind: 'number', unit: '%', hint: 'Share of their working time for the rollout' },
    { key: 'decisionRights', label: 'Decision rights', kind: 'multi', options: optionsOf(DECISION_LABELS), width: '12rem' },
  ];
  const functionColumns: Column<TeamFunction>[] = [
    { key: 'name', label: 'Function', kind: 'text', width: '14rem', hint: 'A department or business unit, e.g. Claims' },
    { key: 'usesModels', label: 'Will use the models', kind: 'checkbox' },
    {
      key: 'id', label: 'On the team', kind: 'text', notInForm: true,
      text: (fn) => (membersOf(fn) > 0 ? `${membersOf(fn)} members` : fn.usesModels ? 'not represented' : 'not needed'),
      display: (fn) => {
        const count = membersOf(fn);
        if (count > 0) return `${count} ${count === 1 ? 'member' : 'members'}`;
        return fn.usesModels ? <span className="text-attention">Not represented</span> : <span className="muted">Not needed</span>;
      },
    },
  ];

  return (
    <>
      <RecordTable entity="member" noun="member" title="Members" id="team-members" rows={data.members} columns={memberColumns}
        rowName={(m) => m.name} orderable
        defaults={{ name: '', functionId: null, role: 'member', contact: '', availability: 20, decisionRights: [] }}
        intro={<p className="muted">A representative of every function that will use the models, and no more than about {MAX_TEAM_SIZE} people, so the team can still decide. {data.members.length > 0 ? `${data.members.length} of ${MAX_TEAM_SIZE}.` : ''}</p>}
        emptyText={<><p>No one is on the team yet.</p><p>Start with the sponsor who owns the rollout and the lead who runs it, then add one person for each function marked “will use the models” below.</p></>} />
      <RecordTable entity="function" noun="function" title="Organisational functions" id="team-functions" rows={data.functions} columns={functionColumns}
        rowName={(f) => f.name} orderable defaults={{ name: '', usesModels: true }}
        intro={<p className="muted">Every function that will use the models needs someone on the team. Add each business unit (claims, sales, …) as a function of its own.</p>}
        emptyText={<p>No functions listed. Add the departments and business units of the organisation, and mark those that will use the models.</p>} />
      <RaciGrid members={data.members} raci={data.raci} />
      <RecordTable entity="escalation" noun="escalation level" title="Escalation path" id="team-escalation" rows={data.escalation} columns={escalationColumns(data.members)}
        rowName={(e) => e.issueKind} orderable defaults={{ issueKind: '', escalateTo: '', escalateToMemberId: null, withinHours: 24 }}
        intro={<p className="muted">In order: where a failure or a misuse of the models goes first, and how fast it must move up.</p>}
        emptyText={<p>No escalation path yet. Add a level for each kind of issue (harmful output, suspected data leak, outage) with who takes it and within how many hours.</p>} />
    </>
  );
}
