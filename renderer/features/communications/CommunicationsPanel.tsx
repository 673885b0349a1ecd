import {
  CHANNEL_LABELS, COMM_STATUS_LABELS, FEEDBACK_STATUS_LABELS, LEVEL_LABELS,
  type CommItem, type FeedbackItem, type StakeholderGroup,
} from '../../../shared/schemas/communications';
import { optionsOf, type Column } from '../people/columns';
import { PanelState } from '../people/PanelState';
import { RecordTable } from '../people/RecordTable';
import { usePeople } from '../people/use-people';

const GROUP_COLUMNS: Column<StakeholderGroup>[] = [
  { key: 'name', label: 'Group', kind: 'text', width: '12rem', hint: 'From the boardroom to the basement: board, managers, staff, works council, …' },
  { key: 'size', label: 'People', kind: 'number' },
  { key: 'influence', label: 'Influence', kind: 'select', options: optionsOf(LEVEL_LABELS) },
  { key: 'interest', label: 'Interest', kind: 'select', options: optionsOf(LEVEL_LABELS) },
  { key: 'concerns', label: 'Main concerns', kind: 'textarea', width: '18rem' },
];

/** Step 5: who must hear about the rollout, what they are told and when, and what they said back. */
export function CommunicationsPanel() {
  const { data, error } = usePeople();
  if (!data) return <PanelState error={error} />;
  const groups = data.groups.map((g) => ({ value: g.id, label: g.name }));
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));

  const itemColumns: Column<CommItem>[] = [
    { key: 'groupId', label: 'Audience', kind: 'select', options: groups, nullable: true, emptyLabel: 'Choose…', width: '11rem' },
    { key: 'message', label: 'Message (intent and benefits)', kind: 'textarea', width: '16rem' },
    { key: 'channel', label: 'Channel', kind: 'select', options: optionsOf(CHANNEL_LABELS) },
    { key: 'plannedDate', label: 'Planned date', kind: 'date' },
    { key: 'owner', label: 'Owner', kind: 'text', detail: true },
    { key: 'status', label: 'Status', kind: 'select', options: optionsOf(COMM_STATUS_LABELS) },
  ];
  const feedbackColumns: Column<FeedbackItem>[] = [
    { key: 'groupId', label: 'From', kind: 'select', options: groups, nullable: true, emptyLabel: 'Unknown group', width: '10rem' },
    { key: 'concern', label: 'Concern', kind: 'textarea', width: '13rem' },
    { key: 'response', label: 'Response', kind: 'textarea', width: '13rem', hint: 'Needed before the concern is marked answered or closed' },
    { key: 'status', label: 'Status', kind: 'select', options: optionsOf(FEEDBACK_STATUS_LABELS) },
    { key: 'targetDate', label: 'Answer by', kind: 'date', nullable: true },
  ];

  return (
    <>
      <RecordTable entity="group" noun="stakeholder group" title="Stakeholder groups" id="communications-groups" rows={data.groups}
        columns={GROUP_COLUMNS} rowName={(g) => g.name} orderable
        defaults={{ name: '', size: 0, influence: 'medium', interest: 'medium', concerns: '' }}
        emptyText={<p>No stakeholder groups yet. Map everyone the rollout touches, from the board to the front line, with how much they can influence it and how much they care.</p>} />
      <RecordTable entity="commItem" noun="communication" title="Communication plan" id="communications-plan" rows={data.commItems}
        columns={itemColumns} rowName={(c) => `${groupName.get(c.groupId ?? '') ?? 'group'}, ${c.plannedDate}`} orderable
        defaults={{ groupId: data.groups[0]?.id ?? null, message: '', channel: 'email', plannedDate: '', owner: '', status: 'planned' }}
        intro={<p className="muted">Every group should hear the intent and the benefits at least once before the pilot starts.</p>}
        emptyText={<p>{data.groups.length === 0 ? 'Add stakeholder groups first; then plan what each hears, through which channel and when.' : 'Nothing planned yet. Plan what each group hears, through which channel, when and from whom.'}</p>} />
      <RecordTable entity="feedback" noun="concern" title="Feedback log" id="communications-feedback" rows={data.feedback}
        columns={feedbackColumns} rowName={(f) => f.concern} orderable
        defaults={{ groupId: null, concern: '', response: '', status: 'open', targetDate: null }}
        emptyText={<p>No feedback logged. Record each concern raised, the answer given and the date by which it should be answered.</p>} />
    </>
  );
}
