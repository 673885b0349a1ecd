import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/schemas/timeline';
import { EVENTS_GROUP_ID, eventRows, toChartRow } from '../../../renderer/features/timeline/timeline-rows';

const EVENTS: TimelineEvent[] = [
  { id: 's1', kind: 'training', date: '2027-02-03', label: 'Acceptable use' },
  { id: 'c1', kind: 'communication', date: '2027-01-20', label: 'Board: intent and guardrails' },
  { id: 'c2', kind: 'communication', date: '2027-03-01', label: 'All staff: launch article' },
];

describe('events of steps 5 and 6 on the timeline', () => {
  it('come below the plan as one group spanning them and a milestone row per event, by date', () => {
    const rows = eventRows(EVENTS, new Set(), { text: '', scope: 'all' });
    expect(rows.map((r) => [r.id, r.source, r.start, r.depth])).toEqual([
      [EVENTS_GROUP_ID, 'group', '2027-01-20', 0],
      ['event-communication-c1', 'communication', '2027-01-20', 1],
      ['event-training-s1', 'training', '2027-02-03', 1],
      ['event-communication-c2', 'communication', '2027-03-01', 1],
    ]);
    expect(rows[0]?.finish).toBe('2027-03-01');
  });

  it('collapse to their group, follow the text filter and leave the critical and late views', () => {
    expect(eventRows(EVENTS, new Set([EVENTS_GROUP_ID]), { text: '', scope: 'all' }).map((r) => r.id)).toEqual([EVENTS_GROUP_ID]);
    expect(eventRows(EVENTS, new Set(), { text: 'BOARD', scope: 'all' }).map((r) => r.label)).toEqual(['Communications and training (steps 5 and 6)', 'Board: intent and guardrails']);
    expect(eventRows(EVENTS, new Set(), { text: 'nothing like it', scope: 'all' })).toEqual([]);
    expect(eventRows(EVENTS, new Set(), { text: '', scope: 'critical' })).toEqual([]);
    expect(eventRows([], new Set(), { text: '', scope: 'all' })).toEqual([]);
  });

  it('are drawn as fixed diamonds (events) and a summary bar, never with dependencies', () => {
    const [group, first] = eventRows(EVENTS, new Set(), { text: '', scope: 'all' });
    if (!group || !first) throw new Error('rows missing');
    expect(toChartRow(group, new Map(), new Set(), '2027-01-01')).toMatchObject({ kind: 'summary', start: '2027-01-20', finish: '2027-03-01', dependencies: [] });
    expect(toChartRow(first, new Map(), new Set(), '2027-01-01')).toMatchObject({ kind: 'event', start: '2027-01-20', finish: '2027-01-20', progress: 0 });
  });
});
