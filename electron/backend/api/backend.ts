import { contract, isMethodName, type MethodName } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/errors';
import type { Host } from '../host';
import type { ProjectSession } from '../session';
import type { Handler, HandlerContext, HandlerMap } from './handler-types';
import { zodIssues } from './validation';
import { appHandlers } from './handlers/app';
import { projectHandlers } from './handlers/project';
import { stepHandlers } from './handlers/steps';
import { historyHandlers } from './handlers/history';
import { timelineHandlers } from './handlers/timeline';
import { backupHandlers } from './handlers/backups';
import { peopleHandlers } from './handlers/people';
import { vendorsHandlers } from './handlers/vendors';
import { operationsHandlers } from './handlers/operations';
import { budgetHandlers } from './handlers/budget';
import { interchangeHandlers } from './handlers/interchange';
import { auditHandlers } from './handlers/audit';
import { exportsHandlers } from './handlers/exports';
import { reportsHandlers } from './handlers/reports';

/** Every method of the contract has exactly one handler; the type makes a missing one a compile error. */
const HANDLERS: HandlerMap<MethodName> = {
  ...appHandlers,
  ...projectHandlers,
  ...stepHandlers,
  ...historyHandlers,
  ...timelineHandlers,
  ...backupHandlers,
  ...peopleHandlers,
  ...vendorsHandlers,
  ...operationsHandlers,
  ...budgetHandlers,
  ...interchangeHandlers,
  ...auditHandlers,
  ...exportsHandlers,
  ...reportsHandlers,
};

export interface Backend {
  /** Validates the input against the contract, runs the handler, and answers with a result, never a throw. */
  dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>>;
  /** Closes the open project (folding its file back into one). */
  close(): void;
}

export function createBackend(host: Host, log: (message: string) => void = (m) => console.error(m)): Backend {
  let session: ProjectSession | null = null;

  const ctx: HandlerContext = {
    host,
    session() {
      if (!session) throw new ApiError('NO_PROJECT', 'No project is open.');
      return session;
    },
    currentSession: () => session,
    switchTo(next) {
      const previous = session;
      session = next;
      if (previous && previous !== next) previous.close();
    },
  };

  async function dispatch(method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    try {
      if (!isMethodName(method)) throw new ApiError('NOT_FOUND', `Unknown API method "${method}".`);
      // A missing input means "no arguments"; null or any other value is checked like any input.
      const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
      if (!parsed.success) throw new ApiError('VALIDATION', 'The request is not valid.', zodIssues(parsed.error));
      const handler = HANDLERS[method] as Handler<MethodName>;
      const value = await handler(parsed.data as never, ctx);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toShape() };
      // The person sees a sentence; the details go to the log, never to the screen.
      log(`Internal error in ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Rollout Planner. Your project file is unchanged by the failed action.' } };
    }
  }

  return {
    dispatch,
    close: () => ctx.switchTo(null),
  };
}
