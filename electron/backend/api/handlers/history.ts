import type { HandlerMap } from '../handler-types';

type HistoryMethods = 'history.state' | 'history.undo' | 'history.redo' | 'audit.list';

export const historyHandlers: HandlerMap<HistoryMethods> = {
  'history.state': (_input, ctx) => ctx.session().history.state(),
  'history.undo': (_input, ctx) => {
    const session = ctx.session();
    session.history.undo();
    return session.history.state();
  },
  'history.redo': (_input, ctx) => {
    const session = ctx.session();
    session.history.redo();
    return session.history.state();
  },
  'audit.list': ({ limit, beforeId }, ctx) => ctx.session().audit.list(limit, beforeId),
};
