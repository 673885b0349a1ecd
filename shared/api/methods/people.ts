import { z } from 'zod';
import type { Mutation } from '../contract';
import { Empty, method } from '../method';
import { Uuid } from '../../schemas/common';
import {
  EscalationFields, EscalationPatch, MemberFields, MemberPatch, RACI_ROLES, RaciItemSchema, TeamFunctionFields, TeamFunctionPatch,
  type EscalationLevel, type Member, type RaciAssignment, type TeamFunction,
} from '../../schemas/team';
import {
  PrincipleFields, PrinciplePatch, RequirementFields, RequirementPatch, UseCaseFields, UseCasePatch,
  type MilestoneOption, type Principle, type Requirement, type UseCase,
} from '../../schemas/requirements';
import {
  CommItemFields, CommItemPatch, FeedbackFields, FeedbackPatch, StakeholderGroupFields, StakeholderGroupPatch,
  type CommItem, type FeedbackItem, type StakeholderGroup,
} from '../../schemas/communications';
import {
  AudienceFields, AudiencePatch, EnrolmentFields, EnrolmentPatch, ModuleFields, ModulePatch, NEED_LEVELS, SessionFields, SessionPatch,
  type Audience, type Enrolment, type LibraryModule, type TrainingModule, type TrainingNeed, type TrainingSession,
} from '../../schemas/training';

/** The editable lists of steps 1, 2, 5 and 6, each with the schema of a new entry and of a change. */
const ENTITY_SCHEMAS = {
  function: { fields: TeamFunctionFields, patch: TeamFunctionPatch },
  member: { fields: MemberFields, patch: MemberPatch },
  escalation: { fields: EscalationFields, patch: EscalationPatch },
  principle: { fields: PrincipleFields, patch: PrinciplePatch },
  useCase: { fields: UseCaseFields, patch: UseCasePatch },
  requirement: { fields: RequirementFields, patch: RequirementPatch },
  group: { fields: StakeholderGroupFields, patch: StakeholderGroupPatch },
  commItem: { fields: CommItemFields, patch: CommItemPatch },
  feedback: { fields: FeedbackFields, patch: FeedbackPatch },
  audience: { fields: AudienceFields, patch: AudiencePatch },
  module: { fields: ModuleFields, patch: ModulePatch },
  session: { fields: SessionFields, patch: SessionPatch },
  enrolment: { fields: EnrolmentFields, patch: EnrolmentPatch },
} as const;

export const PEOPLE_ENTITIES = Object.keys(ENTITY_SCHEMAS) as PeopleEntity[];
export type PeopleEntity = keyof typeof ENTITY_SCHEMAS;
export const PeopleEntitySchema = z.enum(Object.keys(ENTITY_SCHEMAS) as [PeopleEntity, ...PeopleEntity[]]);

/** The full schema of a new entry; the backend also validates an edited entry merged with its patch against it. */
export function entityFields(entity: PeopleEntity): z.ZodType<Record<string, unknown>> {
  return ENTITY_SCHEMAS[entity].fields as unknown as z.ZodType<Record<string, unknown>>;
}

type CreateOption<E extends PeopleEntity> = z.ZodObject<{ entity: z.ZodLiteral<E>; values: (typeof ENTITY_SCHEMAS)[E]['fields'] }>;
type UpdateOption<E extends PeopleEntity> = z.ZodObject<{ entity: z.ZodLiteral<E>; id: typeof Uuid; patch: z.ZodType<Partial<z.infer<(typeof ENTITY_SCHEMAS)[E]['fields']>>> }>;

function createOption<E extends PeopleEntity>(entity: E): CreateOption<E> {
  return z.object({ entity: z.literal(entity), values: ENTITY_SCHEMAS[entity].fields }).strict() as unknown as CreateOption<E>;
}

function updateOption<E extends PeopleEntity>(entity: E): UpdateOption<E> {
  const patch = (ENTITY_SCHEMAS[entity].patch as z.ZodObject).refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change' });
  return z.object({ entity: z.literal(entity), id: Uuid, patch }).strict() as unknown as UpdateOption<E>;
}

const CreateInput = z.discriminatedUnion('entity', [
  createOption('function'), createOption('member'), createOption('escalation'), createOption('principle'), createOption('useCase'),
  createOption('requirement'), createOption('group'), createOption('commItem'), createOption('feedback'), createOption('audience'),
  createOption('module'), createOption('session'), createOption('enrolment'),
]);

const UpdateInput = z.discriminatedUnion('entity', [
  updateOption('function'), updateOption('member'), updateOption('escalation'), updateOption('principle'), updateOption('useCase'),
  updateOption('requirement'), updateOption('group'), updateOption('commItem'), updateOption('feedback'), updateOption('audience'),
  updateOption('module'), updateOption('session'), updateOption('enrolment'),
]);

export type PeopleCreateInput = z.input<typeof CreateInput>;
export type PeopleUpdateInput = z.input<typeof UpdateInput>;

/** Everything steps 1, 2, 5 and 6 show, read in one go (the lists are short: tens of rows). */
export interface PeopleData {
  functions: TeamFunction[];
  members: Member[];
  raci: RaciAssignment[];
  escalation: EscalationLevel[];
  principles: Principle[];
  useCases: UseCase[];
  requirements: Requirement[];
  milestones: MilestoneOption[];
  groups: StakeholderGroup[];
  commItems: CommItem[];
  feedback: FeedbackItem[];
  audiences: Audience[];
  modules: TrainingModule[];
  needs: TrainingNeed[];
  sessions: TrainingSession[];
  enrolments: Enrolment[];
}

export const peopleMethods = {
  'people.read': method(Empty).returns<PeopleData>(),
  'people.create': method(CreateInput).returns<Mutation<{ id: string }>>(),
  'people.update': method(UpdateInput).returns<Mutation<{ id: string }>>(),
  'people.delete': method(z.object({ entity: PeopleEntitySchema, id: Uuid }).strict()).returns<Mutation<null>>(),
  'people.move': method(z.object({ entity: PeopleEntitySchema, id: Uuid, direction: z.enum(['up', 'down']) }).strict()).returns<Mutation<null>>(),
  /** One RACI cell: a role, or null to clear it. */
  'people.setRaci': method(z.object({ memberId: Uuid, item: RaciItemSchema, role: z.enum(RACI_ROLES).nullable() }).strict()).returns<Mutation<null>>(),
  /** One cell of the audience x module matrix: required, optional, or null for "not needed". */
  'people.setTrainingNeed': method(z.object({ audienceId: Uuid, moduleId: Uuid, level: z.enum(NEED_LEVELS).nullable() }).strict()).returns<Mutation<null>>(),
  'people.trainingLibrary': method(Empty).returns<LibraryModule[]>(),
  'people.addLibraryModule': method(z.object({ libraryId: z.string().regex(/^TM-\d{2}$/, 'Choose a module of the library') }).strict()).returns<Mutation<{ id: string }>>(),
} as const;
