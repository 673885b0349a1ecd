import type { ApiOutput, MethodName, ParsedInput } from '../../../shared/api/contract';
import type { Host } from '../host';
import type { ProjectSession } from '../session';

/** What every handler can reach: the host, and the project open in this window (if any). */
export interface HandlerContext {
  readonly host: Host;
  /** The open project; answers NO_PROJECT when none is open. */
  session(): ProjectSession;
  currentSession(): ProjectSession | null;
  /** Replaces the open project, closing the previous one. */
  switchTo(session: ProjectSession | null): void;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => ApiOutput<M> | Promise<ApiOutput<M>>;

export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
