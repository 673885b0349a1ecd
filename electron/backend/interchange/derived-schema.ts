import { z } from 'zod';
import { STEP_KEYS } from '../../../shared/steps';
import { STEP_STATUSES } from '../../../shared/schemas/step';

/**
 * The derived part of the document, described for readers (docs/interchange.schema.json). Computed by the app's
 * rules on export and ignored on import. Objects are open (`additionalProperties` allowed) so a newer app may add
 * fields without breaking a reader of this version.
 */
const Day = z.string().describe('YYYY-MM-DD');
const Ratio = z.number().describe('0..1');

const ScheduledTask = z.looseObject({
  id: z.string(),
  wbs: z.string().describe('Outline number such as 2.3'),
  earlyStart: Day.nullable(),
  earlyFinish: Day.nullable(),
  lateStart: Day.nullable(),
  lateFinish: Day.nullable(),
  totalSlackDays: z.number().nullable().describe('Working days the task can slip without moving the finish'),
  critical: z.boolean(),
  isSummary: z.boolean(),
  durationDays: z.number(),
  percentComplete: z.number(),
});

const CriterionSensitivity = z.looseObject({
  criterionId: z.string(),
  weight: Ratio,
  flipWeight: Ratio.nullable().describe('The weight at which the challenger ties the leader; null if none in 0..1'),
  challengerId: z.string().nullable(),
  change: z.number().nullable(),
});

const Vendors = z.looseObject({
  weightMethod: z.enum(['direct', 'ahp']),
  aggregation: z.enum(['mean', 'median']),
  criterionWeights: z.record(z.string(), Ratio).describe('Final weight per criterion id; they sum to 1'),
  ahp: z.looseObject({ groupWeights: z.record(z.string(), Ratio), consistencyRatio: z.number().nullable() }).nullable(),
  results: z.array(z.looseObject({
    vendorId: z.string(),
    name: z.string(),
    total: z.number().describe('Weighted total on 0..100'),
    rank: z.number().int().nullable().describe('1 = leader; null when knocked out'),
    knockout: z.enum(['in', 'out', 'pending']),
    failedMustHaves: z.array(z.string()),
  })),
  sensitivity: z.looseObject({ leaderId: z.string().nullable(), criteria: z.array(CriterionSensitivity), mostCritical: CriterionSensitivity.nullable() }),
});

const Money = z.number().describe('Minor units of the project currency');

const Budget = z.looseObject({
  currency: z.string(),
  asOf: z.string(),
  headline: z.looseObject({
    planned: Money, committed: Money, actual: Money, forecast: Money,
    approved: Money.nullable(), contingency: Money, plannedWithContingency: Money,
    variance: Money.nullable(), forecastPercent: z.number().nullable(),
    status: z.enum(['no_budget', 'on_track', 'warning', 'critical']), statusReason: z.string(),
    users: z.number().nullable(), usersFrom: z.enum(['waves', 'settings']).nullable(), forecastPerUser: Money.nullable(),
  }),
});

const Step = z.looseObject({
  key: z.enum(STEP_KEYS),
  status: z.enum(STEP_STATUSES),
  computedStatus: z.enum(STEP_STATUSES),
  statusOverride: z.enum(STEP_STATUSES).nullable(),
  progress: z.looseObject({ taskCount: z.number().int(), percentComplete: z.number() }),
  warnings: z.array(z.looseObject({ stepKey: z.enum(STEP_KEYS), message: z.string() })),
});

export const DerivedResultsSchema = z.looseObject({
  schedule: z.looseObject({
    projectStart: Day,
    projectFinish: Day,
    tasks: z.array(ScheduledTask).describe('Every task in outline order'),
    criticalPath: z.array(z.string()).describe('Ids of the critical tasks (not phases) in outline order'),
  }),
  vendors: Vendors.nullable().describe('Null while no vendor is listed'),
  budget: Budget.nullable(),
  steps: z.array(Step),
}).describe('Results computed by the app; ignored on import.');
