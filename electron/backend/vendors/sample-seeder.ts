import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { defaultDescriptors } from '../../../shared/rules/scoring/scales';
import { DecisionFields, VendorFields } from '../../../shared/schemas/vendors';
import { RowWriter } from '../store/row-writer';
import { entityToColumns } from '../store/tables';
import type { SampleSeeder } from '../projects/sample-seeders';
import { CRITERIA_LIBRARY } from './library';
import sample from '../../../resources/sample/northwind-vendors.json';

const Values = z.array(z.number().int().min(0).max(10));
const SampleVendors = z.object({
  headcount: z.number().int().min(0),
  criteria: z.array(z.object({ libraryId: z.string(), weight: z.number().min(0).max(100) })),
  vendors: z.array(VendorFields),
  evaluators: z.array(z.object({ name: z.string(), role: z.string() })),
  knockouts: z.array(z.object({ vendor: z.string(), libraryId: z.string(), status: z.enum(['pass', 'fail']), note: z.string() })),
  /** round -> library id -> vendor name -> one value per evaluator (in order). */
  scores: z.record(z.enum(['1', '2']), z.record(z.string(), z.record(z.string(), Values))),
  rationales: z.array(z.object({ evaluator: z.string(), vendor: z.string(), libraryId: z.string(), round: z.union([z.literal(1), z.literal(2)]), text: z.string() })),
  decision: DecisionFields.omit({ chosenVendorId: true }).extend({ vendor: z.string() }),
});

/** Northwind's vendor evaluation: four options, 21 library criteria, five evaluators, two rounds and a decision. */
export const seedVendors: SampleSeeder = (db: Database.Database) => {
  const data = SampleVendors.parse(sample);
  const rows = new RowWriter(db);
  const library = new Map(CRITERIA_LIBRARY.groups.flatMap((g) => g.criteria.map((c) => [c.id, { group: g, criterion: c }] as const)));
  const vendorIds = new Map<string, string>();
  data.vendors.forEach((vendor, i) => {
    const id = crypto.randomUUID();
    vendorIds.set(vendor.name, id);
    rows.insert('vendor', { id, ...entityToColumns('vendor', vendor), sort_order: i });
  });
  const groupIds = new Map<string, string>();
  const criterionIds = new Map<string, string>();
  data.criteria.forEach(({ libraryId, weight }, i) => {
    const entry = library.get(libraryId);
    if (!entry) throw new Error(`Sample criterion ${libraryId} is not in the library`);
    let groupId = groupIds.get(entry.group.id);
    if (!groupId) {
      groupId = crypto.randomUUID();
      groupIds.set(entry.group.id, groupId);
      rows.insert('criterion_group', { id: groupId, name: entry.group.name, description: entry.group.description, sort_order: groupIds.size - 1 });
    }
    const id = crypto.randomUUID();
    criterionIds.set(libraryId, id);
    const c = entry.criterion;
    rows.insert('criterion', {
      id, group_id: groupId, name: c.name, description: c.description, scale: c.scale, descriptors: JSON.stringify(defaultDescriptors(c.scale)),
      direction: c.direction, must_have: c.mustHave ? 1 : 0, raw_weight: weight, library_id: c.id, source: c.source, sort_order: i,
    });
  });
  const evaluatorIds = data.evaluators.map((e, i) => {
    const id = crypto.randomUUID();
    rows.insert('evaluator', { id, name: `${e.name} (${e.role})`, member_id: null, anonymous: 1, sort_order: i });
    return id;
  });
  const rationale = new Map(data.rationales.map((r) => [`${r.evaluator}|${r.vendor}|${r.libraryId}|${r.round}`, r.text]));
  for (const [round, byCriterion] of Object.entries(data.scores)) {
    for (const [libraryId, byVendor] of Object.entries(byCriterion)) {
      for (const [vendorName, values] of Object.entries(byVendor)) {
        values.forEach((value, e) => {
          rows.insert('score', {
            id: crypto.randomUUID(), evaluator_id: evaluatorIds[e], vendor_id: vendorIds.get(vendorName), criterion_id: criterionIds.get(libraryId),
            round: Number(round), value, rationale: rationale.get(`${data.evaluators[e]?.name}|${vendorName}|${libraryId}|${round}`) ?? '',
          });
        });
      }
    }
  }
  for (const k of data.knockouts) {
    rows.insert('knockout_result', { id: crypto.randomUUID(), vendor_id: vendorIds.get(k.vendor), criterion_id: criterionIds.get(k.libraryId), status: k.status, note: k.note });
  }
  const { vendor, ...decision } = data.decision;
  rows.update('vendor_evaluation', 'evaluation', { headcount: data.headcount });
  rows.update('vendor_decision', 'decision', { ...entityToColumns('vendor_decision', decision), chosen_vendor_id: vendorIds.get(vendor) });
};
