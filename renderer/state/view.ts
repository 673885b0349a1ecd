import { STEP_KEYS, type StepKey } from '../../shared/steps';

export type View =
  | { kind: 'overview' }
  | { kind: 'details' }
  | { kind: 'timeline' }
  | { kind: 'activity' }
  | { kind: 'workshop' }
  | { kind: 'budget' }
  | { kind: 'governance' }
  | { kind: 'reports' }
  | { kind: 'step'; key: StepKey };

export const DEFAULT_VIEW: View = { kind: 'overview' };

/** The hash form (`#/step/team`) keeps the view across a reload and gives every view a real link. */
export function viewToHash(view: View): string {
  return view.kind === 'step' ? `#/step/${view.key}` : `#/${view.kind}`;
}

export function hashToView(hash: string): View {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'details' || path === 'timeline' || path === 'activity' || path === 'overview' || path === 'workshop' || path === 'budget' || path === 'governance' || path === 'reports') return { kind: path };
  const step = /^step\/([a-z]+)$/.exec(path);
  if (step && (STEP_KEYS as readonly string[]).includes(step[1] ?? '')) return { kind: 'step', key: step[1] as StepKey };
  return DEFAULT_VIEW;
}

export function sameView(a: View, b: View): boolean {
  return viewToHash(a) === viewToHash(b);
}
