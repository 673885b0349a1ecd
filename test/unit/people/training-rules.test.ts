import { describe, expect, it } from 'vitest';
import { trainingCoverage, trainingWarnings, type CoverageInput } from '../../../shared/rules/training';
import catalogue from '../../../resources/catalogues/training-modules.json';
import { LibraryModule, MANDATORY_TOPICS } from '../../../shared/schemas/training';

const input: CoverageInput = {
  audiences: [{ id: 'a1', role: 'Staff', headcount: 100 }, { id: 'a2', role: 'Helpdesk', headcount: 10 }],
  modules: [
    { id: 'm1', topics: ['principles', 'acceptable_use'] },
    { id: 'm2', topics: ['security_protocols', 'security_events'] },
  ],
  needs: [
    { audienceId: 'a1', moduleId: 'm1', level: 'required' },
    { audienceId: 'a1', moduleId: 'm2', level: 'required' },
    { audienceId: 'a2', moduleId: 'm1', level: 'required' },
    { audienceId: 'a2', moduleId: 'm2', level: 'optional' },
  ],
  sessions: [{ id: 's1', moduleId: 'm1' }, { id: 's2', moduleId: 'm1' }, { id: 's3', moduleId: 'm2' }],
  enrolments: [],
};

describe('step 6 readiness', () => {
  it('names each mandatory topic not in a required module for every audience, and for whom', () => {
    expect(trainingWarnings(input).map((w) => w.message)).toEqual([
      '"Security issues and protocols" is not in a required module for Helpdesk. Cover it in a module and mark that module required.',
      '"Responding to security events" is not in a required module for Helpdesk. Cover it in a module and mark that module required.',
    ]);
    const allRequired = { ...input, needs: input.needs.map((n) => ({ ...n, level: 'required' as const })) };
    expect(trainingWarnings(allRequired)).toEqual([]);
  });

  it('says "any audience" when no one gets a topic, and asks for audiences when there are only modules', () => {
    const noSecurity = { ...input, needs: input.needs.filter((n) => n.moduleId === 'm1') };
    expect(trainingWarnings(noSecurity)[0]?.message).toBe('"Security issues and protocols" is not in a required module for any audience. Cover it in a module and mark that module required.');
    expect(trainingWarnings({ audiences: [], modules: input.modules, needs: [] })[0]?.message).toMatch(/^No audiences yet/);
    expect(trainingWarnings({ audiences: [], modules: [], needs: [] })).toEqual([]);
  });

  it('computes coverage from required modules, capped at the headcount', () => {
    const enrolments = [
      { sessionId: 's1', audienceId: 'a1', enrolled: 80, completed: 50 },
      { sessionId: 's2', audienceId: 'a1', enrolled: 40, completed: 30 },
      { sessionId: 's3', audienceId: 'a1', enrolled: 20, completed: 0 },
      { sessionId: 's3', audienceId: 'a2', enrolled: 10, completed: 10 },
    ];
    const coverage = trainingCoverage({ ...input, enrolments });
    // Staff: m1 enrolled min(100, 120) = 100, completed 80; m2 enrolled 20, completed 0; 200 places.
    expect(coverage.audiences[0]).toEqual({ audienceId: 'a1', requiredModules: 2, enrolledPercent: 60, completedPercent: 40 });
    // Helpdesk: only m1 is required; the optional m2 does not count.
    expect(coverage.audiences[1]).toEqual({ audienceId: 'a2', requiredModules: 1, enrolledPercent: 0, completedPercent: 0 });
    expect(coverage).toMatchObject({ enrolledPercent: 57, completedPercent: 38 });
    expect(trainingCoverage({ ...input, needs: [], enrolments })).toMatchObject({ enrolledPercent: 0, completedPercent: 0 });
  });
});

describe('the shipped module library', () => {
  it('is valid, has unique ids with a source each, and covers all four mandatory topics', () => {
    const modules = catalogue.modules.map((m) => LibraryModule.parse(m));
    expect(new Set(modules.map((m) => m.id)).size).toBe(modules.length);
    for (const topic of MANDATORY_TOPICS) expect(modules.some((m) => m.topics.includes(topic)), topic).toBe(true);
    expect(modules.every((m) => m.source.length > 10)).toBe(true);
  });
});
