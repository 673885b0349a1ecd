import type { Criterion, Evaluator, Vendor } from '../../shared/schemas/vendors';
import { defaultDescriptors, SCALE_MAX } from '../../shared/rules/scoring/scales';
import type { RowWriter } from '../../electron/backend/store/row-writer';
import { entityToColumns } from '../../electron/backend/store/tables';
import type { SeededRandom } from './random';

const GROUPS = ['Security and privacy', 'Quality of answers', 'Integration', 'Administration', 'Commercials', 'Support', 'Compliance', 'Roadmap'];
const ADJECTIVES = ['Bright', 'North', 'Clear', 'Blue', 'Swift', 'Atlas', 'Nova', 'Cedar', 'Vertex', 'Harbor'];
const NOUNS = ['Mind', 'Assist', 'Works', 'Logic', 'Labs', 'AI', 'Copilot', 'Writer', 'Desk', 'Sense'];

export interface GeneratedVendors {
  vendorIds: string[];
  criterionIds: string[];
}

/** Vendors, criteria in eight groups, evaluators and a round-1 score from every evaluator for every pair. */
export function writeVendors(rows: RowWriter, random: SeededRandom, counts: { vendors: number; criteria: number; evaluators: number }): GeneratedVendors {
  const vendorIds: string[] = [];
  for (let i = 0; i < counts.vendors; i++) {
    const vendor: Vendor = {
      id: random.uuid(), name: `${ADJECTIVES[i % 10]} ${NOUNS[Math.floor(i / 10) % 10]} ${i + 1}`, offeringType: random.pick(['general', 'focused', 'in_house'] as const),
      description: 'Synthetic vendor for the benchmark suite.', pricingModel: random.pick(['seat', 'token', 'credits', 'flat', 'custom'] as const),
      seatPerMonth: random.int(1_000, 6_000), usagePerUserMonth: random.int(0, 1_500), annualFixed: random.int(0, 5_000_000), oneOff: random.int(0, 2_000_000),
      certifications: 'ISO 27001', vulnerabilities: '', regulatoryNotes: '', contact: '', documents: [], sortOrder: i,
    };
    vendorIds.push(vendor.id);
    rows.insert('vendor', entityToColumns('vendor', vendor));
  }
  const groupIds = GROUPS.map((name, i) => {
    const id = random.uuid();
    rows.insert('criterion_group', { id, name, description: '', sort_order: i });
    return id;
  });
  const criteria: Criterion[] = [];
  for (let i = 0; i < counts.criteria; i++) {
    const scale = random.chance(0.7) ? '1-5' : '0-10';
    const criterion: Criterion = {
      id: random.uuid(), groupId: groupIds[i % groupIds.length] ?? '', name: `Criterion ${i + 1}`, description: '', scale, descriptors: defaultDescriptors(scale),
      direction: random.chance(0.85) ? 'benefit' : 'cost', mustHave: i < 3, rawWeight: random.int(1, 10), libraryId: null, source: '', sortOrder: i,
    };
    criteria.push(criterion);
    rows.insert('criterion', entityToColumns('criterion', criterion));
  }
  const evaluatorIds: string[] = [];
  for (let i = 0; i < counts.evaluators; i++) {
    const evaluator: Evaluator = { id: random.uuid(), name: `Evaluator ${i + 1}`, memberId: null, anonymous: true, sortOrder: i };
    evaluatorIds.push(evaluator.id);
    rows.insert('evaluator', entityToColumns('evaluator', evaluator));
  }
  for (const vendorId of vendorIds) {
    // Each vendor has a true quality; evaluators scatter around it, so rankings are stable but not trivial.
    const quality = 0.3 + random.next() * 0.6;
    for (const criterion of criteria) {
      const max = SCALE_MAX[criterion.scale];
      for (const evaluatorId of evaluatorIds) {
        const value = Math.max(1, Math.min(max, Math.round(quality * max + (random.next() - 0.5) * max * 0.4)));
        rows.insert('score', { id: random.uuid(), evaluator_id: evaluatorId, vendor_id: vendorId, criterion_id: criterion.id, round: 1, value, rationale: '' });
      }
      if (criterion.mustHave) {
        rows.insert('knockout_result', { id: random.uuid(), vendor_id: vendorId, criterion_id: criterion.id, status: random.chance(0.9) ? 'pass' : 'fail', note: '' });
      }
    }
  }
  rows.update('vendor_evaluation', 'evaluation', { headcount: 2_400 });
  return { vendorIds, criterionIds: criteria.map((c) => c.id) };
}
