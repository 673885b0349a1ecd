/** The ten steps of an LLM rollout: the backbone of every project (see ../shared/DOMAIN.md of the handbook). */
export const STEP_KEYS = [
  'team',
  'requirements',
  'vendors',
  'plan',
  'communications',
  'training',
  'pilot',
  'deployment',
  'monitoring',
  'contingency',
] as const;

export type StepKey = (typeof STEP_KEYS)[number];

export interface StepDefinition {
  key: StepKey;
  number: number;
  title: string;
  /** One sentence a program manager reads at the top of the step page. */
  purpose: string;
  /** What "done" looks like for this step, as a checklist the page shows. */
  outcomes: string[];
}

export const STEPS: readonly StepDefinition[] = [
  {
    key: 'team',
    number: 1,
    title: 'Cross-functional team',
    purpose:
      'Bring together a representative of every function that will use the models, small enough to decide (about ten people at most).',
    outcomes: [
      'Every function that will use the models is represented',
      'Named owners and decision rights for model usage',
      'An escalation path for failures and misuse',
    ],
  },
  {
    key: 'requirements',
    number: 2,
    title: 'Business needs and requirements',
    purpose:
      'Capture immediate, medium- and long-term needs that fit where the organisation is today and where its roadmap goes.',
    outcomes: [
      'Guiding principles agreed',
      'Use cases with their risk tier',
      'Requirements with priority, horizon and acceptance criteria',
    ],
  },
  {
    key: 'vendors',
    number: 3,
    title: 'Products and vendors',
    purpose:
      'Check each model and vendor against the requirements: what it can and cannot do, its security record and its regulatory fit.',
    outcomes: [
      'Evaluation criteria and weights agreed',
      'Vendors scored by the team',
      'A recorded, defensible decision',
    ],
  },
  {
    key: 'plan',
    number: 4,
    title: 'Project plan and budget',
    purpose:
      'Set the timeline, resources and budget; confirm integration with the security infrastructure and the KPIs that define success.',
    outcomes: [
      'Timeline with dependencies and milestones',
      'Approved budget with contingency',
      'Changes needed before deployment listed',
    ],
  },
  {
    key: 'communications',
    number: 5,
    title: 'Communications',
    purpose:
      'Explain the intent and benefits to everyone from the boardroom to the basement, invite feedback and answer concerns.',
    outcomes: ['Stakeholder groups mapped', 'Communication plan scheduled', 'Feedback answered'],
  },
  {
    key: 'training',
    number: 6,
    title: 'Training programme',
    purpose:
      'Prepare people with online resources, documentation and hands-on workshops on principles, acceptable use and security.',
    outcomes: [
      'Modules cover principles, acceptable use, security protocols and incident response',
      'Sessions scheduled for every audience',
      'Coverage tracked',
    ],
  },
  {
    key: 'pilot',
    number: 7,
    title: 'Pilot',
    purpose:
      'Try the models with a small but representative group, resolve the technical and user issues that come up, and decide.',
    outcomes: ['Representative pilot group', 'Exit criteria measured', 'Pilot decision recorded'],
  },
  {
    key: 'deployment',
    number: 8,
    title: 'Deployment',
    purpose:
      'Roll out in waves or all at once, with the schedule communicated and the helpdesk ready from day one.',
    outcomes: ['Waves with entry and exit criteria', 'Go/no-go gates signed off', 'Support ready on day one'],
  },
  {
    key: 'monitoring',
    number: 9,
    title: 'Monitoring and assessment',
    purpose:
      'Watch usage, model performance, business effect and security; reassess the technology and the training regularly.',
    outcomes: ['KPIs with thresholds', 'Measurements on schedule', 'Feedback acted upon'],
  },
  {
    key: 'contingency',
    number: 10,
    title: 'Contingency',
    purpose: 'Be prepared for the unexpected: risks, controls, incident response and contingency plans.',
    outcomes: ['Risk register with owners', 'Incident response runbooks and drills', 'Contingency plans with triggers'],
  },
];

export function stepByKey(key: StepKey): StepDefinition {
  const step = STEPS.find((s) => s.key === key);
  if (!step) throw new Error(`Unknown step ${key}`);
  return step;
}
