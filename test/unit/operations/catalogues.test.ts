import { describe, expect, it } from 'vitest';
import { OPERATIONS_CATALOGUES } from '../../../electron/backend/catalogues/operations';
import { NORTHWIND_OPERATIONS } from '../../../electron/backend/operations/sample';
import { COLLECTIONS } from '../../../shared/schemas/operations';
import { TABLES } from '../../../electron/backend/store/tables';

describe('the operations catalogues', () => {
  const { risks, kpis, compliance } = OPERATIONS_CATALOGUES;
  it('lists the twelve NIST AI 600-1 risks, the OWASP LLM top ten and the product categories, each with a unique id and a group', () => {
    const ids = risks.categories.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^GAI-\d\d$/.test(id))).toHaveLength(12);
    expect(ids.filter((id) => /^LLM\d\d$/.test(id))).toHaveLength(10);
    expect(ids.filter((id) => id.startsWith('own:')).length).toBeGreaterThanOrEqual(11);
    const groups = new Set(risks.groups.map((g) => g.id));
    expect(risks.categories.every((c) => groups.has(c.group) && c.description.length > 10)).toBe(true);
  });
  it('has library KPIs with thresholds on the bad side of the target', () => {
    expect(new Set(kpis.kpis.map((k) => k.id)).size).toBe(kpis.kpis.length);
    for (const k of kpis.kpis) {
      if (k.direction === 'higher') expect(k.critical <= k.warning && k.warning <= k.target, k.id).toBe(true);
      else expect(k.critical >= k.warning && k.warning >= k.target, k.id).toBe(true);
    }
    expect(new Set(kpis.kpis.map((k) => k.category))).toEqual(new Set(['adoption', 'value', 'risk_quality', 'operations_cost']));
  });
  it('has the 19 NIST AI RMF categories and the EU AI Act deployer duties', () => {
    const nist = compliance.items.filter((i) => i.framework === 'nist_ai_rmf').map((i) => i.ref);
    expect(nist).toHaveLength(19);
    expect(nist.filter((r) => r.startsWith('GV-'))).toHaveLength(6);
    expect(compliance.items.filter((i) => i.framework === 'eu_ai_act').map((i) => i.ref)).toEqual(expect.arrayContaining(['Art. 4', 'Art. 26(6)', 'Art. 27', 'Art. 50']));
  });
  it('the sample uses catalogue categories, library KPIs and compliance references only', () => {
    const categoryIds = new Set(risks.categories.map((c) => c.id));
    expect(NORTHWIND_OPERATIONS.risks.every((r) => categoryIds.has(r.category))).toBe(true);
    const libraryIds = new Set(kpis.kpis.map((k) => k.id));
    expect(NORTHWIND_OPERATIONS.kpis.every((k) => k.libraryId === null || libraryIds.has(k.libraryId))).toBe(true);
    const refs = new Set(compliance.items.map((i) => i.ref));
    expect(NORTHWIND_OPERATIONS.compliance.items.every((i) => refs.has(i.ref))).toBe(true);
  });
  it('maps every collection to a declared table', () => {
    for (const def of Object.values(COLLECTIONS)) expect(Object.keys(TABLES)).toContain(def.table);
  });
});
