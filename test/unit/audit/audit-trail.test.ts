import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../electron/backend/store/tables';
import { AUDIT_CSV_HEADER, auditCsv, csvField, scopeLabel } from '../../../shared/rules/audit-csv';
import { DECISION_ENTITY_TYPES, STEP_ENTITY_TYPES, entityLabel, entityTypesOfStep, isDecisionEntry, likePattern, scopeOfEntry } from '../../../shared/rules/audit-trail';

describe('scopeOfEntry', () => {
  it('puts each entity with its step, a step row with the step it names, and the rest with the project', () => {
    expect(scopeOfEntry('team member', 'x')).toBe('team');
    expect(scopeOfEntry('cost line', 'x')).toBe('plan');
    expect(scopeOfEntry('gate decision', 'x')).toBe('deployment');
    expect(scopeOfEntry('incident', 'x')).toBe('contingency');
    expect(scopeOfEntry('step', 'pilot')).toBe('pilot');
    expect(scopeOfEntry('step', 'nonsense')).toBe('project');
    expect(scopeOfEntry('project', 'x')).toBe('project');
    expect(scopeOfEntry('file', null)).toBe('project');
  });

  it('knows every table of the project file: each belongs to one step, or is one of the project-wide ones', () => {
    const projectWide = new Set(['project', 'step']);
    const entities = Object.values(TABLES).map((t) => t.entity);
    const unplaced = entities.filter((e) => !projectWide.has(e) && !STEP_ENTITY_TYPES.includes(e));
    expect(unplaced, 'new tables: add their entity to STEP_ENTITIES in shared/rules/audit-trail.ts').toEqual([]);
    expect(new Set(STEP_ENTITY_TYPES).size).toBe(STEP_ENTITY_TYPES.length);
    for (const type of entityTypesOfStep('vendors')) expect(entities).toContain(type);
  });
});

describe('isDecisionEntry', () => {
  it('marks the formal decision entries and every change to the three decisions, nothing else', () => {
    expect(isDecisionEntry('decision', 'gate decision')).toBe(true);
    for (const type of DECISION_ENTITY_TYPES) expect(isDecisionEntry('update', type)).toBe(true);
    expect(isDecisionEntry('undo', 'pilot decision')).toBe(true);
    expect(isDecisionEntry('update', 'team member')).toBe(false);
    expect(isDecisionEntry('create', 'wave')).toBe(false);
  });
});

describe('likePattern', () => {
  it('escapes the LIKE wildcards and the escape character so the text is found literally', () => {
    expect(likePattern('ana')).toBe('%ana%');
    expect(likePattern('100%')).toBe('%100\\%%');
    expect(likePattern('a_b\\c')).toBe('%a\\_b\\\\c%');
  });
});

describe('entityLabel and scopeLabel', () => {
  it('read as a person would say them', () => {
    expect(entityLabel('team member')).toBe('Team member');
    expect(entityLabel('KPI measurement')).toBe('KPI measurement');
    expect(entityLabel('knock-out result')).toBe('Knock-out result');
    expect(scopeLabel('team member', 'x')).toBe('1. Cross-functional team');
    expect(scopeLabel('project', 'x')).toBe('Whole project');
  });
});

describe('audit CSV', () => {
  it('neutralises cells a spreadsheet could take for a formula, whatever column they are in', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes a header and one CRLF row per entry with the decision mark and the step', () => {
    const csv = auditCsv([
      { id: 7, at: '2027-03-01T10:00:00.000Z', actor: '@attacker', action: 'decision', entityType: 'gate decision', entityId: 'g1', summary: '=1+1' },
      { id: 6, at: '2027-03-01T09:00:00.000Z', actor: 'Ana', action: 'update', entityType: 'team member', entityId: 'm1', summary: 'Rename "Ana"' },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','));
    expect(lines[1]).toBe("7,2027-03-01T10:00:00.000Z,'@attacker,decision,yes,8. Deployment,Gate decision,g1,'=1+1");
    expect(lines[2]).toBe('6,2027-03-01T09:00:00.000Z,Ana,update,,1. Cross-functional team,Team member,m1,"Rename ""Ana"""');
    expect(lines[3]).toBe('');
  });
});
