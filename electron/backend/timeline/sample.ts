import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { IsoDate } from '../../../shared/schemas/common';
import type { SampleSeeder } from '../projects/sample-seeders';
import northwindTimeline from '../../../resources/sample/northwind-timeline.json';
import { readPlan, schedulePlan } from './read';

const RefMap = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

const SampleTimeline = z.object({
  holidays: z.array(z.object({ date: IsoDate, label: z.string().max(200) })),
  owners: RefMap(z.string().max(200)),
  baseline: z.object({ name: z.string().min(1).max(100), savedAt: z.iso.datetime() }),
  afterBaseline: z.object({
    note: z.string(),
    durations: RefMap(z.number().int().min(1)),
    actualStarts: RefMap(IsoDate),
    actualFinishes: RefMap(IsoDate),
  }),
});

const SAMPLE = SampleTimeline.parse(northwindTimeline);

/**
 * Northwind's plan as a program manager keeps it two months in: owners on every task, the company holidays,
 * a baseline saved at kick-off, and the changes since (actual dates, two re-estimated tasks) that show as variance.
 */
export const seedTimeline: SampleSeeder = (db: Database.Database, { taskIdByRef }) => {
  const id = (ref: string) => {
    const found = taskIdByRef.get(ref);
    if (!found) throw new Error(`The timeline sample names an unknown task ${ref}`);
    return found;
  };
  const insertHoliday = db.prepare('INSERT INTO holiday (id, date, label) VALUES (?, ?, ?)');
  for (const h of SAMPLE.holidays) insertHoliday.run(crypto.randomUUID(), h.date, h.label);
  // Owners are step 1's team members, linked by id (the name follows a rename); a name not on the team stays text.
  const setOwner = db.prepare('UPDATE task SET owner_member_id = (SELECT id FROM team_member WHERE name = ?), owner_name = ? WHERE id = ?');
  for (const [ref, owner] of Object.entries(SAMPLE.owners)) setOwner.run(owner, owner, id(ref));

  saveBaseline(db, SAMPLE.baseline.name, SAMPLE.baseline.savedAt);

  const change = SAMPLE.afterBaseline;
  const setDuration = db.prepare('UPDATE task SET duration_days = ? WHERE id = ?');
  for (const [ref, days] of Object.entries(change.durations)) setDuration.run(days, id(ref));
  const setStart = db.prepare('UPDATE task SET actual_start = ? WHERE id = ?');
  for (const [ref, date] of Object.entries(change.actualStarts)) setStart.run(date, id(ref));
  const setFinish = db.prepare('UPDATE task SET actual_finish = ? WHERE id = ?');
  for (const [ref, date] of Object.entries(change.actualFinishes)) setFinish.run(date, id(ref));
  db.prepare("UPDATE step SET notes = CASE WHEN notes = '' THEN ? ELSE notes || char(10) || char(10) || ? END WHERE id = 'plan'").run(change.note, change.note);
};

function saveBaseline(db: Database.Database, name: string, savedAt: string): void {
  const schedule = schedulePlan(readPlan(db));
  const baselineId = crypto.randomUUID();
  db.prepare('INSERT INTO baseline (id, name, saved_at, project_finish) VALUES (?, ?, ?, ?)').run(baselineId, name, savedAt, schedule.projectFinish);
  const insert = db.prepare('INSERT INTO baseline_task (id, baseline_id, task_id, start, finish, duration_days) VALUES (?, ?, ?, ?, ?, ?)');
  for (const task of schedule.tasks) insert.run(crypto.randomUUID(), baselineId, task.id, task.start, task.finish, task.durationDays);
}
