import { describe, expect, it } from 'vitest';
import { mustHavesWithoutCriteria, prohibitedWithoutDecision, requirementsWarnings, useCasesWithoutRequirement, type RequirementsInput } from '../../../shared/rules/requirements';

const useCase = (id: string, name: string, extra: Partial<RequirementsInput['useCases'][number]> = {}) => ({
  id, name, riskTier: 'minimal' as const, status: 'approved' as const, decisionNote: '', ...extra,
});
const requirement = (code: string, extra: Partial<RequirementsInput['requirements'][number]> = {}) => ({
  id: `id-${code}`, code, title: `Title ${code}`, priority: 'should' as const, acceptanceCriteria: '', useCaseIds: [] as string[], status: 'agreed' as const, ...extra,
});

describe('step 2 readiness', () => {
  it('is quiet when every use case is backed, every must-have has criteria and prohibited uses are decided', () => {
    const input: RequirementsInput = {
      useCases: [useCase('u1', 'Claims summaries'), useCase('u2', 'Emotion detection', { riskTier: 'prohibited', status: 'rejected', decisionNote: 'Rejected: Art. 5' })],
      requirements: [requirement('REQ-001', { priority: 'must', acceptanceCriteria: '95% correct', useCaseIds: ['u1'] })],
    };
    expect(requirementsWarnings(input)).toEqual([]);
    expect(requirementsWarnings({ useCases: [], requirements: [] })).toEqual([]);
  });

  it('names the use cases without a requirement; dropped requirements do not count, rejected use cases need none', () => {
    const input: RequirementsInput = {
      useCases: [useCase('u1', 'Claims summaries'), useCase('u2', 'Email replies'), useCase('u3', 'CV screening', { status: 'rejected' })],
      requirements: [requirement('REQ-001', { useCaseIds: ['u2'], status: 'dropped' })],
    };
    const [warning] = useCasesWithoutRequirement(input);
    expect(warning?.message).toBe('Use cases "Claims summaries" and "Email replies" have no requirement. Link at least one requirement to each (the "Use cases" column of the requirements).');
    expect(warning?.fix?.target).toBe('requirements-list');
  });

  it('names must-haves without acceptance criteria, ignoring blank-only text and other priorities', () => {
    const input: RequirementsInput = {
      useCases: [],
      requirements: [requirement('REQ-001', { priority: 'must', acceptanceCriteria: '   ' }), requirement('REQ-002', { priority: 'could' })],
    };
    expect(mustHavesWithoutCriteria(input).map((w) => w.message)).toEqual(['Must-have REQ-001 "Title REQ-001" has no acceptance criteria. Write how the team will know each is met.']);
  });

  it('links a warning to the rows to fix, not only to their table', () => {
    const one = mustHavesWithoutCriteria({ useCases: [], requirements: [requirement('REQ-001', { priority: 'must' })] })[0];
    expect(one?.fix).toEqual({ target: 'requirements-list', label: 'Go to REQ-001', rowIds: ['id-REQ-001'] });
    const two = mustHavesWithoutCriteria({ useCases: [], requirements: [requirement('REQ-001', { priority: 'must' }), requirement('REQ-004', { priority: 'must' })] })[0];
    expect(two?.fix).toEqual({ target: 'requirements-list', label: 'Go to these 2 requirements', rowIds: ['id-REQ-001', 'id-REQ-004'] });
    const prohibited = prohibitedWithoutDecision({ useCases: [useCase('u1', 'Emotion detection', { riskTier: 'prohibited' })], requirements: [] })[0];
    expect(prohibited?.fix).toEqual({ target: 'requirements-use-cases', label: 'Go to the use case “Emotion detection”', rowIds: ['u1'] });
  });

  it('wants a recorded decision for every prohibited-tier use case', () => {
    const input: RequirementsInput = { useCases: [useCase('u1', 'Emotion detection', { riskTier: 'prohibited' }), useCase('u2', 'CV screening', { riskTier: 'high_risk' })], requirements: [] };
    const [warning] = prohibitedWithoutDecision(input);
    expect(warning?.message).toMatch(/^Use case "Emotion detection" is in the prohibited tier of the EU AI Act with no decision recorded/);
    expect(warning?.message).not.toContain('CV screening');
    expect(warning?.fix?.target).toBe('requirements-use-cases');
  });
});
