import type { HandlerMap } from '../handler-types';

type HistoryMethods = 'history.state' | 'history.undo' | 'history.redo' | 'audit.list';

export const historyHandlers: HandlerMap<HistoryMethods> = {
  'history.state': (_input, ctx) => ctx.session().history.state(),
  'history.undo': (_input, ctx) => {
    const session = ctx.session();
    // An undo changes the file like an edit: the same work follows it (reads prepared, a backup when due).
    if (session.history.undo()) session.onEdited?.();
    return session.history.state();
  },
  'history.redo': (_input, ctx) => {
    const session = ctx.session();
    if (session.history.redo()) session.onEdited?.();
    return session.history.state();
  },
  'audit.list': ({ limit, beforeId }, ctx) => ctx.session().audit.list(limit, beforeId),
};
