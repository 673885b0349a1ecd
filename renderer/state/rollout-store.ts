import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiInvoker, AppInfo, AuditEntry, DataVersions, HistoryState, Mutation, OpenProject } from '../../shared/api/contract';
import { METHOD_READS } from '../../shared/api/reads';
import type { StepSummary } from '../../shared/rules/step-status';
import type { Dependency, Task } from '../../shared/schemas/task';
import { errorMessage, savedFrom, type SaveState } from './save-state';
import { describeFileProblem, type FileProblem } from './file-problem';
import { hashToView, sameView, viewToHash, type View } from './view';
import { shareEqual } from './share-equal';

export const AUDIT_PAGE = 50;

export type Phase = 'starting' | 'start-screen' | 'shell';
export type AppDialog = 'new' | 'open' | 'save-as' | null;

export interface RolloutState {
  phase: Phase;
  appInfo: AppInfo | null;
  openProject: OpenProject | null;
  steps: StepSummary[];
  tasks: Task[];
  dependencies: Dependency[];
  audit: AuditEntry[];
  auditComplete: boolean;
  /** Goes up after every change to the open project (edit, undo, redo, reload): feature views refetch on it. */
  revision: number;
  /**
   * Which tables had changed when `revision` last went up (see DataVersions); null when that is not known, so
   * everything is read again. A view that names the tables it reads refetches only when one of them changed.
   */
  versions: DataVersions | null;
  history: HistoryState | null;
  save: SaveState;
  view: View;
  dialog: AppDialog;
  /** A failure to reach, open or create a file; shown as an alert until dismissed. */
  fileError: FileProblem | null;
  /** Edits in flight, so "Saving…" stays until the last one answers. */
  pendingEdits: number;
}

export interface RolloutActions {
  boot(): Promise<void>;
  adopt(open: OpenProject): Promise<void>;
  /**
   * Reads the shell's data again (everything, unless `after` says which tables the change touched) and bumps the
   * revision. `placed`: the plan as the change left it, already known (see MutateOptions.taskRow), set with the rest.
   */
  refreshAll(after?: DataVersions, placed?: PlacedPlan): Promise<void>;
  /**
   * Runs one edit, then reads again what it changed. `onSaved` gets the backend's answer as soon as the edit is in
   * the file, before those reads: a view can show the saved value at once (the reads then confirm it).
   */
  mutate<T>(call: (api: ApiInvoker) => Promise<Mutation<T>>, options?: MutateOptions<T>): Promise<T>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  closeProject(): Promise<void>;
  loadMoreAudit(): Promise<void>;
  navigate(view: View): void;
  syncViewFromLocation(): void;
  setDialog(dialog: AppDialog): void;
  setFileError(problem: FileProblem | null): void;
}

/** The versions of the project's data around a saved edit: `before` as the renderer knew them when it sent it. */
export interface SavedEdit {
  before: DataVersions | undefined;
  after: DataVersions;
}

export interface MutateOptions<T> {
  onSaved?(value: T, saved: SavedEdit): void;
  /**
   * For edits that write one task row and nothing else of the plan (tasks.update, tasks.reschedule): the row as
   * saved. The store puts it in place of the old one instead of reading the whole plan again, when no other change
   * came in between (with 5,000 tasks that read is most of the time a drag takes).
   */
  taskRow?(value: T): Task;
}

/** The plan with an edit's task row in place, and the stamp of the plan's tables it stands for. */
export interface PlacedPlan {
  tasks: Task[];
  stamp: string;
}

/** The options of an edit answered by the one task row it wrote (see MutateOptions.taskRow). */
export const WRITES_ONE_TASK: MutateOptions<Task> = { taskRow: (task) => task };

export type RolloutStore = StoreApi<RolloutState & RolloutActions>;

const EMPTY_PROJECT_STATE = {
  openProject: null,
  steps: [],
  tasks: [],
  dependencies: [],
  audit: [],
  auditComplete: false,
  revision: 0,
  versions: null,
  history: null,
  save: { status: 'idle' },
} satisfies Partial<RolloutState>;

const PLAN_TABLES = METHOD_READS['tasks.list'];

/** The last change to any of `tables`: a key that stays the same while none of them changes. */
export function tablesStamp(versions: DataVersions, tables: readonly string[]): string {
  return `${versions.epoch}:${Math.max(0, ...tables.map((t) => versions.tables[t] ?? 0))}`;
}

export function createRolloutStore(api: ApiInvoker): RolloutStore {
  let booting = false;
  // The plan's stamp when tasks.list was last read: an edit elsewhere (a cost line, a weight) does not read the
  // 5,000 tasks of a large plan again.
  let planStamp: string | null = null;
  return createStore<RolloutState & RolloutActions>()((set, get) => {
    async function historyChange(call: () => Promise<HistoryState>) {
      set((s) => ({ pendingEdits: s.pendingEdits + 1, save: { status: 'saving' } }));
      try {
        const history = await call();
        // The file has the change once the backend answers: what follows only reads.
        set({ history, save: savedFrom(history) });
        await get().refreshAll(history.data);
      } catch (error) {
        set({ save: { status: 'error', message: errorMessage(error) } });
      } finally {
        set((s) => ({ pendingEdits: s.pendingEdits - 1 }));
      }
    }

    /**
     * See MutateOptions.taskRow: `before` and `after` are the versions around the one edit that wrote `task`. The plan
     * with the row in place, or null when it must be read. It is set together with the shell's reads, so the first
     * drawing after the answer stays light and the views send their reads at once.
     */
    function placeTaskRow(before: DataVersions, after: DataVersions, task: Task): PlacedPlan | null {
      const onlyThisEdit = after.epoch === before.epoch && after.seq === before.seq + 1;
      if (!onlyThisEdit || planStamp === null || planStamp !== tablesStamp(before, PLAN_TABLES)) return null;
      const { tasks } = get();
      const index = tasks.findIndex((t) => t.id === task.id);
      if (index < 0 || tasks[index]?.sortOrder !== task.sortOrder) return null;
      const next = [...tasks];
      next[index] = task;
      return { tasks: next, stamp: tablesStamp(after, PLAN_TABLES) };
    }

    return {
      phase: 'starting',
      appInfo: null,
      ...EMPTY_PROJECT_STATE,
      view: hashToView(window.location.hash),
      dialog: null,
      fileError: null,
      pendingEdits: 0,

      async boot() {
        // StrictMode mounts effects twice in development; one boot is enough.
        if (booting) return;
        booting = true;
        try {
          // project.current first: in web mode the server keeps the project open across a page reload.
          const [appInfo, current] = await Promise.all([api.invoke('app.info', {}), api.invoke('project.current', {})]);
          set({ appInfo });
          if (current) await get().adopt(current);
          else set({ phase: 'start-screen' });
        } catch (error) {
          set({ phase: 'start-screen', fileError: describeFileProblem(error, 'Rollout Planner could not start') });
        }
      },

      async adopt(open) {
        // A reload keeps the view in the address; a project opened by hand starts at its overview.
        if (get().phase !== 'starting') get().navigate({ kind: 'overview' });
        planStamp = null;
        set({ ...EMPTY_PROJECT_STATE, openProject: open, history: open.history, fileError: null, dialog: null });
        await get().refreshAll(open.history.data);
        set({ phase: 'shell' });
      },

      async refreshAll(after, placed) {
        const limit = Math.min(1_000, Math.max(AUDIT_PAGE, get().audit.length));
        const readPlan = () => {
          const stamp = after ? tablesStamp(after, PLAN_TABLES) : null;
          return api.invoke('tasks.list', {}).then((plan) => {
            planStamp = stamp;
            return plan;
          });
        };
        const held = placed?.stamp ?? planStamp;
        const planUnchanged = after !== undefined && held !== null && held === tablesStamp(after, PLAN_TABLES);
        // When the plan is as the shell holds it, the views read what changed at once, beside the shell's reads
        // (when the plan itself must be read, it is read first, so a view never shows new data next to an old plan).
        // A placed task row comes with the shell's reads: until then only that row's own fields lag, which the view
        // that made the edit already draws from the edit's outcome (see usePreviewedEdits).
        const viewsFirst = after !== undefined && planUnchanged;
        if (viewsFirst) set({ revision: get().revision + 1, versions: after });
        const [current, steps, read, audit] = await Promise.all([
          api.invoke('project.current', {}),
          api.invoke('steps.list', {}),
          planUnchanged ? null : readPlan(),
          api.invoke('audit.list', { limit }),
        ]);
        if (!current) {
          planStamp = null;
          set({ ...EMPTY_PROJECT_STATE, phase: 'start-screen' });
          return;
        }
        // Another file or the same one opened again (a restore) in the meantime: the plan kept is not its plan.
        const plan = read ?? (after && current.history.data.epoch !== after.epoch ? await readPlan() : null);
        // What came back unchanged keeps its identity (see shareEqual): the shell and the step page around the view
        // being edited are not drawn again when an edit leaves their data alone.
        const before = get();
        if (!plan && placed) planStamp = placed.stamp;
        set({
          openProject: shareEqual(before.openProject, current),
          history: shareEqual(before.history, current.history),
          steps: shareEqual(before.steps, steps),
          ...(plan ? { tasks: plan.tasks, dependencies: plan.dependencies } : placed ? { tasks: placed.tasks } : {}),
          audit: shareEqual(before.audit, audit),
          auditComplete: audit.length < limit,
          // Read again by the views unless they already did (views first, and still the same file).
          ...(viewsFirst && !plan ? {} : { revision: get().revision + 1, versions: after ? current.history.data : null }),
        });
      },

      async mutate(call, options) {
        set((s) => ({ pendingEdits: s.pendingEdits + 1, save: { status: 'saving' } }));
        const known = get().history?.data;
        try {
          const result = await call(api);
          const placed = options?.taskRow && known ? placeTaskRow(known, result.history.data, options.taskRow(result.value)) : null;
          // The edit is in the file once the backend answers (each edit is committed as it is made): "saved" from
          // here, while the views and the shell read what changed.
          set({ history: result.history, ...(get().pendingEdits === 1 ? { save: savedFrom(result.history) } : {}) });
          options?.onSaved?.(result.value, { before: known, after: result.history.data });
          await get().refreshAll(result.history.data, placed ?? undefined);
          return result.value;
        } catch (error) {
          set({ save: { status: 'error', message: errorMessage(error) } });
          throw error;
        } finally {
          set((s) => ({ pendingEdits: s.pendingEdits - 1 }));
        }
      },

      undo: () => historyChange(() => api.invoke('history.undo', {})),
      redo: () => historyChange(() => api.invoke('history.redo', {})),

      async closeProject() {
        try {
          await api.invoke('project.close', {});
          planStamp = null;
          set({ ...EMPTY_PROJECT_STATE, phase: 'start-screen', fileError: null });
        } catch (error) {
          set({ fileError: describeFileProblem(error, 'The project could not be closed') });
        }
      },

      async loadMoreAudit() {
        const { audit } = get();
        const last = audit[audit.length - 1];
        if (!last) return;
        const more = await api.invoke('audit.list', { limit: AUDIT_PAGE, beforeId: last.id });
        set({ audit: [...audit, ...more], auditComplete: more.length < AUDIT_PAGE });
      },

      navigate(view) {
        if (!sameView(view, get().view)) set({ view });
        const hash = viewToHash(view);
        if (window.location.hash !== hash) window.location.hash = hash;
      },

      syncViewFromLocation() {
        const view = hashToView(window.location.hash);
        if (!sameView(view, get().view)) set({ view });
      },

      setDialog: (dialog) => set({ dialog }),
      setFileError: (fileError) => set({ fileError }),
    };
  });
}
