import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiInvoker, AppInfo, AuditEntry, HistoryState, Mutation, OpenProject } from '../../shared/api/contract';
import type { StepSummary } from '../../shared/rules/step-status';
import type { Dependency, Task } from '../../shared/schemas/task';
import { errorMessage, savedFrom, type SaveState } from './save-state';
import { describeFileProblem, type FileProblem } from './file-problem';
import { hashToView, sameView, viewToHash, type View } from './view';

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
  refreshAll(): Promise<void>;
  mutate<T>(call: (api: ApiInvoker) => Promise<Mutation<T>>): Promise<T>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  closeProject(): Promise<void>;
  loadMoreAudit(): Promise<void>;
  navigate(view: View): void;
  syncViewFromLocation(): void;
  setDialog(dialog: AppDialog): void;
  setFileError(problem: FileProblem | null): void;
}

export type RolloutStore = StoreApi<RolloutState & RolloutActions>;

const EMPTY_PROJECT_STATE = {
  openProject: null,
  steps: [],
  tasks: [],
  dependencies: [],
  audit: [],
  auditComplete: false,
  revision: 0,
  history: null,
  save: { status: 'idle' },
} satisfies Partial<RolloutState>;

export function createRolloutStore(api: ApiInvoker): RolloutStore {
  let booting = false;
  return createStore<RolloutState & RolloutActions>()((set, get) => {
    async function historyChange(call: () => Promise<HistoryState>) {
      set((s) => ({ pendingEdits: s.pendingEdits + 1, save: { status: 'saving' } }));
      try {
        const history = await call();
        set({ history });
        await get().refreshAll();
        set({ save: savedFrom(history) });
      } catch (error) {
        set({ save: { status: 'error', message: errorMessage(error) } });
      } finally {
        set((s) => ({ pendingEdits: s.pendingEdits - 1 }));
      }
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
        set({ ...EMPTY_PROJECT_STATE, openProject: open, history: open.history, fileError: null, dialog: null });
        await get().refreshAll();
        set({ phase: 'shell' });
      },

      async refreshAll() {
        const limit = Math.min(1_000, Math.max(AUDIT_PAGE, get().audit.length));
        const [current, steps, plan, audit] = await Promise.all([
          api.invoke('project.current', {}),
          api.invoke('steps.list', {}),
          api.invoke('tasks.list', {}),
          api.invoke('audit.list', { limit }),
        ]);
        if (!current) {
          set({ ...EMPTY_PROJECT_STATE, phase: 'start-screen' });
          return;
        }
        set({
          openProject: current,
          history: current.history,
          steps,
          tasks: plan.tasks,
          dependencies: plan.dependencies,
          audit,
          auditComplete: audit.length < limit,
          revision: get().revision + 1,
        });
      },

      async mutate(call) {
        set((s) => ({ pendingEdits: s.pendingEdits + 1, save: { status: 'saving' } }));
        try {
          const result = await call(api);
          set({ history: result.history });
          await get().refreshAll();
          if (get().pendingEdits === 1) set({ save: savedFrom(result.history) });
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
