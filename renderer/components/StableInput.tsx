import { memo, useLayoutEffect, useMemo, useRef, type InputHTMLAttributes } from 'react';

type InputProps = InputHTMLAttributes<HTMLInputElement>;
type Handler = (...args: unknown[]) => unknown;

const HostInput = memo(function HostInput(props: InputProps) {
  return <input {...props} />;
});

/**
 * An <input> that React writes to only when one of its attributes changes. React 19 sets `name` and `type` again
 * on every input it renders, changed or not: on a page of a few hundred fields (60 criteria, a windowed table of
 * cost lines) each refresh after an edit then restyles and repaints every field. The event handlers go through
 * stable wrappers that call the newest handler, so a new closure on each render does not count as a change.
 */
export function StableInput(props: InputProps) {
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const attributes: Record<string, unknown> = {};
  const names: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') names.push(name);
    else attributes[name] = value;
  }
  const key = names.sort().join(' ');
  const handlers = useMemo(() => {
    const bound: Record<string, Handler> = {};
    for (const name of key.split(' ').filter(Boolean)) bound[name] = (...args) => (latest.current as Record<string, Handler | undefined>)[name]?.(...args);
    return bound;
  }, [key]);
  return <HostInput {...attributes} {...handlers} />;
}
