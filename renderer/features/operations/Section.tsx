import { useId, type ReactNode } from 'react';

/** A titled block of a step page or the governance view, with a sentence that says what it is for. */
export function Section({ title, lead, children, id, actions }: { title: string; lead?: ReactNode; children: ReactNode; id?: string; actions?: ReactNode }) {
  const generated = useId();
  const headingId = id ?? generated;
  return (
    <section aria-labelledby={headingId} className="ops-section">
      <div className="ops-section__head">
        <h2 id={headingId}>{title}</h2>
        {actions ? <div className="ops-section__actions">{actions}</div> : null}
      </div>
      {lead ? <p className="muted ops-section__lead">{lead}</p> : null}
      {children}
    </section>
  );
}
