/**
 * Schema 9: an escalation level names who takes the issue as a team member when that person is on the team (the
 * name follows a rename), or as typed text for someone outside it (the helpdesk, the vendor's incident line).
 * `escalate_to` keeps the name either way, so reports and exports read one column. No ON DELETE: deleting a member
 * clears the link inside the same edit and keeps the name as text, so undo restores both.
 */
export const migration009 = `
ALTER TABLE escalation_level ADD COLUMN escalate_to_member_id TEXT REFERENCES team_member(id);
`;
