/**
 * Schema 8: a task's date constraint can hold its finish instead of its start ("fixed finish": the task ends
 * on that date whatever its predecessors say; "finish no earlier than" with a start-no-earlier-than type).
 * The existing constraint_type CHECK cannot be widened in SQLite, so the anchor is its own column.
 */
export const migration008 = `
ALTER TABLE task ADD COLUMN constraint_anchor TEXT NOT NULL DEFAULT 'start' CHECK (constraint_anchor IN ('start', 'finish'));
`;
