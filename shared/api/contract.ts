import { z } from 'zod';
import { ProjectFields, ProjectPatch, TemplateId, type Project } from '../schemas/project';
import { StepKeySchema, StepPatch } from '../schemas/step';
import type { StepSummary } from '../rules/step-status';

import { Empty, method } from './method';
import { backupsMethods } from './methods/backups';
import { peopleMethods } from './methods/people';
import { vendorsMethods } from './methods/vendors';
import { timelineMethods } from './methods/timeline';
import { operationsMethods } from './methods/operations';
import { budgetMethods } from './methods/budget';
import { interchangeMethods } from './methods/interchange';
import { auditMethods } from './methods/audit';
import { exportsMethods } from './methods/exports';
import { reportsMethods } from './methods/reports';
/** A file path as the host understands it: absolute on the desktop, a file name inside the projects folder in web mode. */
const FilePath = z.string().trim().min(1, 'Choose a file').max(4_096);

export interface AppInfo {
  productName: string;
  version: string;
  schemaVersion: number;
  host: 'desktop' | 'web';
  projectsDir: string;
  userName: string;
}

export interface RecentFile {
  path: string;
  fileName: string;
  projectName: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface ProjectFileEntry {
  path: string;
  fileName: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** When the last edit was committed to the file (ISO timestamp), null before the first edit. */
  lastSavedAt: string | null;
  /** Which tables the edits, undos and redos changed: the renderer reads again only what a change touched. */
  data: DataVersions;
}

/**
 * Per table, the number of the last change to it (edit, undo or redo) since the file was opened; a table not
 * listed has not changed since. `seq` counts the changes. A new `epoch` (the file opened again, another file)
 * means nothing read before can be trusted.
 */
export interface DataVersions {
  epoch: string;
  seq: number;
  tables: Record<string, number>;
}

export interface OpenProject {
  path: string;
  fileName: string;
  project: Project;
  history: HistoryState;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete' | 'undo' | 'redo' | 'decision' | 'file';
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface Mutation<T> {
  value: T;
  history: HistoryState;
}

/**
 * The foundation's methods. Each feature area declares its own in shared/api/methods/<area>.ts
 * and is spread into `contract` below with one line.
 */
const foundationMethods = {
  'app.info': method(Empty).returns<AppInfo>(),
  'files.recent': method(Empty).returns<RecentFile[]>(),
  'files.list': method(Empty).returns<ProjectFileEntry[]>(),
  /** Desktop only: the native open dialog. Web mode answers UNSUPPORTED and the UI lists the projects folder. */
  'files.chooseOpenPath': method(Empty).returns<string | null>(),
  'files.chooseSavePath': method(z.object({ suggestedName: z.string().max(255) }).strict()).returns<string | null>(),

  'project.create': method(
    z.object({ fields: ProjectFields, template: TemplateId, path: FilePath.optional() }).strict(),
  ).returns<OpenProject>(),
  'project.open': method(z.object({ path: FilePath }).strict()).returns<OpenProject>(),
  'project.openSample': method(Empty).returns<OpenProject>(),
  'project.current': method(Empty).returns<OpenProject | null>(),
  'project.close': method(Empty).returns<null>(),
  'project.saveAs': method(z.object({ path: FilePath }).strict()).returns<OpenProject>(),
  'project.update': method(z.object({ patch: ProjectPatch }).strict()).returns<Mutation<Project>>(),

  'steps.list': method(Empty).returns<StepSummary[]>(),
  'steps.update': method(z.object({ key: StepKeySchema, patch: StepPatch }).strict()).returns<Mutation<StepSummary>>(),


  'history.state': method(Empty).returns<HistoryState>(),
  'history.undo': method(Empty).returns<HistoryState>(),
  'history.redo': method(Empty).returns<HistoryState>(),

  'audit.list': method(
    z.object({ limit: z.number().int().min(1).max(1_000).default(100), beforeId: z.number().int().positive().optional() }).strict(),
  ).returns<AuditEntry[]>(),
} as const;

export const contract = {
  ...foundationMethods,
  ...backupsMethods,
  ...peopleMethods,
  ...vendorsMethods,
  ...timelineMethods,
  ...operationsMethods,
  ...budgetMethods,
  ...interchangeMethods,
  ...auditMethods,
  ...exportsMethods,
  ...reportsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = Contract[M]['output'];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The transport-independent way to call the backend; the renderer gets one from the Electron bridge or the web client. */
export interface ApiInvoker {
  invoke<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
}
